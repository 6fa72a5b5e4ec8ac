import { todayNow } from '../base/dates';
import { EstimateError } from '../base/errors';
import { INPATIENT } from '../model/fields';
import { MEMBER_LABELS } from '../model/labels';
import { classOf, type ClassRef } from '../model/version';
import type { Citation, Document, Interpretation, MemberId, Version } from '../model/types';
import type { Benefit, EventResult } from './benefit';
import type { Bill } from './bill';
import { PERSON_FIELDS, type PersonInputs } from '../model/person';
import { Ledger } from './ledger';
import { documentsUsed, futureNote, provenanceNotes, provenanceOf, stalenessNote, type Provenance } from './provenance';
import type { Note, Use } from './steps';

/**
 * A calendar year of events, settled in date order over one ledger. The engine is handed the rules
 * (the version in force on each date, with the person's overrides applied, and the benefit modules);
 * it never looks one up.
 */

export interface YearRequest {
  member: MemberId;
  /** The year's events in date order; the last is the one being estimated. */
  admissions: Bill[];
  /** Ordinal of the first listed admission: 1 when the whole year is listed. */
  firstOrdinal: number;
  /**
   * Each event's place among the year's events of its benefit, where some before it are listed but not
   * settled (the planner leaves out an event no source computes: the stays after it keep their places).
   * By default the listed events are counted in order, stays from firstOrdinal.
   */
  ordinals?: readonly number[];
  /** Today in China (default: now), for the warning on stays dated far ahead. */
  today?: string;
  /** What the person says of themselves beyond their member type (a layer's maximum may depend on it). */
  person?: PersonInputs;
}

/** What the engine is handed: the rules of one city × scheme. */
export interface Rulebook {
  /** The version in force on a date, overrides applied; it throws the refusal when no rule is known for that day. */
  versionOn(date: string): Version;
  /** The module that settles a benefit's events. */
  benefit(id: string): Benefit;
}

export interface YearResult {
  version: Version;
  className: string;
  /** Where the member type's class comes from: the citations of its mapping (none for a class standing in for an unmapped member type). */
  classCite: readonly Citation[];
  admissions: EventResult[];
  /** What the year's figures rest on: official texts, public reports, values the person typed. */
  provenance: Provenance;
  interpretations: Interpretation[];
  notes: Note[];
}

export { INPATIENT } from '../model/fields';

export function estimateYear(request: YearRequest, rules: Rulebook): YearResult {
  const last = request.admissions.at(-1);
  if (!last) throw new EstimateError('invalid-input', '至少需要一次住院。');
  const version = rules.versionOn(last.date);
  const other = request.admissions.find((b) => b.date < version.validFrom || (version.validTo !== null && b.date > version.validTo));
  if (other) {
    throw new EstimateError('mixed-versions', `本年各次住院须适用同一政策版本：${other.date} 的住院不适用“${version.title}”。`, {
      date: other.date,
      version: version.id,
    });
  }
  const cls = classOf(version, request.member);
  const ledger = new Ledger();
  const counts = new Map<string, number>();
  const admissions = request.admissions.map((bill, i) => {
    const benefit = bill.benefit ?? INPATIENT;
    const before = counts.get(benefit) ?? 0;
    counts.set(benefit, before + 1);
    const ordinal = request.ordinals?.[i] ?? before + (benefit === INPATIENT ? request.firstOrdinal : 1);
    const settler = rules.benefit(benefit);
    const onDate = bill === last ? version : rules.versionOn(bill.date);
    if (!(benefit in onDate.benefits)) {
      throw new EstimateError('no-benefit', `“${onDate.title}”没有${settler.label}的已知规定：现有来源没有给出这项待遇的标准。`, { benefit, version: onDate.id });
    }
    const excluded = settler.excludes?.(onDate, request.member);
    if (excluded) throw new EstimateError('invalid-input', excluded, { field: 'member' });
    return settler.settle(bill, { version: onDate, member: request.member, cls, ordinal, ledger, person: request.person ?? {} });
  });
  const provenance = provenanceOf(admissions, mappingUses(cls, request.member));
  return {
    version,
    className: cls.label,
    classCite: cls.standIn ? [] : cls.mapping.cite,
    admissions,
    provenance,
    interpretations: version.interpretations,
    notes: yearNotes(request, admissions, provenance),
  };
}

/** The documents a year's estimate lists (see documentsUsed): those its member type's class and every step of its events cite. */
export function yearDocuments({ version, classCite, admissions }: Pick<YearResult, 'version' | 'classCite' | 'admissions'>): Document[] {
  const cited = new Set(classCite.map((c) => c.doc));
  for (const event of admissions) for (const step of event.steps) for (const use of step.uses) for (const c of use.cite) cited.add(c.doc);
  return documentsUsed(version.documents, cited);
}

/**
 * The member type's mapping to its class, where the figure rests on it beyond the class's own values:
 * our reading (灵活就业 → 在职), a draft, or the person's edit. An official or reported mapping comes
 * from the text that gives the class's values, which the steps cite already.
 */
function mappingUses(cls: ClassRef, member: MemberId): Use[] {
  const { level, cite } = cls.mapping;
  return level === 'official' || level === 'reported' || level === 'unknown' ? [] : [{ name: `${MEMBER_LABELS[member]}按“${cls.label}”待遇`, level, cite }];
}

function yearNotes(request: YearRequest, admissions: EventResult[], provenance: Provenance): Note[] {
  const notes: Note[] = [];
  if (request.firstOrdinal > 1) {
    notes.push({
      kind: 'assumption',
      title: '此前住院按未使用年度额度计算',
      text: `这是本年第${request.firstOrdinal}次住院，但没有填写此前各次住院的费用，本估算假设此前住院未使用统筹基金年度限额和补充保障的额度；起付线仍按第${request.firstOrdinal}次住院的规则计算。`,
    });
  }
  const said = (Object.keys(request.person ?? {}) as (keyof PersonInputs)[]).filter((k) => request.person![k] !== undefined);
  if (said.length && !admissions.some((a) => a.supplements.some((s) => s.personRead))) {
    notes.push({
      kind: 'assumption',
      title: `未用到${said.map((k) => PERSON_FIELDS[k].words).join('和')}`,
      text: `${said.map((k) => PERSON_FIELDS[k].words).join('和')}只影响2025年起居民大病保险的年度最高支付限额；这次估算没有用到大病保险的这项规定，填写的内容不影响结果。`,
    });
  }
  notes.push(...provenanceNotes(provenance));
  const stale = stalenessNote(admissions);
  if (stale) notes.push(stale);
  const future = futureNote(admissions.map((a) => a.date), request.today ?? todayNow());
  if (future) notes.push(future);
  return notes;
}
