import { EstimateError } from '@/lib/base/errors';
import type { Bill } from '@/lib/engine/bill';
import type { Rulebook } from '@/lib/engine/year';
import type { Override } from '@/lib/model/overrides';
import type { CityId, MemberId, SchemeId, Version } from '@/lib/model/types';
import { classOf } from '@/lib/model/version';
import { RULES } from '@/lib/rules';
import { versionFor } from '@/components/forms/event';
import type { AskedValue } from './asked';
import { applyEdits, type AppliedEdit } from './edit-reading';
import { compareFigures, editedCount, editorRows, type Figures, type FiguresOrRefusal, type WhatIf } from './editor-view';
import type { Edits } from './edits';

/**
 * A page's form and parameter edits read once per change: the form parsed, the version in force with the
 * member's class under the edits, each event's choices, and the rule books with and without the edits.
 * The page asks for its context, its result, its what-if view and its link with the same values and
 * edits; the last reading is kept, so the form is parsed, the version looked up and the edits applied
 * once per change, not once per question. What is computed from a reading is kept with it (`once`).
 */

/** What the form's choices select under the edits; null on a reading until a version and member are known. */
export interface Choice {
  city: CityId;
  scheme: SchemeId;
  version: Version;
  member: MemberId;
  cls: string;
  /** Each event's choices as the rules read them, in the form's order. */
  events: Partial<Bill>[];
  readings: Map<string, AppliedEdit>;
  overrides: Override[];
  /** The rules under the edits; the official ones are `RULES.rulebook(city, scheme)`. */
  rulebook: Rulebook;
}

export interface Reading<P> {
  /** The form parsed; null while it has errors. */
  parsed: P | null;
  /** The version in force on the selection's date, whatever the member type. */
  version: Version | undefined;
  choice: Choice | null;
  /** A value computed from this reading, made on first use and kept while the reading is current. */
  once<T>(key: string, make: () => T): T;
}

/** What a page's form selects before it is complete: the book, the member type, the date whose version applies, each event's choices. */
export interface Selection {
  city?: CityId;
  scheme?: SchemeId;
  member?: string;
  date?: string;
  events: Partial<Bill>[];
}

function chooseUnder(selection: Selection, version: Version | undefined, edits: Edits): Choice | null {
  const { city, scheme, member, date, events } = selection;
  if (!version || !city || !scheme || !member || !version.members.includes(member as MemberId)) return null;
  const { readings, overrides } = applyEdits(version, edits);
  const rulebook = RULES.rulebook(city, scheme, overrides);
  // The class follows an edited member mapping (e.g. 威海未成年居民 → 二档): the version as the rule book applies the edits.
  const cls = classOf(rulebook.versionOn(date!), member as MemberId).id;
  return { city, scheme, version, member: member as MemberId, cls, events, readings, overrides, rulebook };
}

/** A page's reader: `parse` checks the whole form, `select` reads what it chooses whatever else is typed. */
export function formReader<W, P>(parse: (values: W) => P | null, select: (values: W) => Selection): (values: W, edits: Edits) => Reading<P> {
  let last: { values: W; edits: Edits; reading: Reading<P> } | null = null;
  return (values, edits) => {
    if (last?.values === values && last.edits === edits) return last.reading;
    const kept = new Map<string, unknown>();
    const selection = select(values);
    const version = versionFor(selection.city, selection.scheme, selection.date);
    const reading: Reading<P> = {
      parsed: parse(values),
      version,
      choice: chooseUnder(selection, version, edits),
      once: <T>(key: string, make: () => T): T => {
        if (!kept.has(key)) kept.set(key, make());
        return kept.get(key) as T;
      },
    };
    last = { values, edits, reading };
    return reading;
  };
}

/** Figures, or the engine's refusal in words. */
export function figuresOrRefusal(figures: () => Figures): FiguresOrRefusal {
  try {
    return { figures: figures() };
  } catch (error) {
    return { refusal: error instanceof EstimateError ? error.message : '无法估算。' };
  }
}

/**
 * The what-if editor's two questions, the same on every page with edits: how many parameters the edits
 * change, and the editor's rows with the figures under the official rules beside those under the edits.
 */
export function whatIfOf<W, P>(
  read: (values: W, edits: Edits) => Reading<P>,
  figures: (reading: Reading<P> & { parsed: P }, edited: boolean) => FiguresOrRefusal,
  asked: (choice: Choice) => AskedValue[],
) {
  return {
    /** How many of the editor's parameters the edits change, for its summary while it is closed. */
    edited(values: W, edits: Edits): number {
      const { choice } = read(values, edits);
      return choice ? editedCount(choice.version, choice.overrides) : 0;
    },
    /** The what-if editor's rows and comparison: built only while it is open. */
    whatIf(values: W, edits: Edits): WhatIf | null {
      const reading = read(values, edits);
      const { choice, parsed } = reading;
      if (!choice) return null;
      const complete = parsed === null ? null : (reading as Reading<P> & { parsed: P });
      return {
        versionTitle: choice.version.title,
        rows: editorRows(choice.version, choice.readings, new Set(asked(choice).map((a) => a.key))),
        comparison: complete && choice.overrides.length > 0 ? compareFigures(figures(complete, false), figures(complete, true)) : null,
      };
    },
  };
}
