import type { EventResult, Usage } from '@/lib/engine/benefit';
import type { Note } from '@/lib/engine/steps';
import { INPATIENT } from '@/lib/model/fields';
import { benefitOf } from '@/components/forms/event';
import { max, min, money, yuan, ZERO, type Dec } from '@/lib/base/money';
import type { YearPlan } from '@/lib/planner';
import type { Trust } from '@/lib/model/types';
import { earlierStaysAssumed, estimateView, leftOutLayers } from '@/components/estimator/estimate-view';
import type { OfficialFigure } from '@/components/ui/result-parts';
import { listedNotes } from '@/components/ui/once';
import { plainSentence } from '@/components/ui/plain-answer';
import type { StepView } from '@/components/ui/views';

/**
 * The year plan as the page shows it: amounts as two-decimal strings, each event of any benefit in date
 * order with the reason for its deductible and the year's pots as it leaves them, the annual limits
 * used by the year's end, and the running 个人负担 for the chart.
 */

export interface PlannedEventView {
  /** The form row it came from. */
  row: number;
  benefit: string;
  /** "第2次住院", "门诊慢特病". */
  title: string;
  date: string;
  grade: string | null;
  /** The bill's total in its benefit's words. */
  totalLabel: string;
  totalCost: string;
  /** The deductible applied (none once the fund's cap or band is used up), as the engine's 起付线 step gives it. */
  deductible: string;
  /** Why this deductible: the step's words for the rule (repeat admissions, the year's deductible so far) and for any part not applied. */
  deductibleWhy: string;
  fund: string;
  supplements: { id: string; name: string; amount: string; level: Trust }[];
  outOfPocket: string;
  cumulativeOutOfPocket: string;
  steps: StepView[];
  /** The year's pots after this event. */
  pots: UsageView[];
}

export interface UsageView {
  name: string;
  /** What the limit counts, used so far and its size, in words. */
  text: string;
  used: string;
  /** null: the layer has no annual maximum (its source states none), so no bar. */
  limit: string | null;
  /** Share of the limit used, 0–100, for the bar. */
  percent: number | null;
}

export interface ChartPoint {
  /** The bar's short label: 第3项. */
  label: string;
  /** The event in words: 第3次住院, 门诊慢特病. */
  title: string;
  date: string;
  amount: string;
  /** amount ÷ the largest amount, 0–1: the bar's length. */
  share: number;
}

export interface PlanView {
  events: PlannedEventView[];
  /** How many events of each benefit, in words: 3 次住院、2 次门诊慢特病. */
  count: string;
  /** funds: the fund and every supplementary layer together. */
  totals: { totalCost: string; fund: string; funds: string; supplements: { name: string; amount: string }[]; outOfPocket: string };
  /** Stays before the first listed that the year's figures do not hold (see estimateView). */
  earlierAssumed: boolean;
  /** Supplementary layers the year's events would draw on that no source gives (see estimateView). */
  leftOut: string[];
  /** The form's rows no source computes, left out of the year: the row (0-based), in words, and why. */
  skipped: { row: number; title: string; reason: string }[];
  usage: UsageView[];
  chart: ChartPoint[];
  version: ReturnType<typeof estimateView>['version'];
  member: string;
  userValues: boolean;
  /** Where the year rests on edited values: the year's 个人负担 under the official rules. */
  official?: OfficialFigure;
  provenance: ReturnType<typeof estimateView>['provenance'];
  freshness: ReturnType<typeof estimateView>['freshness'];
  notes: Note[];
  interpretations: { title: string; text: string }[];
}

/** The year in one plain sentence: 本年 3 次住院医保大约付 …，您自己大约付 …（约占 40%）. */
export function planSentence(view: PlanView): string {
  return plainSentence({ what: `本年 ${view.count}`, funds: view.totals.funds, own: view.totals.outOfPocket, total: view.totals.totalCost, atMost: view.leftOut.length > 0 });
}

/** part ÷ whole as a plain number for drawing (a length, not money). */
const share = (part: Dec, whole: Dec) => (whole.isZero() ? 0 : part.dividedBy(whole).toDecimalPlaces(4).toNumber());

/** "第2次住院", or the benefit's name with its place among the year's events of that benefit when there are several. */
function titleOf(event: EventResult, several: boolean): string {
  if (event.benefit === INPATIENT) return `第${event.ordinal}次住院`;
  const label = benefitOf(event.benefit).label;
  return several ? `${label}（第${event.ordinal}次）` : label;
}

/** Each event's notes once, naming the events they concern unless they concern all. */
function eventNotes(events: EventResult[], titles: string[]): Note[] {
  const byText = new Map<string, { note: Note; titles: string[] }>();
  events.forEach((a, i) => {
    for (const note of a.notes) {
      const key = `${note.title}\n${note.text}`;
      const entry = byText.get(key) ?? { note, titles: [] };
      entry.titles.push(titles[i]!);
      byText.set(key, entry);
    }
  });
  return [...byText.values()].map(({ note, titles: named }) => (named.length === events.length ? note : { ...note, title: `${named.join('、')}：${note.title}` }));
}

