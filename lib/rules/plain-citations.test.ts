import { describe, expect, it } from 'vitest';
import { SCHEMES } from '../model/labels';
import type { Interpretation, Params } from '../model/types';
import { RULES } from './index';

/**
 * Notes and 口径说明 are read as sentences: a citation in them is said as a citizen would
 * (spokenCitation), never in the shorthand of a 来源 column ("56号文二（一）", "四（二）规定", "第七条（三）").
 */

const NUMERAL = '[一二三四五六七八九十]';
const SHORTHAND = new RegExp(`\\d+号文|〕\\d+号${NUMERAL}|${NUMERAL}（${NUMERAL}+）|条（${NUMERAL}+）`);

function prose(period: { interpretations: readonly Interpretation[]; params: Params }): [string, string][] {
  return [
    ...period.interpretations.flatMap((i): [string, string][] => [[`${i.id} (title)`, i.title], [i.id, i.text]]),
    ...Object.entries(period.params).flatMap(([path, data]) => data.flatMap((e): [string, string][] => (e.note ? [[path, e.note]] : []))),
  ];
}

const PERIODS = RULES.cities.flatMap((c) => SCHEMES.flatMap((s) => [...c.book(s)!.periods, ...c.contributionBook(s)!.periods]));

describe.each(PERIODS.map((p) => [p.id, p] as const))('%s', (_, period) => {
  it('says the articles it cites in its notes and 口径说明 in words', () => {
    for (const [where, text] of prose(period)) expect(text, where).not.toMatch(SHORTHAND);
  });

  it('names its own documents in them by issuer, year and number, not by the 文号 a reference prints', () => {
    const numbers = period.documents.flatMap((d) => d.number ?? []);
    for (const [where, text] of prose(period)) for (const n of numbers) expect(text, where).not.toContain(n);
  });
});
