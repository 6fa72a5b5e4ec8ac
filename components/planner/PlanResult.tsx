import { ResultRegion, type EditsFrom } from '@/components/ui/result-parts';
import type { PlannerUi } from './load-runtime';
import type { PlanOutcome } from './runtime';

/** The year's result: totals, each event in date order with the pots it leaves, the annual limits used, the running 个人负担. */
export function PlanResult({ outcome, loadFailed, editsFrom, ui }: { outcome: PlanOutcome | undefined; loadFailed: boolean; editsFrom: EditsFrom; ui: PlannerUi | undefined }) {
  return (
    <ResultRegion
      id="plan-title"
      title="全年估算结果"
      className="min-w-0 rounded-lg border-2 border-gray-800 p-4"
      loadFailed={loadFailed}
      outcome={outcome}
      incomplete={{ empty: '填写每次就医的日期和总费用后，这里会按日期先后显示全年的估算。', invalid: '请先改正上面标出的填写错误，改正后显示估算结果。' }}
      shown={(o) => ui && <ui.Answer outcome={o} editsFrom={editsFrom} />}
    >
      {ui && outcome?.kind === 'plan' && <ui.Details view={outcome.view} editsFrom={editsFrom} />}
    </ResultRegion>
  );
}
