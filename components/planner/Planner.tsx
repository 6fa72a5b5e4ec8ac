'use client';

import { useMemo, useRef, type ReactNode } from 'react';
import { HandoffProvider } from '@/components/forms/HandoffLink';
import { Prose } from '@/components/ui/Yuan';
import { useFieldArray, type FieldErrors, type UseFormGetValues, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import type { FieldSpec } from '@/lib/engine/benefit';
import { BenefitField, BillFields, DetailFields, FIRST_FIELDS, InsuredFields, PersonFields, useFittedChoices, wordsOf, type BenefitChoice } from '@/components/forms/claim-fields';
import { BUTTON_CLASS } from '@/components/ui/button';
import { InputField, type Choice } from '@/components/ui/fields';
import { emptyEvent, type EventValues } from '@/components/forms/form-values';
import { useRuntimeForm, type ListRows } from '@/components/forms/runtime-form';
import { useEdits } from '@/components/what-if/use-edits';
import { WhatIfAndShare } from '@/components/share/WhatIfAndShare';
import { loadPlannerRuntime } from './load-runtime';
import { PlanResult } from './PlanResult';
import { dateOrder, initialPlannerValues, MAX_ROWS, type PlannerValues } from './planner-values';

/** The year planner: the choices, the year's events of any benefit, and the year settled in date order by the engine. */
export function Planner({ cities, benefits, children }: { cities: readonly Choice[]; benefits: readonly BenefitChoice[]; /** Above the form; a HandoffLink in it to the estimator takes the year's latest event along. */ children?: ReactNode }) {
  const { edits, fromLink, editsFrom, setEdits, setEdit, resetEdit } = useEdits();
  const { register, control, getValues, setValue, errors, values, notice, runtime, failed } = useRuntimeForm({
    load: loadPlannerRuntime,
    defaultValues: initialPlannerValues(cities[0]!.value),
    readLink: (r, search, hash) => r.readLink(search, hash),
    onLink: (link) => setEdits(link.edits),
    datePaths: (v) => v.events.map((_, i) => `events.${i}.date` as const),
    keep: {
      key: 'planner',
      extra: useMemo(() => ({ edits, fromLink }), [edits, fromLink]),
      restore: (saved) => setEdits(saved.edits, saved.fromLink),
      address: (r, v, saved) => r.shareLink(v, saved.edits, false),
    },
    // Called once the runtime is here, after the first render has made `events`.
    lists: (): Record<string, ListRows> => ({ events }),
  });
  const events = useFieldArray({ control, name: 'events' });
  // After a removal or a reordering the focused button is gone: keyboard and screen-reader users continue from 添加一次就医.
  const addButton = useRef<HTMLButtonElement>(null);

  const context = useMemo(() => runtime?.describe(values, edits), [runtime, values, edits]);
  const toEstimator = useMemo(() => runtime?.toEstimator(values, { edits, fromLink: [...fromLink] }) ?? null, [runtime, values, edits, fromLink]);
  const outcome = useMemo(() => runtime?.plan(values, edits), [runtime, values, edits]);
  const ui = runtime?.ui;

  const rows = values.events ?? [];
  const order = dateOrder(rows.map((r) => ({ date: r.date ?? '' })));
  const outOfOrder = order.some((row, i) => row !== i);
  const dates = events.fields.map((_, i) => `events.${i}.date` as const);
  const scheme = values.scheme ?? getValues('scheme');

  return (
    <HandoffProvider handoff={toEstimator}>
      {children}
      {ui && <ui.LinkNotice notice={notice} />}
      <div className="mt-6 grid grid-cols-1 gap-8 lg:grid-cols-2 lg:items-start print:block">
        <form onSubmit={(e) => e.preventDefault()} noValidate className="min-w-0 space-y-5 print:hidden" aria-label="全年就医情况">
          <InsuredFields cities={cities} register={register} setValue={setValue} scheme={scheme} errors={errors} />
          {context?.person && <PersonFields register={register} errors={errors} />}

          <h2 className="pt-2 text-xl font-bold">本年各次就医</h2>
          <p className="text-base text-gray-700">每次住院、门诊或生育填一组。计算时按日期先后排列：起付线、年度限额和补充保障都按本年累计计算。</p>
          <ol className="space-y-5">
            {events.fields.map((field, i) => (
              <li key={field.id}>
                <EventRow
                  index={i}
                  register={register}
                  getValues={getValues}
                  setValue={setValue}
                  benefits={benefits}
                  unavailable={context?.unavailable}
                  fields={context?.rows[i] ?? null}
                  benefit={rows[i]?.benefit}
                  errors={errors.events?.[i]}
                  dates={dates}
                  skipped={outcome?.kind === 'plan' ? outcome.view.skipped.find((s) => s.row === i)?.reason : undefined}
                  onRemove={
                    events.fields.length > 1
                      ? () => {
                          events.remove(i);
                          addButton.current?.focus();
                        }
                      : undefined
                  }
                />
              </li>
            ))}
          </ol>
          {outOfOrder && (
            <div className="rounded-md border-2 border-l-8 border-amber-700 bg-amber-50 p-3">
              <p>上面的各次就医不是按日期先后排列的；计算时按日期先后。</p>
              <button
                type="button"
                className={`mt-2 ${BUTTON_CLASS}`}
                onClick={() => {
                  events.replace(order.map((row) => getValues(`events.${row}`)));
                  addButton.current?.focus();
                }}
              >
                按日期重新排列
              </button>
            </div>
          )}
          {events.fields.length < MAX_ROWS ? (
            <button
              ref={addButton}
              type="button"
              className={BUTTON_CLASS}
              // The form's own values: the checked `values` wait for the runtime, which may still be on its way.
              onClick={() => events.append(emptyEvent(getValues('events').map((r) => r.date ?? '').sort().at(-1) ?? ''), { shouldFocus: true })}
            >
              添加一次就医
            </button>
          ) : (
            <p>最多填写 {MAX_ROWS} 次就医。</p>
          )}
          {ui && <ui.AskedValues asked={context?.asked ?? []} onChange={setEdit} />}
        </form>
        <PlanResult outcome={outcome} loadFailed={failed} editsFrom={editsFrom} ui={ui} />
      </div>
      <WhatIfAndShare
        runtime={runtime}
        values={values}
        getValues={getValues}
        edits={edits}
        incomplete={outcome?.kind === 'incomplete'}
        onEdit={setEdit}
        onReset={resetEdit}
        words={{ compared: '全年合计', untilFilled: '填好各次就医后', amounts: '各次就医的类型、日期、金额', caption: '全年合计' }}
      />
    </HandoffProvider>
  );
}

/** One event of the year: its benefit, the details that benefit reads, its date and its bill. */
function EventRow({
  index: i,
  register,
  getValues,
  setValue,
  benefits,
  unavailable,
  fields,
  benefit,
  errors,
  dates,
  skipped,
  onRemove,
}: {
  index: number;
  register: UseFormRegister<PlannerValues>;
  getValues: UseFormGetValues<PlannerValues>;
  setValue: UseFormSetValue<PlannerValues>;
  benefits: readonly BenefitChoice[];
  unavailable: Record<string, string> | undefined;
  /** The details the row's benefit reads under the version in force; null before a version is known. */
  fields: FieldSpec[] | null;
  benefit: string | undefined;
  errors: FieldErrors<EventValues> | undefined;
  dates: `events.${number}.date`[];
  /** Why no source computes this event, when the year is settled without it. */
  skipped: string | undefined;
  onRemove: (() => void) | undefined;
}) {
  const at = `events.${i}.` as const;
  useFittedChoices(fields ?? undefined, (f) => getValues(`${at}${f}`), (f, v) => setValue(`${at}${f}`, v as never));
  const words = wordsOf(benefits, benefit);
  return (
    <fieldset className="min-w-0 space-y-4 rounded-lg border-2 border-gray-600 p-4">
      <legend className="px-1 text-lg font-bold">第{i + 1}次就医</legend>
      {skipped && (
        <p className="rounded-md border-2 border-l-8 border-amber-700 bg-amber-50 p-3">
          这一次无法估算，全年合计未计入：
          <Prose text={skipped} />
        </p>
      )}
      <BenefitField registration={register(`${at}benefit`)} benefits={benefits} unavailable={unavailable} />
      <DetailFields register={register} at={at} fields={fields ?? FIRST_FIELDS} errors={errors} />
      <InputField kind="date" label={words.date} registration={register(`${at}date`, { deps: dates })} error={errors?.date?.message} />
      <BillFields register={register} at={at} words={words} errors={errors} />
      {onRemove && (
        <button type="button" className={BUTTON_CLASS} onClick={onRemove}>
          删除第{i + 1}次就医
        </button>
      )}
    </fieldset>
  );
}
