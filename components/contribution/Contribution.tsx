'use client';

import { useMemo } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { InsuredFields } from '@/components/forms/claim-fields';
import { useRuntimeForm } from '@/components/forms/runtime-form';
import { ChoiceField, Field, INPUT_KINDS, InputField, type Choice } from '@/components/ui/fields';
import { initialContributionValues, type ContributionValues, type FieldNeed } from './contribution-values';
import { ContributionResult } from './ContributionResult';
import { loadContributionRuntime } from './load-runtime';

/** This page carries nothing in its address: there is no link to read. */
const NO_LINK = { values: null, notice: null };

/** What a person pays in and what reaches their account: the form on one side, the figures beside or below it. */
export function ContributionEstimator({ cities }: { cities: readonly Choice[] }) {
  const { register, getValues, setValue, errors, values, notice, runtime, failed } = useRuntimeForm({
    load: loadContributionRuntime,
    defaultValues: initialContributionValues(cities[0]?.value ?? ''),
    readLink: () => NO_LINK,
    datePaths: () => ['year'],
    keep: { key: 'contribution', extra: undefined, restore: () => {} },
  });
  const needed = useMemo(() => runtime?.fields(values) ?? [], [runtime, values]);
  const outcome = useMemo(() => runtime?.compute(values), [runtime, values]);
  const scheme = values.scheme ?? getValues('scheme');
  const ui = runtime?.ui;

  return (
    <>
      {ui && <ui.LinkNotice notice={notice} />}
      <div className="mt-6 grid grid-cols-1 gap-8 lg:grid-cols-2 lg:items-start print:block">
        {/* No submit button: Enter never submits, so no figure can end up in a URL. */}
        <form onSubmit={(e) => e.preventDefault()} noValidate className="min-w-0 space-y-5 print:hidden" aria-label="参保情况">
          <InsuredFields cities={cities} register={register} setValue={setValue} scheme={scheme} errors={errors} />
          <InputField
            kind="count"
            label="年份"
            hint={scheme === 'resident' ? '享受待遇的年度，例如 2026 年的缴费标准是为 2026 年缴纳的费用。' : '缴费的年度，默认是今年。'}
            registration={register('year')}
            error={errors.year?.message}
          />
          {needed.map((need) => (
            <NeededField key={need.key} need={need} register={register} errors={errors} />
          ))}
        </form>
        <ContributionResult outcome={outcome} loadFailed={failed} ui={ui} />
      </div>
    </>
  );
}

/** An input the chosen year's rules need: a choice, a percentage, an age or an amount in 元. */
function NeededField({ need, register, errors }: { need: FieldNeed; register: UseFormRegister<ContributionValues>; errors: FieldErrors<ContributionValues> }) {
  const error = errors[need.key]?.message;
  const registration = register(need.key);
  if (need.choices) {
    return <ChoiceField label={need.label} hint={need.hint} registration={registration} options={need.choices} none={need.key === 'flexibleRate' ? '请选择' : undefined} error={error} />;
  }
  if (need.key === 'flexibleRate') {
    return (
      <Field name={registration.name} label={`${need.label}（%）`} hint={need.hint} error={error} unit="%">
        {(a11y) => <input {...a11y} {...registration} {...INPUT_KINDS.amount} />}
      </Field>
    );
  }
  return <InputField kind={need.key === 'age' ? 'count' : 'amount'} label={need.label} hint={need.hint} registration={registration} error={error} />;
}
