import { useEffect } from 'react';
import type { FieldErrors, FieldValues, Path, UseFormRegister, UseFormRegisterReturn } from 'react-hook-form';
import type { BillField, EventWords, FieldSpec } from '@/lib/engine/benefit';
import { choicesOfField, entry, EVENT_FIELDS, INPATIENT, type EventField } from '@/lib/model/fields';
import { MEMBER_LABELS, membersOf, SCHEME_LABELS, SCHEMES } from '@/lib/model/labels';
import type { SchemeId } from '@/lib/model/types';
import { CheckboxField, ChoiceField, InputField, type Choice } from '@/components/ui/fields';
import type { AdmissionValues, FormValues, PersonValues } from './form-values';

/** The groups of fields the estimator, the planner and the comparison share; a hint a page words its own way is a prop. */

function choicesOf<K extends string | number>(ids: readonly K[], labels: Record<K, string>): Choice[] {
  return ids.map((id) => ({ value: String(id), label: labels[id] }));
}

const SCHEME_CHOICES = choicesOf(SCHEMES, SCHEME_LABELS);
export const LEVEL_CHOICES = choicesOfField('hospitalLevel');
export const memberChoices = (scheme: SchemeId) => choicesOf(membersOf(scheme), MEMBER_LABELS);


type Insured = Pick<FormValues, 'city' | 'scheme' | 'member'>;

/** One line each to help with the first choices: which scheme, which member type (一档 or 二档); the hospital's grade has its hint in the registry of fields. */
export const CHOICE_HELP = {
  scheme: '由单位代缴、以灵活就业人员身份自己缴，或按职工医保办了退休的，是职工医保；每年自己缴一次费的城乡居民、学生和儿童，是居民医保。',
  member: {
    employee: '按您现在的情况选在职或退休；没有单位、以个人身份缴职工医保的，选灵活就业。',
    resident: '一档、二档是每年缴居民医保费时选的档次，看缴费凭证或缴费记录上的档次和金额；二档缴得多，报销也多。',
  },
} as const satisfies { scheme: string; member: Record<SchemeId, string> };

/**
 * 参保城市, 险种 and 人员类别. A member type of one scheme is none of the other's: a new scheme starts at its first.
 * Folded (a city × scheme page), the city and the scheme are one line that opens to change them: most who
 * arrive there have chosen both by the link they followed.
 */
export function InsuredFields({
  cities,
  register,
  setValue,
  scheme,
  errors,
  folded,
}: {
  /** The cities the rules know, from the page (the rule data stays out of the first JavaScript). */
  cities: readonly Choice[];
  register: UseFormRegister<Insured>;
  setValue: (name: 'member', value: string) => void;
  /** The scheme chosen now, whose member types are offered. */
  scheme: SchemeId;
  errors: FieldErrors<Insured>;
  /** The city chosen now, where the city and the scheme are folded into one line. */
  folded?: { city: string };
}) {
  const cityAndScheme = (
    <>
      <ChoiceField label="参保城市" registration={register('city')} options={cities} />
      <ChoiceField
        label="险种"
        hint={CHOICE_HELP.scheme}
        registration={register('scheme', { onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValue('member', membersOf(e.target.value as SchemeId)[0] ?? '') })}
        options={SCHEME_CHOICES}
      />
    </>
  );
  return (
    <>
      {folded ? (
        <details className="group rounded-md border-2 border-gray-400">
          <summary className="flex min-h-12 cursor-pointer list-none flex-wrap items-center justify-between gap-x-4 px-3 py-1 text-lg focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700 [&::-webkit-details-marker]:hidden">
            <span className="break-keep">
              <span className="font-semibold">参保：</span>
              {cities.find((c) => c.value === folded.city)?.label} · {SCHEME_LABELS[scheme]}
            </span>
            <span className="font-semibold text-blue-900 underline underline-offset-4">
              <span className="group-open:hidden">更改</span>
              <span className="hidden group-open:inline">收起</span>
            </span>
          </summary>
          <div className="space-y-5 border-t-2 border-gray-300 p-3">{cityAndScheme}</div>
        </details>
      ) : (
        cityAndScheme
      )}
      <ChoiceField label="人员类别" hint={CHOICE_HELP.member[scheme]} registration={register('member')} options={memberChoices(scheme)} error={errors.member?.message} />
    </>
  );
}

