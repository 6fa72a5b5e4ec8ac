import { ZERO, bound, constant, fen, max, min, percent, sum, yuan, type Dec } from '../base/money';
import { PATHS } from '../model/address';
import { PERSON_FIELDS, type PersonInputs } from '../model/person';
import { memoOf, paramAt } from '../model/version';
import type { Band, Citation, Layer, LayerBase, Param, Version } from '../model/types';
import { Ledger, POTS } from './ledger';
import { INFINITY } from './segments';
import { SettledStep, usedParam, worst, type Note, type SlipLines, type StepText, type Use } from './steps';

/** Supplementary layers (大额 / 大病): progressive bands on the year's cumulative base, within an annual maximum. */

/** What one supplementary layer (大额 / 大病, shown as 补充保障) paid on one event. */
export interface LayerPayment {
  id: string;
  name: string;
  amount: Dec;
  level: Use['level'];
  /** The person's inputs (PersonInputs) set this layer's maximum. */
  personRead?: true;
}

/** The bases a layer may pay on for this event (see LayerBase). */
export interface LayerBases {
  overCoverage: Dec;
  coveredBurden: Dec;
  /** Eligible cost minus the fund; each layer paid before takes its share off. */
  eligibleMinusFund: Dec;
}

/** The person's inputs as the notes name them: in the CLI's words, the second as the pages ask it. */
const YEARS_WORDS = PERSON_FIELDS.continuousYears.words;
const NO_CLAIM_ASKED = PERSON_FIELDS.noClaimLastYear.label;

function sameCitations(a: readonly Citation[], b: readonly Citation[]): boolean {
  return a.length === b.length && a.every((c, i) => c.doc === b[i]!.doc && c.at === b[i]!.at);
}

/** A raise of a layer's annual maximum: so much a year beyond so many continuous years, and for a year without claims, at most a share of the maximum. */
interface Reward {
  perYear: Dec;
  afterYears: number;
  maxShare: number;
  uses: readonly Use[];
}

/** A layer as the version gives it: its bands, annual maximum (null: none) and the parameter use its step cites; or why it is left out. */
export type LayerRule =
  | { layer: Layer; bands: Band[]; annualMax: Dec | null; reward: Reward | null; use: Use; uses: readonly Use[]; pots: { base: string; paid: string } }
  | { layer: Layer; leftOut: Note };

type PaidRule = Extract<LayerRule, { use: Use }>;

/** The reward of a layer that has one, where a raise is in force (more than 0 a year, every part known). */
function rewardOf(version: Version, layer: Layer): Reward | null {
  if (!layer.reward) return null;
  const parts = (['per-year', 'after-years', 'max-share'] as const).map((part) => version.params.get(PATHS.layerReward(layer.id, part)) as Param<number> | undefined);
  const [perYear, afterYears, maxShare] = parts;
  if (!perYear?.value || !afterYears || afterYears.value === null || !maxShare || maxShare.value === null) return null;
  return {
    perYear: constant(perYear.value),
    afterYears: afterYears.value,
    maxShare: maxShare.value,
    uses: [usedParam(`${layer.name}·年度最高支付限额的提高`, { level: [perYear, afterYears, maxShare].map((p) => p.level).reduce(worst), cite: perYear.cite })],
  };
}

