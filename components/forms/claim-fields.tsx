import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { HOSPITAL_LEVEL_LABELS, MEMBER_LABELS, membersOf, SCHEME_LABELS, SCHEMES } from '@/lib/model/labels';
import type { SchemeId } from '@/lib/model/types';
import { InputField, SelectField, type Choice } from '@/components/ui/fields';
import type { AdmissionValues, FormValues } from './form-values';

/** The groups of fields the estimator, the planner and the comparison share; a hint a page words its own way is a prop. */

function choicesOf<K extends string | number>(ids: readonly K[], labels: Record<K, string>): Choice[] {
  return ids.map((id) => ({ value: String(id), label: labels[id] }));
}

const SCHEME_CHOICES = choicesOf(SCHEMES, SCHEME_LABELS);
export const LEVEL_CHOICES = choicesOf([1, 2, 3] as const, HOSPITAL_LEVEL_LABELS);
export const memberChoices = (scheme: SchemeId) => choicesOf(membersOf(scheme), MEMBER_LABELS);

/** For a city whose versions split level 1 (the estimator's and the planner's wording). */
export const FACILITY_HINT = '这个城市对一级及以下医疗机构再作细分，标准不同。';

type Insured = Pick<FormValues, 'city' | 'scheme' | 'member'>;

/** 参保城市, 险种 and 人员类别. A member type of one scheme is none of the other's: a new scheme starts at its first. */
export function InsuredFields({
  cities,
  register,
  setValue,
  scheme,
  errors,
}: {
  /** The cities the rules know, from the page (the rule data stays out of the first JavaScript). */
  cities: readonly Choice[];
  register: UseFormRegister<Insured>;
  setValue: (name: 'member', value: string) => void;
  /** The scheme chosen now, whose member types are offered. */
  scheme: SchemeId;
  errors: FieldErrors<Insured>;
}) {
  return (
    <>
      <SelectField label="参保城市" registration={register('city')} options={cities} />
      <SelectField
        label="险种"
        registration={register('scheme', { onChange: (e: React.ChangeEvent<HTMLSelectElement>) => setValue('member', membersOf(e.target.value as SchemeId)[0] ?? '') })}
        options={SCHEME_CHOICES}
      />
      <SelectField label="人员类别" registration={register('member')} options={memberChoices(scheme)} error={errors.member?.message} />
    </>
  );
}

const BILL_LABELS = { totalCost: '住院总费用', outOfScope: '全自费金额', selfPayFirst: '先行自付金额' } as const;
type BillAmount = keyof typeof BILL_LABELS;
const BILL_AMOUNTS = Object.keys(BILL_LABELS) as BillAmount[];
type BillHints = Partial<Record<BillAmount, string>>;
const OPTIONAL_HINTS: BillHints = { outOfScope: '可不填，按 0 计算。', selfPayFirst: '可不填，按 0 计算。' };

/**
 * 住院总费用, 全自费 and 先行自付, placed at `at` in the form ('' or 'admissions.2.'). A change to one
 * rechecks the other two, since their sum is checked against the total.
 */
export function BillFields<T extends FieldValues>({
  register,
  at = '',
  errors,
  hints = {},
}: {
  register: UseFormRegister<T>;
  at?: string;
  errors: Partial<Record<BillAmount, { message?: string }>> | undefined;
  hints?: BillHints;
}) {
  // react-hook-form's path types cannot follow a prefix: the names are the form's own, as its values type says.
  const path = (amount: BillAmount) => `${at}${amount}` as Path<T>;
  return BILL_AMOUNTS.map((amount) => (
    <InputField
      key={amount}
      kind="amount"
      label={BILL_LABELS[amount]}
      hint={hints[amount] ?? OPTIONAL_HINTS[amount]}
      error={errors?.[amount]?.message}
      registration={register(path(amount), { deps: BILL_AMOUNTS.filter((other) => other !== amount).map(path) })}
    />
  ));
}

/** The fields of a stay settled on its own (the estimator's and the comparison's), from 医院等级 to the bill. */
export function StayFields({
  register,
  errors,
  facilities,
  hints,
}: {
  register: UseFormRegister<AdmissionValues>;
  errors: FieldErrors<AdmissionValues>;
  /** The level-1 variants to offer; with none, the field is not shown. */
  facilities: readonly Choice[];
  hints: BillHints & { facility: string; admission: string };
}) {
  return (
    <>
      <SelectField label="医院等级" hint="看医院的等级，例如“三级甲等”属于三级。" registration={register('hospitalLevel')} options={LEVEL_CHOICES} />
      {facilities.length > 0 && <SelectField label="医疗机构类别" hint={hints.facility} registration={register('facility')} options={facilities} />}
      <InputField kind="count" label="本年第几次住院" hint={hints.admission} registration={register('admission')} error={errors.admission?.message} />
      <InputField kind="date" label="住院日期" hint="不同时期的报销规定不同；默认是今天。" registration={register('date')} error={errors.date?.message} />
      <BillFields register={register} errors={errors} hints={hints} />
    </>
  );
}
