import type { RuleChange } from '@/lib/what-changed';
import { money } from '@/lib/base/money';
import { formatYuan } from '@/components/ui/format';
import { valueText } from '@/components/sources/value-text';

/** What changed for this case (lib/what-changed.ts) as the result says it: one line, and each changed value before and now. */
export interface ChangeView {
  /** "2024年起多次住院的起付线（年度内第二次及以后住院）调整：同样情况您少付 ¥200.00。" */
  line: string;
  /** "多次住院的起付线（年度内第二次及以后住院）：此前为“…”，现在为“…”". */
  values: string[];
}

/** "2024年起", "2024年10月1日起". */
export function sinceWords(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return month === 1 && day === 1 ? `${year}年起` : `${year}年${month}月${day}日起`;
}

export function changeView(change: RuleChange): ChangeView {
  const less = change.before.greaterThan(change.after);
  const difference = formatYuan(money(change.before.minus(change.after).abs()));
  const names = change.changed.map((c) => `${c.after.group}（${c.after.name}）`);
  return {
    line: `${sinceWords(change.since)}${names.length ? `${names.join('、')}调整` : '规定调整'}：同样情况您${less ? '少付' : '多付'} ${difference}。`,
    values: change.changed.map(({ before, after, versions }) => {
      const [then, now] = [valueText(versions.before, before, before.value), valueText(versions.after, after, after.value)];
      return `${after.group}（${after.name}）：此前为“${then ?? '来源未给出'}”，现在为“${now ?? '来源未给出'}”`;
    }),
  };
}
