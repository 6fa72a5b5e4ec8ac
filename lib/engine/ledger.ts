import { ZERO, type Dec } from '../base/money';

/**
 * The year's running totals, carried from one event to the next in date order: named pots that
 * several benefits draw on. The basic fund's payments (a fund cap is measured on them) and the
 * eligible cost it has covered (a band like Weihai's 240,000 is measured on it); each supplementary
 * layer's cumulative base and payments (its annual maximum). A benefit with a pot of its own adds one.
 */
export const POTS = {
  fundPaid: 'fund/paid',
  fundEligible: 'fund/eligible',
  layerBase: (layer: string) => `layers/${layer}/base`,
  layerPaid: (layer: string) => `layers/${layer}/paid`,
} as const;

export class Ledger {
  private readonly pots = new Map<string, Dec>();

  /** What a pot holds so far this year. */
  used(pot: string): Dec {
    return this.pots.get(pot) ?? ZERO;
  }

  /** Whether anything has been counted in a pot this year. */
  has(pot: string): boolean {
    return this.pots.has(pot);
  }

  add(pot: string, amount: Dec): void {
    this.pots.set(pot, this.used(pot).plus(amount));
  }
}
