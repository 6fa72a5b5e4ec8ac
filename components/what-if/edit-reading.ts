import { amountMessage, percentMessage, readAmount, readCount, readPercent, type Reading } from '@/lib/base/amount-text';
import { Dec } from '@/lib/base/money';
import { editKey, pathOfKey } from '@/lib/model/address';
import { MAX_ADMISSION } from '@/lib/model/claim-rules';
import { sameValue, type Override } from '@/lib/model/overrides';
import { valueProblem } from '@/lib/model/shapes';
import type { Band, Param, RepeatStep, Segment, Shape, ShapeValues, Version } from '@/lib/model/types';
import { emptyEdit, type Edit, type EditOf, type Edits } from './edits';

/**
 * One codec per shape: the text a person types read into the parameter's value, with a Chinese
 * message on the field at fault, and a value written back as the text that gives it. An edit still
 * being typed (a required field empty) is simply not applied yet; an edit whose value equals the
 * official one is no edit at all.
 */

export interface EditIssue {
  /** 'amount', 'rate', 'choice' or 'rows.<i>.<field>'. */
  field: string;
  message: string;
}

export interface EditReading {
  /** null while the edit is incomplete or has an error. */
  value: unknown;
  issues: EditIssue[];
}

const valueOf = (r: Reading): Dec | null => (r && 'value' in r ? r.value : null);

/** `label` names an amount or a rate in its messages, e.g. '起付线' in “起付线不能为负数”. */
export function readEdit(edit: Edit, label = '数值'): EditReading {
  const issues: EditIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ field, message });
  const done = (value: unknown): EditReading => ({ value: issues.length ? null : value, issues });

  /** An amount that must be given for the edit to apply; null when empty or wrong. */
  const amount = (field: string, text: string, label: string): Dec | null => {
    const read = readAmount(text);
    if (read && 'problem' in read) issue(field, amountMessage(label, read.problem));
    return valueOf(read);
  };
  const rate = (field: string, text: string, label: string): number | null => {
    const read = readPercent(text);
    if (read && 'problem' in read) issue(field, percentMessage(label, read.problem, text));
    return valueOf(read)?.toNumber() ?? null;
  };

  switch (edit.shape) {
    case 'amount':
      return done(amount('amount', edit.amount, label)?.toNumber() ?? null);
    case 'rate':
      return done(rate('rate', edit.rate, label));
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
        if (valueOf(upTo)) previous = valueOf(upTo);
        const r = rate(at('rate'), row.rate, `${name}比例`);
        if (r === null) complete = false;
        segments.push({ upTo: valueOf(upTo)?.toNumber() ?? null, rate: r });
      });
      return done(complete ? segments : null);
    }
    case 'bands': {
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
        else if (from && valueOf(upTo)?.lessThanOrEqualTo(from)) issue(at('upTo'), `${name}上限须大于起点`);
        if (from && previous?.greaterThan(from)) issue(at('from'), `${name}起点不能低于上一段的上限`);
        previous = valueOf(upTo);
        const r = rate(at('rate'), row.rate, `${name}比例`);
        if (from === null || r === null) complete = false;
        bands.push({ from: from?.toNumber() ?? 0, to: valueOf(upTo)?.toNumber() ?? null, rate: r ?? 0 });
      });
      return done(complete ? bands : null);
    }
    case 'repeat': {
      const steps: RepeatStep[] = [];
      let complete = true;
      let previous = 1;
      edit.rows.forEach((row, i) => {
        const at = (f: string) => `rows.${i}.${f}`;
        const from = readCount(row.from) ?? NaN;
        if (row.from.trim() === '') complete = false;
        else if (!(from >= 2 && from <= MAX_ADMISSION)) issue(at('from'), `请填写 2 到 ${MAX_ADMISSION} 之间的整数，例如 2`);
        else if (from <= previous) issue(at('from'), '各条须按住院次数从小到大填写');
        else previous = from;
        const factor = rate(at('percent'), row.percent, '比例');
        const fixed = amount(at('amount'), row.amount, '固定金额');
        if (row.percent.trim() && row.amount.trim()) issue(at('amount'), '按比例和固定金额只填一项');
        if (factor === null && fixed === null) complete = false;
        steps.push(fixed ? { from, amount: fixed.toNumber() } : { from, factor: factor ?? 1 });
      });
      return done(complete ? steps : null);
    }
    case 'choice':
      return done(edit.choice || null);
  }
}

const text = (n: number) => String(n);
const percentText = (rate: number) => new Dec(rate).times(100).toString();

/** The edit that gives this value: the text a person would type for it. */
export function editOf<S extends Shape>(shape: S, value: ShapeValues[S]): EditOf<S>;
export function editOf(shape: Shape, value: unknown): Edit {
  switch (shape) {
    case 'amount':
      return { shape, amount: text(value as number) };
    case 'rate':
      return { shape, rate: percentText(value as number) };
    case 'segments':
      return { shape, rows: (value as Segment[]).map((s) => ({ upTo: s.upTo === null ? '' : text(s.upTo), rate: s.rate === null ? '' : percentText(s.rate) })) };
    case 'bands':
      return { shape, rows: (value as Band[]).map((b) => ({ from: text(b.from), upTo: b.to === null ? '' : text(b.to), rate: percentText(b.rate) })) };
    case 'repeat':
      return {
        shape,
        rows: (value as RepeatStep[]).map((s) =>
          s.amount !== undefined ? { from: text(s.from), percent: '', amount: text(s.amount) } : { from: text(s.from), percent: percentText(s.factor ?? 1), amount: '' },
        ),
      };
    case 'choice':
      return { shape, choice: value as string };
  }
}

/** The edit a person starts from for a parameter: its value in force as text, or empty inputs where no source gives it. */
export function startingEdit(param: Param): Edit {
  return param.value === null ? emptyEdit(param.shape) : editOf(param.shape, param.value as never);
}

export interface AppliedEdit extends EditReading {
  edit: Edit;
  /** The value is applied: complete, without errors, fit for the parameter, and different from the official value. */
  applied: boolean;
}

/** The edits made under this version, each read, and the overrides they give. */
export function applyEdits(version: Version, edits: Edits): { overrides: Override[]; readings: Map<string, AppliedEdit> } {
  const readings = new Map<string, AppliedEdit>();
  const overrides: Override[] = [];
  for (const [key, edit] of Object.entries(edits)) {
    const path = pathOfKey(version.id, key);
    const param = path === null ? undefined : version.params.get(path);
    if (!path || !param || param.shape !== edit.shape) continue;
    const reading = readEdit(edit, param.noun);
    const fits = reading.value !== null && valueProblem(param, reading.value) === null;
    const applied = fits && !sameValue(reading.value, param.value);
    if (applied) overrides.push({ path, value: reading.value });
    readings.set(key, { ...reading, edit, applied });
  }
  return { overrides, readings };
}

/** The edits a list of overrides stands for, keyed under this version, e.g. those a share link carries. */
export function editsOf(version: Version, overrides: readonly Override[]): Edits {
  return Object.fromEntries(
    overrides.flatMap((o) => {
      const param = version.params.get(o.path);
      return param ? [[editKey(version.id, o.path), editOf(param.shape, o.value as never)]] : [];
    }),
  );
}
