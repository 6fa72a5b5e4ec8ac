'use client';

import { useCallback, useState } from 'react';
import type { EditsFrom } from '@/components/ui/result-parts';
import type { Edit, Edits } from './edits';

/**
 * The page's one record of parameter edits: the asked-for inputs and the what-if editor both write here.
 * It remembers which edits came with a shared link and are unchanged since, so the result can say whose
 * values it rests on.
 */
export function useEdits() {
  const [state, setState] = useState<{ edits: Edits; fromLink: readonly string[] }>({ edits: {}, fromLink: [] });
  /** The edits a link (or the page's saved state) carries; `fromLink` names those that came with a shared link. */
  const setEdits = useCallback((edits: Edits, fromLink: readonly string[] = Object.keys(edits)) => setState({ edits, fromLink }), []);
  const setEdit = useCallback((key: string, edit: Edit) => setState((s) => ({ edits: { ...s.edits, [key]: edit }, fromLink: s.fromLink.filter((k) => k !== key) })), []);
  const resetEdit = useCallback(
    (key: string) =>
      setState((s) => {
        const rest = { ...s.edits };
        delete rest[key];
        return { edits: rest, fromLink: s.fromLink.filter((k) => k !== key) };
      }),
    [],
  );
  const editsFrom: EditsFrom = state.fromLink.some((k) => k in state.edits) ? 'link' : 'you';
  return { edits: state.edits, fromLink: state.fromLink, editsFrom, setEdits, setEdit, resetEdit };
}
