'use client';

import { useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form';
import { CITIES, CITY_LABELS, LEVEL_LABELS, MEMBER_LABELS, membersOf, SCHEME_LABELS, SCHEMES } from '@/lib/labels';
import type { SchemeId } from '@/lib/types';
import { AMOUNT_INPUT, BUTTON_CLASS, CONTROL_CLASS, Field } from '@/components/estimator/fields';
import { useLazy } from '@/components/lazy';
import { LinkNotice } from '@/components/share/LinkNotice';
import { ShareLinks } from '@/components/share/ShareLinks';
import { AskedValues } from '@/components/what-if/AskedValues';
import { useEdits } from '@/components/what-if/use-edits';
import { WhatIfEditor } from '@/components/what-if/WhatIfEditor';
import { loadPlannerRuntime } from './load-runtime';
import { PlanResult } from './PlanResult';
import { dateOrder, emptyRow, initialPlannerValues, MAX_ROWS, type PlannerValues } from './planner-values';

const lazyResolver: Resolver<PlannerValues> = async (values, context, options) => (await loadPlannerRuntime()).resolver(values, context, options);

/** The year planner: the choices, the year's admissions, and the year settled in date order by the engine. */
export function Planner() {
  const {
    register,
    control,
    getValues,
    setValue,
    reset,
    formState: { errors },
  } = useForm<PlannerValues>({ mode: 'onChange', defaultValues: initialPlannerValues(), resolver: lazyResolver });
  const admissions = useFieldArray({ control, name: 'admissions' });
  const values = useWatch({ control });
  const { edits, setEdits, setEdit, resetEdit } = useEdits();
  const [notice, setNotice] = useState<string | null>(null);
  // After a removal or a reordering the focused button is gone: keyboard and screen-reader users continue from 添加一次住院.
  const addButton = useRef<HTMLButtonElement>(null);
  const { runtime, failed } = useLazy(loadPlannerRuntime, (r) => {
    const link = r.readLink(window.location.search, window.location.hash);
    if (link.values) reset(link.values);
    setEdits(link.edits);
    setNotice(link.notice);
    if (!getValues('admissions.0.date')) setValue('admissions.0.date', r.today());
  });

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
          <Field name="city" label="参保城市">
            {(a11y) => (
              <select {...a11y} {...register('city')} className={CONTROL_CLASS}>
                {CITIES.map((c) => (
                  <option key={c} value={c}>
                    {CITY_LABELS[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="scheme" label="险种">
            {(a11y) => (
              <select
                {...a11y}
                {...register('scheme', { onChange: (e: React.ChangeEvent<HTMLSelectElement>) => setValue('member', membersOf(e.target.value as SchemeId)[0] ?? '') })}
                className={CONTROL_CLASS}
              >
                {SCHEMES.map((s) => (
                  <option key={s} value={s}>
                    {SCHEME_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="member" label="人员类别" error={errors.member?.message}>
            {(a11y) => (
              <select {...a11y} {...register('member')} className={CONTROL_CLASS}>
                {membersOf(scheme).map((m) => (
                  <option key={m} value={m}>
                    {MEMBER_LABELS[m]}
                  </option>
                ))}
              </select>
            )}
          </Field>

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
                    <Field name={`admissions.${i}.date`} label="住院日期" error={rowErrors?.date?.message}>
                      {(a11y) => <input {...a11y} {...register(`admissions.${i}.date`, { deps: dates })} type="date" className={CONTROL_CLASS} />}
                    </Field>
                    <Field name={`admissions.${i}.hospitalLevel`} label="医院等级">
                      {(a11y) => (
                        <select {...a11y} {...register(`admissions.${i}.hospitalLevel`)} className={CONTROL_CLASS}>
                          {(['1', '2', '3'] as const).map((l) => (
                            <option key={l} value={l}>
                              {LEVEL_LABELS[Number(l) as 1 | 2 | 3]}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    {level === '1' && (context?.facilities.length ?? 0) > 0 && (
                      <Field name={`admissions.${i}.facility`} label="医疗机构类别" hint="这个城市对一级及以下医疗机构再作细分，标准不同。">
                        {(a11y) => (
                          <select {...a11y} {...register(`admissions.${i}.facility`)} className={CONTROL_CLASS}>
                            {context!.facilities.map((f) => (
                              <option key={f.value} value={f.value}>
                                {f.label}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                    )}
                    <Field name={`admissions.${i}.totalCost`} label="住院总费用" unit="元" error={rowErrors?.totalCost?.message}>
                      {(a11y) => (
                        <input {...a11y} {...register(`admissions.${i}.totalCost`, { deps: [`admissions.${i}.outOfScope`, `admissions.${i}.selfPayFirst`] })} {...AMOUNT_INPUT} />
                      )}
                    </Field>
                    <Field name={`admissions.${i}.outOfScope`} label="全自费金额" hint="可不填，按 0 计算。" unit="元" error={rowErrors?.outOfScope?.message}>
                      {(a11y) => (
                        <input {...a11y} {...register(`admissions.${i}.outOfScope`, { deps: [`admissions.${i}.totalCost`, `admissions.${i}.selfPayFirst`] })} {...AMOUNT_INPUT} />
                      )}
                    </Field>
                    <Field name={`admissions.${i}.selfPayFirst`} label="先行自付金额" hint="可不填，按 0 计算。" unit="元" error={rowErrors?.selfPayFirst?.message}>
                      {(a11y) => (
                        <input {...a11y} {...register(`admissions.${i}.selfPayFirst`, { deps: [`admissions.${i}.totalCost`, `admissions.${i}.outOfScope`] })} {...AMOUNT_INPUT} />
                      )}
                    </Field>
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
              onClick={() => admissions.append(emptyRow(rows.map((r) => r.date ?? '').sort().at(-1) ?? ''), { shouldFocus: true })}
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
        versionTitle={whatIf?.versionTitle ?? null}
        rows={whatIf?.rows ?? []}
        comparison={whatIf?.comparison ?? null}
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
