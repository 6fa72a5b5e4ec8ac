import { describe, expect, it } from 'vitest';
import { inpatientConfig } from '../benefits/inpatient';
import { membersOf, SCHEMES } from '../model/labels';
import { declarations } from '../model/tree';
import { TRUST_ORDER, worst } from '../engine/steps';
import type { Trust } from '../model/types';
import { RULES } from './index';

/** Integrity of the rule data: every parameter the structure implies has dated values, every value sourced, nothing guessed. */

const PERIODS = RULES.cities.flatMap((c) => SCHEMES.flatMap((s) => c.book(s)!.periods.map((p) => ({ book: c.book(s)!, period: p }))));

describe.each(PERIODS.map(({ book, period }) => [period.id, book, period] as const))('%s', (_, book, period) => {
  const decls = declarations(period, book.scheme, RULES.trees);

  it('gives values to exactly the parameters its structure declares', () => {
    expect(Object.keys(period.params).sort()).toEqual(decls.map((d) => d.path).sort());
  });

  it('maps every member type of its scheme to a class it defines, or says why it cannot', () => {
    const version = RULES.versionOn(book.city, book.scheme, period.from)!;
    expect(version.members).toEqual(membersOf(book.scheme));
    for (const m of version.members) {
      const mapping = version.params.get(`members/${m}`)!;
      if (mapping.value !== null) expect(period.classes.map((c) => c.id)).toContain(mapping.value);
    }
  });

  it('shows among its 口径说明 the deductible rules its inpatient config says the estimate leaves out', () => {
    const unmodelled = inpatientConfig(period).unmodelledDeductibles;
    if (unmodelled) expect(period.interpretations).toContain(unmodelled);
  });

  it('has exactly one default grade per hospital level', () => {
    for (const level of [1, 2, 3]) expect(period.grades.filter((g) => g.level === level && !g.facility)).toHaveLength(1);
  });

  it('cites a source for every known value, at the level of that source, and explains every unknown one', () => {
    // A reported value may rest on an official text it applies beyond the text's words (a provincial rule
    // in a city that has published nothing of its own): its note says it is still to be verified.
    const docs = new Set(period.documents);
    for (const [path, data] of Object.entries(period.params)) {
      for (const e of data) {
        if (e.value === null) {
          expect(e.level, path).toBe('unknown');
          expect(e.note, path).toBeTruthy();
          continue;
        }
        expect(e.cite.length, path).toBeGreaterThan(0);
        for (const c of e.cite) {
          expect(docs.has(c.doc), `${path} cites ${c.doc.id}, not among the period's documents`).toBe(true);
          expect(c.at, path).toBeTruthy();
          // A reading cites the text it reads, at whatever level; a reported value may rest on an official text it
          // says no city text applies yet (待核实); any other value is its source's.
          if (e.level === 'interpretation' || c.doc.level === e.level) continue;
          expect([e.level, c.doc.level], `${path} cites ${c.doc.id}`).toEqual(['reported', 'official']);
          expect(e.note, path).toContain('待核实');
        }
      }
    }
  });

  it('never gives a value a level above its sources: a draft is a draft, a reading of a text is a 口径说明 the period states', () => {
    for (const [path, data] of Object.entries(period.params)) {
      for (const e of data) {
        if (e.value === null) continue;
        const least = e.cite.map((c): Trust => c.doc.level).reduce(worst);
        expect(TRUST_ORDER.indexOf(e.level), path).toBeGreaterThanOrEqual(TRUST_ORDER.indexOf(least));
        if (e.level === 'interpretation') {
          const reading = period.interpretations.find((i) => e.note?.startsWith(`口径说明“${i.title}”`));
          expect(reading, `${path}: the 口径说明 it follows is among the period's`).toBeDefined();
        }
      }
    }
    for (const d of period.documents) if (d.level === 'draft') expect(d.title, d.id).toContain('征求意见稿');
  });

  it('dates every entry inside its period, each of a parameter beginning on a day of its own', () => {
    for (const [path, data] of Object.entries(period.params)) {
      for (const e of data) {
        if (e.from) expect(e.from >= period.from && (period.to === null || e.from <= period.to), path).toBe(true);
        if (e.to) expect(e.to >= (e.from ?? period.from), path).toBe(true);
      }
      const starts = data.map((e) => e.from ?? period.from);
      expect(new Set(starts).size, `${path}: two entries begin on one day`).toBe(starts.length);
    }
  });

  it('gives each value the shape its parameter takes: bounds ascending and open at the end, rates between 0 and 1, bands contiguous', () => {
    const version = RULES.versionOn(book.city, book.scheme, period.from)!;
    for (const param of version.params.values()) {
      if (param.value === null) continue;
      if (param.shape === 'segments') {
        const segments = param.value as { upTo: number | null; rate: number | null }[];
        expect(segments.at(-1)?.upTo, param.path).toBeNull();
        const finite = segments.slice(0, -1).map((s) => s.upTo as number);
        expect(finite).toEqual([...finite].sort((a, b) => a - b));
        for (const s of segments) if (s.rate !== null) expect(s.rate > 0 && s.rate <= 1, param.path).toBe(true);
      }
      if (param.shape === 'bands') {
        const bands = param.value as { from: number; to: number | null; rate: number }[];
        bands.forEach((b, i) => {
          expect(b.rate > 0 && b.rate <= 1).toBe(true);
          const next = bands[i + 1];
          if (next) expect(next.from).toBe(b.to);
          else expect(b.to).toBeNull();
        });
      }
      if (param.shape === 'amount') expect(typeof param.value, param.path).toBe('number');
    }
  });

  it('has dates in force in order and a level matching its documents', () => {
    if (period.to !== null) expect(period.from <= period.to).toBe(true);
    expect(period.documents[0]?.level, 'the first document is the period’s own level').toBe(period.level);
    if (period.level === 'reported') expect(period.documents.some((d) => d.level === 'reported')).toBe(true);
    for (const d of period.documents) if (d.asOf !== null) expect(d.asOf, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('marks an official period that rests partly on reports by citing those reports among its documents', () => {
    const reported = Object.values(period.params).flat().filter((e) => e.level === 'reported');
    if (period.level === 'official' && reported.length) expect(period.documents.some((d) => d.level === 'reported')).toBe(true);
  });
});

describe('the books', () => {
  it('keep each scheme’s periods apart: no two overlap', () => {
    for (const c of RULES.cities) {
      for (const s of SCHEMES) {
        const periods = c.book(s)!.periods;
        periods.slice(1).forEach((p, i) => expect(periods[i]!.to !== null && periods[i]!.to! < p.from, p.id).toBe(true));
      }
    }
  });
});
