import { useEffect } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { ChoiceField, InputField } from '@/components/ui/fields';
import { LEVEL_CHOICES } from '@/components/forms/claim-fields';
import { EMPTY_EARLIER, earlierLabel, type EarlierValues, type FormValues } from '@/components/forms/form-values';

/**
 * The year's earlier stays beside a 2nd or later one: a compact row each (总费用, 全自费, 医院等级),
 * all optional. A row filled is settled before this stay, as the CLI's `earlier`; a row left empty keeps
 * the assumption that it used none of the year's limits, said beside the figure.
 */
export function EarlierStays({
  count,
  rows,
  level,
  register,
  setRows,
  errors,
}: {
  /** How many stays came before this one (the runtime reads 本年第几次住院). */
  count: number;
  /** The rows the form holds: it keeps those past `count`, should the number go back up. */
  rows: readonly unknown[];
  /** This stay's grade, in words: what a row's 医院等级 is until chosen. */
  level: string | undefined;
  register: UseFormRegister<FormValues>;
  setRows: (rows: EarlierValues[]) => void;
  errors: FieldErrors<FormValues>['earlier'];
}) {
  const held = rows.length;
  // A row is registered only once the form holds it whole: a field registered first would hold that field alone.
  useEffect(() => {
    if (held < count) setRows([...Array.from({ length: held }, (_, i) => rows[i] as EarlierValues), ...Array.from({ length: count - held }, () => EMPTY_EARLIER)]);
  }, [count, held, rows, setRows]);
  if (count === 0) return null;
  // Two amounts side by side while the screen is wide for the person's text size (a phone at 100 %), one under the other at large text.
  const levels = [{ value: '', label: level ? `同这次（${level}）` : '同这次' }, ...LEVEL_CHOICES];
  return (
    <fieldset className="min-w-0 space-y-4 rounded-md border-2 border-gray-300 p-3">
      <legend className="px-1 text-lg font-semibold">本年此前的住院（可不填）</legend>
      <p className="text-base text-gray-700">填写后按此前住院用去的年度额度计算这次；不填的，按此前住院没有用过年度额度计算。</p>
      <ol className="space-y-4">
        {Array.from({ length: Math.min(count, held) }, (_, i) => {
          const at = `earlier.${i}` as const;
          const e = errors?.[i];
          return (
            <li key={i} className="grid grid-cols-1 gap-3 border-t-2 border-gray-200 pt-3 first:border-t-0 first:pt-0 min-[22em]:grid-cols-2 sm:grid-cols-3">
              <InputField kind="amount" label={earlierLabel(i + 1, 'totalCost')} registration={register(`${at}.totalCost`, { deps: [`${at}.outOfScope`] })} error={e?.totalCost?.message} />
              <InputField kind="amount" label={earlierLabel(i + 1, 'outOfScope')} registration={register(`${at}.outOfScope`, { deps: [`${at}.totalCost`] })} error={e?.outOfScope?.message} />
              <div className="min-w-0 min-[22em]:col-span-2 sm:col-span-1">
                <ChoiceField label={earlierLabel(i + 1, 'hospitalLevel')} registration={register(`${at}.hospitalLevel`)} options={levels} error={e?.hospitalLevel?.message} />
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
