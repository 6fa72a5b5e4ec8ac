/** Why the page opened with its defaults (a shared link it could not follow, a saved state it could not read): shown once, in words, above the form. */
export function LinkNotice({ notice }: { notice: string | null }) {
  if (!notice) return null;
  return (
    <p role="status" className="mt-4 rounded-md border-2 border-l-8 border-amber-700 bg-amber-50 p-3 font-semibold print:hidden">
      <span aria-hidden="true">⚠ </span>
      {notice}
    </p>
  );
}
