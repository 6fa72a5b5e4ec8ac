'use client';

import { useEffect, useRef } from 'react';
import { BUTTON_CLASS, CONTROL_CLASS, Field } from '@/components/estimator/fields';
import type { EditIssue } from './edit-reading';
import { EMPTY_BAND_ROW, EMPTY_REPEAT_ROW, EMPTY_SEGMENT_ROW, type Edit } from './edits';

/**
 * The inputs for one edit, by the kind of parameter: an amount, a segment table, a supplementary
 * layer's bands and annual maximum, the repeat-admission rule, or a member type's benefit class.
 * Controlled: every change hands the whole edit back. Messages come from edit-reading.ts.
 */

const TEXT_INPUT = { type: 'text', autoComplete: 'off', className: CONTROL_CLASS } as const;

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
  hint?: string;
  choices?: { value: string; label: string }[];
}) {
  const { edit } = props;
  switch (edit.kind) {
    case 'deductible':
    case 'coverage':
      return <AmountInput {...props} edit={edit} label={label} hint={hint} />;
    case 'segments':
      return <SegmentsInputs {...props} edit={edit} legend={label} hint={hint} />;
    case 'layer':
      return <BandsInputs {...props} edit={edit} legend={label} hint={hint} />;
    case 'repeat':
      return <RepeatInputs {...props} edit={edit} legend={label} hint={hint} />;
    case 'member':
      return <MemberInput {...props} edit={edit} label={label} choices={choices ?? []} />;
  }
}

const issueOf = (issues: EditIssue[], field: string) => issues.find((i) => i.field === field)?.message;

function AmountInput({
  edit,
  issues,
  onChange,
  idPrefix,
  label,
  hint,
}: Props<Extract<Edit, { amount: string }>> & { label: string; hint?: string }) {
  return (
    <Field name={`${idPrefix}.amount`} label={label} hint={hint} error={issueOf(issues, 'amount')} unit="元">
      {(a11y) => <input {...a11y} {...TEXT_INPUT} inputMode="decimal" value={edit.amount} onChange={(e) => onChange({ ...edit, amount: e.target.value })} />}
    </Field>
  );
}

/** A table of rows with add and remove buttons; each row's inputs side by side while they have room. */
function Rows<R>({
  legend,
  hint,
  help,
  rows,
  empty,
  minRows,
  item = '段',
  onRows,
  children,
}: {
  legend: string;
  hint?: string;
  help: string;
  rows: R[];
  empty: R;
  minRows: number;
  /** What one row is called: 段 of a table, 条 of a rule. */
  item?: string;
  onRows: (rows: R[]) => void;
  children: (row: R, i: number, set: (patch: Partial<R>) => void) => React.ReactNode;
}) {
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
      <p className="mt-1 text-base text-gray-700">{help}</p>
      <ol ref={list} className="mt-3 space-y-4">
        {rows.map((row, i) => (
          <li key={i} className="rounded-md border border-gray-400 bg-white p-3">
            <div className="flex flex-wrap gap-3 *:min-w-[min(7em,100%)] *:flex-1">
              {children(row, i, (patch) => onRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))))}
            </div>
            {rows.length > minRows && (
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
          onRows([...rows, empty]);
        }}
        className={`mt-3 ${BUTTON_CLASS}`}
      >
        添加一{item}
      </button>
    </fieldset>
  );
}

function SegmentsInputs({ edit, issues, onChange, idPrefix, legend, hint }: Props<Extract<Edit, { kind: 'segments' }>> & { legend: string; hint?: string }) {
  return (
    <Rows
      legend={legend}
      hint={hint}
      help="按政策范围内费用从低到高，每行填一段：上限（元）留空表示不设上限，比例填统筹基金支付的百分数，例如 85。"
      rows={edit.rows}
      empty={EMPTY_SEGMENT_ROW}
      minRows={1}
      onRows={(rows) => onChange({ ...edit, rows })}
    >
      {(row, i, set) => (
        <>
          <Field name={`${idPrefix}.rows.${i}.upTo`} label={`第${i + 1}段上限（元）`} error={issueOf(issues, `rows.${i}.upTo`)}>
            {(a11y) => <input {...a11y} {...TEXT_INPUT} inputMode="decimal" placeholder="不设上限" value={row.upTo} onChange={(e) => set({ upTo: e.target.value })} />}
          </Field>
          <Field name={`${idPrefix}.rows.${i}.rate`} label={`第${i + 1}段比例（%）`} error={issueOf(issues, `rows.${i}.rate`)}>
            {(a11y) => <input {...a11y} {...TEXT_INPUT} inputMode="decimal" value={row.rate} onChange={(e) => set({ rate: e.target.value })} />}
          </Field>
        </>
      )}
    </Rows>
  );
}

