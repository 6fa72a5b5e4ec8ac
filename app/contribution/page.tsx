import type { Metadata } from 'next';
import { openGraphOf } from '@/components/page-metadata';
import { ContributionEstimator } from '@/components/contribution/LaterContribution';
import { cityChoices } from '@/components/presets';

const TITLE = '医保缴费与个人账户';
const DESCRIPTION = '按城市、险种和人员类别，计算每月和每年单位、个人各缴多少医保费，多少划入个人账户，以及享受待遇的条件，每一项都注明政策出处。全部在浏览器内计算。';

export const metadata: Metadata = {
  title: { absolute: TITLE },
  description: DESCRIPTION,
  openGraph: openGraphOf(TITLE, DESCRIPTION),
};

export default function ContributionPage() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-3xl font-bold">{TITLE}</h1>
      <p className="mt-3 max-w-3xl">
        选择参保城市、险种和人员类别，填写年份和规定要用到的数额，这里列出单位和个人每月、每年各缴多少，多少划入个人账户，以及享受待遇要满足的条件，每一项都注明政策出处。
        来源没有给出的数值会写明“来源未给出”，不作猜测。全部计算在您的浏览器内完成，您填写的金额不会离开您的设备。
      </p>
      <ContributionEstimator cities={cityChoices()} />
    </main>
  );
}
