'use client';

import { useEffect, useMemo } from 'react';
import { useRuntimeForm } from '@/components/forms/runtime-form';
import { InsuredFields, LEVEL_CHOICES, PersonFields } from '@/components/forms/claim-fields';
import { ChoiceField, InputField, type Choice } from '@/components/ui/fields';
import { useEdits } from '@/components/what-if/use-edits';
import { choicesOfField, EVENT_FIELDS } from '@/lib/model/fields';
import { SLIP_NAMES, type SlipLine } from '@/lib/check/lines';
import type { CityId } from '@/lib/model/types';
import { CheckResult } from './CheckResult';
import { SLIP_FIELDS, initialCheckValues } from './check-values';
import { loadCheckRuntime } from './load-runtime';

const AWAY_CHOICES: Choice[] = choicesOfField('away');
const { hospitalLevel: LEVEL, facility: FACILITY, away: AWAY } = EVENT_FIELDS;

/** Where a line is easy to miss or to confuse on the paper; the others need only their slip name. */
const HINTS: Partial<Record<SlipLine, string>> = {
  total: '必填。结算单上的“医疗费总额”或“总费用”。',
  overLimit: '也写作“超限价”“超标准自付”。没有这一项可不填。',
  eligible: '也写作“政策范围内费用”“符合范围费用”。',
  deductible: '也写作“起付标准”“起付线”。',
  supplement: '职工医保写作“大额补助”“大额救助”，居民医保写作“大病保险”。结算单上没有这一项的填 0。',
  personal: '也写作“个人自付合计”“个人支付”。',
};

/** The parts whose sum is checked against the total: a change to one rechecks the others. */
const PARTS: SlipLine[] = ['total', 'outOfScope', 'overLimit', 'selfPayFirst', 'eligible'];

/** The slip check: the stay's choices and the slip's lines on one side, the explanation and the comparison beside or below. */
export function Check({ cities, city }: { cities: readonly Choice[]; city: CityId }) {
  const { edits, fromLink, setEdits, setEdit } = useEdits();
  const { register, getValues, setValue, errors, values, notice, runtime, failed } = useRuntimeForm({
    load: loadCheckRuntime,
    defaultValues: initialCheckValues(city),
    readLink: (r, search, hash) => r.readLink(search, hash),
    datePaths: () => ['date'],
    keep: {
      key: 'check',
      extra: useMemo(() => ({ edits, fromLink }), [edits, fromLink]),
      restore: (saved) => setEdits(saved.edits, saved.fromLink),
      address: (r, v) => r.shareLink(v),
    },
  });
  const context = useMemo(() => runtime?.describe(values, edits), [runtime, values, edits]);
  const outcome = useMemo(() => runtime?.check(values, edits), [runtime, values, edits]);
  const ui = runtime?.ui;

  // A level-1 variant of one version is not a choice under another.
  const facilities = context?.facilities ?? [];
  const facility = values.facility;
  useEffect(() => {
    if (context && facility && !context.facilities.some((f) => f.value === facility)) setValue('facility', '');
  }, [context, facility, setValue]);

  const scheme = values.scheme ?? getValues('scheme');

  return (
    <>
      {ui && <ui.LinkNotice notice={notice} />}
      <div className="mt-6 grid grid-cols-1 gap-8 lg:grid-cols-2 lg:items-start print:block">
        {/* No submit button: Enter never submits, so no figure can end up in a URL. */}
        <form onSubmit={(e) => e.preventDefault()} noValidate className="min-w-0 space-y-5 print:hidden" aria-label="结算单">
          <fieldset className="min-w-0 space-y-5">
            <legend className="text-xl font-bold">这次住院</legend>
            <InsuredFields cities={cities} register={register} setValue={setValue} scheme={scheme} errors={errors} />
            <ChoiceField label={LEVEL.label} hint={LEVEL.hint} registration={register('hospitalLevel')} options={LEVEL_CHOICES} />
            {facilities.length > 0 && <ChoiceField label={FACILITY.label} hint={FACILITY.hint} registration={register('facility')} options={facilities} />}
            <InputField kind="count" label="本年第几次住院" hint="今年第一次住院填 1。" registration={register('admission')} error={errors.admission?.message} />
            <InputField kind="date" label="住院日期" hint="结算单上的入院日期。" registration={register('date')} error={errors.date?.message} />
            <ChoiceField label={AWAY.label} registration={register('away')} options={AWAY_CHOICES} />
            {context?.person && <PersonFields register={register} errors={errors} />}
          </fieldset>
          <fieldset className="min-w-0 space-y-5">
            <legend className="text-xl font-bold">结算单上的金额</legend>
            <p>照结算单填写，除医疗费总额外都可以不填。这些金额只在您的浏览器内使用，不会发送到任何地方，也不会写进分享链接。</p>
            {SLIP_FIELDS.map((line) => (
              <InputField
                key={line}
                kind="amount"
                label={SLIP_NAMES[line]}
                hint={HINTS[line]}
                error={errors[line]?.message}
                registration={register(line, PARTS.includes(line) ? { deps: PARTS.filter((p) => p !== line) } : undefined)}
              />
            ))}
          </fieldset>
          {ui && <ui.AskedValues asked={context?.asked ?? []} onChange={setEdit} />}
        </form>
        <CheckResult outcome={outcome} loadFailed={failed} ui={ui} />
      </div>
      {ui && <ui.ShareLinks makeLink={() => runtime.shareLink(getValues())} />}
    </>
  );
}
