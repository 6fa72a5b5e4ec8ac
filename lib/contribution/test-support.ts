import { EstimateError } from '../base/errors';
import { RULES } from '../rules';
import { contributionSchemaFor } from './input';
import { contributionJson } from './json';
import { contributionYear } from './year';

/** Test helpers: an input as the contribution CLI takes it, in; the CLI's JSON, out. */

const schema = contributionSchemaFor(RULES);

export function contribute(input: Record<string, unknown>) {
  return contributionJson(contributionYear(schema.parse(input), RULES));
}

/** The refusal an input gets; fails the test if it is answered instead. */
export function contributionRefusal(input: Record<string, unknown>): EstimateError {
  try {
    contribute(input);
  } catch (error) {
    if (error instanceof EstimateError) return error;
    throw error;
  }
  throw new Error(`expected a refusal for ${JSON.stringify(input)}`);
}

/** An item's two figures by name, e.g. {'单位缴费': ['350.00', '4200.00']}. */
export function itemFigures(result: ReturnType<typeof contribute>): Record<string, [string | null, string | null]> {
  return Object.fromEntries(result.items.map((i) => [i.name, [i.monthly, i.yearly]]));
}

export function noteOf(result: ReturnType<typeof contribute>, kind: string, title: string): string {
  const found = result.notes.find((n) => n.kind === kind && n.title === title);
  if (!found) throw new Error(`no ${kind} note titled ${title}: ${result.notes.map((n) => `${n.kind}/${n.title}`).join(', ')}`);
  return found.text;
}
