import type { Citation, Document } from './types';

/** How a citation reads to a citizen: 文号 + article, or reporter + date with the unverified mark. */
export function citationText(doc: Document, at: string): string {
  if (doc.level === 'official') {
    const head = doc.number ? `${doc.number}《${doc.title}》` : `《${doc.title}》`;
    return at ? `${head}${at}` : head;
  }
  return `公开报道：${doc.issuer}，${doc.date}（公开报道，待核实）${at ? `；${at}` : ''}`;
}

/** Citations in words, one per document, its articles merged: "…《办法》第十一条、第十二条". */
export function citesText(cite: readonly Citation[]): string {
  const byDoc = new Map<Document, Set<string>>();
  for (const c of cite) {
    const ats = byDoc.get(c.doc) ?? new Set<string>();
    c.at.split('、').forEach((a) => a && ats.add(a));
    byDoc.set(c.doc, ats);
  }
  return [...byDoc].map(([doc, ats]) => citationText(doc, [...ats].join('、'))).join('；');
}

/** 最近核实: the date of the newest dated source among a version's documents. */
export function lastVerified(docs: readonly Document[]): string | null {
  return docs.reduce<string | null>((newest, d) => (d.asOf && (!newest || d.asOf > newest) ? d.asOf : newest), null);
}
