import { amountMessage, percentMessage, readAmount, readPercent, type Reading } from '@/lib/amount-text';
import { Dec } from '@/lib/money';
import type { Override } from '@/lib/overrides';
import type { Band, MemberId, Param, RepeatStep, Segment, Version } from '@/lib/types';
import { EMPTY_BAND_ROW, EMPTY_REPEAT_ROW, EMPTY_SEGMENT_ROW, editsOf, type Edit, type EditTarget, type Edits } from './edits';

/**
 * Reading an edit's text into the engine's Override, with a Chinese message on the field at fault.
 * An edit still being typed (a required field empty) is simply not applied yet; an edit whose value
 * equals the official one is no edit at all.
 */

export interface EditIssue {
  /** 'amount', 'annualMax', 'choice' or 'rows.<i>.<field>'. */
  field: string;
  message: string;
}

export interface EditReading {
  /** null while the edit is incomplete or has an error. */
  override: Override | null;
  issues: EditIssue[];
}

const MAX_ADMISSION = 366;

const value = (r: Reading): Dec | null => (r && 'value' in r ? r.value : null);

export function readEdit(edit: Edit): EditReading {
  const issues: EditIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ field, message });
  const done = (override: Override | null): EditReading => ({ override: issues.length ? null : override, issues });

  /** An amount that must be given for the edit to apply; null when empty or wrong. */
  const amount = (field: string, text: string, label: string): Dec | null => {
    const read = readAmount(text);
    if (read && 'problem' in read) issue(field, amountMessage(label, read.problem));
    return value(read);
  };
  const rate = (field: string, text: string, label: string): number | null => {
    const read = readPercent(text);
    if (read && 'problem' in read) issue(field, percentMessage(label, read.problem));
    return value(read)?.toNumber() ?? null;
  };

  switch (edit.kind) {
    case 'deductible': {
      const v = amount('amount', edit.amount, '起付线');
      return done(v && { kind: 'deductible', cls: edit.cls, grade: edit.grade, value: v.toNumber() });
    }
    case 'coverage': {
      const v = amount('amount', edit.amount, '年度限额');
      return done(v && { kind: 'coverage', cls: edit.cls, value: { kind: edit.coverageKind, amount: v.toNumber() } });
    }
    case 'segments': {
      const segments: Segment[] = [];
      let complete = edit.rows.length > 0;
      let previous: Dec | null = null;
      edit.rows.forEach((row, i) => {
        const name = `第${i + 1}段`;
        const upTo = readAmount(row.upTo);
        const at = (f: string) => `rows.${i}.${f}`;
        if (upTo && 'problem' in upTo) issue(at('upTo'), amountMessage(`${name}上限`, upTo.problem));
        else if (upTo === null && i < edit.rows.length - 1) issue(at('upTo'), '只有最后一段可以不设上限，请填写这一段的上限');
        else if (upTo && upTo.value.isZero()) issue(at('upTo'), `${name}上限须大于 0`);
        else if (upTo && previous && upTo.value.lessThanOrEqualTo(previous)) issue(at('upTo'), '各段上限须从小到大填写');
        if (value(upTo)) previous = value(upTo);
        const r = rate(at('rate'), row.rate, `${name}比例`);
        if (r === null) complete = false;
        segments.push({ upTo: value(upTo)?.toNumber() ?? null, rate: r });
      });
      return done(complete ? { kind: 'segments', cls: edit.cls, grade: edit.grade, value: segments } : null);
    }
    case 'layer': {
      const bands: Band[] = [];
      let complete = edit.rows.length > 0;
      let previous: Dec | null = null;
      edit.rows.forEach((row, i) => {
        const name = `第${i + 1}段`;
        const at = (f: string) => `rows.${i}.${f}`;
        const from = amount(at('from'), row.from, `${name}起点`);
        const upTo = readAmount(row.upTo);
        if (upTo && 'problem' in upTo) issue(at('upTo'), amountMessage(`${name}上限`, upTo.problem));
        else if (upTo === null && i < edit.rows.length - 1) issue(at('upTo'), '只有最后一段可以不设上限，请填写这一段的上限');
        else if (from && value(upTo)?.lessThanOrEqualTo(from)) issue(at('upTo'), `${name}上限须大于起点`);
        if (from && previous?.greaterThan(from)) issue(at('from'), `${name}起点不能低于上一段的上限`);
        previous = value(upTo);
        const r = rate(at('rate'), row.rate, `${name}比例`);
        if (from === null || r === null) complete = false;
        bands.push({ from: from?.toNumber() ?? 0, to: value(upTo)?.toNumber() ?? null, rate: r ?? 0 });
      });
      const annualMax = amount('annualMax', edit.annualMax, '年度最高支付');
      return done(complete && annualMax ? { kind: 'layer', layer: edit.layer, value: { bands, annualMax: annualMax.toNumber() } } : null);
    }
    case 'repeat': {
      const steps: RepeatStep[] = [];
      let complete = true;
      let previous = 1;
      edit.rows.forEach((row, i) => {
        const at = (f: string) => `rows.${i}.${f}`;
        const t = row.from.trim();
        const from = /^\d{1,3}$/.test(t) ? Number(t) : NaN;
        if (t === '') complete = false;
        else if (!(from >= 2 && from <= MAX_ADMISSION)) issue(at('from'), `请填写 2 到 ${MAX_ADMISSION} 之间的整数，例如 2`);
        else if (from <= previous) issue(at('from'), '各条须按住院次数从小到大填写');
        else previous = from;
        const factor = rate(at('percent'), row.percent, '比例');
        const fixed = amount(at('amount'), row.amount, '固定金额');
        if (row.percent.trim() && row.amount.trim()) issue(at('amount'), '按比例和固定金额只填一项');
        if (factor === null && fixed === null) complete = false;
        steps.push(fixed ? { from, amount: fixed.toNumber() } : { from, factor: factor ?? 1 });
      });
      return done(complete ? { kind: 'repeat', value: steps } : null);
    }
    case 'member':
      return done(edit.choice ? { kind: 'member', member: edit.member, value: edit.choice } : null);
  }
}

