import type { FieldArrayWithId, FieldErrors, UseFormRegister } from 'react-hook-form';
import type { MissingValue } from '@/lib/overrides';
import { CONTROL_CLASS, Field } from './fields';
import type { FormValues } from './form-values';

/** Inputs for the basic values no source gives, each with the plain reason it is asked and where to find it. */
export function MissingValuesFields({
  missing,
  register,
  errors,
  rateRows,
  onAddRate,
  onRemoveRate,
}: {
  missing: MissingValue[];
  register: UseFormRegister<FormValues>;
  errors: FieldErrors<FormValues>;
  rateRows: FieldArrayWithId<FormValues, 'rates'>[];
  onAddRate: () => void;
  onRemoveRate: (index: number) => void;
}) {
  if (missing.length === 0) return null;
  return (
    <section aria-labelledby="missing-title" className="rounded-lg border-2 border-dashed border-amber-700 bg-amber-50 p-4">
      <h2 id="missing-title" className="text-xl font-bold">
        需要您补充的数值
      </h2>
      <p className="mt-1">现有的政策来源没有给出以下数值。请照住院结算单填写，或向当地医保部门询问后填写；填好后即可计算。</p>
      <div className="mt-4 space-y-6">
        {missing.map((m) =>
          m.kind === 'rates' ? (
            <RatesEditor key={m.kind} value={m} register={register} errors={errors} rows={rateRows} onAdd={onAddRate} onRemove={onRemoveRate} />
          ) : (
            <Field key={m.kind} name={m.kind} label={m.label} hint={m.note} error={errors[m.kind]?.message} unit="元">
              {(a11y) => <input {...a11y} {...register(m.kind)} type="text" inputMode="decimal" autoComplete="off" className={CONTROL_CLASS} />}
            </Field>
          ),
        )}
      </div>
    </section>
  );
}

function RatesEditor({
  value,
  register,
  errors,
  rows,
  onAdd,
  onRemove,
}: {
  value: MissingValue;
  register: UseFormRegister<FormValues>;
  errors: FieldErrors<FormValues>;
  rows: FieldArrayWithId<FormValues, 'rates'>[];
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  return (
    <fieldset>
      <legend className="text-lg font-semibold">{value.label}</legend>
      <p className="text-base text-gray-700">{value.note}</p>
      <p className="mt-1 text-base text-gray-700">
        按政策范围内费用从低到高，每行填一段：上限（元）留空表示不设上限，比例填统筹基金支付的百分数，例如 85。
      </p>
      <ol className="mt-3 space-y-4">
        {rows.map((row, i) => (
          <li key={row.id} className="rounded-md border border-gray-400 bg-white p-3">
            {/* Side by side while each input gets 7 characters of room; stacked at large text sizes. */}
            <div className="flex flex-wrap gap-3 *:min-w-[7em] *:flex-1">
              <Field name={`rates.${i}.upTo`} label={`第${i + 1}段上限（元）`} error={errors.rates?.[i]?.upTo?.message}>
                {(a11y) => (
                  <input
                    {...a11y}
                    {...register(`rates.${i}.upTo`)}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder="不设上限"
                    className={CONTROL_CLASS}
                  />
                )}
              </Field>
              <Field name={`rates.${i}.rate`} label={`第${i + 1}段比例（%）`} error={errors.rates?.[i]?.rate?.message}>
                {(a11y) => (
                  <input {...a11y} {...register(`rates.${i}.rate`)} type="text" inputMode="decimal" autoComplete="off" className={CONTROL_CLASS} />
                )}
              </Field>
            </div>
            {rows.length > 1 && (
              <button type="button" onClick={() => onRemove(i)} className={`mt-3 ${BUTTON_CLASS}`}>
                删除第{i + 1}段
              </button>
            )}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onAdd} className={`mt-3 ${BUTTON_CLASS}`}>
        添加一段
      </button>
    </fieldset>
  );
}

const BUTTON_CLASS =
  'min-h-11 rounded-md border-2 border-gray-700 bg-white px-4 text-lg font-medium hover:bg-gray-100 ' +
  'focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700';
