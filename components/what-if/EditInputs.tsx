'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { BUTTON_CLASS } from '@/components/ui/button';
import { CONTROL_CLASS, Field, INPUT_KINDS } from '@/components/ui/fields';
import type { EditIssue } from './edit-reading';
import { EMPTY_BAND_ROW, EMPTY_REPEAT_ROW, EMPTY_SEGMENT_ROW, type BandRowText, type Edit, type EditOf, type RepeatRowText, type SegmentRowText } from './edits';

/**
 * The inputs for one edit, by the shape of its parameter: an amount, a rate, a segment table, a
 * supplementary layer's bands, the repeat-admission rule, or a choice (a member type's benefit class).
 * Controlled: every change hands the whole edit back. Messages come from edit-reading.ts.
 */

interface Props<E extends Edit> {
  edit: E;
  issues: EditIssue[];
  onChange: (edit: E) => void;
  /** Makes the input ids unique on the page. */
  idPrefix: string;
}

export function EditInputs({
  label,
  hint,
  choices,
  ...props
}: Props<Edit> & {
  /** The amount's label, or the legend of a table of rows. */
  label: string;
  hint?: ReactNode;
  choices?: { value: string; label: string }[];
}) {
  const { edit, onChange, issues, idPrefix } = props;
  const fieldset = { legend: label, hint, issues, idPrefix };
  switch (edit.shape) {
    case 'amount':
      return <TextField name={`${idPrefix}.amount`} label={label} hint={hint} error={issueOf(issues, 'amount')} unit="元" value={edit.amount} onChange={(amount) => onChange({ ...edit, amount })} />;
    case 'rate':
      return <TextField name={`${idPrefix}.rate`} label={label} hint={hint} error={issueOf(issues, 'rate')} unit="%" value={edit.rate} onChange={(rate) => onChange({ ...edit, rate })} />;
    case 'segments':
      return <Rows {...fieldset} table={SEGMENTS} rows={edit.rows} onRows={(rows) => onChange({ ...edit, rows })} />;
    case 'bands':
      return <Rows {...fieldset} table={BANDS} rows={edit.rows} onRows={(rows) => onChange({ ...edit, rows })} />;
    case 'repeat':
      return <Rows {...fieldset} table={REPEATS} rows={edit.rows} onRows={(rows) => onChange({ ...edit, rows })} />;
    case 'choice':
      return <ChoiceInput {...props} edit={edit} label={label} choices={choices ?? []} />;
  }
}

const issueOf = (issues: EditIssue[], field: string) => issues.find((i) => i.field === field)?.message;

