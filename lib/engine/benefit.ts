import type { Dec } from '../base/money';
import type { BenefitTree, Grade, Version } from '../model/types';
import type { ClassRef } from '../model/version';
import type { Bill } from './bill';
import type { LayerPayment } from './layers';
import type { Ledger } from './ledger';
import type { Note, Step } from './steps';

/**
 * A benefit is a module: its parameter tree (what a period offering it holds) and its pipeline of
 * named settlement steps over one event, drawing on the year's ledger. The year runner knows no
 * benefit by name; it hands each event to the module the event names.
 */

export interface Usage {
  coverage: { kind: Version['fund']; amount: Dec; used: Dec };
  layers: { id: string; name: string; base: Dec; paid: Dec; annualMax: Dec }[];
}

/** One event settled: the slip's lines, each step with its source, and the year's pots after it. */
export interface EventResult {
  benefit: string;
  /** Which event of this benefit in the year (the n-th admission). */
  ordinal: number;
  date: string;
  grade: Grade;
  totalCost: Dec;
  outOfScope: Dec;
  selfPayFirst: Dec;
  eligibleCost: Dec;
  /** The deductible under the rules for this event (after the repeat-admission rule). */
  deductible: Dec;
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
  cls: ClassRef;
  ordinal: number;
  ledger: Ledger;
}

export interface Benefit extends BenefitTree {
  settle(bill: Bill, ctx: SettleContext): EventResult;
}
