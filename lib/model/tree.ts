import { PATHS } from './address';
import { MEMBER_LABELS, membersOf } from './labels';
import type { BenefitClass, Grade, ParamDecl, Period, SchemeId, Segment, Version } from './types';

/**
 * The parameter tree of a period: every parameter its structure implies, with its shape and its
 * words, in the order the sources page lists them. The rule data gives each of them a value; a data
 * test checks that neither has a path the other lacks.
 */
export function declarations(period: Pick<Period, 'classes' | 'grades' | 'layers'>, scheme: SchemeId): ParamDecl[] {
  const { classes, grades, layers } = period;
  const choices = classes.map((c) => ({ value: c.id, label: c.label }));
  const perGrade = (group: string, path: (cls: string, grade: string) => string, shape: 'amount' | 'segments', noun?: string) =>
    classes.flatMap((c) => grades.map((g): ParamDecl => ({ path: path(c.id, g.id), shape, group, name: `${c.label} · ${g.label}`, cls: c.id, ...(noun ? { noun } : {}) })));
  return [
    ...membersOf(scheme).map((m): ParamDecl => ({ path: PATHS.member(m), shape: 'choice', group: '人员类别对应的待遇', name: MEMBER_LABELS[m], choices })),
    ...perGrade('起付线（第一次住院）', PATHS.deductible, 'amount', '起付线'),
    { path: PATHS.repeat(), shape: 'repeat', group: '多次住院的起付线', name: '年度内第二次及以后住院' },
    ...perGrade('统筹基金支付比例', PATHS.segments, 'segments'),
    ...classes.map((c): ParamDecl => ({ path: PATHS.fund(c.id), shape: 'amount', group: '统筹基金年度限额', name: c.label, cls: c.id, noun: '年度限额' })),
    ...layers.flatMap((l): ParamDecl[] => [
      { path: PATHS.layerBands(l.id), shape: 'bands', group: '补充保障', name: `${l.name} · 分段比例` },
      { path: PATHS.layerMax(l.id), shape: 'amount', group: '补充保障', name: `${l.name} · 每年最多支付`, noun: '每年最多支付' },
    ]),
  ];
}

/** The parameters of a class that a member type stands in for when no source says which class it gets. */
export function classDeclarations(cls: BenefitClass, grades: Grade[]): ParamDecl[] {
  const named = (path: string, shape: 'amount' | 'segments', group: string, name: string, noun?: string): ParamDecl => ({ path, shape, group, name, cls: cls.id, ...(noun ? { noun } : {}) });
  return [
    ...grades.map((g) => named(PATHS.deductible(cls.id, g.id), 'amount', '起付线（第一次住院）', `${cls.label} · ${g.label}`, '起付线')),
    ...grades.map((g) => named(PATHS.segments(cls.id, g.id), 'segments', '统筹基金支付比例', `${cls.label} · ${g.label}`)),
    named(PATHS.fund(cls.id), 'amount', '统筹基金年度限额', cls.label, '年度限额'),
  ];
}

/** What the person is asked for, by the kind of parameter, when no source gives it. */
export const ASK_LABELS = {
  deductible: '起付线（第一次住院的标准）',
  segments: '统筹基金分段支付比例',
  fund: '统筹基金年度最高支付限额',
} as const;

/** The basic inpatient parameters an admission of this class at this grade reads, with what to call each when asking for it. */
export function inpatientBasics(cls: string, grade: string): { path: string; label: string }[] {
  return [
    { path: PATHS.deductible(cls, grade), label: ASK_LABELS.deductible },
    { path: PATHS.segments(cls, grade), label: ASK_LABELS.segments },
    { path: PATHS.fund(cls), label: ASK_LABELS.fund },
  ];
}


export interface Missing {
  path: string;
  /** What to ask for, in words. */
  label: string;
  /** Why it is asked and where to find it. */
  note: string;
}

/**
 * The basic inpatient values no source gives for this class and grade: the page asks for exactly these.
 * Segment tables known up to a bound only (rate null beyond it) count as missing too: a large bill reaches the part with no rate.
 */
export function missingInpatient(version: Version, cls: string, grade: string): Missing[] {
  return inpatientBasics(cls, grade).flatMap(({ path, label }) => {
    const param = version.params.get(path);
    const value = param?.value;
    const missing = value === null || value === undefined || (Array.isArray(value) && value.some((s: Segment) => s.rate === null));
    return missing ? [{ path, label, note: param?.note ?? '来源未给出这一参数。' }] : [];
  });
}
