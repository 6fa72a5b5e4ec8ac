/**
 * A table's column heads, shown from md up: on a phone the table reads as cards, each cell carrying its
 * own head, and these stay for screen readers. With `figures`, every column after the first holds
 * amounts and is right-aligned.
 */
export function ColumnHeads({ heads, figures = false }: { heads: readonly string[]; figures?: boolean }) {
  return (
    <thead className="sr-only md:not-sr-only">
      <tr className="border-b-2 border-gray-800">
        {heads.map((head, i) => (
          <th key={head} scope="col" className={`p-2 ${figures && i > 0 ? 'text-right' : 'text-left'}`}>
            {head}
          </th>
        ))}
      </tr>
    </thead>
  );
}
