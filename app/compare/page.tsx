import type { Metadata } from 'next';
import { openGraphOf } from '@/components/page-metadata';
import { PageLink } from '@/components/ui/PageLink';
import { Compare } from '@/components/compare/LaterCompare';
import { benefitChoices } from '@/components/presets';
import { RULES } from '@/lib/rules';

const CITY_NAMES = RULES.cities.map((c) => c.label).join('、');
const TITLE = `${CITY_NAMES}医保报销对比`;
const DESCRIPTION = `同一笔住院、门诊或生育费用，在${CITY_NAMES}的职工医保和居民医保下分别报销多少、个人负担多少，并列对比，注明所用政策和来源可信度。全部在浏览器内计算。`;

export const metadata: Metadata = {
  title: { absolute: TITLE },
  description: DESCRIPTION,
  openGraph: openGraphOf(TITLE, DESCRIPTION),
};

export default function ComparePage() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-3xl font-bold">{TITLE}</h1>
      <p className="mt-3 max-w-3xl">
        填写一次住院、门诊或生育的费用，例如在三级医院住院花费 50,000 元，下面并排列出各城市的职工医保和居民医保各自的估算，以及所用的政策版本和来源可信度。
        全部计算在您的浏览器内完成，您填写的金额不会离开您的设备。
      </p>
      <p className="mt-2 print:hidden">
        <PageLink href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          只估算一个城市和险种
        </PageLink>
      </p>
      <Compare benefits={benefitChoices()} />
    </main>
  );
}
