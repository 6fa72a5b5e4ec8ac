import type { Note } from '@/lib/engine/steps';
import { max, min, money, yuan, ZERO, type Dec } from '@/lib/base/money';
import type { YearPlan } from '@/lib/planner';
import type { Trust } from '@/lib/model/types';
import { estimateView } from '@/components/estimator/estimate-view';
import type { StepView } from '@/components/ui/views';

/**
 * The year plan as the page shows it: amounts as two-decimal strings, each admission with the
 * reason for its deductible, the annual limits used, and the running 个人负担 for the chart.
 */

export interface PlannedAdmissionView {
  /** The form row it came from. */
  row: number;
  ordinal: number;
  date: string;
  grade: string | null;
  totalCost: string;
  deductible: string;
  /** Why this deductible: the engine's words for the repeat-admission rule. */
  deductibleWhy: string;
  fund: string;
  supplements: { id: string; name: string; amount: string; level: Trust }[];
  outOfPocket: string;
  cumulativeOutOfPocket: string;
  steps: StepView[];
}

export interface UsageView {
  name: string;
  /** What the limit counts, used so far and its size, in words. */
  text: string;
  used: string;
  limit: string;
  /** Share of the limit used, 0–100, for the bar. */
  percent: number;
}

export interface ChartPoint {
  label: string;
  date: string;
  amount: string;
  /** amount ÷ the largest amount, 0–1: the bar's length. */
  share: number;
}

export interface PlanView {
  admissions: PlannedAdmissionView[];
  totals: { totalCost: string; fund: string; supplements: { name: string; amount: string }[]; outOfPocket: string };
  usage: UsageView[];
  chart: ChartPoint[];
  version: ReturnType<typeof estimateView>['version'];
  member: string;
  userValues: boolean;
  provenance: ReturnType<typeof estimateView>['provenance'];
  freshness: ReturnType<typeof estimateView>['freshness'];
  notes: Note[];
  interpretations: { title: string; text: string }[];
}

/** part ÷ whole as a plain number for drawing (a length, not money). */
const share = (part: Dec, whole: Dec) => (whole.isZero() ? 0 : part.dividedBy(whole).toDecimalPlaces(4).toNumber());

/** Each admission's notes once, naming the admissions they concern unless they concern all. */
function admissionNotes(admissions: YearPlan['result']['admissions']): Note[] {
  const byText = new Map<string, { note: Note; ordinals: number[] }>();
  for (const a of admissions) {
    for (const note of a.notes) {
      const key = `${note.title}\n${note.text}`;
      const entry = byText.get(key) ?? { note, ordinals: [] };
      entry.ordinals.push(a.ordinal);
      byText.set(key, entry);
    }
  }
  return [...byText.values()].map(({ note, ordinals }) =>
    ordinals.length === admissions.length ? note : { ...note, title: `第${ordinals.join('、')}次住院：${note.title}` },
  );
}

export function planView(plan: YearPlan, userValues: boolean): PlanView {
  const { result } = plan;
  const last = result.admissions.at(-1)!;
  const cumulative = plan.cumulativeOutOfPocket;
  const highest = cumulative.reduce((a, b) => max(a, b), ZERO);
  const coverage = last.usage.coverage;
  const usage: UsageView[] = [];
  if (coverage.amount.greaterThan(ZERO)) {
    const used = min(coverage.used, coverage.amount);
    usage.push({
      name: coverage.kind === 'fundCap' ? '统筹基金年度最高支付限额' : '年度政策范围内费用额度',
      text:
        coverage.kind === 'fundCap'
          ? `统筹基金本年已支付 ${yuan(used)} 元，限额 ${yuan(coverage.amount)} 元，还剩 ${yuan(coverage.amount.minus(used))} 元`
          : `本年政策范围内费用已计入 ${yuan(used)} 元，额度 ${yuan(coverage.amount)} 元，还剩 ${yuan(coverage.amount.minus(used))} 元` +
            (coverage.used.greaterThan(coverage.amount) ? `；超出额度的 ${yuan(coverage.used.minus(coverage.amount))} 元统筹基金不再支付` : ''),
      used: money(used),
      limit: money(coverage.amount),
      percent: share(used, coverage.amount) * 100,
    });
  }
  for (const l of last.usage.layers) {
    usage.push({
      name: l.name,
      text: `本年累计计算基数 ${yuan(l.base)} 元；已支付 ${yuan(l.paid)} 元，每年最多 ${yuan(l.annualMax)} 元，还剩 ${yuan(l.annualMax.minus(l.paid))} 元`,
      used: money(l.paid),
      limit: money(l.annualMax),
      percent: share(l.paid, l.annualMax) * 100,
    });
  }
  const view = estimateView(result, userValues);
  return {
    admissions: plan.rows.map(({ id, admission: a }, i) => ({
      row: Number(id),
      ordinal: a.ordinal,
      date: a.date,
      grade: a.grade?.label ?? null,
      totalCost: money(a.totalCost),
      deductible: money(a.deductible),
      deductibleWhy: a.steps.find((s) => s.key === 'deductible')?.detail ?? '政策范围内费用为 0，不扣起付线',
      fund: money(a.fund),
      supplements: a.supplements.map((s) => ({ id: s.id, name: s.name, amount: money(s.amount), level: s.level })),
      outOfPocket: money(a.outOfPocket),
      cumulativeOutOfPocket: money(cumulative[i]!),
      steps: estimateView({ ...result, admissions: [a] }, userValues).steps,
    })),
    totals: {
      totalCost: money(plan.totals.totalCost),
      fund: money(plan.totals.fund),
      supplements: plan.totals.supplements.map((s) => ({ name: s.name, amount: money(s.amount) })),
      outOfPocket: money(plan.totals.outOfPocket),
    },
    usage,
    chart: plan.rows.map(({ admission: a }, i) => ({ label: `第${a.ordinal}次`, date: a.date, amount: money(cumulative[i]!), share: share(cumulative[i]!, highest) })),
    version: view.version,
    member: result.className,
    userValues,
    provenance: view.provenance,
    freshness: view.freshness,
    notes: [...result.notes, ...admissionNotes(result.admissions)],
    interpretations: view.interpretations,
  };
}

