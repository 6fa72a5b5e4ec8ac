import { money, type Dec } from '../base/money';
import { figureLevel } from '../engine/provenance';
import type { ContributionResult } from './year';

/** The contribution CLI's JSON: money as two-decimal strings, null where no source gives a figure (a note says why). */

const text = (x: Dec | null) => (x === null ? null : money(x));

export function contributionJson(result: ContributionResult) {
  const { version } = result;
  return {
    policy: {
      id: version.id,
      title: version.title,
      documents: result.documents.map((d) => ({ number: d.number, title: d.title, date: d.date, level: d.level })),
      validFrom: version.validFrom,
      validTo: version.validTo,
      level: figureLevel(version.level, result.provenance),
    },
    monthly: { employer: text(result.monthly.employer), individual: text(result.monthly.individual), accountCredit: text(result.monthly.accountCredit) },
    yearly: {
      employer: text(result.yearly.employer),
      individual: text(result.yearly.individual),
      accountCredit: text(result.yearly.accountCredit),
      resident: text(result.yearly.resident),
    },
    items: result.items.map((i) => ({ name: i.name, payer: i.payer, monthly: text(i.monthly), yearly: text(i.yearly), source: i.source })),
    notes: result.notes.map((n) => ({ kind: n.kind, title: n.title, text: n.source ? `${n.text}出处：${n.source}。` : n.text })),
  };
}