/** A text input for an amount or a count, holding the text as typed. */
function TextField({
  kind = 'amount',
  value,
  placeholder,
  onChange,
  ...field
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  unit?: string;
  kind?: 'amount' | 'count';
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  return <Field {...field}>{(a11y) => <input {...a11y} {...INPUT_KINDS[kind]} placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />}</Field>;
}

/** A kind of table of rows: what it asks for, its empty row, how few rows it may keep, what one row is called, and a row's inputs. */
interface RowTable<R> {
  help: string;
  empty: R;
  minRows: number;
  /** 段 of a table, 条 of a rule. */
  item: string;
  /** Each input of a row: the field, its label after "第n段", a count rather than an amount, and what leaving it empty means. */
  columns: { field: keyof R & string; label: string; kind?: 'count'; placeholder?: string }[];
}

const SEGMENT_COLUMNS: RowTable<SegmentRowText>['columns'] = [
  { field: 'upTo', label: '上限（元）', placeholder: '不设上限' },
  { field: 'rate', label: '比例（%）' },
];

const SEGMENTS: RowTable<SegmentRowText> = {
  help: '按政策范围内费用从低到高，每行填一段：上限（元）留空表示不设上限，比例填统筹基金支付的百分数，例如 85。',
  empty: EMPTY_SEGMENT_ROW,
  minRows: 1,
  item: '段',
  columns: SEGMENT_COLUMNS,
};

const BANDS: RowTable<BandRowText> = {
  help: '按本年累计计入的费用从低到高，每行填一段：起点和上限（元，最后一段的上限可留空），比例填支付的百分数。每年最多支付的金额是另一项参数。',
  empty: EMPTY_BAND_ROW,
  minRows: 1,
  item: '段',
  columns: [{ field: 'from', label: '起点（元）' }, ...SEGMENT_COLUMNS],
};

const REPEATS: RowTable<RepeatRowText> = {
  help: '每行一条：从本年第几次住院起，起付线按第一次的百分之几计（0 表示不设起付线），或按固定金额计，两者填一项。一行也不留表示每次住院都按全额。',
  empty: EMPTY_REPEAT_ROW,
  minRows: 0,
  item: '条',
  columns: [
    { field: 'from', label: '：从第几次住院起', kind: 'count' },
    { field: 'percent', label: '：按第一次的百分比（%）' },
    { field: 'amount', label: '：或固定金额（元）' },
  ],
};

/** A table of rows with add and remove buttons; each row's inputs side by side while they have room. */
function Rows<R extends Record<keyof R, string>>({
  table,
  legend,
  hint,
  rows,
  onRows,
  issues,
  idPrefix,
}: {
  table: RowTable<R>;
  legend: string;
  hint?: ReactNode;
  rows: R[];
  onRows: (rows: R[]) => void;
  issues: EditIssue[];
  idPrefix: string;
}) {
  const { item } = table;
  // Keyboard and screen-reader users land in the row they added; after a removal, on the add button (the removed one is gone).
  const list = useRef<HTMLOListElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.lastElementChild?.querySelector<HTMLElement>('input, select')?.focus();
  }, [rows.length]);
  return (
    <fieldset className="min-w-0">
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint && <p className="text-base text-gray-700">{hint}</p>}
      <p className="mt-1 text-base text-gray-700">{table.help}</p>
      <ol ref={list} className="mt-3 space-y-4">
        {rows.map((row, i) => (
          <li key={i} className="rounded-md border border-gray-400 bg-white p-3">
            <div className="flex flex-wrap gap-3 *:min-w-[min(7em,100%)] *:flex-1">
              {table.columns.map((c) => (
                <TextField
                  key={c.field}
                  name={`${idPrefix}.rows.${i}.${c.field}`}
                  label={`第${i + 1}${item}${c.label}`}
                  error={issueOf(issues, `rows.${i}.${c.field}`)}
                  kind={c.kind}
                  placeholder={c.placeholder}
                  value={row[c.field]}
                  onChange={(value) => onRows(rows.map((r, j) => (j === i ? { ...r, [c.field]: value } : r)))}
                />
              ))}
            </div>
            {rows.length > table.minRows && (
              <button
                type="button"
                onClick={() => {
                  onRows(rows.filter((_, j) => j !== i));
                  add.current?.focus();
                }}
                className={`mt-3 ${BUTTON_CLASS}`}
              >
                删除第{i + 1}{item}
              </button>
            )}
          </li>
        ))}
      </ol>
      <button
        ref={add}
        type="button"
        onClick={() => {
          added.current = true;
          onRows([...rows, table.empty]);
        }}
        className={`mt-3 ${BUTTON_CLASS}`}
      >
        添加一{item}
      </button>
    </fieldset>
  );
}

function ChoiceInput({
  edit,
  onChange,
  idPrefix,
  label,
  choices,
}: Props<EditOf<'choice'>> & { label: string; choices: { value: string; label: string }[] }) {
  return (
    <Field name={`${idPrefix}.choice`} label={label}>
      {(a11y) => (
        <select {...a11y} className={CONTROL_CLASS} value={edit.choice} onChange={(e) => onChange({ ...edit, choice: e.target.value })}>
          <option value="">请选择</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              按“{c.label}”待遇
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