/** The version's layers, read once (see memoOf). */
export function layerRules(version: Version): LayerRule[] {
  return memoOf(version, 'layers', () =>
    version.layers.map((layer): LayerRule => {
      const bands = paramAt(version, PATHS.layerBands(layer.id), 'bands');
      const uncapped = layer.annualMax === 'none';
      const annualMax = uncapped ? undefined : paramAt(version, PATHS.layerMax(layer.id), 'amount');
      if (!bands || bands.value === null || (!uncapped && (!annualMax || annualMax.value === null))) {
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
      const use: Use = !annualMax
        ? usedParam(layer.name, bands)
        : {
            name: layer.name,
            level: worst(bands.level, annualMax.level),
            cite: sameCitations(bands.cite, annualMax.cite) ? bands.cite : [...bands.cite, ...annualMax.cite],
          };
      return {
        layer,
        bands: bands.value,
        annualMax: annualMax ? constant(annualMax.value!) : null,
        reward: rewardOf(version, layer),
        use,
        uses: [use],
        pots: { base: POTS.layerBase(layer.id), paid: POTS.layerPaid(layer.id) },
      };
    }),
  );
}

/** Whether a layer of the version raises its maximum for what the person says of themselves: the pages ask for PersonInputs only then. */
export function readsPersonInputs(version: Version): boolean {
  return layerRules(version).some((rule) => 'reward' in rule && rule.reward !== null);
}

/** What a layer pays on: the version and the year's ledger, and what the person says of themselves. */
export interface LayerContext {
  version: Version;
  ledger: Ledger;
  person: PersonInputs;
}

/** A layer's annual maximum for this person: the version's, raised where a reward is in force and the person says what earns it. */
export interface PersonMax {
  amount: Dec | null;
  /** The raise, when the person's inputs were read (0 when they earn none). */
  raise?: { amount: Dec; continuousYears: number; afterYears: number; noClaim: boolean; limit: Dec };
  uses: readonly Use[];
  /** What the person left unsaid, and so counted as earning nothing. */
  note?: Note;
}

export function personMax(rule: PaidRule, person: PersonInputs): PersonMax {
  const { annualMax, reward } = rule;
  if (!reward || !annualMax) return { amount: annualMax, uses: rule.uses };
  const limit = fen(annualMax.times(constant(reward.maxShare)));
  const { continuousYears, noClaimLastYear } = person;
  if (continuousYears === undefined && noClaimLastYear === undefined) {
    return {
      amount: annualMax,
      uses: rule.uses,
      note: {
        kind: 'assumption',
        title: `${rule.layer.name}年度最高支付限额按原标准计算`,
        text:
          `连续参保满 ${reward.afterYears} 年后每多连续参保 1 年，以及上一年度未发生医保报销的，${rule.layer.name}年度最高支付限额各提高 ${bound(reward.perYear)} 元，` +
          `最多提高原限额的 ${percent(reward.maxShare)}（${bound(limit)} 元）。没有填写${YEARS_WORDS}和${NO_CLAIM_ASKED}，本估算按原限额 ${bound(annualMax)} 元计算。`,
      },
    };
  }
  const years = Math.max(0, (continuousYears ?? 0) - reward.afterYears);
  const noClaim = noClaimLastYear === true;
  const raise = min(limit, reward.perYear.times(years + (noClaim ? 1 : 0)));
  const unsaid = continuousYears === undefined ? YEARS_WORDS : noClaimLastYear === undefined ? NO_CLAIM_ASKED : null;
  return {
    amount: annualMax.plus(raise),
    raise: { amount: raise, continuousYears: continuousYears ?? 0, afterYears: reward.afterYears, noClaim, limit },
    uses: [...rule.uses, ...reward.uses],
    ...(unsaid
      ? { note: { kind: 'assumption', title: `没有填写${unsaid}`, text: `没有填写${unsaid}，${rule.layer.name}年度最高支付限额的这一项按不提高计算。` } satisfies Note }
      : {}),
  };
}

/** Each layer of the version paid on this event's base, in order; a layer no source gives is left out with a note. */
export function payLayers({ version, ledger, person }: LayerContext, bases: LayerBases, slip: SlipLines, notes: Note[]): LayerPayment[] {
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
    const cap = personMax(rule, person);
    if (cap.note) notes.push(cap.note);
    const paid = payLayer(rule, cap, base, ledger, slip);
    supplements.push({ id: layer.id, name: layer.name, amount: paid, level: cap.uses.map((u) => u.level).reduce(worst), ...(cap.raise ? { personRead: true as const } : {}) });
  }
  return supplements;
}

/** What a layer pays on, in a patient's words (see LayerBase). */
const BASE_WORDS: Record<LayerBase, string> = {
  overCoverage: '超出统筹基金年度支付范围的政策范围内费用',
  coveredBurden: '统筹基金年度支付范围内由个人负担的部分（起付线和按比例自付）',
  eligibleBurden: '政策范围内个人负担（统筹基金和前面各项补助都没有支付的部分）',
};

/** The raise of a layer's maximum in words, as the step says it. */
function raiseText(name: string, original: Dec, cap: PersonMax): string {
  const r = cap.raise!;
  const beyond = r.continuousYears - r.afterYears;
  const why = [beyond > 0 ? `连续参保 ${r.continuousYears} 年（满 ${r.afterYears} 年后又 ${beyond} 年）` : '', r.noClaim ? '上一年度未发生医保报销' : ''].filter(Boolean);
  if (!why.length) return `${name}每年最多支付 ${bound(original)} 元（所填连续参保年数和上一年度报销情况不提高限额）`;
  return `${name}每年最多支付 ${bound(original)} 元，${why.join('、')}，提高 ${bound(r.amount)} 元${r.amount.equals(r.limit) ? '（已是最多能提高的数额）' : ''}，为 ${bound(cap.amount!)} 元`;
}

/** Pay one layer on this event's base, progressive on the year's cumulative base, within its annual maximum for this person. */
function payLayer({ layer, bands, annualMax, pots }: PaidRule, cap: PersonMax, base: Dec, ledger: Ledger, slip: SlipLines): Dec {
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
  const paid = cap.amount === null ? total : min(total, max(ZERO, cap.amount.minus(paidBefore)));
  const threshold = bands[0]?.from ?? 0;
  const text = (): StepText => {
    const from = bound(constant(threshold));
    const counted = `这次计入${BASE_WORDS[layer.base]} ${yuan(base)} 元，本年累计 ${yuan(end)} 元`;
    const raised = cap.raise && annualMax ? `；${raiseText(layer.name, annualMax, cap)}` : '';
    return [
      layer.name,
      base.isZero()
        ? `只支付${BASE_WORDS[layer.base]}；这次没有这部分费用，不支付${raised}`
        : lines.length === 0
          ? `${counted}；累计超过 ${from} 元的部分才按比例支付，还没有超过，这次不支付${raised}`
          : `${counted}${threshold > 0 ? `，超过 ${from} 元的部分按比例支付` : ''}：${lines.map((l) => `${yuan(l.length)} × ${percent(l.rate)} = ${yuan(l.pay)}`).join('；')}${raised}` +
            (cap.amount === null
              ? '；不设年度最高支付限额'
              : paid.lessThan(total)
                ? `；每年最多支付 ${bound(cap.amount)} 元，本年此前已支付 ${yuan(paidBefore)} 元，这次支付 ${yuan(paid)} 元`
                : ''),
    ];
  };
  slip.add('layer', new SettledStep(`layer:${layer.id}`, paid, 'rule', text, cap.uses));
  ledger.add(pots.base, base);
  ledger.add(pots.paid, paid);
  return paid;
}
