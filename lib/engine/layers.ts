import { ZERO, bound, constant, fen, max, min, percent, sum, yuan, type Dec } from '../base/money';
import { PATHS } from '../model/address';
import { memoOf, paramAt } from '../model/version';
import type { Band, Citation, Layer, LayerBase, Version } from '../model/types';
import { Ledger, POTS } from './ledger';
import { INFINITY } from './segments';
import { SettledStep, worst, type Note, type Step, type StepText, type Use } from './steps';

/** Supplementary layers (大额 / 大病): progressive bands on the year's cumulative base, within an annual maximum. */

/** What one supplementary layer (大额 / 大病, shown as 补充保障) paid on one event. */
export interface LayerPayment {
  id: string;
  name: string;
  amount: Dec;
  level: Use['level'];
}

/** The bases a layer may pay on for this event (see LayerBase). */
export interface LayerBases {
  overCoverage: Dec;
  coveredBurden: Dec;
  /** Eligible cost minus the fund; each layer paid before takes its share off. */
  eligibleMinusFund: Dec;
}

function sameCitations(a: readonly Citation[], b: readonly Citation[]): boolean {
  return a.length === b.length && a.every((c, i) => c.doc === b[i]!.doc && c.at === b[i]!.at);
}

/** A layer as the version gives it: its bands, annual maximum and the parameter use its step cites; or why it is left out. */
export type LayerRule = { layer: Layer; bands: Band[]; annualMax: Dec; use: Use; uses: readonly Use[]; pots: { base: string; paid: string } } | { layer: Layer; leftOut: Note };

/** The version's layers, read once (see memoOf). */
export function layerRules(version: Version): LayerRule[] {
  return memoOf(version, 'layers', () =>
    version.layers.map((layer): LayerRule => {
      const bands = paramAt(version, PATHS.layerBands(layer.id), 'bands');
      const annualMax = paramAt(version, PATHS.layerMax(layer.id), 'amount');
      if (!bands || bands.value === null || !annualMax || annualMax.value === null) {
        const note = bands?.note ?? annualMax?.note;
        return {
          layer,
          leftOut: {
            kind: 'warning',
            title: `${layer.name}未计入`,
            text: `${note ?? `${layer.name}的标准未见来源。`}本估算未计入这一项，显示的个人负担是上限，实际可能更低。`,
          },
        };
      }
      const use: Use = {
        name: layer.name,
        level: worst(bands.level, annualMax.level),
        cite: sameCitations(bands.cite, annualMax.cite) ? bands.cite : [...bands.cite, ...annualMax.cite],
      };
      return { layer, bands: bands.value, annualMax: constant(annualMax.value), use, uses: [use], pots: { base: POTS.layerBase(layer.id), paid: POTS.layerPaid(layer.id) } };
    }),
  );
}

/** Each layer of the version paid on this event's base, in order; a layer no source gives is left out with a note. */
export function payLayers(version: Version, bases: LayerBases, ledger: Ledger, steps: Step[], notes: Note[]): LayerPayment[] {
  const supplements: LayerPayment[] = [];
  for (const rule of layerRules(version)) {
    if ('leftOut' in rule) {
      notes.push(rule.leftOut);
      continue;
    }
    const { layer } = rule;
    const base =
      layer.base === 'overCoverage'
        ? bases.overCoverage
        : layer.base === 'coveredBurden'
          ? bases.coveredBurden
          : bases.eligibleMinusFund.minus(sum(supplements.map((s) => s.amount)));
    const paid = payLayer(rule, base, ledger, steps);
    supplements.push({ id: layer.id, name: layer.name, amount: paid, level: rule.use.level });
  }
  return supplements;
}

/** What a layer pays on, in a patient's words (see LayerBase). */
const BASE_WORDS: Record<LayerBase, string> = {
  overCoverage: '超出统筹基金年度支付范围的政策范围内费用',
  coveredBurden: '统筹基金年度支付范围内由个人负担的部分（起付线和按比例自付）',
  eligibleBurden: '政策范围内个人负担（统筹基金和前面各项补助都没有支付的部分）',
};

/** Pay one layer on this event's base, progressive on the year's cumulative base, within its annual maximum. */
function payLayer({ layer, bands, annualMax, uses, pots }: Extract<LayerRule, { use: Use }>, base: Dec, ledger: Ledger, steps: Step[]): Dec {
  const start = ledger.used(pots.base);
  const paidBefore = ledger.used(pots.paid);
  const end = start.plus(base);
  const lines: { length: Dec; rate: number; pay: Dec }[] = [];
  for (const band of bands) {
    const from = max(constant(band.from), start);
    const to = min(band.to === null ? INFINITY : constant(band.to), end);
    if (to.greaterThan(from)) {
      const length = to.minus(from);
      lines.push({ length, rate: band.rate, pay: fen(length.times(constant(band.rate))) });
    }
  }
  const total = sum(lines.map((l) => l.pay));
  const paid = min(total, max(ZERO, annualMax.minus(paidBefore)));
  const threshold = bands[0]?.from ?? 0;
  const text = (): StepText => {
    const from = bound(constant(threshold));
    const counted = `这次计入${BASE_WORDS[layer.base]} ${yuan(base)} 元，本年累计 ${yuan(end)} 元`;
    return [
      layer.name,
      base.isZero()
        ? `只支付${BASE_WORDS[layer.base]}；这次没有这部分费用，不支付`
        : lines.length === 0
          ? `${counted}；累计超过 ${from} 元的部分才按比例支付，还没有超过，这次不支付`
          : `${counted}${threshold > 0 ? `，超过 ${from} 元的部分按比例支付` : ''}：${lines.map((l) => `${yuan(l.length)} × ${percent(l.rate)} = ${yuan(l.pay)}`).join('；')}` +
            (paid.lessThan(total) ? `；每年最多支付 ${bound(annualMax)} 元，本年此前已支付 ${yuan(paidBefore)} 元，这次支付 ${yuan(paid)} 元` : ''),
    ];
  };
  steps.push(new SettledStep(`layer:${layer.id}`, paid, 'rule', text, uses));
  ledger.add(pots.base, base);
  ledger.add(pots.paid, paid);
  return paid;
}
