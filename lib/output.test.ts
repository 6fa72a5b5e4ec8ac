import { describe, expect, it } from 'vitest';
import { answerEstimate } from './cli';
import type { YearResult } from './engine/year';
import { resultPieces, toJson } from './output';

/** The batch's pieces of a result are, byte for byte, the compact JSON of the result the single CLI prints. */

const stay = { city: 'yantai', scheme: 'employee', member: 'working', date: '2020-06-01', hospitalLevel: 3, admission: 1, totalCost: 20000 };
const CLAIMS = [
  stay,
  { ...stay, admission: 3, earlier: [{ date: '2020-01-05', hospitalLevel: 2, totalCost: 5000 }, { date: '2020-02-06', totalCost: 300000, hospitalLevel: 3 }] },
  { ...stay, city: 'weihai', date: '2025-04-01', totalCost: 100000, overrides: { rates: [{ upTo: null, rate: 0.9 }] } },
  { ...stay, city: 'jinan', scheme: 'resident', member: 'adult-tier1', date: '2025-03-01', overrides: { deductible: 1000, rates: [{ upTo: null, rate: 0.55 }], fundCap: 200000 } },
  { ...stay, city: 'weihai', scheme: 'resident', member: 'adult-tier2', date: '2025-05-01', hospitalLevel: 1, facility: 'grassroots' },
  { city: 'jinan', scheme: 'employee', member: 'retired', date: '2025-03-01', benefit: 'outpatient-general', hospitalLevel: 2, totalCost: 800 },
];

const text = (result: YearResult) => `{${resultPieces(result).map(String).join('')}}`;

describe('resultPieces', () => {
  it.each(CLAIMS)('%j', (claim) => {
    const answer = answerEstimate(claim);
    if (!answer.ok) throw new Error(answer.error.message);
    const r = answer.result;
    expect(text(r)).toBe(JSON.stringify(toJson(r)));
    // Written a second time from the shared parts kept for the version: still the same.
    expect(text(r)).toBe(JSON.stringify(toJson(r)));
    // Without interpretations, without notes of its own, without either.
    const current = r.admissions.at(-1)!;
    const bare = { ...r, notes: [], admissions: [...r.admissions.slice(0, -1), { ...current, notes: [] }] };
    for (const variant of [{ ...r, interpretations: [] }, bare, { ...bare, interpretations: [] }]) expect(text(variant)).toBe(JSON.stringify(toJson(variant)));
  });
});
