import { constant, type Dec } from '../base/money';
import type { EventFieldKey } from '../model/fields';
import type { PersonInputs } from '../model/person';
import type { Missing } from '../model/tree';
import type { BenefitTree, Grade, MemberId, Version } from '../model/types';
import type { ClassRef } from '../model/version';
import type { Bill } from './bill';
import { layerRules, personMax, type LayerPayment } from './layers';
import { POTS, type Ledger } from './ledger';
import type { Note, Step } from './steps';

/**
 * A benefit is a module: its parameter tree (what a period offering it holds) and its pipeline of
 * named settlement steps over one event, drawing on the year's ledger. The year runner knows no
 * benefit by name; it hands each event to the module the event names.
 */

export interface Usage {
  coverage: { kind: Version['fund']; amount: Dec; used: Dec };
  /** annualMax: this person's (raised where they earn it); null for a layer without one. */
  layers: { id: string; name: string; base: Dec; paid: Dec; annualMax: Dec | null }[];
  /** The benefit's own annual limit, where it has one (普通门诊's cap, a 慢特病's limit). */
  own?: { name: string; paid: Dec; annualMax: Dec };
}

/** One event settled: the slip's lines, each step with its source, and the year's pots after it. */
export interface EventResult {
  benefit: string;
  /** Which event of this benefit in the year (the n-th admission). */
  ordinal: number;
  date: string;
  /** The hospital's grade, where the benefit's rules depend on it. */
  grade?: Grade;
  totalCost: Dec;
  outOfScope: Dec;
  selfPayFirst: Dec;
  eligibleCost: Dec;
  /**
   * The deductible actually applied: the rule's, but only as far as the eligible cost inside the
   * fund's cover reaches (none once the year's cap or band is used up); the deductible step says why.
   */
  deductible: Dec;
  /** The deductible under the rules for this event (after the repeat-admission rule, before the above). */
  deductibleRule: Dec;
  fund: Dec;
  supplements: LayerPayment[];
  supplementTotal: Dec;
  outOfPocket: Dec;
  steps: Step[];
  notes: Note[];
  /** Annual limits used after this event. */
  usage: Usage;
}

export interface SettleContext {
  version: Version;
  member: MemberId;
  cls: ClassRef;
  ordinal: number;
  ledger: Ledger;
  /** What the person says of themselves (years of continuous enrolment…). */
  person: PersonInputs;
}

/** The fields of a bill beyond its date and amounts (lib/model/fields.ts). */
export type BillField = EventFieldKey;

/** A field a page asks for: whether the rules need it, and the values this version names (none: the field's own). */
export interface FieldSpec {
  field: BillField;
  required: boolean;
  /** The values to choose from, as a form holds them ('' for a variant's default). */
  choices?: readonly { value: string; label: string }[];
}

/** How a page words an event of a benefit: 住院总费用 or 门诊总费用, 住院日期 or 就诊日期. */
export interface EventWords {
  /** The event, e.g. 住院, 门诊慢特病就诊. */
  event: string;
  total: string;
  date: string;
}

export interface Benefit extends BenefitTree {
  words: EventWords;
  /** The bill fields its rules read: a claim must give the required ones, and may give no other. */
  inputs: { required: readonly BillField[]; optional: readonly BillField[] };
  /** The fields a version's rules read, given what the event says so far (e.g. a second 乙类 disease only for 乙类): what a page shows. */
  fields(version: Version, bill: Partial<Bill>): FieldSpec[];
  /** Why a member type may not claim it under a version, if it may not. */
  excludes?(version: Version, member: MemberId): string | undefined;
  /** The parameters such an event would be settled by that no source gives: what a page asks for. */
  missing(version: Version, cls: string, bill: Partial<Bill>): Missing[];
  settle(bill: Bill, ctx: SettleContext): EventResult;
}

/** The year's pots after an event: the fund's cap or band, each supplementary layer that has paid on anything, the benefit's own limit. */
export function usageAfter({ version, ledger, person }: Pick<SettleContext, 'version' | 'ledger' | 'person'>, fundAmount: number | null, own?: Usage['own']): Usage {
  return {
    ...(own ? { own } : {}),
    coverage: {
      kind: version.fund,
      amount: constant(fundAmount ?? 0),
      used: version.fund === 'eligibleBand' ? ledger.used(POTS.fundEligible) : ledger.used(POTS.fundPaid),
    },
    layers: layerRules(version).flatMap((rule) =>
      'leftOut' in rule || !ledger.has(rule.pots.base)
        ? []
        : [{ id: rule.layer.id, name: rule.layer.name, base: ledger.used(rule.pots.base), paid: ledger.used(rule.pots.paid), annualMax: personMax(rule, person).amount }],
    ),
  };
}
