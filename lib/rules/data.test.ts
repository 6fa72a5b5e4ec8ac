import { describe, expect, it } from 'vitest';
import { membersOf } from '../labels';
import type { Param, Version } from '../types';
import { VERSIONS } from './index';

/** Integrity of the rule data: every table complete, every value sourced, nothing guessed. */

function paramsOf(v: Version): [string, Param<unknown>][] {
  const rows: [string, Param<unknown>][] = [];
  for (const [member, p] of Object.entries(v.members)) if (p) rows.push([`members.${member}`, p]);
  for (const [cls, byGrade] of Object.entries(v.deductible))
    for (const [grade, p] of Object.entries(byGrade)) rows.push([`deductible.${cls}.${grade}`, p]);
  for (const [cls, byGrade] of Object.entries(v.segments))
    for (const [grade, p] of Object.entries(byGrade)) rows.push([`segments.${cls}.${grade}`, p]);
  for (const [cls, p] of Object.entries(v.coverage)) rows.push([`coverage.${cls}`, p]);
  rows.push(['repeat', v.repeat]);
  for (const layer of v.layers) rows.push([`layer.${layer.id}`, layer.rule]);
  return rows;
}

describe.each(VERSIONS.map((v) => [v.id, v] as const))('%s', (_, v) => {
  it('has a mapping for every member type of its scheme, to a class it defines', () => {
    for (const member of membersOf(v.scheme)) {
      const mapping = v.members[member];
      expect(mapping, member).toBeDefined();
      if (mapping?.value != null) expect(v.classes.map((c) => c.id)).toContain(mapping.value);
    }
  });

  it('has a deductible and a segment table for every class and grade, and a cap for every class', () => {
    for (const cls of v.classes) {
      for (const grade of v.grades) {
        expect(v.deductible[cls.id]?.[grade.id], `${cls.id}/${grade.id}`).toBeDefined();
        expect(v.segments[cls.id]?.[grade.id], `${cls.id}/${grade.id}`).toBeDefined();
      }
      expect(v.coverage[cls.id], cls.id).toBeDefined();
    }
  });

  it('has exactly one default grade per hospital level', () => {
    for (const level of [1, 2, 3]) expect(v.grades.filter((g) => g.level === level && !g.facility)).toHaveLength(1);
  });

  it('cites a source for every known value, at the level of that source, and explains every unknown one', () => {
    const docs = new Set(v.documents);
    for (const [path, p] of paramsOf(v)) {
      if (p.value === null) {
        expect(p.level, path).toBe('unknown');
        expect(p.note, path).toBeTruthy();
        continue;
      }
      expect(p.cite.length, path).toBeGreaterThan(0);
      for (const c of p.cite) {
        expect(docs.has(c.doc), `${path} cites ${c.doc.id}, not among the version's documents`).toBe(true);
        expect(c.at, path).toBeTruthy();
        expect(c.doc.level, path).toBe(p.level);
      }
    }
  });

  it('marks an official version that rests partly on reports by citing those reports among its documents', () => {
    const reported = paramsOf(v).filter(([, p]) => p.level === 'reported');
    if (v.level === 'official' && reported.length) expect(v.documents.some((d) => d.level === 'reported')).toBe(true);
  });

  it('has segment bounds in ascending order ending open, rates between 0 and 1', () => {
    for (const byGrade of Object.values(v.segments)) {
      for (const p of Object.values(byGrade)) {
        if (!p.value) continue;
        const bounds = p.value.map((s) => s.upTo);
        expect(bounds.at(-1)).toBeNull();
        const finite = bounds.slice(0, -1) as number[];
        expect(finite).toEqual([...finite].sort((a, b) => a - b));
        for (const s of p.value) if (s.rate !== null) expect(s.rate > 0 && s.rate <= 1).toBe(true);
      }
    }
  });

  it('has supplementary bands that are contiguous and ascending', () => {
    for (const layer of v.layers) {
      const bands = layer.rule.value?.bands ?? [];
      bands.forEach((b, i) => {
        expect(b.rate > 0 && b.rate <= 1).toBe(true);
        const next = bands[i + 1];
        if (next) expect(next.from).toBe(b.to);
        else expect(b.to).toBeNull();
      });
    }
  });

  it('has dates in force in order and a level matching its documents', () => {
    if (v.validTo !== null) expect(v.validFrom <= v.validTo).toBe(true);
    expect(v.documents[0]?.level, 'the first document is the version’s own level').toBe(v.level);
    if (v.level === 'reported') expect(v.documents.some((d) => d.level === 'reported')).toBe(true);
    for (const d of v.documents) if (d.asOf !== null) expect(d.asOf, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
