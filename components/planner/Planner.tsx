'use client';

import { useMemo, useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { BillFields, FACILITY_HINT, InsuredFields, LEVEL_CHOICES } from '@/components/forms/claim-fields';
import { BUTTON_CLASS, InputField, SelectField, type Choice } from '@/components/ui/fields';
import { emptyStay } from '@/components/forms/form-values';
import { useRuntimeForm } from '@/components/forms/runtime-form';
import { LinkNotice } from '@/components/share/LinkNotice';
import { ShareLinks } from '@/components/share/ShareLinks';
import { AskedValues } from '@/components/what-if/AskedValues';
import { useEdits } from '@/components/what-if/use-edits';
import { WhatIfEditor } from '@/components/what-if/WhatIfEditor';
import { loadPlannerRuntime } from './load-runtime';
import { PlanResult } from './PlanResult';
import { dateOrder, initialPlannerValues, MAX_ROWS } from './planner-values';

/** The year planner: the choices, the year's admissions, and the year settled in date order by the engine. */
export function Planner({ cities }: { cities: readonly Choice[] }) {
  const { edits, setEdits, setEdit, resetEdit } = useEdits();
  const { register, control, getValues, setValue, errors, values, notice, runtime, failed } = useRuntimeForm({
    load: loadPlannerRuntime,
    defaultValues: initialPlannerValues(cities[0]!.value),
    readLink: (r, search, hash) => r.readLink(search, hash),
    onLink: (link) => setEdits(link.edits),
    datePath: 'admissions.0.date',
  });
  const admissions = useFieldArray({ control, name: 'admissions' });
  // After a removal or a reordering the focused button is gone: keyboard and screen-reader users continue from 添加一次住院.
  const addButton = useRef<HTMLButtonElement>(null);

  const context = useMemo(() => runtime?.describe(values, edits), [runtime, values, edits]);
  const outcome = useMemo(() => runtime?.plan(values, edits), [runtime, values, edits]);
  const whatIf = useMemo(() => runtime?.whatIf(values, edits), [runtime, values, edits]);
  const makeLink = useMemo(() => runtime && ((withAmounts: boolean) => runtime.shareLink(getValues(), edits, withAmounts)), [runtime, getValues, edits]);

  const rows = values.admissions ?? [];
  const order = dateOrder(rows.map((r) => ({ date: r.date ?? '' })));
  const outOfOrder = order.some((row, i) => row !== i);
  const dates = admissions.fields.map((_, i) => `admissions.${i}.date` as const);
  const scheme = values.scheme ?? getValues('scheme');

  return (
    <>
      <LinkNotice notice={notice} />
      <div className="mt-6 grid grid-cols-1 gap-8 lg:grid-cols-2 lg:items-start print:block">
        <form onSubmit={(e) => e.preventDefault()} noValidate className="min-w-0 space-y-5 print:hidden" aria-label="全年住院情况">
          <InsuredFields cities={cities} register={register} setValue={setValue} scheme={scheme} errors={errors} />

          <h2 className="pt-2 text-xl font-bold">本年各次住院</h2>
          <p className="text-base text-gray-700">每次住院填一组。计算时按住院日期先后排列：起付线、年度限额和补充保障都按本年累计计算。</p>
          <ol className="space-y-5">
            {admissions.fields.map((field, i) => {
              const level = rows[i]?.hospitalLevel;
              const rowErrors = errors.admissions?.[i];
              return (
                <li key={field.id}>
                  <fieldset className="min-w-0 space-y-4 rounded-lg border-2 border-gray-600 p-4">
                    <legend className="px-1 text-lg font-bold">第{i + 1}次住院</legend>
                    <InputField kind="date" label="住院日期" registration={register(`admissions.${i}.date`, { deps: dates })} error={rowErrors?.date?.message} />
                    <SelectField label="医院等级" registration={register(`admissions.${i}.hospitalLevel`)} options={LEVEL_CHOICES} />
                    {level === '1' && (context?.facilities.length ?? 0) > 0 && (
                      <SelectField label="医疗机构类别" hint={FACILITY_HINT} registration={register(`admissions.${i}.facility`)} options={context!.facilities} />
                    )}
                    <BillFields register={register} at={`admissions.${i}.`} errors={rowErrors} />
                    {admissions.fields.length > 1 && (
                      <button
                        type="button"
                        className={BUTTON_CLASS}
                        onClick={() => {
                          admissions.remove(i);
                          addButton.current?.focus();
                        }}
                      >
                        删除第{i + 1}次住院
                      </button>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {outOfOrder && (
            <div className="rounded-md border-2 border-l-8 border-amber-700 bg-amber-50 p-3">
              <p>上面的住院不是按日期先后排列的；计算时按日期先后。</p>
              <button
                type="button"
                className={`mt-2 ${BUTTON_CLASS}`}
                onClick={() => {
                  admissions.replace(order.map((row) => getValues(`admissions.${row}`)));
                  addButton.current?.focus();
                }}
              >
                按日期重新排列
              </button>
            </div>
          )}
          {admissions.fields.length < MAX_ROWS ? (
            <button
              ref={addButton}
              type="button"
              className={BUTTON_CLASS}
              onClick={() => admissions.append(emptyStay(rows.map((r) => r.date ?? '').sort().at(-1) ?? ''), { shouldFocus: true })}
            >
              添加一次住院
            </button>
          ) : (
            <p>最多填写 {MAX_ROWS} 次住院。</p>
          )}
          <AskedValues asked={context?.asked ?? []} onChange={setEdit} />
        </form>
        <PlanResult outcome={outcome} loadFailed={failed} />
      </div>
      <WhatIfEditor
        whatIf={whatIf ?? null}
        comparisonCaption="全年合计"
        comparisonHint={
          outcome?.kind === 'incomplete' ? '填好各次住院后，这里会并排显示按官方规则和按您的修改计算的全年合计。' : '修改下面任何一个参数后，这里会并排显示按官方规则和按您的修改计算的全年合计。'
        }
        onEdit={setEdit}
        onReset={resetEdit}
      />
      <ShareLinks makeLink={makeLink} amountsNote="含金额的链接把各次住院的日期、金额和您修改的参数写在链接的“#”之后：浏览器不会把这部分发送给任何服务器，但收到链接的人都能看到。" />
    </>
  );
}
