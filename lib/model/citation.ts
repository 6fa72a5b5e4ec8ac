import type { Citation, Document } from './types';

/**
 * A citation as a reference (the 来源 columns, the documents listed with a result, the CLI's JSON):
 * 文号 + title + article as printed (a draft named as one; a disclosure page with no 文号: issuer, title,
 * date and 索引号), or reporter + date with the unverified mark.
 */
export function citationText(doc: Document, at: string): string {
  if (doc.level !== 'reported') {
    // A draft is named as one, in its title or after it.
    const title = doc.level === 'draft' && !doc.title.includes('征求意见稿') ? `${doc.title}（征求意见稿）` : doc.title;
    const head = doc.number ? `${doc.number}《${title}》` : doc.index ? `${doc.issuer}《${title}》（${doc.date}，索引号 ${doc.index}）` : `《${title}》`;
    return at ? `${head}${at}` : head;
  }
  return `公开报道：${doc.issuer}，${doc.date}（公开报道，待核实）${at ? `；${at}` : ''}`;
}

const CITES_TEXT = new WeakMap<readonly Citation[], string>();

/**
 * Citations in words, one per document, its articles merged: "…《办法》第十一条、第十二条". Written once
 * per list: a parameter's list is shared by every step that rests on it, in every estimate of a batch.
 */
export function citesText(cite: readonly Citation[]): string {
  let text = CITES_TEXT.get(cite);
  if (text === undefined) CITES_TEXT.set(cite, (text = writeCites(cite)));
  return text;
}

function writeCites(cite: readonly Citation[]): string {
  const byDoc = new Map<Document, Set<string>>();
  for (const c of cite) {
    const ats = byDoc.get(c.doc) ?? new Set<string>();
    c.at.split('、').forEach((a) => a && ats.add(a));
    byDoc.set(c.doc, ats);
  }
  return [...byDoc].map(([doc, ats]) => citationText(doc, [...ats].join('、'))).join('；');
}

/**
 * A citation as a citizen says it inside a sentence (notes, 口径说明): "威医保发〔2023〕56号 二（一）" reads
 * "威海市医保局 2023 年第 56 号文件第二部分第（一）项". References keep citationText, 文号 and all.
 */
export function spokenCitation(doc: Document, at = ''): string {
  return spokenDocument(doc) + at.split('、').map(spokenArticle).join('、');
}

/** A numbered notice by its lead issuer, year and number; any other text by its title (and issuer, unless the title names the place). */
function spokenDocument(doc: Document): string {
  const numbered = doc.number?.match(/〔(\d{4})〕(\d+)号$/);
  if (numbered) return `${leadIssuer(doc.issuer)} ${numbered[1]} 年第 ${numbered[2]} 号文件`;
  const place = doc.issuer.match(/^.+?[省市]/)?.[0];
  return place && doc.title.startsWith(place) ? `《${doc.title}》` : `${doc.issuer}《${doc.title}》`;
}

/** "威海市医疗保障局等五部门" → "威海市医保局": the first issuer, by the short name people use. */
function leadIssuer(issuer: string): string {
  return issuer.split(/[、等]/)[0]!.replace('医疗保障局', '医保局');
}

const NUMERAL = '[一二三四五六七八九十]+';
/** A notice's outline (二、(一)、1.): "二（二）1". */
const OUTLINE = new RegExp(`^(${NUMERAL})(?:（(${NUMERAL})）(\\d+)?)?$`);
/** An article with its item: "第七条（三）". */
const ARTICLE_ITEM = new RegExp(`^(第[一二三四五六七八九十百]+条)（(${NUMERAL})）$`);

/** "二（二）1" → "第二部分第（二）项第 1 点", "第七条（三）" → "第七条第（三）项"; an article alone ("第十一条") or a report's row as it is. */
function spokenArticle(at: string): string {
  const outline = OUTLINE.exec(at);
  if (outline) {
    const [, part, item, point] = outline;
    return `第${part}部分${item ? `第（${item}）项` : ''}${point ? `第 ${point} 点` : ''}`;
  }
  const article = ARTICLE_ITEM.exec(at);
  return article ? `${article[1]}第（${article[2]}）项` : at;
}

/** 最近核实: the date of the newest dated source among a version's documents. */
export function lastVerified(docs: readonly Document[]): string | null {
  return docs.reduce<string | null>((newest, d) => (d.asOf && (!newest || d.asOf > newest) ? d.asOf : newest), null);
}
