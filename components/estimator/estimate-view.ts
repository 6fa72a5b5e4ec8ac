import { money, type Dec } from '@/lib/base/money';
import type { EventResult } from '@/lib/engine/benefit';
import { layerRules } from '@/lib/engine/layers';
import { figureLevel, type FigureLevel, type Provenance } from '@/lib/engine/provenance';
import { INPATIENT } from '@/lib/model/fields';
import { SCHEME_LABELS } from '@/lib/model/labels';
import { RULES } from '@/lib/rules';
import { benefitOf } from '@/components/forms/event';
import { sourceText, type Note } from '@/lib/engine/steps';
import { yearDocuments, type YearResult } from '@/lib/engine/year';
import { citationText } from '@/lib/model/citation';
import type { Trust, Version } from '@/lib/model/types';
import type { OfficialFigure } from '@/components/ui/result-parts';
import { listedNotes } from '@/components/ui/once';
import { plainSentence } from '@/components/ui/plain-answer';
import type { SplitPart, StepView } from '@/components/ui/views';
import type { ChangeView } from './change-view';

/**
 * The estimate as the page shows it: every amount already a two-decimal string, every citation
 * already in words. The result components render this and nothing else, so they need neither
 * decimal.js nor the rule data in the page's first JavaScript.
 */

export interface EstimateView {
  totalCost: string;
  outOfPocket: string;
  fund: string;
  /** What the funds pay in all: the fund and every supplementary layer. */
  funds: string;
  supplements: { id: string; name: string; amount: string; level: Trust }[];
  split: SplitPart[];
  steps: StepView[];
  /** The city and scheme: 烟台职工医保. */
  where: string;
  date: string;
  member: string;
  /** The bill's total in its benefit's words (住院总费用, 门诊总费用…). */
  totalLabel: string;
  /** The event in words: its grade, and which stay it is or which benefit. */
  event: string;
  /** The event as the plain sentence names it: 这次住院, 这次门诊慢特病就诊. */
  what: string;
  /** Not the year's first stay, and no earlier stay given: the year's limits taken as unused. */
  earlierAssumed: boolean;
  /** Supplementary layers this event would draw on that no source gives: left out, so 个人负担 is at most this. */
  leftOut: string[];
  version: {
    id: string;
    title: string;
    validFrom: string;
    validTo: string | null;
    /** The version's level, never above the least trusted source the figures used. */
    level: FigureLevel;
    documents: string[];
  };
  /** The person supplied values no source gives: the result rests on them. */
  userValues: boolean;
  /** Where the result rests on edited values: 个人负担 under the official rules, shown beside it. */
  official?: OfficialFigure;
  /** What the figures rest on, shown beside them. */
  provenance: Provenance;
  /** Warnings that belong beside the figure: the rule may be out of date, the stay is far ahead. */
  freshness: { title: string; text: string }[];
  /** How the rules' latest change that moves this figure moved it (runtime.ts adds it). */
  change?: ChangeView;
  /** Listed under 请注意 (listedNotes). */
  notes: Note[];
  interpretations: { title: string; text: string }[];
}

/** The estimate in one plain sentence: 这次住院医保大约付 …，您自己大约付 …（约占 51%）. */
export function estimateSentence(view: EstimateView): string {
  return plainSentence({ what: view.what, funds: view.funds, own: view.outOfPocket, total: view.totalCost, atMost: view.leftOut.length > 0 });
}

/** "三级医院，本年第2次住院", "门诊慢特病", "二级医院，普通门诊". */
export function eventText(event: EventResult): string {
  const what = event.benefit === INPATIENT ? `本年第${event.ordinal}次住院` : benefitOf(event.benefit).label;
  return event.grade ? `${event.grade.label}，${what}` : what;
}

function share(part: Dec, total: Dec): string {
  return total.isZero() ? '0.0' : part.dividedBy(total).times(100).toFixed(1);
}

/** The layers the year's events would draw on that no source gives: the engine leaves each out with its note (the same words on every date of a period). */
export function leftOutLayers(version: Version, events: readonly EventResult[]): string[] {
  const said = new Set(events.flatMap((e) => e.notes.map((n) => `${n.title}\n${n.text}`)));
  return layerRules(version).flatMap((rule) => ('leftOut' in rule && said.has(`${rule.leftOut.title}\n${rule.leftOut.text}`) ? [rule.layer.name] : []));
}

/** Stays before this one that the year's figures do not hold: their use of the year's limits is taken as none. */
export function earlierStaysAssumed(events: readonly EventResult[]): boolean {
  const stays = events.filter((e) => e.benefit === INPATIENT);
  return stays.some((e) => e.ordinal > stays.length);
}

export function estimateView(result: YearResult, userValues: boolean): EstimateView {
  const current = result.admissions.at(-1);
  if (!current) throw new Error('a year result always ends with the estimated admission');
  const { version } = result;
  const total = current.totalCost;
  const leftOut = leftOutLayers(version, [current]);
  return {
    totalCost: money(total),
    outOfPocket: money(current.outOfPocket),
    fund: money(current.fund),
    funds: money(current.fund.plus(current.supplementTotal)),
    supplements: current.supplements.map((s) => ({ id: s.id, name: s.name, amount: money(s.amount), level: s.level })),
    split: [
      { key: 'fund', label: '统筹基金支付', amount: money(current.fund), percent: share(current.fund, total) },
      // A layer no source gives is not drawn as paying nothing: said as left out (SplitBar) instead.
      ...(leftOut.length && current.supplements.length === 0
        ? []
        : [{ key: 'supplements' as const, label: '补充保障支付', amount: money(current.supplementTotal), percent: share(current.supplementTotal, total) }]),
      { key: 'you', label: '个人负担', amount: money(current.outOfPocket), percent: share(current.outOfPocket, total) },
    ],
    steps: current.steps.map((step) => ({
      label: step.label,
      amount: money(step.amount),
      source: sourceText(step),
      ...(step.detail ? { detail: step.detail } : {}),
      ...(step.level === 'user' ? { edited: true as const } : {}),
    })),
    where: `${RULES.cityLabel(version.city)}${SCHEME_LABELS[version.scheme]}`,
    date: current.date,
    member: result.className,
    totalLabel: benefitOf(current.benefit).words.total,
    event: eventText(current),
    what: `这次${benefitOf(current.benefit).words.event}`,
    earlierAssumed: earlierStaysAssumed(result.admissions),
    leftOut,
    version: {
      id: version.id,
      title: version.title,
      validFrom: version.validFrom,
      validTo: version.validTo,
      level: figureLevel(version.level, result.provenance),
      documents: yearDocuments(result).map((d) => citationText(d, '')),
    },
    userValues,
    provenance: result.provenance,
    freshness: result.notes.filter((n) => n.topic === 'freshness').map(({ title, text }) => ({ title, text })),
    notes: listedNotes([...result.notes, ...current.notes]),
    interpretations: result.interpretations.map(({ title, text }) => ({ title, text })),
  };
}
