import { LevelBadge } from '@/components/ui/LevelBadge';
import type { Version } from '@/lib/model/types';
import { parameterRows, type ParameterRow } from './parameter-rows';

/** A version's parameters: value, source and level, grouped as the settlement applies them. Stacks into cards on phones. */
export function ParameterTable({ version, caption }: { version: Version; caption: string }) {
  const groups = new Map<string, ParameterRow[]>();
  for (const r of parameterRows(version)) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return (
    <table className="mt-3 w-full border-collapse text-base">
      <caption className="text-left text-lg font-semibold">{caption}</caption>
      <thead className="sr-only md:not-sr-only">
        <tr className="border-b-2 border-gray-800 text-left">
          <th scope="col" className="p-2">
            参数
          </th>
          <th scope="col" className="p-2">
            数值
          </th>
          <th scope="col" className="p-2">
            来源
          </th>
          <th scope="col" className="p-2">
            可信度
          </th>
        </tr>
      </thead>
      {[...groups].map(([group, rows]) => (
        <tbody key={group}>
          <tr>
            <th scope="colgroup" colSpan={4} className="block bg-gray-100 p-2 text-left md:table-cell">
              {group}
            </th>
          </tr>
          {rows.map((r) => (
            <tr key={r.name} className="block border-b border-gray-300 py-2 md:table-row">
              <th scope="row" className="block px-2 text-left font-medium md:table-cell md:py-2">
                {r.name}
              </th>
              <td className="block px-2 md:table-cell md:py-2">{r.value ?? <span className="font-semibold">未知，需要您填写</span>}</td>
              <td className="block px-2 text-gray-800 md:table-cell md:py-2">
                {r.source}
                {r.note && <span className="mt-1 block text-gray-700">{r.note}</span>}
              </td>
              <td className="block px-2 md:table-cell md:py-2">
                <LevelBadge level={r.level} />
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
