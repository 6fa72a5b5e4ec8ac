import type { Note } from '@/lib/engine/steps';

// Each explanation once on a screen: the same words said again under every item bury what differs.

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

/** The texts given for more than one item, each once: said above the items rather than under each. */
export function repeated(texts: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const again = new Set<string>();
  for (const t of texts) if (t !== undefined) (seen.has(t) ? again : seen).add(t);
  return [...again];
}
