import { EstimateError } from '../base/errors';
import { constant, fen, percent, yuan, type Dec } from '../base/money';
import type { Bill } from '../engine/bill';
import { SettledStep, need, usedParam, type Note, type SlipLines, type Use } from '../engine/steps';
import { AWAY_LABELS, type AwayMode } from '../model/fields';
import type { BenefitTree, Param, ParamDecl, Version } from '../model/types';
import { memoOf } from '../model/version';

/**
 * 异地就医: a refinement of the inpatient and outpatient pipelines, not a benefit of its own. Treated
 * out of town for a while, the person may first pay a share of the eligible cost before the local
 * rules settle the rest (Weihai, Yantai), or the local rates may be some points lower (Jinan). At
 * home, or out of town with a filing (异地长期居住备案), the local rules apply unchanged.
 */

export const TEMPORARY = ['temporary-in-province', 'temporary-out-of-province'] as const satisfies readonly AwayMode[];
type Temporary = (typeof TEMPORARY)[number];

export const AWAY_PATHS = {
  firstShare: (mode: Temporary) => `away/${mode}/first-share`,
  rateCut: (mode: Temporary) => `away/${mode}/rate-cut`,
} as const;

/** What a period says of treatment out of town besides its values: a warning to show with every temporary stay. */
export interface AwayConfig {
  note?: { title: string; text: string };
}

export const away: BenefitTree = {
  id: 'away',
  label: '异地就医',
  declare: () =>
    TEMPORARY.flatMap((mode): ParamDecl[] => [
      { path: AWAY_PATHS.firstShare(mode), shape: 'rate', group: '异地就医', name: `${AWAY_LABELS[mode]} · 个人先行负担比例`, noun: '个人先行负担比例' },
      { path: AWAY_PATHS.rateCut(mode), shape: 'rate', group: '异地就医', name: `${AWAY_LABELS[mode]} · 支付比例降低`, noun: '支付比例降低' },
    ]),
  declareClass: () => [],
};

/** How a bill run up out of town is settled: the share the person pays first, the points off every rate, and the parameters those rest on. */
export interface AwayTerms {
  mode: AwayMode;
  firstShare: Param<number> | null;
  /** Percentage points off each rate, as a fraction (0.1 = 10 points). */
  rateCut: number;
  /** What the share paid first rests on. */
  shareUses: Use[];
  /** What the points off the rates rest on (none when no points are taken off). */
  cutUses: Use[];
  notes: Note[];
}

const AT_HOME: AwayTerms = { mode: 'local', firstShare: null, rateCut: 0, shareUses: [], cutUses: [], notes: [] };

export function awayTerms(version: Version, bill: Bill): AwayTerms {
  const mode = bill.away ?? 'local';
  if (mode === 'local') return AT_HOME;
  return memoOf(version, `away|${mode}`, () => {
    if (mode === 'registered') {
      return { ...AT_HOME, mode, notes: [{ kind: 'assumption', title: '异地长期居住已备案', text: '已办理异地长期居住备案的，按本市的起付线和支付比例计算，不另行降低。' }] };
    }
    const config = version.benefits.away as AwayConfig | undefined;
    const firstShare = version.params.get(AWAY_PATHS.firstShare(mode)) as Param<number> | undefined;
    const rateCut = version.params.get(AWAY_PATHS.rateCut(mode)) as Param<number> | undefined;
    if (!config || !firstShare || !rateCut) {
      throw new EstimateError('unknown-parameter', `缺少参数：“${version.title}”没有${AWAY_LABELS[mode]}就医的规定，现有来源未给出。`, { parameter: 'away' });
    }
    const share = need(firstShare, `${AWAY_LABELS[mode]}·个人先行负担比例`);
    const cut = need(rateCut, `${AWAY_LABELS[mode]}·支付比例降低`);
    return {
      mode,
      firstShare: share > 0 ? firstShare : null,
      rateCut: cut,
      shareUses: [usedParam(`${AWAY_LABELS[mode]}·个人先行负担比例`, firstShare)],
      cutUses: cut > 0 ? [usedParam(`${AWAY_LABELS[mode]}·支付比例降低`, rateCut)] : [],
      notes: config.note ? [{ kind: 'warning', ...config.note }] : [],
    };
  });
}

/** The share paid first out of town, as a step; what remains is the eligible cost the local rules settle. */
export function awayFirstShare(terms: AwayTerms, E: Dec, slip: SlipLines, notes: Note[]): Dec {
  notes.push(...terms.notes);
  if (!terms.firstShare || E.isZero()) return E;
  const rate = terms.firstShare.value!;
  const share = fen(E.times(constant(rate)));
  slip.add(
    'awayFirstShare',
    new SettledStep('awayFirstShare', share, 'rule', () => ['异地就医个人先行负担', `${AWAY_LABELS[terms.mode]}：政策范围内费用 ${yuan(E)} × ${percent(rate)}，其余按本市规定报销`], terms.shareUses),
  );
  return E.minus(share);
}

/** A rate out of town: the local rate less the points the rules take off, never below 0. */
export function awayRate(rate: number, terms: AwayTerms): number {
  if (terms.rateCut === 0) return rate;
  const cut = constant(rate).minus(constant(terms.rateCut));
  return cut.isNegative() ? 0 : cut.toNumber();
}

