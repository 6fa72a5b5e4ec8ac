import { ResultRegion } from '@/components/ui/result-parts';
import type { ContributionUi } from './load-runtime';
import type { Outcome } from './runtime';

/** The result region: who pays what each month and each year, what reaches the account, and on what it rests. */
export function ContributionResult({ outcome, loadFailed, ui }: { outcome: Outcome | undefined; loadFailed: boolean; ui: ContributionUi | undefined }) {
  return (
    <ResultRegion
      id="result-title"
      title="计算结果"
      className="min-w-0 rounded-lg border-2 border-gray-800 p-4"
      loadFailed={loadFailed}
      outcome={outcome}
      incomplete={{
        empty: '填写上面的信息后，这里会立即显示每月和每年的缴费，以及划入个人账户的金额。',
        invalid: '请先改正上面标出的填写错误，改正后显示计算结果。',
      }}
      shown={(o) => ui && <ui.Answer outcome={o} />}
      disclaimer="计算结果仅供参考，以税务部门和医保经办机构核定的金额为准"
    >
      {ui && outcome?.kind === 'result' && <ui.Details view={outcome.view} />}
    </ResultRegion>
  );
}
