import { money, type Dec } from '@/lib/base/money';
import { figureLevel, type FigureLevel, type Provenance } from '@/lib/engine/provenance';
import { PAYER_LABELS } from '@/lib/contribution/tree';
import type { ContributionResult, Item } from '@/lib/contribution/year';
import { worst } from '@/lib/engine/steps';
import { citationText } from '@/lib/model/citation';
import { MEMBER_LABELS, SCHEME_LABELS } from '@/lib/model/labels';
import type { Trust } from '@/lib/model/types';

/**
 * The year's contributions as the page shows them: every amount a two-decimal string (null where no
 * source gives it), every citation in words. The result components render this and nothing else, so
 * neither decimal.js nor the rule data enters the page's first JavaScript.
 */

export interface FigureView {
  term: string;
  amount: string | null;
  /** The least trusted value the figure rests on, marked beside it. */
  level: Trust;
  /** A value it rests on is unknown (else a null amount is a year with months without rules). */
  missing: boolean;
}

export interface ItemView {
  name: string;
  payer: string;
  /** null: paid once a year (`yearlyOnly`), or unknown. */
  monthly: string | null;
  yearly: string | null;
  yearlyOnly: boolean;
  missing: boolean;
  level: Trust;
  source: string;
  detail?: string;
  note?: string;
}

export interface ContributionView {
  summary: string;
  resident: boolean;
  monthly: FigureView[];
  yearly: FigureView[];
  items: ItemView[];
  provenance: Provenance;
  /** The warnings beside the figures: the rule may be out of date, months without rules. */
  freshness: { title: string; text: string }[];
  conditions: { title: string; text: string; source?: string }[];
  /** Values no source gives, with where to ask. */
  missing: { title: string; text: string }[];
  /** Why a total with no line of its own is 0.00. */
  totals: { title: string; text: string }[];
  interpretations: { title: string; text: string }[];
  /** level: the version's, never above the least trusted source the figures and conditions used. */
  version: { title: string; validFrom: string; validTo: string | null; level: FigureLevel; documents: string[] };
}

const text = (x: Dec | null) => (x === null ? null : money(x));

/** A total and what it rests on: the items counted toward it. */
function figure(term: string, amount: Dec | null, items: readonly Item[], role: Item['role']): FigureView {
  const counted = items.filter((i) => i.role === role);
  return { term, amount: text(amount), level: counted.map((i) => i.level).reduce(worst, 'official'), missing: counted.some((i) => i.missing) };
}

export function contributionView(result: ContributionResult, cityLabel: string): ContributionView {
  const { request: r, version } = result;
  const resident = r.scheme === 'resident';
  const notes = (kind: string) => result.notes.filter((n) => n.kind === kind);
  const about = (topic: string) => result.notes.filter((n) => n.topic === topic).map(({ title, text }) => ({ title, text }));
  return {
    summary: `${cityLabel} · ${SCHEME_LABELS[r.scheme]} · ${MEMBER_LABELS[r.member]} · ${r.year}年`,
    resident,
    monthly: resident
      ? []
      : [
          figure('单位每月缴费', result.monthly.employer, result.items, 'employer'),
          figure('个人每月缴费', result.monthly.individual, result.items, 'individual'),
          figure('每月划入个人账户', result.monthly.accountCredit, result.items, 'account'),
        ],
    yearly: resident
      ? [figure('个人全年缴费', result.yearly.resident, result.items, 'individual')]
      : [
          figure('单位全年缴费', result.yearly.employer, result.items, 'employer'),
          figure('个人全年缴费', result.yearly.individual, result.items, 'individual'),
          figure('全年划入个人账户', result.yearly.accountCredit, result.items, 'account'),
        ],
    items: result.items.map((i) => ({
      name: i.name,
      payer: i.payer ? PAYER_LABELS[i.payer] : '来源未写明',
      monthly: text(i.monthly),
      yearly: text(i.yearly),
      yearlyOnly: i.per === 'year',
      missing: i.missing,
      level: i.level,
      source: i.source,
      ...(i.detail ? { detail: i.detail } : {}),
      ...(i.note && !i.missing ? { note: i.note } : {}),
    })),
    provenance: result.provenance,
    freshness: about('freshness'),
    conditions: notes('condition').map(({ title, text, source }) => ({ title, text, ...(source ? { source } : {}) })),
    missing: notes('missing').map(({ title, text }) => ({ title, text })),
    totals: about('total'),
    interpretations: notes('interpretation').map(({ title, text }) => ({ title, text })),
    version: {
      title: version.title,
      validFrom: version.validFrom,
      validTo: version.validTo,
      level: figureLevel(version.level, result.provenance),
      documents: result.documents.map((d) => citationText(d, '')),
    },
  };
}
