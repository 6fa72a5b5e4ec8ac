import { PageLink } from '@/components/ui/PageLink';
import { Estimator } from './LaterEstimator';
import { HandoffLink } from '@/components/forms/HandoffLink';
import type { Preset } from '@/components/forms/form-values';
import { benefitChoices, cityChoices, PRESETS, presetPath, presetTitle } from '@/components/presets';

/** The estimator page, shared by / and the city × scheme pages. */
export function EstimatorPage({ heading, preset, foldInsured = false }: { heading: string; preset: Preset; foldInsured?: boolean }) {
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <Estimator heading={heading} preset={preset} cities={cityChoices()} benefits={benefitChoices()} foldInsured={foldInsured}>
        <p className="mt-8 max-w-3xl">估算医保报销后自己要付多少，每一步注明政策依据；全部在您的浏览器内计算，金额不离开您的设备。</p>
        <p className="mt-2 flex flex-wrap gap-x-6 print:hidden">
          <HandoffLink href="/planner/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            一年多次就医：全年估算
          </HandoffLink>
          <PageLink href="/compare/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            对比城市和险种
          </PageLink>
          <PageLink href="/contribution/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            缴费和个人账户
          </PageLink>
          <PageLink href="/check/" className="inline-flex min-h-11 items-center underline underline-offset-4">
            核对结算单
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
