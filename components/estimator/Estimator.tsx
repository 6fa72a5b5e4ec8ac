'use client';

import { useEffect, useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form';
import { CITIES, CITY_LABELS, LEVEL_LABELS, MEMBER_LABELS, membersOf, SCHEME_LABELS, SCHEMES } from '@/lib/labels';
import type { SchemeId } from '@/lib/types';
import { EstimateResult } from './EstimateResult';
import { CONTROL_CLASS, Field } from './fields';
import { EMPTY_RATE_ROW, initialValues, type FormValues, type Preset } from './form-values';
import { loadRuntime, type EstimatorRuntime } from './load-runtime';
import { MissingValuesFields } from './MissingValuesFields';

// Validation lives with the engine in the lazily loaded runtime; resolvers are async anyway.
const lazyResolver: Resolver<FormValues> = async (values, context, options) => (await loadRuntime()).resolver(values, context, options);

const AMOUNT_INPUT = { type: 'text', inputMode: 'decimal', autoComplete: 'off', className: CONTROL_CLASS } as const;

/** The estimator: the form on one side, the result beside or below it, recomputed on every change. */
export function Estimator({ preset }: { preset?: Preset }) {
  const {
    register,
    control,
    getValues,
    setValue,
    clearErrors,
    formState: { errors },
  } = useForm<FormValues>({ mode: 'onChange', defaultValues: initialValues(preset), resolver: lazyResolver });
  const rates = useFieldArray({ control, name: 'rates' });
  const values = useWatch({ control });

  const [runtime, setRuntime] = useState<EstimatorRuntime | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadRuntime().then(
      (r) => live && setRuntime(r),
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  // Today in China, filled in by the browser (the page itself was built on another day).
  useEffect(() => {
    if (runtime && !getValues('date')) setValue('date', runtime.today());
  }, [runtime, getValues, setValue]);

  const context = useMemo(() => runtime?.describe(values), [runtime, values]);
  const outcome = useMemo(() => runtime?.estimate(values), [runtime, values]);

  // Values asked for one version, member or grade do not apply to another: start those inputs afresh.
  const { replace } = rates;
  const contextKey = context?.key;
  useEffect(() => {
    if (!runtime || contextKey === undefined) return;
    const fresh = runtime.describe(getValues());
    setValue('deductible', '');
    setValue('fundCap', '');
    replace(fresh.ratesPrefill);
    if (!fresh.facilities.some((f) => f.value === getValues('facility'))) setValue('facility', '');
    clearErrors(['deductible', 'fundCap', 'rates']);
  }, [runtime, contextKey, getValues, setValue, replace, clearErrors]);

  const scheme = values.scheme ?? getValues('scheme');
  const facilities = context?.facilities ?? [];

  return (
    <div className="mt-6 grid grid-cols-1 gap-8 lg:grid-cols-2 lg:items-start">
      {/* No submit button and several text inputs: Enter never submits, so no figure can end up in a URL. */}
      <form onSubmit={(e) => e.preventDefault()} noValidate className="min-w-0 space-y-5" aria-label="住院情况">
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
              {...register('scheme', {
                onChange: (e: React.ChangeEvent<HTMLSelectElement>) => setValue('member', membersOf(e.target.value as SchemeId)[0] ?? ''),
              })}
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
        <MissingValuesFields
          missing={context?.missing ?? []}
          register={register}
          errors={errors}
          rateRows={rates.fields}
          onAddRate={() => rates.append(EMPTY_RATE_ROW)}
          onRemoveRate={rates.remove}
        />
      </form>
      <EstimateResult outcome={outcome} loadFailed={loadFailed} />
    </div>
  );
}
