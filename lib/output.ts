import { money } from './base/money';
import type { EventResult } from './engine/benefit';
import { figureLevel, type FigureLevel } from './engine/provenance';
import { sourceText, type Note, type Step } from './engine/steps';
import { yearDocuments, type YearResult } from './engine/year';
import type { Document, Interpretation, Trust, Version } from './model/types';
import { memoOf } from './model/version';

/** The JSON result of the CLI: money as strings with two decimals, every step with its source in words. */

export interface StepJson {
  key: string;
  label: string;
  amount: string;
  source: string;
  level: Trust | 'input' | 'computed';
  detail?: string;
}

function stepJson(step: Step): StepJson {
  return {
    key: step.key,
    label: step.label,
    amount: money(step.amount),
    source: sourceText(step),
    level: step.origin === 'rule' ? (step.level ?? 'official') : step.origin,
    ...(step.detail ? { detail: step.detail } : {}),
  };
}

function admissionSummary(a: EventResult) {
  return {
    benefit: a.benefit,
    ordinal: a.ordinal,
    date: a.date,
    grade: a.grade?.label ?? null,
    totalCost: money(a.totalCost),
    eligibleCost: money(a.eligibleCost),
    deductible: money(a.deductible),
    fundPayment: money(a.fund),
    supplementPayment: money(a.supplementTotal),
    outOfPocket: money(a.outOfPocket),
  };
}

/**
 * The result's policy, the same for every estimate under a version at one level that used the same
 * documents: written once for each. Its level is the version's, lowered to the least trusted source the
 * figures used; its documents are those the figures used (yearDocuments).
 */
function policyJson(version: Version, level: FigureLevel, documents: readonly Document[]) {
  let used = 0;
  for (const d of documents) used |= 1 << version.documents.indexOf(d);
  return memoOf(version, `json:policy:${level}:${used}`, () =>
    Object.freeze({
      id: version.id,
      title: version.title,
      documents: documents.map((d) => ({ number: d.number, title: d.title, date: d.date, level: d.level })),
      validFrom: version.validFrom,
      validTo: version.validTo,
      level,
    }),
  );
}

type NoteJson = Pick<Note, 'kind' | 'title' | 'text'>;

const INTERPRETATION_NOTES = new WeakMap<readonly Interpretation[], readonly NoteJson[]>();

/** A version's interpretations as notes, the last of every result's notes: written once per version. */
function interpretationNotes(interpretations: readonly Interpretation[]): readonly NoteJson[] {
  let notes = INTERPRETATION_NOTES.get(interpretations);
  if (!notes) {
    notes = Object.freeze(interpretations.map((i) => Object.freeze({ kind: 'interpretation' as const, title: i.title, text: i.text })));
    INTERPRETATION_NOTES.set(interpretations, notes);
  }
  return notes;
}

/** The estimated event's amounts, as the result prints them (and the CSV output's columns). */
export function amountsJson(current: EventResult) {
  return {
    totalCost: money(current.totalCost),
    eligibleCost: money(current.eligibleCost),
    deductible: money(current.deductible),
    fundPayment: money(current.fund),
    supplementPayment: money(current.supplementTotal),
    outOfPocket: money(current.outOfPocket),
  };
}

/**
 * The result in the order it is printed, the parts that depend on the version alone apart: the
 * policy first, then everything of this estimate up to its own notes, the version's interpretations
 * (the rest of `notes`), and `year`. toJson() puts them together; resultPieces() writes them out.
 */
function resultParts(result: YearResult) {
  const current = result.admissions.at(-1);
  if (!current) throw new Error('a year result always has the estimated admission last');
  const notes: NoteJson[] = [...result.notes, ...current.notes].map(({ kind, title, text }) => ({ kind, title, text }));
  return {
    policy: policyJson(result.version, figureLevel(result.version.level, result.provenance), yearDocuments(result)),
    head: {
      provenance: result.provenance,
      benefit: current.benefit,
      member: result.className,
      grade: current.grade?.label ?? null,
      admission: current.ordinal,
      ...amountsJson(current),
      supplements: current.supplements.map((s) => ({ name: s.name, amount: money(s.amount), level: s.level })),
      steps: current.steps.map(stepJson),
    },
    notes,
    interpretations: interpretationNotes(result.interpretations),
    year: {
      admissions: result.admissions.map(admissionSummary),
      usage: {
        coverage: {
          kind: current.usage.coverage.kind,
          amount: money(current.usage.coverage.amount),
          used: money(current.usage.coverage.used),
        },
        layers: current.usage.layers.map((l) => ({
          name: l.name,
          base: money(l.base),
          paid: money(l.paid),
          annualMax: l.annualMax === null ? null : money(l.annualMax),
        })),
        ...(current.usage.own ? { own: { name: current.usage.own.name, paid: money(current.usage.own.paid), annualMax: money(current.usage.own.annualMax) } } : {}),
      },
    },
  };
}

export function toJson(result: YearResult) {
  const { policy, head, notes, interpretations, year } = resultParts(result);
  return { policy, ...head, notes: [...notes, ...interpretations], year };
}

const POLICY_TEXT = new WeakMap<object, Buffer>();
const INTERPRETATIONS_TEXT = new WeakMap<object, Buffer>();

/** What JSON.stringify writes for a part shared by many results, as UTF-8, once. */
function sharedText(cache: WeakMap<object, Buffer>, part: object, write: () => string): Buffer {
  let text = cache.get(part);
  if (!text) cache.set(part, (text = Buffer.from(write())));
  return text;
}

/**
 * JSON.stringify(toJson(result)) without its outer braces, as pieces to write one after the other: a
 * batch writes a result's several kilobytes, most of them (the policy, the interpretations) the same
 * for every estimate under a version, which are stringified and encoded once.
 */
export function resultPieces(result: YearResult): (string | Buffer)[] {
  const { policy, head, notes, interpretations, year } = resultParts(result);
  const own = JSON.stringify(notes);
  return [
    sharedText(POLICY_TEXT, policy, () => `"policy":${JSON.stringify(policy)},`),
    `${JSON.stringify(head).slice(1, -1)},"notes":${own.slice(0, -1)}`,
    notes.length && interpretations.length ? ',' : '',
    interpretations.length ? sharedText(INTERPRETATIONS_TEXT, interpretations, () => JSON.stringify(interpretations).slice(1, -1)) : '',
    `],"year":${JSON.stringify(year)}`,
  ];
}
