import { repeated } from '@/components/ui/once';
import { LevelBadge } from '@/components/ui/LevelBadge';
import { Prose } from '@/components/ui/Yuan';
import type { Version } from '@/lib/model/types';
import { parameterGroups, type ParameterRow } from './parameter-rows';
import { ColumnHeads } from '@/components/ui/ColumnHeads';

/**
 * A version's parameters: value, source and level, one folded table per group as the settlement
 * applies them, so a phone shows the groups' names before their rows. Stacks into cards on phones.
 */
export function ParameterGroups({ version }: { version: Version }) {
  return (
    <div className="mt-2 space-y-2">
      {parameterGroups(version).map(({ group, rows }) => (
        <ParameterGroup key={group} group={group} rows={rows} />
      ))}
    </div>
  );
}

function ParameterGroup({ group, rows }: { group: string; rows: ParameterRow[] }) {
  // A reason several rows share (济南居民's twelve unknown rates) is said once, above them.
  const shared = repeated(rows.map((r) => r.note));
  return (
    <details className="rounded-md border-2 border-gray-300">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold">
        {group}（{rows.length} 项）
      </summary>
      {shared.map((n) => (
        <p key={n} className="border-t-2 border-gray-300 px-2 py-2 text-base text-gray-700">
          <Prose text={n} />
        </p>
      ))}
      <table className="w-full border-collapse border-t-2 border-gray-300 text-base">
        <caption className="sr-only">{group}</caption>
        <ColumnHeads heads={['参数', '数值', '来源', '可信度']} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} className="block border-b border-gray-300 py-2 last:border-b-0 md:table-row">
              <th scope="row" className="block px-2 text-left font-medium md:table-cell md:py-2">
                {r.name}
              </th>
              <td className="block px-2 md:table-cell md:py-2">
                {r.value ?? <span className="font-semibold">未知，需要您填写</span>}
                {r.later?.map((l) => (
                  <span key={l.from} className="mt-1 block">
                    <span className="font-semibold">{l.from} 起：</span>
                    {l.value ?? '来源未给出'}
                  </span>
                ))}
              </td>
              <td className="block px-2 text-gray-800 md:table-cell md:py-2">
                {r.source}
                {r.note && !shared.includes(r.note) && (
                  <span className="mt-1 block text-gray-700">
                    <Prose text={r.note} />
                  </span>
                )}
                {r.later?.map((l) => (
                  <span key={l.from} className="mt-1 block text-gray-700">
                    {l.from} 起：{l.source === r.source ? '' : `${l.source}。`}
                    {l.note && <Prose text={l.note} />}
                  </span>
                ))}
              </td>
              <td className="block px-2 md:table-cell md:py-2">
                <LevelBadge level={r.level} />
                {r.later?.filter((l) => l.level !== r.level).map((l) => (
                  <span key={l.from} className="mt-1 block">
                    {l.from} 起 <LevelBadge level={l.level} />
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
