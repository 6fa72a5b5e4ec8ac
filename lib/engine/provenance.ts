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

export function provenanceOf(uses: Iterable<Use>): Provenance {
  const reported = new Set<string>();
  const user = new Set<string>();
  let anyOfficial = false;
  for (const u of uses) {
    if (u.level === 'reported') reported.add(u.name);
    else if (u.level === 'user') user.add(u.name);
    else if (u.level === 'official') anyOfficial = true;
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

/** The last day a parameter's sources speak for: an official text's last day in force, else the newest source's date. */
function vouchedUntil(u: Use): string | null {
  let until: string | null = null;
  for (const { doc } of u.cite) {
    const day = doc.inForceTo ?? doc.asOf;
    if (day && (!until || day > until)) until = day;
  }
  return until;
}

/** The newest dated source of a parameter, for the year the warning names. */
function newestSource(u: Use): { year: string; level: 'official' | 'reported' } | null {
  const dated = u.cite.filter((c) => c.doc.asOf).sort((a, b) => b.doc.asOf!.localeCompare(a.doc.asOf!))[0];
  return dated ? { year: dated.doc.asOf!.slice(0, 4), level: dated.doc.level } : null;
}

/**
 * A warning when a stay is dated more than a year after what its sources speak for: the rule may have
 * changed since. Values the person typed are theirs to judge and are left out.
 */
export function stalenessNote(stays: { date: string; uses: Iterable<Use> }[]): Note | null {
  const years = new Set<string>();
  const levels = new Set<'official' | 'reported'>();
  const names = new Set<string>();
  let latest = '';
  for (const stay of stays) {
    for (const u of stay.uses) {
      if (u.level !== 'official' && u.level !== 'reported') continue;
      const until = vouchedUntil(u);
      if (!until || stay.date <= yearAfter(until)) continue;
      const source = newestSource(u);
      if (!source) continue;
      years.add(source.year);
      levels.add(source.level);
      names.add(u.name);
      if (stay.date > latest) latest = stay.date;
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
  const far = dates.filter((d) => d > yearAfter(today)).sort().at(-1);
  if (!far) return null;
  return {
    kind: 'warning',
    topic: 'freshness',
    title: '住院日期在一年以后',
    text: `住院日期 ${far} 比今天（${today}）晚一年以上。那时的规定现在无从知道，本估算按目前已知的规定计算，仅供参考。`,
  };
}
