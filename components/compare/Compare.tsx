'use client';

import { useMemo, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { EMPLOYEE_MEMBER_LABELS, EMPLOYEE_MEMBERS, LEVEL_LABELS, RESIDENT_MEMBER_LABELS, RESIDENT_MEMBERS } from '@/lib/labels';
import { AMOUNT_INPUT, CONTROL_CLASS, Field } from '@/components/estimator/fields';
import { useLazy } from '@/components/lazy';
import { LinkNotice } from '@/components/share/LinkNotice';
import { ShareLinks } from '@/components/share/ShareLinks';
import { initialCompareValues, type CompareValues } from './compare-values';
import { CompareResult } from './CompareResult';
import { loadCompareRuntime } from './load-runtime';

const lazyResolver: Resolver<CompareValues> = async (values, context, options) => (await loadCompareRuntime()).resolver(values, context, options);

/** One bill, settled under each city's and scheme's rules side by side. */
export function Compare() {
  const {
    register,
    control,
    getValues,
    setValue,
    reset,
    formState: { errors },
  } = useForm<CompareValues>({ mode: 'onChange', defaultValues: initialCompareValues(), resolver: lazyResolver });
  const values = useWatch({ control });
  const [notice, setNotice] = useState<string | null>(null);
  const { runtime, failed } = useLazy(loadCompareRuntime, (r) => {
    const link = r.readLink(window.location.search, window.location.hash);
    if (link.values) reset(link.values);
    setNotice(link.notice);
    if (!getValues('date')) setValue('date', r.today());
  });
  const outcome = useMemo(() => runtime?.compare(values), [runtime, values]);
  const facilities = useMemo(() => runtime?.facilities(values) ?? [], [runtime, values]);
  const makeLink = useMemo(() => runtime && ((withAmounts: boolean) => runtime.shareLink(getValues(), withAmounts)), [runtime, getValues]);

  return (
    <>
      <LinkNotice notice={notice} />
      <form onSubmit={(e) => e.preventDefault()} noValidate className="mt-6 grid grid-cols-1 gap-5 md:grid-cols-2 print:hidden" aria-label="住院情况">
        <Field name="employee" label="职工医保人员类别">
          {(a11y) => (
            <select {...a11y} {...register('employee')} className={CONTROL_CLASS}>
              {EMPLOYEE_MEMBERS.map((m) => (
                <option key={m} value={m}>
                  {EMPLOYEE_MEMBER_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="resident" label="居民医保人员类别">
          {(a11y) => (
            <select {...a11y} {...register('resident')} className={CONTROL_CLASS}>
              {RESIDENT_MEMBERS.map((m) => (
                <option key={m} value={m}>
                  {RESIDENT_MEMBER_LABELS[m]}
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
        {values.hospitalLevel === '1' && facilities.length > 0 && (
          <Field name="facility" label="医疗机构类别" hint="部分城市对一级及以下医疗机构再作细分；不区分的城市按一般一级医院计算。">
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
        <Field name="admission" label="本年第几次住院" hint="今年第一次住院填 1。" error={errors.admission?.message}>
          {(a11y) => <input {...a11y} {...register('admission')} type="text" inputMode="numeric" autoComplete="off" className={CONTROL_CLASS} />}
        </Field>
        <Field name="date" label="住院日期" hint="不同时期的报销规定不同；默认是今天。" error={errors.date?.message}>
          {(a11y) => <input {...a11y} {...register('date')} type="date" className={CONTROL_CLASS} />}
        </Field>
        <Field name="totalCost" label="住院总费用" hint="例如 50000。" unit="元" error={errors.totalCost?.message}>
          {(a11y) => <input {...a11y} {...register('totalCost', { deps: ['outOfScope', 'selfPayFirst'] })} {...AMOUNT_INPUT} />}
        </Field>
        <Field name="outOfScope" label="全自费金额" hint="可不填，按 0 计算。" unit="元" error={errors.outOfScope?.message}>
          {(a11y) => <input {...a11y} {...register('outOfScope', { deps: ['totalCost', 'selfPayFirst'] })} {...AMOUNT_INPUT} />}
        </Field>
        <Field name="selfPayFirst" label="先行自付金额" hint="可不填，按 0 计算。" unit="元" error={errors.selfPayFirst?.message}>
          {(a11y) => <input {...a11y} {...register('selfPayFirst', { deps: ['totalCost', 'outOfScope'] })} {...AMOUNT_INPUT} />}
        </Field>
      </form>
      <CompareResult outcome={outcome} loadFailed={failed} />
      <ShareLinks makeLink={makeLink} amountsNote="含金额的链接把住院日期和金额写在链接的“#”之后：浏览器不会把这部分发送给任何服务器，但收到链接的人都能看到。" />
    </>
  );
}