const NO_CLAIM_CHOICES: readonly Choice[] = [
  { value: '', label: '不清楚' },
  { value: 'yes', label: '没有报销过' },
  { value: 'no', label: '报销过' },
];

/** What a resident may say of themselves where a raise of the 大病 maximum is in force (the page shows it then only): both optional. */
export function PersonFields({ register, errors }: { register: UseFormRegister<PersonValues>; errors: FieldErrors<PersonValues> }) {
  return (
    <fieldset className="min-w-0 space-y-5 rounded-md border-2 border-gray-300 p-3">
      <legend className="px-1 text-lg font-semibold">大病保险每年最多支付多少（可不填）</legend>
      <InputField
        kind="count"
        label="连续参保年数"
        hint="到就医这一年为止（含这一年）不间断参加医保的年数。连续参保满一定年数后，每多一年，大病保险每年最多支付的金额提高。不清楚可不填。"
        registration={register('continuousYears')}
        error={errors.continuousYears?.message}
      />
      <ChoiceField
        label="上一年度有没有医保报销"
        hint="上一年度医保没有为您支付过费用的，今年大病保险每年最多支付的金额提高。不清楚的，按原限额计算。"
        registration={register('noClaimLastYear')}
        options={NO_CLAIM_CHOICES}
        error={errors.noClaimLastYear?.message}
      />
    </fieldset>
  );
}

/** A benefit as the page offers it before the rules load: its name and the words of its bill. */
export interface BenefitChoice extends Choice {
  words: EventWords;
}

/** 就医类型. A benefit the chosen city, scheme and member have no rule for stays offered, saying so. */
export function BenefitField({ registration, benefits, unavailable = {} }: { registration: UseFormRegisterReturn; benefits: readonly BenefitChoice[]; unavailable?: Record<string, string> }) {
  const options = benefits.map((b) => ({ value: b.value, label: unavailable[b.value] ? `${b.label}（${unavailable[b.value]}）` : b.label }));
  return <ChoiceField label="就医类型" hint="住院、门诊和生育的报销规则各不相同。" registration={registration} options={options} />;
}

/** The words of a benefit's bill, inpatient until the page knows which benefit is chosen. */
export function wordsOf(benefits: readonly BenefitChoice[], benefit: string | undefined): EventWords {
  return (benefits.find((b) => b.value === benefit) ?? benefits[0]!).words;
}

/** Before the rules load, the one detail every inpatient stay has. */
export const FIRST_FIELDS: readonly FieldSpec[] = [{ field: 'hospitalLevel', required: true, choices: LEVEL_CHOICES }];

/**
 * The details an event's benefit reads under the version in force, placed at `at` ('' or 'admissions.2.'),
 * in the order its module gives them. A choice the person has not made yet offers 请选择.
 */
export function DetailFields<T extends FieldValues>({
  register,
  at = '',
  fields,
  errors,
  hints = {},
}: {
  register: UseFormRegister<T>;
  at?: string;
  fields: readonly FieldSpec[];
  errors: Partial<Record<BillField, { message?: string }>> | undefined;
  hints?: Partial<Record<BillField, string>>;
}) {
  return fields.map((spec) => {
    const f: EventField = EVENT_FIELDS[spec.field];
    const registration = register(`${at}${spec.field}` as Path<T>);
    const hint = hints[spec.field] ?? f.hint;
    if (f.input === 'checkbox') return <CheckboxField key={spec.field} label={f.labels[f.values[0]!]!} hint={hint} registration={registration} />;
    // A choice the form starts without (none chosen) is offered as 请选择 until chosen, where one is required.
      const none = spec.required && f.initial === undefined ? '请选择' : undefined;
    return <ChoiceField key={spec.field} label={f.label} hint={hint} registration={registration} options={spec.choices ?? []} none={none} error={errors?.[spec.field]?.message} />;
  });
}

