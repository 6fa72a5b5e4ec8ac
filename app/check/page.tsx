import type { Metadata } from 'next';
import { openGraphOf } from '@/components/page-metadata';
import { PageLink } from '@/components/ui/PageLink';
import { Prose } from '@/components/ui/Yuan';
import { Check } from '@/components/check/LaterCheck';
import { cityChoices, HOME_PRESET } from '@/components/presets';

const TITLE = '核对住院结算单';
const DESCRIPTION =
  '照住院结算单填写医疗费总额、全自费、先行自付、统筹基金支付、个人负担等金额，逐项说明每一项是什么、依据哪一条规定，并与按规定重算的结果对照；不一致时列出可能的原因和可以询问的问题。全部在浏览器内计算。';

export const metadata: Metadata = {
  title: { absolute: TITLE },
  description: DESCRIPTION,
  openGraph: openGraphOf(TITLE, DESCRIPTION),
};

export default function CheckPage() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-3xl font-bold">{TITLE}</h1>
      <p className="mt-3 max-w-3xl">
        出院时拿到的住院结算单看不懂？照着结算单把金额填进来，这里逐项说明每一项是什么、依据哪一条规定，并按规定重新计算，与结算单并排对照；
        <Prose text="对不上时列出可能的原因，以及可以向医院收费处或医保服务热线 12393 询问的问题。" />
        全部计算在您的浏览器内完成，您填写的金额不会离开您的设备。
      </p>
      <p className="mt-2 print:hidden">
        <PageLink href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          还没有结算？先估算住院费用
        </PageLink>
      </p>
      <Check cities={cityChoices()} city={HOME_PRESET.city} />
    </main>
  );
}
