import type { Note } from '@/lib/engine/steps';

/** What the result parts render: amounts already two-decimal strings, citations already in words. */

export interface SplitPart {
  key: 'fund' | 'supplements' | 'you';
  label: string;
  amount: string;
  /** Share of the total bill, one decimal, e.g. "72.5". */
  percent: string;
}

export interface StepView {
  label: string;
  amount: string;
  source: string;
  detail?: string;
  /** The step rests on a value the person supplied or edited. */
  edited?: true;
}

/**
 * The notes a result lists under 请注意: each once, by its words, and none the figure already carries
 * beside it (a note with a topic: what the figures rest on, whether the rule may have changed).
 */
export function listedNotes(notes: readonly Note[]): Note[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.title}\n${n.text}`;
    if (n.topic || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