/**
 * A choice left from another benefit or version is not a choice here: a required one goes back to 请选择,
 * another to its first value (本地, 一般病种, the level's default grade).
 */
export function useFittedChoices(fields: readonly FieldSpec[] | undefined, current: (field: BillField) => unknown, reset: (field: BillField, value: string) => void) {
  useEffect(() => {
    for (const spec of fields ?? []) {
      if (!spec.choices || EVENT_FIELDS[spec.field].input === 'checkbox') continue;
      const value = current(spec.field);
      if (value !== undefined && value !== '' && !spec.choices.some((c) => c.value === String(value))) reset(spec.field, spec.required ? '' : spec.choices[0]!.value);
    }
  });
}

const BILL_AMOUNTS = ['totalCost', 'outOfScope', 'selfPayFirst'] as const;
type BillAmount = (typeof BILL_AMOUNTS)[number];
type BillHints = Partial<Record<BillAmount, string>>;
const OPTIONAL_HINTS: BillHints = { outOfScope: '可不填，按 0 计算。', selfPayFirst: '可不填，按 0 计算。' };

/**
 * 总费用 (in the benefit's words), 全自费 and 先行自付, placed at `at` in the form ('' or 'admissions.2.').
 * A change to one rechecks the other two, since their sum is checked against the total.
 */
export function BillFields<T extends FieldValues>({
  register,
  at = '',
  words,
  errors,
  hints = {},
}: {
  register: UseFormRegister<T>;
  at?: string;
  words: EventWords;
  errors: Partial<Record<BillAmount, { message?: string }>> | undefined;
  hints?: BillHints;
}) {
  const labels: Record<BillAmount, string> = { totalCost: words.total, outOfScope: '全自费金额', selfPayFirst: '先行自付金额' };
  // react-hook-form's path types cannot follow a prefix: the names are the form's own, as its values type says.
  const path = (amount: BillAmount) => `${at}${amount}` as Path<T>;
  return BILL_AMOUNTS.map((amount) => (
    <InputField
      key={amount}
      kind="amount"
      label={labels[amount]}
      hint={hints[amount] ?? OPTIONAL_HINTS[amount]}
      error={errors?.[amount]?.message}
      registration={register(path(amount), { deps: BILL_AMOUNTS.filter((other) => other !== amount).map(path) })}
    />
  ));
}

/** The fields of an event settled on its own (the estimator's and the comparison's), from 就医类型 to the bill. */
export function EventFields({
  register,
  errors,
  benefits,
  unavailable,
  fields,
  benefit,
  hints,
}: {
  register: UseFormRegister<AdmissionValues>;
  errors: FieldErrors<AdmissionValues>;
  benefits: readonly BenefitChoice[];
  unavailable: Record<string, string> | undefined;
  /** The details the benefit reads under the version in force. */
  fields: readonly FieldSpec[];
  /** The benefit chosen now. */
  benefit: string | undefined;
  /** facility: where a page words it otherwise than lib/model/fields.ts. */
  hints: BillHints & { facility?: string; admission: string; date?: string };
}) {
  const words = wordsOf(benefits, benefit);
  const detailHints = hints.facility ? { facility: hints.facility } : {};
  // What every bill differs by comes first, up to the bill; what most leave as it starts (the date at
  // today, a detail at the value saying nothing means, as 就医地 at 本地) after it.
  const usual = (spec: FieldSpec) => entry(spec.field).unsaid !== undefined;
  return (
    <>
      <BenefitField registration={register('benefit')} benefits={benefits} unavailable={unavailable} />
      <DetailFields register={register} fields={fields.filter((f) => !usual(f))} errors={errors} hints={detailHints} />
      {(benefit ?? INPATIENT) === INPATIENT && <InputField kind="count" label="本年第几次住院" hint={hints.admission} registration={register('admission')} error={errors.admission?.message} />}
      <BillFields register={register} words={words} errors={errors} hints={hints} />
      <InputField kind="date" label={words.date} hint={hints.date ?? '不同时期的报销规定不同；默认是今天。'} registration={register('date')} error={errors.date?.message} />
      <DetailFields register={register} fields={fields.filter(usual)} errors={errors} hints={detailHints} />
    </>
  );
}
