import { LevelBadge } from '@/components/ui/LevelBadge';
import { VALUE_LABELS } from '@/components/ui/levels';
import { BUTTON_CLASS } from '@/components/ui/button';
import { Prose } from '@/components/ui/Yuan';
import { ComparisonTable } from './ComparisonTable';
import { EditInputs } from './EditInputs';
import type { EditorRow, WhatIf } from './editor-view';
import type { Edit } from './edits';

/** The open what-if editor's content, loaded with the runtime: the comparison, then every parameter of the version, grouped. */
export function WhatIfBody({
  whatIf,
  comparisonCaption = '本次住院的估算',
  comparisonHint,
  onEdit,
  onReset,
}: {
  /** Null until the choices and the date select a version. */
  whatIf: WhatIf | null;
  comparisonCaption?: string;
  /** Why there is no comparison yet. */
  comparisonHint: string;
  onEdit: (key: string, edit: Edit) => void;
  onReset: (key: string) => void;
}) {
  if (whatIf === null) return <p className="mt-3 font-semibold">请先在上方选择参保城市、险种、人员类别和住院日期。</p>;
  const groups = new Map<string, EditorRow[]>();
  for (const r of whatIf.rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return (
    <>
      <section aria-labelledby="what-if-compare" className="mt-4">
        <h3 id="what-if-compare" className="text-lg font-bold">
          {(whatIf.comparison?.rules ?? '按所用规则').slice(1)}与您的修改对比
        </h3>
        {whatIf.comparison ? <ComparisonTable comparison={whatIf.comparison} caption={comparisonCaption} /> : <p className="mt-1">{comparisonHint}</p>}
      </section>
      <h3 className="mt-6 text-lg font-bold">{whatIf.versionTitle}的全部参数</h3>
      {[...groups].map(([group, list]) => (
        <div key={group} className="mt-4">
          <h4 className="bg-gray-100 p-2 font-semibold">{group}</h4>
          <ul className="divide-y divide-gray-300">
            {list.map((row) => (
              <ParameterEdit key={row.key} row={row} group={group} onEdit={onEdit} onReset={onReset} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function ParameterEdit({
  row,
  group,
  onEdit,
  onReset,
}: {
  row: EditorRow;
  group: string;
  onEdit: (key: string, edit: Edit) => void;
  onReset: (key: string) => void;
}) {
  const open = row.state === 'editing' || row.state === 'edited';
  const what = `${group}：${row.name}`;
  // The visible word starts the accessible name, which adds the parameter it acts on.
  const editText = row.official === null ? '填写' : '修改';
  const before = VALUE_LABELS[row.level];
  const resetText = row.official === null ? '清除填写' : `恢复${before}`;
  return (
    <li className="py-3 md:grid md:grid-cols-[1fr_auto] md:gap-x-4">
      <div className="min-w-0">
        <p className="font-semibold">{row.name}</p>
        <p>
          <span className="text-gray-700">{before}：</span>
          {row.official ?? <span className="font-semibold">来源未给出</span>} <LevelBadge level={row.level} />
        </p>
        {row.edited !== null && (
          <p>
            <span className="text-gray-700">您的修改：</span>
            <span className="font-semibold">{row.edited}</span> <LevelBadge level="user">已修改</LevelBadge>
          </p>
        )}
        <p className="text-base text-gray-700">
          来源：{row.source}
          {row.note && <Prose text={`。${row.note}`} />}
        </p>
      </div>
      {row.state === 'asked' ? (
        <p className="mt-1 font-semibold md:col-span-2">这一项请在上方“需要您补充的数值”中填写。</p>
      ) : open ? (
        <fieldset className="mt-2 min-w-0 space-y-3 rounded-md border-2 border-blue-800 p-3 md:col-span-2 md:max-w-3xl">
          <legend className="sr-only">修改：{what}</legend>
          <EditInputs
            idPrefix={`edit-${row.key}`}
            edit={row.edit}
            issues={row.issues}
            onChange={(edit) => onEdit(row.key, edit)}
            label={row.edit.shape === 'choice' ? '按哪一类待遇计算' : '您的数值'}
            choices={row.choices}
          />
          <p role="status" className="font-semibold">
            {row.state === 'edited' ? '已计入试算。' : row.issues.length ? '请改正上面标出的错误，改正后计入试算。' : `与${before}相同或尚未填完，暂不计入试算。`}
          </p>
          <button type="button" className={BUTTON_CLASS} onClick={() => onReset(row.key)} aria-label={`${resetText}：${what}`}>
            {resetText}
          </button>
        </fieldset>
      ) : (
        <button type="button" className={`mt-2 md:self-start ${BUTTON_CLASS}`} onClick={() => onEdit(row.key, row.edit)} aria-label={`${editText}：${what}`}>
          {editText}
        </button>
      )}
    </li>
  );
}
