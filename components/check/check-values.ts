import type { SlipLine } from '@/lib/check/lines';
import type { HeldDetails } from '@/lib/model/fields';
import { membersOf } from '@/lib/model/labels';
import type { CityId, SchemeId } from '@/lib/model/types';
import { EMPTY_PERSON, type PersonValues } from '@/components/forms/form-values';

/**
 * What the slip check's form holds, as typed: the stay's choices and every line of the slip. Parsed
 * with the engine (runtime.ts); amounts never leave the page, the choices may go in a link.
 */
export type CheckValues = PersonValues &
  Pick<HeldDetails, 'hospitalLevel' | 'facility' | 'away'> & {
    city: CityId;
    scheme: SchemeId;
    member: string;
    admission: string;
    date: string;
  } & Record<SlipLine, string>;

/** The slip's lines in the form's order: the same as the slip's. */
export const SLIP_FIELDS: readonly SlipLine[] = ['total', 'outOfScope', 'overLimit', 'selfPayFirst', 'eligible', 'deductible', 'fund', 'supplement', 'assistance', 'personal', 'account', 'cash'];

/** Nothing typed; the date stays empty until the browser fills in today. */
export function initialCheckValues(city: CityId): CheckValues {
  const lines = Object.fromEntries(SLIP_FIELDS.map((line) => [line, ''])) as Record<SlipLine, string>;
  return { city, scheme: 'employee', member: membersOf('employee')[0] ?? '', hospitalLevel: '3', facility: '', admission: '1', date: '', away: 'local', ...EMPTY_PERSON, ...lines };
}
