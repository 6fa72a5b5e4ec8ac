import { formatYuan } from '@/components/ui/format';
import { Amount, Yuan } from '@/components/ui/Yuan';
import type { Comparison } from './editor-view';
import { ColumnHeads } from '@/components/ui/ColumnHeads';

/** "+¥200.00" / "−¥200.00" / "无变化": the sign in words' place, never only in colour. */
function Signed({ difference }: { difference: string }) {
  if (/^-?0\.00$/.test(difference)) return '无变化';
  return <Amount>{difference.startsWith('-') ? `−${formatYuan(difference.slice(1))}` : `+${formatYuan(difference)}`}</Amount>;
}

/** The result under the rules without edits beside the result under the person's edits, with the difference. A table on wide screens, cards on phones. */
export function ComparisonTable({ comparison, caption }: { comparison: Comparison; caption: string }) {
  const cell = 'block px-2 md:table-cell md:py-2 md:text-right tabular-nums';
  const header = (text: string) => <span className="font-semibold md:sr-only">{text}：</span>;
  return (
    <div className="mt-3">
      {comparison.officialRefusal && (
        <p className="rounded-md border-2 border-l-8 border-amber-700 bg-amber-50 p-3">
          <span className="font-bold">{comparison.rules}无法计算：</span>
          {comparison.officialRefusal}
        </p>
      )}
      {comparison.editedRefusal && (
        <p className="mt-2 rounded-md border-2 border-l-8 border-amber-700 bg-amber-50 p-3">
          <span className="font-bold">按您的修改无法计算：</span>
          {comparison.editedRefusal}
        </p>
      )}
      <table className="mt-3 w-full border-collapse text-base">
        <caption className="text-left text-lg font-semibold">{caption}</caption>
        <ColumnHeads heads={['项目', comparison.rules, '按您的修改', '差额']} figures />
        <tbody>
          {comparison.lines.map((line) => (
            <tr key={line.label} className="block border-b border-gray-300 py-2 md:table-row">
              <th scope="row" className="block px-2 text-left font-semibold md:table-cell md:py-2">
                {line.label}
              </th>
              <td className={cell}>
                {header(comparison.rules)}
                {line.official ? <Yuan amount={line.official} /> : comparison.officialRefusal ? '无法计算' : '未计入'}
              </td>
              <td className={cell}>
                {header('按您的修改')}
                {line.edited ? <Yuan amount={line.edited} /> : comparison.editedRefusal ? '无法计算' : '未计入'}
              </td>
              <td className={`${cell} font-semibold`}>
                {header('差额')}
                {line.difference ? <Signed difference={line.difference} /> : '无法比较'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
