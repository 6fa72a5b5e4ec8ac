import type { ReactNode } from 'react';

/** A labelled control with its hint and its error, wired so that both are read with it. */

export interface ControlA11y {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export const CONTROL_CLASS =
  'block w-full min-h-12 rounded-md border-2 border-gray-600 bg-white px-3 py-2 text-lg text-gray-950 ' +
  'focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ' +
  // A date input's calendar button is focused inside it, where :focus-visible does not reach the input itself.
  '[&[type=date]:focus-within]:outline-4 [&[type=date]:focus-within]:outline-offset-2 [&[type=date]:focus-within]:outline-blue-700 ' +
  'aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50';

/** A money input: text (so 1,234.50 and full-width digits can be typed), with the decimal keypad on phones. */
export const AMOUNT_INPUT = { type: 'text', inputMode: 'decimal', autoComplete: 'off', className: CONTROL_CLASS } as const;

export const BUTTON_CLASS =
  'min-h-11 rounded-md border-2 border-gray-700 bg-white px-4 text-lg font-medium hover:bg-gray-100 ' +
  'focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700';

/** 'rates.0.rate' → 'rates-0-rate', 'v/segments/member:minor/3' → 'v-segments-member-minor-3': ids stay valid CSS selectors. */
function controlId(name: string): string {
  return `field-${name.replace(/[^\w-]/g, '-')}`;
}

export function Field({
  name,
  label,
  hint,
  error,
  unit,
  children,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  unit?: string;
  children: (a11y: ControlA11y) => ReactNode;
}) {
  const id = controlId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ');
  const control = children({
    id,
    ...(error ? { 'aria-invalid': true as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  });
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-lg font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1 text-base text-gray-700">
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
