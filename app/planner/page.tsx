import type { Metadata } from 'next';
import { openGraphOf } from '@/components/page-metadata';
import { HandoffLink } from '@/components/forms/HandoffLink';
import { Planner } from '@/components/planner/LaterPlanner';
import { benefitChoices, cityChoices } from '@/components/presets';

const TITLE = '全年医保报销估算';
const DESCRIPTION =
  '一年内多次住院、门诊慢特病、普通门诊或生育时，按日期先后估算每次的起付线、统筹基金支付、大额补助或大病保险和个人负担，以及全年合计和各项年度限额的使用情况。全部在浏览器内计算。';

export const metadata: Metadata = {
  title: { absolute: TITLE },
  description: DESCRIPTION,
  openGraph: openGraphOf(TITLE, DESCRIPTION),
};

export default function PlannerPage() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-3xl font-bold">{TITLE}</h1>
      <p className="mt-3 max-w-3xl">
        一年内多次住院，第二次、第三次住院的起付线可能降低；统筹基金的年度限额和大额补助、大病保险都按全年累计计算，门诊慢特病、生育等也可能用同一个年度限额。
        请把今年的每次住院、门诊和生育都填上，这里按日期先后逐次估算，并列出每次之后各项年度限额还剩多少。全部计算在您的浏览器内完成，您填写的金额不会离开您的设备。
      </p>
      <Planner cities={cityChoices()} benefits={benefitChoices()}>
        <p className="mt-2 print:hidden">
          <HandoffLink href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            只估算最近一次就医
          </HandoffLink>
        </p>
      </Planner>
    </main>
  );
}
