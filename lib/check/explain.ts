import type { Dec } from '../base/money';
import { AWAY_PATHS, TEMPORARY } from '../benefits/away';
import { INPATIENT_PATHS } from '../benefits/inpatient';
import { PATHS } from '../model/address';
import { citesText } from '../model/citation';
import type { Version } from '../model/types';
import { classOf, gradeOf } from '../model/version';
import { SLIP_LINES, SLIP_MEANINGS, SLIP_NAMES, type SlipLine } from './lines';
import type { Slip, Stay } from './slip';

/**
 * Each line the person typed, in plain words, with the articles that set it: read off the citations
 * of the version's parameters the line rests on, never written here.
 */

export interface LineExplanation {
  line: SlipLine;
  name: string;
  amount: Dec;
  meaning: string;
  /** The articles the line rests on, in words; null for the lines no rule sets (the hospital's own split of the bill). */
  source: string | null;
  /** What this version says besides, e.g. the supplementary layers it has, or its repeat-admission rule. */
  detail?: string;
}

/**
 * The sources of some parameters in words: the documents cited, each once with its articles merged;
 * then whether any value is the person's own or given by no source.
 */
function sources(version: Version, paths: readonly string[]): string {
  const params = paths.flatMap((p) => version.params.get(p) ?? []);
  const cited = citesText(params.filter((p) => p.level !== 'user' && p.level !== 'unknown').flatMap((p) => p.cite));
  return [cited, params.some((p) => p.level === 'user') ? '您填写的数值' : '', params.some((p) => p.level === 'unknown') ? '来源未给出' : ''].filter(Boolean).join('；') || '来源未给出';
}

/** The parameter paths each ruled line rests on under this version, class and grade. */
function ruledPaths(version: Version, stay: Stay): Partial<Record<'deductible' | 'fund', string[]>> {
  const cls = classOf(version, stay.member).id;
  const grade = gradeOf(version, stay).id;
  const away = stay.away && (TEMPORARY as readonly string[]).includes(stay.away) ? TEMPORARY.filter((m) => m === stay.away) : [];
  return {
    deductible: [INPATIENT_PATHS.deductible(cls, grade), INPATIENT_PATHS.repeat()],
    fund: [INPATIENT_PATHS.segments(cls, grade), PATHS.fund(cls), ...away.flatMap((m) => [AWAY_PATHS.firstShare(m), AWAY_PATHS.rateCut(m)])],
  };
}

/** 大病/大额 is the sum of the version's layers: each named with its own sources. */
function layerSources(version: Version): string {
  return version.layers
    .map((l) => {
      // A raise of the maximum counts where it is in force (more than 0 a year).
      const raise = PATHS.layerReward(l.id, 'per-year');
      const raised = l.reward && Number(version.params.get(raise)?.value ?? 0) > 0;
      return `${l.name}：${sources(version, [PATHS.layerBands(l.id), PATHS.layerMax(l.id), ...(raised ? [raise] : [])])}`;
    })
    .join('；');
}

function detailOf(version: Version, line: SlipLine): string | undefined {
  if (line === 'supplement') return version.layers.length ? `本规定的补充保障：${version.layers.map((l) => l.name).join('、')}。` : '本规定没有补充保障。';
  if (line === 'deductible') return version.params.get(INPATIENT_PATHS.repeat())?.note;
  return undefined;
}

/** The typed lines in slip order; `version` is the one in force on the stay's date, with the person's values applied. */
export function explainLines(slip: Slip, version: Version | null, stay: Stay): LineExplanation[] {
  const paths = version ? ruledPaths(version, stay) : {};
  return SLIP_LINES.flatMap((line) => {
    const amount = slip[line];
    if (amount === undefined) return [];
    const detail = version ? detailOf(version, line) : undefined;
    const source = !version ? null : line === 'supplement' ? (version.layers.length ? layerSources(version) : null) : line === 'deductible' || line === 'fund' ? sources(version, paths[line] ?? []) : null;
    return [
      {
        line,
        name: SLIP_NAMES[line],
        amount,
        meaning: SLIP_MEANINGS[line],
        source,
        ...(detail ? { detail } : {}),
      },
    ];
  });
}
