import { EstimateError } from '../base/errors';
import type { Dec } from '../base/money';
import { citesText } from '../model/citation';
import type { Citation, Param, Trust } from '../model/types';

/** The pieces every benefit's pipeline is made of: a step of the settlement slip, and the parameters it rests on. */

/** A parameter a step rests on: its name in words, how far to trust it, where it comes from. */
export interface Use {
  readonly name: string;
  readonly level: Trust;
  readonly cite: readonly Citation[];
}

export interface Step {
  readonly key: string;
  readonly label: string;
  readonly amount: Dec;
  /** Where the amount comes from: the person's bill, arithmetic on earlier steps, or a rule's citations. */
  readonly origin: 'input' | 'computed' | 'rule';
  /** The parameters a rule step rests on; their citations and least trusted level are the step's. */
  readonly uses: readonly Use[];
  readonly cite: readonly Citation[];
  readonly level?: Trust;
  /** The arithmetic behind the amount, in words. */
  readonly detail?: string;
}

/** Where a step's amount comes from, in words (the CLI's JSON, the result's steps); here rather than in
 *  lib/output, whose Buffers would bring a Buffer polyfill into the pages' runtime. */
export function sourceText(step: Pick<Step, 'origin' | 'cite' | 'level'>): string {
  if (step.origin === 'input') return '您填写的费用';
  if (step.origin === 'computed') return '由以上各项计算';
  if (step.level === 'user') return '您填写的参数（非官方数值）';
  return citesText(step.cite) || '来源未给出';
}

export type StepText = readonly [label: string, detail?: string];

/** The slip's lines in print order; a line may hold several steps (the segments, the layers), in the order they are written. */
export const SLIP_ORDER = ['total', 'outOfScope', 'selfPayFirst', 'eligible', 'awayFirstShare', 'deductible', 'segment', 'lumpSum', 'limit', 'cap', 'fund', 'layer', 'outOfPocket'] as const;
export type SlipLine = (typeof SLIP_ORDER)[number];

/** A settlement slip being written (lib/engine/slip-builder): a step goes on its line, wherever that line is printed. */
export interface SlipLines {
  add(line: SlipLine, step: Step): void;
}

/** From most to least trusted: a figure is shown at the least trusted level of what it used. */
export const TRUST_ORDER: readonly Trust[] = ['official', 'draft', 'reported', 'interpretation', 'user', 'unknown'];

export function worst(a: Trust, b: Trust): Trust {
  return TRUST_ORDER.indexOf(a) >= TRUST_ORDER.indexOf(b) ? a : b;
}

/**
 * A step whose words, citations and level are worked out only when read: estimates run in bulk
 * (planner, batch checks, the CLI's batches) show the steps of one event at most.
 */
export class SettledStep implements Step {
  private text?: StepText;
  private cites?: readonly Citation[];
  constructor(
    readonly key: string,
    readonly amount: Dec,
    readonly origin: Step['origin'],
    private readonly describe: () => StepText,
    readonly uses: readonly Use[] = [],
  ) {}
  get cite(): readonly Citation[] {
    return (this.cites ??= citesOf(this.uses));
  }
  get level(): Trust | undefined {
    return this.uses.length === 0 ? undefined : this.uses.map((u) => u.level).reduce(worst);
  }
  get label(): string {
    return (this.text ??= this.describe())[0];
  }
  get detail(): string | undefined {
    return (this.text ??= this.describe())[1];
  }
}

const CITES = new WeakMap<readonly Use[], readonly Citation[]>();

/** The citations of a list of uses, one list per list of uses: a rule's uses are made once per version, and so are their citations (citesText keeps its words by list). */
function citesOf(uses: readonly Use[]): readonly Citation[] {
  if (uses.length === 1) return uses[0]!.cite;
  let cite = CITES.get(uses);
  if (!cite) CITES.set(uses, (cite = uses.flatMap((u) => u.cite)));
  return cite;
}

export function usedParam(name: string, param: Pick<Param, 'level' | 'cite'>): Use {
  return { name, level: param.level, cite: param.cite };
}

/** A parameter the computation needs: its value, or a refusal that names it and says where to find it. */
export function need<T>(param: Pick<Param<T>, 'value' | 'note'>, name: string): T {
  if (param.value !== null) return param.value;
  throw new EstimateError('unknown-parameter', `缺少参数：${name}。${param.note ?? ''}`, { parameter: name });
}

export interface Note {
  kind: 'interpretation' | 'assumption' | 'warning';
  /** What a warning is about, for the pages that show it beside the figure; not part of the CLI's output. */
  topic?: 'provenance' | 'freshness';
  title: string;
  text: string;
}
