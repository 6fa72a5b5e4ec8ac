import { ResultRegion } from '@/components/ui/result-parts';
import type { CheckUi } from './load-runtime';
import type { CheckOutcome } from './runtime';

/** The check: whether the slip agrees with the rules, the two side by side, the likely reasons, the sums, and each line in words. */
export function CheckResult({ outcome, loadFailed, ui }: { outcome: CheckOutcome | undefined; loadFailed: boolean; ui: CheckUi | undefined }) {
  return (
    <ResultRegion
      id="check-title"
      title="核对结果"
      className="min-w-0 rounded-lg border-2 border-gray-800 p-4"
      loadFailed={loadFailed}
      outcome={outcome}
      incomplete={{ empty: '填写医疗费总额和结算单上的其他金额后，这里会逐项说明，并与按规定重算的结果对照。', invalid: '请先改正上面标出的填写错误，改正后显示核对结果。' }}
      shown={(o) => ui && <ui.Answer outcome={o} />}
    >
      {ui && outcome?.kind === 'check' && <ui.Details view={outcome.view} />}
    </ResultRegion>
  );
}
