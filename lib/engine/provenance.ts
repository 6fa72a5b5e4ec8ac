import type { Citation, Document, SourceLevel, Trust } from '../model/types';
import { worst, type Note, type Use } from './steps';

/**
 * What the figures of an estimate rest on, read off the parameters its steps used: official texts
 * only, drafts for comment, public reports, our readings (口径说明), values the person typed (each
 * named); and whether those sources still speak for the stay's date. Both are shown beside the
 * figure, not only in the notes. Every level shown is the least trusted of what the figure used.
 */

export interface Provenance {
  /** The least trusted kind of value the figures rest on. */
  level: Exclude<Trust, 'unknown'>;
  /** Whether any official value was used beside the others ("部分参数" rather than all). */
  anyOfficial: boolean;
  /** The reported parameters used, each named once. */
  reported: string[];
  /** The parameters the person supplied or edited, each named once. */
  user: string[];
  /** The parameters taken from a draft for comment (征求意见稿), each named once; only where there are any. */
  draft?: string[];
  /** The parameters set by our reading where the sources are silent (口径说明), each named once; only where there are any. */
  interpretation?: string[];
}

/** The level a source-backed figure is shown at: the least trusted source it used, the person's own values aside. */
export type FigureLevel = SourceLevel | 'interpretation';

export function provenanceOf(events: readonly { steps: readonly { uses: readonly Use[] }[] }[], extra: readonly Use[] = []): Provenance {
  const named: Record<'reported' | 'user' | 'draft' | 'interpretation', Set<string>> = { reported: new Set(), user: new Set(), draft: new Set(), interpretation: new Set() };
  let anyOfficial = false;
  const count = (u: Use) => {
    if (u.level === 'official') anyOfficial = true;
    else if (u.level !== 'unknown') named[u.level].add(u.name);
  };
  for (const event of events) for (const step of event.steps) for (const u of step.uses) count(u);
  extra.forEach(count);
  const [reported, user, draft, interpretation] = [named.reported, named.user, named.draft, named.interpretation].map((set) => [...set]) as [string[], string[], string[], string[]];
  const provenance: Provenance = { level: 'official', anyOfficial, reported, user, ...(draft.length ? { draft } : {}), ...(interpretation.length ? { interpretation } : {}) };
  return { ...provenance, level: user.length ? 'user' : sourceLevel(provenance) };
}

/** The least trusted source level of the figures, the person's own values aside: what a policy's level says for this estimate. */
export function sourceLevel(p: Provenance): FigureLevel {
  return p.interpretation?.length ? 'interpretation' : p.reported.length ? 'reported' : p.draft?.length ? 'draft' : 'official';
}

/** A version's level for one estimate: never above the least trusted source its figures used. */
export function figureLevel(versionLevel: SourceLevel, p: Provenance): FigureLevel {
  return worst(versionLevel, sourceLevel(p)) as FigureLevel;
}

/**
 * The documents a result lists: its version's own text (the first of its documents) and every document
 * cited by a value its figures used, in the version's order. A text that only a value not in force that
 * day cites (a later year's), or only another benefit's, is not listed.
 */
export function documentsUsed(documents: readonly Document[], cited: ReadonlySet<Document>): Document[] {
  return documents.filter((d, i) => i === 0 || cited.has(d));
}

/** "按官方规则" only where every value is official; otherwise the rules as used, whatever their level. */
export function rulesWords(level: Trust): string {
  return level === 'official' ? '按官方规则' : '按所用规则';
}

