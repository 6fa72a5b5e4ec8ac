'use client';

import { useMemo } from 'react';
import { EventFields, FIRST_FIELDS, memberChoices, useFittedChoices, type BenefitChoice } from '@/components/forms/claim-fields';
import { ChoiceField } from '@/components/ui/fields';
import { useRuntimeForm } from '@/components/forms/runtime-form';
import { initialCompareValues } from './compare-values';
import { CompareResult } from './CompareResult';
import { loadCompareRuntime } from './load-runtime';

/** One bill, settled under each city's and scheme's rules side by side. */
export function Compare({ benefits }: { benefits: readonly BenefitChoice[] }) {
  const { register, getValues, setValue, errors, values, notice, runtime, failed } = useRuntimeForm({
    load: loadCompareRuntime,
    defaultValues: initialCompareValues(),
    readLink: (r, search, hash) => r.readLink(search, hash),
    datePaths: () => ['date'],
    keep: { key: 'compare', extra: undefined, restore: () => {}, address: (r, v) => r.shareLink(v, false)?.split('#')[0] ?? null },
  });
  const outcome = useMemo(() => runtime?.compare(values), [runtime, values]);
  const context = useMemo(() => runtime?.describe(values), [runtime, values]);
  useFittedChoices(context?.fields ?? undefined, (f) => getValues(f), (f, v) => setValue(f, v as never));
  const ui = runtime?.ui;

  return (
    <>
      {ui && <ui.LinkNotice notice={notice} />}
      <form onSubmit={(e) => e.preventDefault()} noValidate className="mt-6 grid grid-cols-1 gap-5 md:grid-cols-2 print:hidden" aria-label="就医情况">
        <ChoiceField label="职工医保人员类别" registration={register('employee')} options={memberChoices('employee')} />
        <ChoiceField label="居民医保人员类别" registration={register('resident')} options={memberChoices('resident')} />
        <EventFields
          register={register}
          errors={errors}
          benefits={benefits}
          unavailable={context?.unavailable}
          fields={context?.fields ?? FIRST_FIELDS}
          benefit={values.benefit}
          hints={{
            facility: '部分城市对一级及以下医疗机构再作细分；不区分的城市按一般一级医院计算。',
            admission: '今年第一次住院填 1。',
            totalCost: '例如 50000。',
          }}
        />
      </form>
      <CompareResult outcome={outcome} loadFailed={failed} ui={ui} />
      {ui && (
        <ui.ShareLinks
          makeLink={(withAmounts) => runtime.shareLink(getValues(), withAmounts)}
          amountsNote="含金额的链接把就医类型、日期和金额写在链接的“#”之后：浏览器不会把这部分发送给任何服务器，但收到链接的人都能看到。"
        />
      )}
    </>
  );
}
