import { PATHS } from './address';
import { MEMBER_LABELS, membersOf } from './labels';
import type { BenefitClass, BenefitTree, Grade, MemberId, Param, ParamDecl, PeriodShape, SchemeId, Segment, Version } from './types';

/**
 * The parameter tree of a period: every parameter its structure implies, with its shape and its
 * words, in the order the sources page lists them: the member mapping, each benefit the period offers
 * (its module declares its own), the fund's annual pot, the supplementary layers. The rule data gives
 * each a value; a data test checks that neither has a path the other lacks.
 */
export function declarations(period: PeriodShape, scheme: SchemeId, benefits: readonly BenefitTree[]): ParamDecl[] {
  const choices = period.classes.map((c) => ({ value: c.id, label: c.label }));
  return [
    ...membersOf(scheme).map((m): ParamDecl => ({ path: PATHS.member(m), shape: 'choice', group: '人员类别对应的待遇', name: MEMBER_LABELS[m], choices })),
    ...offered(period, benefits).flatMap((b) => b.declare(period)),
    ...period.classes.map(fundDeclaration),
    ...period.layers.flatMap((l): ParamDecl[] => [
      { path: PATHS.layerBands(l.id), shape: 'bands', group: '补充保障', name: `${l.name} · 分段比例` },
      ...(l.annualMax === 'none' ? [] : [{ path: PATHS.layerMax(l.id), shape: 'amount', group: '补充保障', name: `${l.name} · 每年最多支付`, noun: '每年最多支付' } satisfies ParamDecl]),
      ...(l.reward
        ? ([
            { path: PATHS.layerReward(l.id, 'per-year'), shape: 'amount', group: '补充保障', name: `${l.name} · 连续参保或上年未报销每年提高限额`, noun: '每年提高的限额' },
            { path: PATHS.layerReward(l.id, 'after-years'), shape: 'amount', group: '补充保障', name: `${l.name} · 连续参保满多少年后开始提高`, noun: '年数' },
            { path: PATHS.layerReward(l.id, 'max-share'), shape: 'rate', group: '补充保障', name: `${l.name} · 限额最多提高原限额的比例`, noun: '比例' },
          ] satisfies ParamDecl[])
        : []),
    ]),
  ];
}

/** The parameters of a class that stands in for a member type no source maps to a class: every benefit's, and the fund's pot. */
export function classDeclarations(period: PeriodShape, cls: BenefitClass, benefits: readonly BenefitTree[]): ParamDecl[] {
  return [...offered(period, benefits).flatMap((b) => b.declareClass(cls, period)), fundDeclaration(cls)];
}

function offered(period: PeriodShape, benefits: readonly BenefitTree[]): BenefitTree[] {
  return benefits.filter((b) => b.id in period.benefits);
}

function fundDeclaration(cls: BenefitClass): ParamDecl {
  return { path: PATHS.fund(cls.id), shape: 'amount', group: '统筹基金年度限额', name: cls.label, cls: cls.id, noun: '年度限额' };
}

/** A parameter per class × grade, as benefits declare their tables. */
export function perGrade(classes: readonly BenefitClass[], grades: readonly Grade[], group: string, path: (cls: string, grade: string) => string, shape: 'amount' | 'segments', noun?: string): ParamDecl[] {
  return classes.flatMap((c) => grades.map((g): ParamDecl => ({ path: path(c.id, g.id), shape, group, name: `${c.label} · ${g.label}`, cls: c.id, grade: g.id, ...(noun ? { noun } : {}) })));
}

export interface Missing {
  path: string;
  /** What to ask for, in words. */
  label: string;
  /** Why it is asked and where to find it. */
  note: string;
}

/**
 * Of the parameters an event reads, those no source gives. A segment table known only up to a bound
 * (rate null beyond it) counts too: a large bill reaches the part with no rate. Each is asked for with
 * whom and where it applies to ("在职职工·三级医院·…"), since a value typed for one class or grade is
 * not the others'.
 */
export function missingOf(version: Pick<Version, 'params' | 'classes' | 'grades'>, reads: readonly { path: string; label: string }[]): Missing[] {
  return reads.flatMap(({ path, label }) => {
    const param = version.params.get(path);
    if (!param) return [];
    const value = param.value;
    const missing = value === null || (Array.isArray(value) && value.some((s: Segment) => s.rate === null));
    return missing ? [{ path, label: [...scopeOf(version, param), label].join('·'), note: param.note ?? '来源未给出这一参数。' }] : [];
  });
}

/** The class and grade a parameter is one of, where the version has more than one. A stand-in class is its member type (see standInClass). */
function scopeOf(version: Pick<Version, 'classes' | 'grades'>, param: Param): string[] {
  const cls = param.cls && (param.standIn ? MEMBER_LABELS[param.cls as MemberId] : version.classes.length > 1 ? version.classes.find((c) => c.id === param.cls)?.label : undefined);
  const grade = param.grade && version.grades.length > 1 ? version.grades.find((g) => g.id === param.grade)?.label : undefined;
  return [cls, grade].filter((s): s is string => !!s);
}