export function provenanceNotes(p: Provenance): Note[] {
  const notes: Note[] = [];
  if (p.draft?.length) {
    notes.push({
      kind: 'warning',
      topic: 'provenance',
      title: '部分参数来自征求意见稿',
      text: `以下参数来自征求意见稿（尚未按此正式印发），以正式文件为准：${p.draft.join('；')}。`,
    });
  }
  if (p.reported.length) {
    notes.push({
      kind: 'warning',
      topic: 'provenance',
      title: p.anyOfficial ? '部分参数来自公开报道，待核实' : '参数来自公开报道，待核实',
      text: `以下参数来自公开报道，尚未与官方文件核对：${p.reported.join('；')}。结果仅供参考。`,
    });
  }
  if (p.interpretation?.length) {
    notes.push({
      kind: 'warning',
      topic: 'provenance',
      title: '部分按口径说明计算',
      text: `以下内容来源没有明文规定，按本站的口径说明计算，不是官方数值：${p.interpretation.join('；')}。`,
    });
  }
  if (p.user.length) {
    notes.push({
      kind: 'warning',
      topic: 'provenance',
      title: '含您填写的参数',
      text: `以下参数由您填写或修改，结果随之变化，请核对来源：${p.user.join('；')}。`,
    });
  }
  return notes;
}

const SOURCE_WORDS: Record<SourceLevel, string> = { official: '官方文件', draft: '征求意见稿', reported: '公开报道' };

/** One year later, as an ISO date (29 February maps past 28 February, which string comparison handles). */
function yearAfter(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}

interface Vouch {
  /** A year after the last day a parameter's sources speak for (an official text's last day in force, else the newest source's date). */
  staleAfter: string | null;
  /** The newest dated source, for the year the warning names. */
  newest: { year: string; level: SourceLevel } | null;
}

// Citations are rule data, shared by every estimate: read each list once.
const VOUCHES = new WeakMap<readonly Citation[], Vouch>();

function vouchOf(cite: readonly Citation[]): Vouch {
  let vouch = VOUCHES.get(cite);
  if (vouch) return vouch;
  let until: string | null = null;
  let newest: Citation | null = null;
  for (const c of cite) {
    const day = c.doc.inForceTo ?? c.doc.asOf;
    if (day && (!until || day > until)) until = day;
    if (c.doc.asOf && (!newest || c.doc.asOf > newest.doc.asOf!)) newest = c;
  }
  vouch = { staleAfter: until && yearAfter(until), newest: newest ? { year: newest.doc.asOf!.slice(0, 4), level: newest.doc.level } : null };
  VOUCHES.set(cite, vouch);
  return vouch;
}

/**
 * A warning when a stay is dated more than a year after what its sources speak for: the rule may have
 * changed since. Values the person typed are theirs to judge and are left out.
 */
export function stalenessNote(stays: readonly { date: string; steps: readonly { uses: readonly Use[] }[] }[]): Note | null {
  const years = new Set<string>();
  const levels = new Set<SourceLevel>();
  const names = new Set<string>();
  let latest = '';
  for (const stay of stays) {
    for (const step of stay.steps) {
      for (const u of step.uses) {
        if (u.level === 'user' || u.level === 'unknown') continue;
        const { staleAfter, newest } = vouchOf(u.cite);
        if (!staleAfter || !newest || stay.date <= staleAfter) continue;
        years.add(newest.year);
        levels.add(newest.level);
        names.add(u.name);
        if (stay.date > latest) latest = stay.date;
      }
    }
  }
  if (!names.size) return null;
  const kind = (['reported', 'draft', 'official'] as const).filter((l) => levels.has(l)).map((l) => SOURCE_WORDS[l]).join('和');
  return {
    kind: 'warning',
    topic: 'freshness',
    title: '规定可能已调整',
    text:
      `本估算按 ${[...years].sort().join('、')} 年${kind}的规定计算，${latest.slice(0, 4)} 年的规定可能已调整，以实际结算为准。` +
      `涉及：${[...names].join('；')}。`,
  };
}

/** A warning for a stay dated more than a year after today: no source can speak for it yet. */
export function futureNote(dates: readonly string[], today: string): Note | null {
  const limit = yearAfter(today);
  const far = dates.reduce<string | null>((latest, d) => (d > limit && (!latest || d > latest) ? d : latest), null);
  if (!far) return null;
  return {
    kind: 'warning',
    topic: 'freshness',
    title: '住院日期在一年以后',
    text: `住院日期 ${far} 比今天（${today}）晚一年以上。那时的规定现在无从知道，本估算按目前已知的规定计算，仅供参考。`,
  };
}
