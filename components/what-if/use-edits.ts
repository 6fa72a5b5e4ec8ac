'use client';

import { useCallback, useState } from 'react';
import type { Edit, Edits } from './edits';

/** The page's one record of parameter edits: the asked-for inputs and the what-if editor both write here. */
export function useEdits() {
  const [edits, setEdits] = useState<Edits>({});
  const setEdit = useCallback((key: string, edit: Edit) => setEdits((all) => ({ ...all, [key]: edit })), []);
  const resetEdit = useCallback(
    (key: string) =>
      setEdits((all) => {
        const rest = { ...all };
        delete rest[key];
        return rest;
      }),
    [],
  );
  return { edits, setEdits, setEdit, resetEdit };
}
