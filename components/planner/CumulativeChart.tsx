import { formatYuan } from '@/components/ui/format';
import { ColumnHeads } from '@/components/ui/ColumnHeads';
import { Yuan } from '@/components/ui/Yuan';
import type { ChartPoint } from './plan-view';

// Room for "第30项" on the left and "¥99,999,999.99" after the longest bar, at a size still readable on a 360 px phone.
const WIDTH = 340;
const ROW = 40;
const LABEL = 60;
const BAR = 136;

/**
 * The running 个人负担 after each event of the year, one labelled bar per event: black on white with
 * every value written out, so it reads without colour; a table gives the same figures as text.
 */
export function CumulativeChart({ points }: { points: ChartPoint[] }) {
  const height = points.length * ROW + 8;
  const described = points.map((p) => `${p.title}（${p.date}）后累计 ${formatYuan(p.amount)}`).join('；');
  return (
    <figure className="mt-6 break-inside-avoid" aria-labelledby="chart-caption">
      <figcaption id="chart-caption" className="text-lg font-semibold">
        累计个人负担
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="mt-2 w-full max-w-xl" role="img" aria-labelledby="chart-title" aria-describedby="chart-desc">
        <title id="chart-title">各次就医后累计的个人负担</title>
        <desc id="chart-desc">{described}</desc>
        <line x1={LABEL} x2={LABEL} y1={0} y2={height} stroke="#111827" strokeWidth={2} />
        {points.map((p, i) => {
          const y = i * ROW + 8;
          const length = Math.max(p.share * BAR, 1);
          return (
            <g key={i}>
              <text x={LABEL - 6} y={y + 18} textAnchor="end" fontSize={16} fill="#111827">
                {p.label}
              </text>
              <rect x={LABEL} y={y + 4} width={length} height={ROW - 14} fill="#1f2937" />
              <text x={LABEL + length + 6} y={y + 20} fontSize={15} fill="#111827">
                {formatYuan(p.amount)}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="mt-2 rounded-md border-2 border-gray-300">
        <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold">用表格查看</summary>
        <table className="w-full border-collapse text-base">
          <caption className="sr-only">各次就医后累计的个人负担</caption>
          <ColumnHeads heads={['就医', '日期', '累计个人负担']} figures />
          <tbody>
            {points.map((p, i) => (
              <tr key={i} className="block border-b border-gray-300 py-1 md:table-row">
                <th scope="row" className="block px-2 text-left font-medium md:table-cell md:py-2">
                  {p.title}
                </th>
                <td className="block px-2 md:table-cell md:py-2 md:text-right">
                  <span className="font-semibold md:sr-only">日期：</span>
                  {p.date}
                </td>
                <td className="block px-2 tabular-nums md:table-cell md:py-2 md:text-right">
                  <span className="font-semibold md:sr-only">累计个人负担：</span>
                  <Yuan amount={p.amount} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
