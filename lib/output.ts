import { money } from './base/money';
import type { EventResult } from './engine/benefit';
import type { Note, Step } from './engine/steps';
import type { YearResult } from './engine/year';
import { citesText } from './model/citation';
import type { Trust } from './model/types';

/** The JSON result of the CLI: money as strings with two decimals, every step with its source in words. */

export interface StepJson {
  key: string;
  label: string;
  amount: string;
  source: string;
  level: Trust | 'input' | 'computed';
  detail?: string;
}

export function sourceText(step: Pick<Step, 'origin' | 'cite' | 'level'>): string {
  if (step.origin === 'input') return '您填写的费用';
  if (step.origin === 'computed') return '由以上各项计算';
  if (step.level === 'user') return '您填写的参数（非官方数值）';
  return citesText(step.cite) || '来源未给出';
}

function stepJson(step: Step): StepJson {
  return {
    key: step.key,
    label: step.label,
    amount: money(step.amount),
    source: sourceText(step),
    level: step.origin === 'rule' ? (step.level ?? 'official') : step.origin,
    ...(step.detail ? { detail: step.detail } : {}),
  };
}

function admissionSummary(a: EventResult) {
  return {
    benefit: a.benefit,
    ordinal: a.ordinal,
    date: a.date,
    grade: a.grade?.label ?? null,
    totalCost: money(a.totalCost),
    eligibleCost: money(a.eligibleCost),
    deductible: money(a.deductible),
    fundPayment: money(a.fund),
    supplementPayment: money(a.supplementTotal),
    outOfPocket: money(a.outOfPocket),
  };
}

export function toJson(result: YearResult) {
  const current = result.admissions.at(-1);
  if (!current) throw new Error('a year result always has the estimated admission last');
  const { version } = result;
  const notes: Note[] = [
    ...result.notes,
    ...current.notes,
    ...result.interpretations.map((i) => ({ kind: 'interpretation' as const, title: i.title, text: i.text })),
  ].map(({ kind, title, text }) => ({ kind, title, text }));
  return {
    policy: {
      id: version.id,
      title: version.title,
      documents: version.documents.map((d) => ({ number: d.number, title: d.title, date: d.date, level: d.level })),
      validFrom: version.validFrom,
      validTo: version.validTo,
      level: version.level,
    },
    provenance: result.provenance,
    benefit: current.benefit,
    member: result.className,
    grade: current.grade?.label ?? null,
    admission: current.ordinal,
    totalCost: money(current.totalCost),
    eligibleCost: money(current.eligibleCost),
    deductible: money(current.deductible),
    fundPayment: money(current.fund),
    supplementPayment: money(current.supplementTotal),
    outOfPocket: money(current.outOfPocket),
    supplements: current.supplements.map((s) => ({ name: s.name, amount: money(s.amount), level: s.level })),
    steps: current.steps.map(stepJson),
    notes,
    year: {
      admissions: result.admissions.map(admissionSummary),
      usage: {
        coverage: {
          kind: current.usage.coverage.kind,
          amount: money(current.usage.coverage.amount),
          used: money(current.usage.coverage.used),
        },
        layers: current.usage.layers.map((l) => ({
          name: l.name,
          base: money(l.base),
          paid: money(l.paid),
          annualMax: money(l.annualMax),
        })),
        ...(current.usage.own ? { own: { name: current.usage.own.name, paid: money(current.usage.own.paid), annualMax: money(current.usage.own.annualMax) } } : {}),
      },
    },
  };
}
