import { PageLink } from '@/components/ui/PageLink';
import { Estimator } from './Estimator';
import { HandoffLink } from '@/components/forms/HandoffLink';
import type { Preset } from '@/components/forms/form-values';
import { benefitChoices, cityChoices, PRESETS, presetPath, presetTitle } from '@/components/presets';

/** The estimator page, shared by / and the city × scheme pages. */
export function EstimatorPage({ heading, preset }: { heading: string; preset: Preset }) {
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <Estimator heading={heading} preset={preset} cities={cityChoices()} benefits={benefitChoices()}>
        <p className="mt-3 max-w-3xl">
          选择参保城市、险种、人员类别和就医类型，填写住院、门诊或生育的费用，立即估算医保报销后您自己要付多少，并列出每一步的政策依据。
          全部计算在您的浏览器内完成，您填写的金额不会离开您的设备。
        </p>
        <p className="mt-2 flex flex-wrap gap-x-6 print:hidden">
          <HandoffLink href="/planner/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            一年内多次就医？按全年估算
          </HandoffLink>
          <PageLink href="/compare/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            对比不同城市和险种
          </PageLink>
          <PageLink href="/contribution/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            每月缴多少医保费、多少进个人账户
          </PageLink>
          <PageLink href="/check/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            已经出院？核对结算单
          </PageLink>
        </p>
      </Estimator>
      <nav aria-labelledby="presets-title" className="mt-10 print:hidden">
        <h2 id="presets-title" className="text-xl font-bold">
          按城市和险种打开
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-6">
          {PRESETS.map((p) => (
            <li key={presetPath(p.city, p.scheme)}>
              <PageLink href={presetPath(p.city, p.scheme)} className="inline-flex min-h-11 items-center underline underline-offset-4">
                {presetTitle(p.city, p.scheme)}
              </PageLink>
            </li>
          ))}
        </ul>
      </nav>
    </main>
  );
}
