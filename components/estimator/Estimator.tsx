'use client';

import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { titleFor } from '@/components/preset-title';
import { useRuntimeForm } from '@/components/forms/runtime-form';
import { useEdits } from '@/components/what-if/use-edits';
import { WhatIfAndShare } from '@/components/share/WhatIfAndShare';
import { EventFields, FIRST_FIELDS, InsuredFields, LEVEL_CHOICES, PersonFields, useFittedChoices, type BenefitChoice } from '@/components/forms/claim-fields';
import { EstimateResult } from './EstimateResult';
import { initialValues, type EarlierValues, type Preset } from '@/components/forms/form-values';
import type { Choice } from '@/components/ui/fields';
import { loadRuntime } from './load-runtime';
import { EarlierStays } from './EarlierStays';
import { HandoffProvider } from '@/components/forms/HandoffLink';

/**
 * The estimator: the heading (it follows the city and scheme chosen), the form on one side, the result
 * beside or below it, recomputed on every change. What is typed is kept on this device across a reload.
 */
export function Estimator({
  heading,
  preset,
  cities,
  benefits,
  foldInsured = false,
  children,
}: {
  heading: string;
  preset: Preset;
  cities: readonly Choice[];
  benefits: readonly BenefitChoice[];
  /** Whether the city and the scheme start folded into one line (a city × scheme page). */
  foldInsured?: boolean;
  /** What the page says of itself and its other tools: below the answer, so the form is the first screen; a HandoffLink in it to the planner takes this case along. */
  children: ReactNode;
}) {
  const { edits, fromLink, editsFrom, setEdits, setEdit, resetEdit } = useEdits();
  const isPreset = (v: { city?: string; scheme?: string }) => v.city === preset.city && v.scheme === preset.scheme;
  const { register, getValues, setValue, errors, values, notice, runtime, failed } = useRuntimeForm({
    load: loadRuntime,
    defaultValues: initialValues(preset),
    readLink: (r, search, hash) => r.readLink(preset, search, hash),
    onLink: (link) => setEdits(link.edits),
    datePaths: () => ['date'],
    keep: {
      key: 'estimator',
      extra: useMemo(() => ({ edits, fromLink }), [edits, fromLink]),
      restore: (saved) => setEdits(saved.edits, saved.fromLink),
      // The address follows the choice, so a reload opens the page of the city and scheme chosen.
      address: (r, v, saved) => {
        const link = r.shareLink(v, saved.edits, false)?.split('#')[0];
        if (!link) return null;
        // On the page of the chosen city and scheme (/ too, for its own), only the query changes.
        return isPreset(v) ? window.location.pathname + new URL(link, window.location.origin).search : link;
      },
    },
  });
  const chosenHeading = values.city && values.scheme && !isPreset(values) ? titleFor(cities.find((c) => c.value === values.city)?.label ?? '', values.scheme) : heading;
  useEffect(() => {
    document.title = chosenHeading;
  }, [chosenHeading]);

  const context = useMemo(() => runtime?.describe(values, edits), [runtime, values, edits]);
  const toPlanner = useMemo(() => runtime?.toPlanner(values, { edits, fromLink: [...fromLink] }) ?? null, [runtime, values, edits, fromLink]);
  const outcome = useMemo(() => runtime?.estimate(values, edits), [runtime, values, edits]);
  const ui = runtime?.ui;

  // A choice of one benefit or version (a level-1 variant, a 生育 event) is not a choice under another.
  const fields = context?.fields ?? FIRST_FIELDS;
  useFittedChoices(context?.fields ?? undefined, (f) => getValues(f), (f, v) => setValue(f, v as never));

  const scheme = values.scheme ?? getValues('scheme');
  const setEarlier = useCallback((rows: EarlierValues[]) => setValue('earlier', rows), [setValue]);

  return (
    <HandoffProvider handoff={toPlanner}>
      <h1 className="text-3xl font-bold">{chosenHeading}</h1>
      {ui && <ui.LinkNotice notice={notice} />}
      <div className="mt-4 grid grid-cols-1 gap-8 lg:grid-cols-2 lg:items-start print:block">
        {/* No submit button and several text inputs: Enter never submits, so no figure can end up in a URL. */}
        <form onSubmit={(e) => e.preventDefault()} noValidate className="min-w-0 space-y-4 print:hidden" aria-label="就医情况">
          <InsuredFields
            cities={cities}
            register={register}
            setValue={setValue}
            scheme={scheme}
            errors={errors}
            folded={foldInsured ? { city: values.city ?? getValues('city') } : undefined}
          />
          <EventFields
            register={register}
            errors={errors}
            benefits={benefits}
            unavailable={context?.unavailable}
            fields={fields}
            benefit={values.benefit}
            hints={{
              admission: '今年第一次住院填 1；多次住院，起付线可能降低。',
              totalCost: '结算单上的医疗费用总额。',
              outOfScope: '医保目录以外、全部由自己付的费用，结算单上通常写作“全自费”或“自费”。可不填，按 0 计算。',
              selfPayFirst: '乙类药品、部分耗材等要先由自己按比例付的部分，结算单上通常写作“先行自付”。可不填，按 0 计算。',
            }}
          />
          <EarlierStays
            count={context?.earlier ?? 0}
            rows={values.earlier ?? []}
            level={LEVEL_CHOICES.find((c) => c.value === values.hospitalLevel)?.label}
            register={register}
            setRows={setEarlier}
            errors={errors.earlier}
          />
          {context?.person && <PersonFields register={register} errors={errors} />}
          {ui && <ui.AskedValues asked={context?.asked ?? []} onChange={setEdit} />}
        </form>
        <EstimateResult outcome={outcome} loadFailed={failed} editsFrom={editsFrom} ui={ui} />
      </div>
      {ui && outcome?.kind === 'estimate' && <ui.EstimateSummary view={outcome.view} editsFrom={editsFrom} />}
      <WhatIfAndShare
        runtime={runtime}
        values={values}
        getValues={getValues}
        edits={edits}
        incomplete={outcome?.kind === 'incomplete'}
        onEdit={setEdit}
        onReset={resetEdit}
        words={{ compared: '结果', untilFilled: '填写住院总费用后', amounts: '金额' }}
      />
      {children}
    </HandoffProvider>
  );
}
