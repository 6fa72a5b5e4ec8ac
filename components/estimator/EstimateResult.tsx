import { ResultRegion, type EditsFrom } from '@/components/ui/result-parts';
import type { EstimatorUi } from './load-runtime';
import type { Outcome } from './runtime';

/** The result region: the estimate, or a plain notice of why there is none yet. */
export function EstimateResult({ outcome, loadFailed, editsFrom, ui }: { outcome: Outcome | undefined; loadFailed: boolean; editsFrom: EditsFrom; ui: EstimatorUi | undefined }) {
  return (
    <ResultRegion
      id="result-title"
      title="估算结果"
      // On a wide screen the result stays in view beside the form, scrolling on its own.
      className="min-w-0 rounded-lg border-2 border-gray-800 p-4 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto print:static print:max-h-none print:overflow-visible"
      loadFailed={loadFailed}
      outcome={outcome}
      incomplete={{ empty: '填写总费用后，这里会立即显示估算结果。', invalid: '请先改正上面标出的填写错误，改正后显示估算结果。' }}
      shown={(o) => ui && <ui.Answer outcome={o} editsFrom={editsFrom} />}
    >
      {ui && outcome?.kind === 'estimate' && <ui.Details view={outcome.view} editsFrom={editsFrom} />}
    </ResultRegion>
  );
}
