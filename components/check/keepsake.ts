import { formatYuan } from '@/components/ui/format';
import { rulesLine, type Keepsake } from '@/components/keep/keepsake';
import { checkAssumptions, type CheckView, type ComparedRow } from './check-view';

/** A row as a line: "统筹基金支付：结算单 ¥35,750.00，按规定重算 ¥39,980.00，不同（相差 −¥4,230.00）". */
function rowLine(row: ComparedRow): string {
  const slip = row.slip ? formatYuan(row.slip) : '未填写';
  const rule = row.rule ? formatYuan(row.rule) : '无法计算';
  const verdict = row.same === null || row.difference === null ? '无法比较' : row.same ? '一致' : `不同（相差 ${row.difference.startsWith('-') ? `−${formatYuan(row.difference.slice(1))}` : `+${formatYuan(row.difference)}`}）`;
  return `${row.name}：结算单 ${slip}，按规定重算 ${rule}，${verdict}`;
}

/** The check to keep and send, once it compares anything: the verdict and the likely reason, each row, what the recomputation assumes, the rules. */
export function checkKeepsake(view: CheckView, address: string): Keepsake | null {
  const c = view.comparison;
  if (c.kind !== 'lines' || c.compared === 0 || !view.version) return null;
  const first = view.reasons[0];
  const sentence =
    c.differing === 0
      ? `结算单上填写的 ${c.compared} 项与按规定重算的结果一致。`
      : `结算单上有 ${c.differing} 项与按规定重算的结果不同；${first ? `最可能的原因：${first.title}。` : '没有找到能解释这一差异的单一原因。'}`;
  return {
    title: '结算单核对',
    sentence,
    figures: [],
    facts: [`住院日期 ${c.date}；${c.basis}`, ...c.rows.map(rowLine)],
    assumptions: checkAssumptions(c),
    rules: rulesLine(view.version, view.userValues),
    address,
  };
}