/** The fund's cap or band, each layer, and the benefit's own limit, as they stand after an event. */
function potViews(usage: Usage): UsageView[] {
  const views: UsageView[] = [];
  const { coverage } = usage;
  if (coverage.amount.greaterThan(ZERO)) {
    const used = min(coverage.used, coverage.amount);
    views.push({
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
  for (const l of usage.layers) {
    const counted = `本年已累计计入的费用 ${yuan(l.base)} 元；已支付 ${yuan(l.paid)} 元`;
    views.push(
      l.annualMax === null
        ? { name: l.name, text: `${counted}，不设年度最高支付限额`, used: money(l.paid), limit: null, percent: null }
        : {
            name: l.name,
            text: `${counted}，每年最多 ${yuan(l.annualMax)} 元，还剩 ${yuan(l.annualMax.minus(l.paid))} 元`,
            used: money(l.paid),
            limit: money(l.annualMax),
            percent: share(l.paid, l.annualMax) * 100,
          },
    );
  }
  if (usage.own) views.push(ownView(usage.own));
  return views;
}

function ownView(own: NonNullable<Usage['own']>): UsageView {
  return {
    name: own.name,
    text: `本年已支付 ${yuan(own.paid)} 元，每年最多 ${yuan(own.annualMax)} 元，还剩 ${yuan(max(ZERO, own.annualMax.minus(own.paid)))} 元`,
    used: money(own.paid),
    limit: money(own.annualMax),
    percent: share(own.paid, own.annualMax) * 100,
  };
}

export function planView(plan: YearPlan, userValues: boolean): PlanView {
  const { result } = plan;
  const events = result.admissions;
  const last = events.at(-1)!;
  const cumulative = plan.cumulativeOutOfPocket;
  const highest = cumulative.reduce((a, b) => max(a, b), ZERO);
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.benefit, (counts.get(e.benefit) ?? 0) + 1);
  const titles = events.map((e) => titleOf(e, (counts.get(e.benefit) ?? 0) > 1));
  // The year's pots: the shared ones as the last event leaves them, and each benefit's own limit as its last event left it.
  const owns = new Map(events.flatMap((e) => (e.usage.own ? [[e.usage.own.name, e.usage.own] as const] : [])));
  const usage = [...potViews({ ...last.usage, own: undefined }), ...[...owns.values()].map(ownView)];
  const view = estimateView(result, userValues);
  return {
    events: plan.rows.map(({ id, admission: a }, i) => ({
      row: Number(id),
      benefit: a.benefit,
      title: titles[i]!,
      date: a.date,
      grade: a.grade?.label ?? null,
      totalLabel: benefitOf(a.benefit).words.total,
      totalCost: money(a.totalCost),
      deductible: money(a.deductible),
      deductibleWhy: a.steps.find((s) => s.key === 'deductible')?.detail ?? (a.eligibleCost.isZero() ? '政策范围内费用为 0，不扣起付线' : '这项待遇不设起付线'),
      fund: money(a.fund),
      supplements: a.supplements.map((s) => ({ id: s.id, name: s.name, amount: money(s.amount), level: s.level })),
      outOfPocket: money(a.outOfPocket),
      cumulativeOutOfPocket: money(cumulative[i]!),
      steps: estimateView({ ...result, admissions: [a] }, userValues).steps,
      pots: potViews(a.usage),
    })),
    count: [...counts].map(([benefit, n]) => `${n} 次${benefitOf(benefit).label}`).join('、'),
    totals: {
      totalCost: money(plan.totals.totalCost),
      fund: money(plan.totals.fund),
      funds: money(plan.totals.totalCost.minus(plan.totals.outOfPocket)),
      supplements: plan.totals.supplements.map((s) => ({ name: s.name, amount: money(s.amount) })),
      outOfPocket: money(plan.totals.outOfPocket),
    },
    earlierAssumed: earlierStaysAssumed(events),
    leftOut: leftOutLayers(result.version, events),
    skipped: plan.skipped.map((s) => ({ row: Number(s.id), title: `第${Number(s.id) + 1}次就医（${benefitOf(s.benefit).label}）`, reason: s.message })),
    usage,
    chart: plan.rows.map(({ admission: a }, i) => ({ label: `第${i + 1}项`, title: titles[i]!, date: a.date, amount: money(cumulative[i]!), share: share(cumulative[i]!, highest) })),
    version: view.version,
    member: result.className,
    userValues,
    provenance: view.provenance,
    freshness: view.freshness,
    notes: listedNotes([...result.notes, ...eventNotes(events, titles)]),
    interpretations: view.interpretations,
  };
}
