import { ResultRegion } from '@/components/ui/result-parts';
import type { CompareUi } from './load-runtime';
import type { CompareOutcome } from './runtime';

/** The comparison's region: a card per city × scheme, or a plain notice of why there are none yet. */
export function CompareResult({ outcome, loadFailed, ui }: { outcome: CompareOutcome | undefined; loadFailed: boolean; ui: CompareUi | undefined }) {
  return (
    <ResultRegion
      id="compare-title"
      title="对比结果"
      className="mt-8"
      loadFailed={loadFailed}
      outcome={outcome}
      incomplete={{ empty: '填写住院总费用后，这里会并排显示三个城市、两种医保的估算。', invalid: '请先改正上面标出的填写错误，改正后显示对比结果。' }}
      shown={({ columns }) => ui && <ui.Answer columns={columns} />}
    />
  );
}
