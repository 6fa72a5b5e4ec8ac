import type { OfficialFigure } from '@/components/ui/result-parts';
import { money, type Dec } from '@/lib/base/money';
import type { LayerPayment } from '@/lib/engine/layers';
import { rulesWords } from '@/lib/engine/provenance';
import { editKey } from '@/lib/model/address';
import type { Override } from '@/lib/model/overrides';
import type { Trust, Version } from '@/lib/model/types';
import { parameterRow } from '@/components/sources/parameter-rows';
import { valueText } from '@/components/sources/value-text';
import { startingEdit, type AppliedEdit, type EditIssue } from './edit-reading';
import type { Edit } from './edits';

/**
 * The what-if editor as the page shows it: every parameter of the version with its official value,
 * the person's edit, and the result under the official rules beside the result under the edits.
 */

export interface EditorRow {
  key: string;
  group: string;
  name: string;
  /** The official value in words; null when no source gives it. */
  official: string | null;
  level: Trust;
  source: string;
  note?: string;
  /** The value under the person's edit, in words, when the edit is applied. */
  edited: string | null;
  /**
   * official: not edited; editing: an edit not (yet) applied; edited: applied;
   * asked: asked for above the editor (one input per value), only shown here.
   */
  state: 'official' | 'editing' | 'edited' | 'asked';
  /** The person's edit, or the official value as the edit to start from. */
  edit: Edit;
  issues: EditIssue[];
  /** For the member-type rows: the benefit classes to choose from. */
  choices?: { value: string; label: string }[];
}

export function editorRows(version: Version, readings: ReadonlyMap<string, AppliedEdit>, askedKeys: ReadonlySet<string>): EditorRow[] {
  return [...version.params.values()]
    .filter((p) => !p.standIn)
    .map((param) => {
      const row = parameterRow(version, param);
      const key = editKey(version.id, param.path);
      const reading = readings.get(key);
      const state = askedKeys.has(key) ? 'asked' : reading?.applied ? 'edited' : reading ? 'editing' : 'official';
      return {
        key,
        group: row.group,
        name: row.name,
        official: row.value,
        level: row.level,
        source: row.source,
        ...(row.note ? { note: row.note } : {}),
        edited: reading?.applied ? valueText(version, param, reading.value) : null,
        state,
        edit: reading?.edit ?? startingEdit(param),
        issues: reading?.issues ?? [],
        ...(param.choices ? { choices: param.choices } : {}),
      };
    });
}

/** How many of the rows the editor lists an applied edit changes, without building them (the editor's summary says it while closed). */
export function editedCount(version: Version, overrides: readonly Override[]): number {
  return overrides.filter((o) => !version.params.get(o.path)?.standIn).length;
}

/** The figures compared: the fund, each supplement and the person's share, and the least trusted level they rest on. */
export interface Figures {
  fund: Dec;
  supplements: Pick<LayerPayment, 'id' | 'name' | 'amount'>[];
  outOfPocket: Dec;
  level: Trust;
}

export interface ComparisonLine {
  label: string;
  /** Money strings ("1234.50"); null where that side has no figure. */
  official: string | null;
  edited: string | null;
  /** edited − official, signed ("-200.00"); null unless both sides have a figure. */
  difference: string | null;
}

export interface Comparison {
  /** The rules without the edits, in words: 按官方规则 only where every value they use is official, else 按所用规则. */
  rules: string;
  /** Why the rules without the edits give no figure (a parameter no source gives), in words. */
  officialRefusal: string | null;
  editedRefusal: string | null;
  lines: ComparisonLine[];
}

/** The editor's content for the form as it is: the version's parameters, and the comparison. */
export interface WhatIf {
  versionTitle: string;
  rows: EditorRow[];
  /** Official rules beside the edits, for the form's bill; null until the bill is complete or while nothing is edited. */
  comparison: Comparison | null;
}

export type FiguresOrRefusal = { figures: Figures } | { refusal: string };

/** The rules a figure without edits follows, in words: 按官方规则 only where all it uses is official. */
const rulesOf = (f: FiguresOrRefusal) => rulesWords('figures' in f ? f.figures.level : 'unknown');

/** 个人负担 without the edits, for beside a figure that rests on them. */
export function officialOf(official: FiguresOrRefusal): OfficialFigure {
  const rules = rulesOf(official);
  return 'figures' in official ? { amount: money(official.figures.outOfPocket), rules } : { refusal: official.refusal, rules };
}

export function compareFigures(official: FiguresOrRefusal, edited: FiguresOrRefusal): Comparison {
  const a = 'figures' in official ? official.figures : null;
  const b = 'figures' in edited ? edited.figures : null;
  const line = (label: string, pick: (f: Figures) => Dec | undefined): ComparisonLine => {
    const [x, y] = [a && pick(a), b && pick(b)];
    return { label, official: x ? money(x) : null, edited: y ? money(y) : null, difference: x && y ? money(y.minus(x)) : null };
  };
  const supplements = new Map<string, string>();
  for (const s of [...(a?.supplements ?? []), ...(b?.supplements ?? [])]) supplements.set(s.id, s.name);
  return {
    rules: rulesOf(official),
    officialRefusal: 'refusal' in official ? official.refusal : null,
    editedRefusal: 'refusal' in edited ? edited.refusal : null,
    lines: [
      line('统筹基金支付', (f) => f.fund),
      ...[...supplements].map(([id, name]) => line(name, (f) => f.supplements.find((s) => s.id === id)?.amount)),
      line('个人负担', (f) => f.outOfPocket),
    ],
  };
}
