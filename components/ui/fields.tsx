import { useState, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** A labelled control with its hint and its error, wired so that both are read with it. */

export interface ControlA11y {
  id: string;
  'aria-labelledby'?: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export const CONTROL_CLASS =
  'block w-full min-h-12 rounded-md border-2 border-gray-600 bg-white px-3 py-2 text-lg text-gray-950 ' +
  'focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ' +
  // A date input's calendar button is focused inside it, where :focus-visible does not reach the input itself.
  '[&[type=date]:focus-within]:outline-4 [&[type=date]:focus-within]:outline-offset-2 [&[type=date]:focus-within]:outline-blue-700 ' +
  'aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50';

/** The kinds of typed input. Numbers are text, so 1,234.50 and full-width digits can be typed, with the matching keypad on phones. */
export const INPUT_KINDS = {
  amount: { type: 'text', inputMode: 'decimal', autoComplete: 'off', className: CONTROL_CLASS },
  count: { type: 'text', inputMode: 'numeric', autoComplete: 'off', className: CONTROL_CLASS },
  date: { type: 'date', className: CONTROL_CLASS },
} as const;

/** 'rates.0.rate' → 'rates-0-rate', 'v/segments/member:minor/3' → 'v-segments-member-minor-3': ids stay valid CSS selectors. */
function controlId(name: string): string {
  return `field-${name.replace(/[^\w-]/g, '-')}`;
}

/**
 * A control's label, hint and error. A group of controls (radio buttons) is named by its label through
 * aria-labelledby, having no one control for a <label>. A folded hint (a choice's help: most people know
 * which to choose) waits behind 怎么选？, still read with the control.
 */
export function Field({
  name,
  label,
  hint,
  error,
  unit,
  group = false,
  foldHint = false,
  children,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  unit?: string;
  group?: boolean;
  foldHint?: boolean;
  children: (a11y: ControlA11y) => ReactNode;
}) {
  const [hintOpen, setHintOpen] = useState(false);
  const id = controlId(name);
  const labelId = `${id}-label`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ');
  const control = children({
    id,
    ...(group ? { 'aria-labelledby': labelId } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  });
  const labelClass = 'block text-lg font-semibold';
  const head = group ? (
    <p id={labelId} className={labelClass}>
      {label}
    </p>
  ) : (
    <label htmlFor={id} className={labelClass}>
      {label}
    </label>
  );
  return (
    <div className="min-w-0">
      {hint && foldHint ? (
        <div className="flex flex-wrap items-center gap-x-4">
          {head}
          <button
            type="button"
            aria-expanded={hintOpen}
            aria-controls={hintId}
            onClick={() => setHintOpen(!hintOpen)}
            className="-my-2 min-h-11 text-base font-semibold text-blue-900 underline underline-offset-4 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700 print:hidden"
          >
            {hintOpen ? '收起说明' : '怎么选？'}
          </button>
        </div>
      ) : (
        head
      )}
      {hint && (
        <p id={hintId} hidden={foldHint && !hintOpen} className="mb-1 text-base text-gray-700">
          {hint}
        </p>
      )}
      {unit ? (
        <div className="flex items-center gap-2">
          <div className="min-w-0 flex-1">{control}</div>
          <span aria-hidden="true" className="text-lg">
            {unit}
          </span>
        </div>
      ) : (
        control
      )}
      {error && (
        <p id={errorId} className="mt-1 font-semibold text-red-800">
          <span aria-hidden="true">✖ </span>
          {error}
        </p>
      )}
    </div>
  );
}

/** What a form field shows besides its control. */
interface FieldText {
  label: string;
  hint?: ReactNode;
  error?: string;
}

export interface Choice {
  value: string;
  label: string;
}

/**
 * The one rule for a choice in every form: at most this many choices are buttons side by side (a radio
 * group), seen at a glance and chosen with one tap; more are a list (<select>), which keeps the form short.
 */
export const SEGMENTED_MAX = 4;

/**
 * A react-hook-form choice, as the rule above offers it. `none` is the words of the list's first entry
 * while nothing is chosen (请选择): a radio group simply starts with no button checked. Its help is
 * folded behind 怎么选？, so that the first screen holds the choices themselves.
 */
export function ChoiceField({ options, none, ...props }: FieldText & { registration: UseFormRegisterReturn; options: readonly Choice[]; none?: string }) {
  if (options.length <= SEGMENTED_MAX) return <RadioGroupField options={options} {...props} />;
  return <SelectField options={none === undefined ? options : [{ value: '', label: none }, ...options]} {...props} />;
}

/** A <select>; its id comes from the registered name. */
function SelectField({ registration, options, ...text }: FieldText & { registration: UseFormRegisterReturn; options: readonly Choice[] }) {
  return (
    <Field name={registration.name} foldHint {...text}>
      {(a11y) => (
        <select {...a11y} {...registration} className={CONTROL_CLASS}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * Radio buttons drawn as buttons side by side. Each native radio covers its whole button (transparent),
 * so a tap anywhere on it chooses and its focus ring rings the button; one Tab stop for the group, the
 * arrow keys move within it. Buttons wrap whole onto the next line; a label wider than the screen breaks
 * only at its own punctuation (keep-all), never inside a word. The form's default is checked in the
 * server's HTML (the defaultValue of withDefaults in components/forms/runtime-form.ts).
 */
function RadioGroupField({ registration, options, ...text }: FieldText & { registration: UseFormRegisterReturn; options: readonly Choice[] }) {
  const { defaultValue, ...wiring } = registration as UseFormRegisterReturn & { defaultValue?: string };
  // The default the page was served with, kept as it was: the form no longer gives it once hydrated, and
  // dropping the checked attribute then would uncheck a button the form has not set.
  const [served] = useState(defaultValue);
  return (
    <Field name={registration.name} group foldHint {...text}>
      {(a11y) => (
        <div role="radiogroup" {...a11y} className="flex flex-wrap gap-2">
          {options.map((o) => (
            <label
              key={o.value}
              className={
                'relative inline-flex min-h-12 max-w-full grow items-center justify-center rounded-md border-2 border-gray-600 bg-white px-3 py-1 ' +
                'text-center text-lg break-keep text-gray-950 has-checked:border-blue-900 has-checked:bg-blue-900 has-checked:font-semibold has-checked:text-white'
              }
            >
              <input
                type="radio"
                id={controlId(`${registration.name}-${o.value || 'none'}`)}
                {...wiring}
                value={o.value}
                defaultChecked={served === o.value}
                className="absolute inset-0 size-full cursor-pointer appearance-none rounded-md focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
              />
              {o.label}
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}

/** A react-hook-form <input> of one of the kinds above; an amount is in 元. */
export function InputField({ registration, kind, ...text }: FieldText & { registration: UseFormRegisterReturn; kind: keyof typeof INPUT_KINDS }) {
  if (kind === 'date') return <DateField registration={registration} {...text} />;
  return (
    <Field name={registration.name} unit={kind === 'amount' ? '元' : undefined} {...text}>
      {(a11y) => <input {...a11y} {...registration} {...INPUT_KINDS[kind]} />}
    </Field>
  );
}

/**
 * A date typed in part or impossible (2月30日) reaches the form as '' like an empty one; the browser
 * knows the difference (validity.badInput), so once the person leaves the field it says the date is
 * invalid, not that none was chosen.
 */
function DateField({ registration, ...text }: FieldText & { registration: UseFormRegisterReturn }) {
  const [bad, setBad] = useState(false);
  const error = bad && text.error ? `${text.label}无效，请检查年、月、日` : text.error;
  return (
    <Field name={registration.name} {...text} error={error}>
      {(a11y) => (
        <input
          {...a11y}
          {...registration}
          {...INPUT_KINDS.date}
          onChange={(e) => {
            if (!e.target.validity.badInput) setBad(false);
            return registration.onChange(e);
          }}
          onBlur={(e) => {
            setBad(e.target.validity.badInput);
            return registration.onBlur(e);
          }}
        />
      )}
    </Field>
  );
}

/** A react-hook-form checkbox: the box before its label, the whole row a large target; its hint below. */
export function CheckboxField({ registration, label, hint }: { registration: UseFormRegisterReturn; label: string; hint?: ReactNode }) {
  const id = controlId(registration.name);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="flex min-h-12 items-center gap-3 text-lg font-semibold">
        <input
          id={id}
          type="checkbox"
          {...registration}
          {...(hintId ? { 'aria-describedby': hintId } : {})}
          className="size-6 shrink-0 accent-blue-800 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        />
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-base text-gray-700">
          {hint}
        </p>
      )}
    </div>
  );
}