const text = (n: number) => String(n);
const percentText = (rate: number) => new Dec(rate).times(100).toString();

/** The edit that would give this override: the text a person would type for its value. */
export function editOf(o: Override): Edit {
  switch (o.kind) {
    case 'deductible':
      return { kind: o.kind, cls: o.cls, grade: o.grade, amount: text(o.value) };
    case 'coverage':
      return { kind: o.kind, cls: o.cls, coverageKind: o.value.kind, amount: text(o.value.amount) };
    case 'segments':
      return {
        kind: o.kind,
        cls: o.cls,
        grade: o.grade,
        rows: o.value.map((s) => ({ upTo: s.upTo === null ? '' : text(s.upTo), rate: s.rate === null ? '' : percentText(s.rate) })),
      };
    case 'layer':
      return {
        kind: o.kind,
        layer: o.layer,
        rows: o.value.bands.map((b) => ({ from: text(b.from), upTo: b.to === null ? '' : text(b.to), rate: percentText(b.rate) })),
        annualMax: text(o.value.annualMax),
      };
    case 'repeat':
      return {
        kind: o.kind,
        rows: o.value.map((s) =>
          s.amount !== undefined ? { from: text(s.from), percent: '', amount: text(s.amount) } : { from: text(s.from), percent: percentText(s.factor ?? 1), amount: '' },
        ),
      };
    case 'member':
      return { kind: o.kind, member: o.member, choice: o.value };
  }
}

/** The parameter a target names in a version; undefined when the version has no such parameter. */
function paramOf(version: Version, target: EditTarget): Param<unknown> | undefined {
  switch (target.kind) {
    case 'deductible':
      return version.deductible[target.cls]?.[target.grade];
    case 'segments':
      return version.segments[target.cls]?.[target.grade];
    case 'coverage':
      return version.coverage[target.cls];
    case 'repeat':
      return version.repeat;
    case 'layer':
      return version.layers.find((l) => l.id === target.layer)?.rule;
    case 'member':
      return version.members[target.member];
  }
}

/** A class id the version knows, or the class of its own a member type gets when no source maps it. */
function knownClass(version: Version, cls: string): boolean {
  if (version.classes.some((c) => c.id === cls)) return true;
  const member = cls.startsWith('member:') ? version.members[cls.slice('member:'.length) as MemberId] : undefined;
  return member !== undefined && member.value === null;
}

/** Whether an override names a parameter of this version with a value it can take. */
export function fitsVersion(version: Version, o: Override): boolean {
  switch (o.kind) {
    case 'deductible':
    case 'segments':
      return knownClass(version, o.cls) && version.grades.some((g) => g.id === o.grade);
    case 'coverage':
      return knownClass(version, o.cls);
    case 'repeat':
      return true;
    case 'layer':
      return version.layers.some((l) => l.id === o.layer);
    case 'member':
      return o.member in version.members && version.classes.some((c) => c.id === o.value);
  }
}

/** Deep equality of plain data (rule values, overrides). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export interface AppliedEdit extends EditReading {
  edit: Edit;
  /** The override is applied: complete, without errors, and different from the official value. */
  applied: boolean;
}

/** The edits made under this version, each read, and the overrides they give. */
export function applyEdits(version: Version, edits: Edits): { overrides: Override[]; readings: Map<string, AppliedEdit> } {
  const readings = new Map<string, AppliedEdit>();
  const overrides: Override[] = [];
  for (const [key, edit] of editsOf(edits, version.id)) {
    const reading = readEdit(edit);
    const o = reading.override;
    const applied = o !== null && fitsVersion(version, o) && !sameValue(o.value, paramOf(version, o)?.value);
    if (applied) overrides.push(o);
    readings.set(key, { ...reading, edit, applied });
  }
  return { overrides, readings };
}


/** The edit a person starts from for a parameter: its value in force as text, or empty inputs where no source gives it. */
export function startingEdit(version: Version, target: EditTarget): Edit {
  const param = paramOf(version, target);
  if (param && param.value !== null) return editOf({ ...target, value: param.value } as Override);
  switch (target.kind) {
    case 'deductible':
      return { ...target, amount: '' };
    case 'coverage':
      return { ...target, coverageKind: 'fundCap', amount: '' };
    case 'segments':
      return { ...target, rows: [EMPTY_SEGMENT_ROW] };
    case 'layer':
      return { ...target, rows: [EMPTY_BAND_ROW], annualMax: '' };
    case 'repeat':
      return { ...target, rows: [EMPTY_REPEAT_ROW] };
    case 'member':
      return { ...target, choice: '' };
  }
}
