'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { CITIES, CITY_LABELS, LEVEL_LABELS, MEMBER_LABELS, membersOf, SCHEME_LABELS, SCHEMES } from '@/lib/labels';
import type { SchemeId } from '@/lib/types';
import { useLazy } from '@/components/lazy';
import { LinkNotice } from '@/components/share/LinkNotice';
import { ShareLinks } from '@/components/share/ShareLinks';
import { AskedValues } from '@/components/what-if/AskedValues';
import { useEdits } from '@/components/what-if/use-edits';
import { WhatIfEditor } from '@/components/what-if/WhatIfEditor';
import { EstimateResult } from './EstimateResult';
import { AMOUNT_INPUT, CONTROL_CLASS, Field } from './fields';
import { DEFAULT_PRESET, initialValues, type FormValues, type Preset } from './form-values';
import { loadRuntime } from './load-runtime';

// Validation lives with the engine in the lazily loaded runtime; resolvers are async anyway.
const lazyResolver: Resolver<FormValues> = async (values, context, options) => (await loadRuntime()).resolver(values, context, options);

/** The estimator: the form on one side, the result beside or below it, recomputed on every change. */
export function Estimator({ preset = DEFAULT_PRESET }: { preset?: Preset }) {
  const {
    register,
    control,
    getValues,
    setValue,
    reset,
    formState: { errors },
  } = useForm<FormValues>({ mode: 'onChange', defaultValues: initialValues(preset), resolver: lazyResolver });
  const values = useWatch({ control });
  const { edits, setEdits, setEdit, resetEdit } = useEdits();
  const [notice, setNotice] = useState<string | null>(null);
  // Once the rules are here: what a shared link carries, then today's date (in China, in the browser: the page was built on another day).
  const { runtime, failed: loadFailed } = useLazy(loadRuntime, (r) => {
    const link = r.readLink(preset, window.location.search, window.location.hash);
    if (link.values) reset(link.values);
    setEdits(link.edits);
    setNotice(link.notice);
    if (!getValues('date')) setValue('date', r.today());
  });

  const context = useMemo(() => runtime?.describe(values, edits), [runtime, values, edits]);
  const outcome = useMemo(() => runtime?.estimate(values, edits), [runtime, values, edits]);
  const whatIf = useMemo(() => runtime?.whatIf(values, edits), [runtime, values, edits]);
  const makeLink = useMemo(() => runtime && ((withAmounts: boolean) => runtime.shareLink(getValues(), edits, withAmounts)), [runtime, getValues, edits]);

  // A level-1 variant of one version is not a choice under another.
  const facilities = context?.facilities ?? [];
  const facility = values.facility;
  useEffect(() => {
    if (context && facility && !context.facilities.some((f) => f.value === facility)) setValue('facility', '');
  }, [context, facility, setValue]);

  const onSchemeChange = useCallback(
    (e: React.ChangeEvent<HTMLSelectElement>) => setValue('member', membersOf(e.target.value as SchemeId)[0] ?? ''),
    [setValue],
  );
  const scheme = values.scheme ?? getValues('scheme');

  return (
    <>
      <LinkNotice notice={notice} />
      <div className="mt-6 grid grid-cols-1 gap-8 lg:grid-cols-2 lg:items-start print:block">
        {/* No submit button and several text inputs: Enter never submits, so no figure can end up in a URL. */}
        <form onSubmit={(e) => e.preventDefault()} noValidate className="min-w-0 space-y-5 print:hidden" aria-label="住院情况">
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
              <select {...a11y} {...register('scheme', { onChange: onSchemeChange })} className={CONTROL_CLASS}>
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
          <Field name="hospitalLevel" label="医院等级" hint="看医院的等级，例如“三级甲等”属于三级。">
            {(a11y) => (
              <select {...a11y} {...register('hospitalLevel')} className={CONTROL_CLASS}>
                {(['1', '2', '3'] as const).map((l) => (
                  <option key={l} value={l}>
                    {LEVEL_LABELS[Number(l) as 1 | 2 | 3]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {facilities.length > 0 && (
            <Field name="facility" label="医疗机构类别" hint="这个城市对一级及以下医疗机构再作细分，标准不同。">
              {(a11y) => (
                <select {...a11y} {...register('facility')} className={CONTROL_CLASS}>
                  {facilities.map((f) => (
                    <option key={f.value} value={f.value}>
                      {f.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field name="admission" label="本年第几次住院" hint="今年第一次住院填 1。同一年内多次住院，起付线可能降低。" error={errors.admission?.message}>
            {(a11y) => <input {...a11y} {...register('admission')} type="text" inputMode="numeric" autoComplete="off" className={CONTROL_CLASS} />}
          </Field>
          <Field name="date" label="住院日期" hint="不同时期的报销规定不同；默认是今天。" error={errors.date?.message}>
            {(a11y) => <input {...a11y} {...register('date')} type="date" className={CONTROL_CLASS} />}
          </Field>
          <Field name="totalCost" label="住院总费用" hint="住院结算单上的医疗费用总额。" unit="元" error={errors.totalCost?.message}>
            {(a11y) => <input {...a11y} {...register('totalCost', { deps: ['outOfScope', 'selfPayFirst'] })} {...AMOUNT_INPUT} />}
          </Field>
          <Field
            name="outOfScope"
            label="全自费金额"
            hint="医保目录以外、全部由自己付的费用，结算单上通常写作“全自费”或“自费”。可不填，按 0 计算。"
            unit="元"
            error={errors.outOfScope?.message}
          >
            {(a11y) => <input {...a11y} {...register('outOfScope', { deps: ['totalCost', 'selfPayFirst'] })} {...AMOUNT_INPUT} />}
          </Field>
          <Field
            name="selfPayFirst"
            label="先行自付金额"
            hint="乙类药品、部分耗材等要先由自己按比例付的部分，结算单上通常写作“先行自付”。可不填，按 0 计算。"
            unit="元"
            error={errors.selfPayFirst?.message}
          >
            {(a11y) => <input {...a11y} {...register('selfPayFirst', { deps: ['totalCost', 'outOfScope'] })} {...AMOUNT_INPUT} />}
          </Field>
          <AskedValues asked={context?.asked ?? []} onChange={setEdit} />
        </form>
        <EstimateResult outcome={outcome} loadFailed={loadFailed} />
      </div>
      <WhatIfEditor
        versionTitle={whatIf?.versionTitle ?? null}
        rows={whatIf?.rows ?? []}
        comparison={whatIf?.comparison ?? null}
        comparisonHint={
          outcome?.kind === 'incomplete' ? '填写住院总费用后，这里会并排显示按官方规则和按您的修改计算的结果。' : '修改下面任何一个参数后，这里会并排显示按官方规则和按您的修改计算的结果。'
        }
        onEdit={setEdit}
        onReset={resetEdit}
      />
      <ShareLinks makeLink={makeLink} amountsNote="含金额的链接把金额和您修改的参数写在链接的“#”之后：浏览器不会把这部分发送给任何服务器，但收到链接的人都能看到。" />
    </>
  );
}