function BandsInputs({ edit, issues, onChange, idPrefix, legend, hint }: Props<Extract<Edit, { kind: 'layer' }>> & { legend: string; hint?: string }) {
  return (
    <div className="space-y-4">
      <Rows
        legend={legend}
        hint={hint}
        help="按本年累计的计算基数从低到高，每行填一段：起点和上限（元，最后一段的上限可留空），比例填支付的百分数。"
        rows={edit.rows}
        empty={EMPTY_BAND_ROW}
        minRows={1}
        onRows={(rows) => onChange({ ...edit, rows })}
      >
        {(row, i, set) => (
          <>
            <Field name={`${idPrefix}.rows.${i}.from`} label={`第${i + 1}段起点（元）`} error={issueOf(issues, `rows.${i}.from`)}>
              {(a11y) => <input {...a11y} {...TEXT_INPUT} inputMode="decimal" value={row.from} onChange={(e) => set({ from: e.target.value })} />}
            </Field>
            <Field name={`${idPrefix}.rows.${i}.upTo`} label={`第${i + 1}段上限（元）`} error={issueOf(issues, `rows.${i}.upTo`)}>
              {(a11y) => <input {...a11y} {...TEXT_INPUT} inputMode="decimal" placeholder="不设上限" value={row.upTo} onChange={(e) => set({ upTo: e.target.value })} />}
            </Field>
            <Field name={`${idPrefix}.rows.${i}.rate`} label={`第${i + 1}段比例（%）`} error={issueOf(issues, `rows.${i}.rate`)}>
              {(a11y) => <input {...a11y} {...TEXT_INPUT} inputMode="decimal" value={row.rate} onChange={(e) => set({ rate: e.target.value })} />}
            </Field>
          </>
        )}
      </Rows>
      <Field name={`${idPrefix}.annualMax`} label="每年最多支付" error={issueOf(issues, 'annualMax')} unit="元">
        {(a11y) => <input {...a11y} {...TEXT_INPUT} inputMode="decimal" value={edit.annualMax} onChange={(e) => onChange({ ...edit, annualMax: e.target.value })} />}
      </Field>
    </div>
  );
}

function RepeatInputs({ edit, issues, onChange, idPrefix, legend, hint }: Props<Extract<Edit, { kind: 'repeat' }>> & { legend: string; hint?: string }) {
  return (
    <Rows
      legend={legend}
      hint={hint}
      help="每行一条：从本年第几次住院起，起付线按第一次的百分之几计（0 表示不设起付线），或按固定金额计，两者填一项。一行也不留表示每次住院都按全额。"
      rows={edit.rows}
      empty={EMPTY_REPEAT_ROW}
      minRows={0}
      item="条"
      onRows={(rows) => onChange({ ...edit, rows })}
    >
      {(row, i, set) => (
        <>
          <Field name={`${idPrefix}.rows.${i}.from`} label={`第${i + 1}条：从第几次住院起`} error={issueOf(issues, `rows.${i}.from`)}>
            {(a11y) => <input {...a11y} {...TEXT_INPUT} inputMode="numeric" value={row.from} onChange={(e) => set({ from: e.target.value })} />}
          </Field>
          <Field name={`${idPrefix}.rows.${i}.percent`} label={`第${i + 1}条：按第一次的百分比（%）`} error={issueOf(issues, `rows.${i}.percent`)}>
            {(a11y) => <input {...a11y} {...TEXT_INPUT} inputMode="decimal" value={row.percent} onChange={(e) => set({ percent: e.target.value })} />}
          </Field>
          <Field name={`${idPrefix}.rows.${i}.amount`} label={`第${i + 1}条：或固定金额（元）`} error={issueOf(issues, `rows.${i}.amount`)}>
            {(a11y) => <input {...a11y} {...TEXT_INPUT} inputMode="decimal" value={row.amount} onChange={(e) => set({ amount: e.target.value })} />}
          </Field>
        </>
      )}
    </Rows>
  );
}

function MemberInput({
  edit,
  onChange,
  idPrefix,
  label,
  choices,
}: Props<Extract<Edit, { kind: 'member' }>> & { label: string; choices: { value: string; label: string }[] }) {
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
