import type { Citation } from '../model/types';
import type { Note, Use } from './steps';

/**
 * What the figures of an estimate rest on, read off the parameters its steps used: official texts
 * only, public reports (named), values the person typed (named); and whether those sources still
 * speak for the stay's date. Both are shown beside the figure, not only in the notes.
 */

export interface Provenance {
  /** The least trusted kind of value the figures rest on. */
  level: 'official' | 'reported' | 'user';
  /** Whether any official value was used beside the others ("部分参数" rather than all). */
  anyOfficial: boolean;
  /** The reported parameters used, each named once. */
  reported: string[];
  /** The parameters the person supplied or edited, each named once. */
  user: string[];
}

export function provenanceOf(events: readonly { steps: readonly { uses: readonly Use[] }[] }[]): Provenance {
  const reported = new Set<string>();
  const user = new Set<string>();
  let anyOfficial = false;
  for (const event of events) {
    for (const step of event.steps) {
      for (const u of step.uses) {
        if (u.level === 'reported') reported.add(u.name);
        else if (u.level === 'user') user.add(u.name);
        else if (u.level === 'official') anyOfficial = true;
      }
    }
  }
  return { level: user.size ? 'user' : reported.size ? 'reported' : 'official', anyOfficial, reported: [...reported], user: [...user] };
}

export function provenanceNotes(p: Provenance): Note[] {
  const notes: Note[] = [];
  if (p.reported.length) {
    notes.push({
      kind: 'warning',
      topic: 'provenance',
      title: p.anyOfficial ? '部分参数来自公开报道，待核实' : '参数来自公开报道，待核实',
      text: `以下参数来自公开报道，尚未与官方文件核对：${p.reported.join('；')}。结果仅供参考。`,
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

/** One year later, as an ISO date (29 February maps past 28 February, which string comparison handles). */
function yearAfter(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}

interface Vouch {
  /** A year after the last day a parameter's sources speak for (an official text's last day in force, else the newest source's date). */
  staleAfter: string | null;
  /** The newest dated source, for the year the warning names. */
  newest: { year: string; level: 'official' | 'reported' } | null;
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
  const levels = new Set<'official' | 'reported'>();
  const names = new Set<string>();
  let latest = '';
  for (const stay of stays) {
    for (const step of stay.steps) {
      for (const u of step.uses) {
        if (u.level !== 'official' && u.level !== 'reported') continue;
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
  const kind = levels.size > 1 ? '公开报道和官方文件' : levels.has('reported') ? '公开报道' : '官方文件';
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
