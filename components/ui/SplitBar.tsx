import type { SplitPart } from './views';
import { Yuan } from './Yuan';

// Each part has its own pattern as well as its own colour, and the legend says it in words.
const PATTERNS: Record<SplitPart['key'], string> = {
  fund: 'bg-blue-800',
  supplements: 'bg-[repeating-linear-gradient(45deg,#0f766e_0_5px,#ccfbf1_5px_10px)]',
  you: 'bg-amber-100 bg-[radial-gradient(#92400e_2px,transparent_2px)] bg-size-[10px_10px]',
};

/**
 * How the bill divides between the fund, the supplementary payments and the person. A layer no source
 * gives is said to be left out, never drawn as paying ¥0.00.
 */
export function SplitBar({ parts, caption, leftOut = [] }: { parts: SplitPart[]; caption: string; leftOut?: readonly string[] }) {
  return (
    <figure className="mt-6" aria-labelledby="split-title">
      <figcaption id="split-title" className="text-lg font-semibold">
        {caption}
      </figcaption>
      <div aria-hidden="true" className="mt-2 flex h-8 w-full overflow-hidden rounded-md border-2 border-gray-900 bg-white print:hidden">
        {parts
          .filter((p) => p.percent !== '0.0')
          .map((p) => (
            <div key={p.key} className={`h-full border-r-2 border-white last:border-r-0 ${PATTERNS[p.key]}`} style={{ width: `${p.percent}%` }} />
          ))}
      </div>
      <ul className="mt-2 space-y-1">
        {parts.map((p) => (
          <li key={p.key} className="flex flex-wrap items-center gap-x-2">
            <span aria-hidden="true" className={`inline-block h-5 w-8 shrink-0 rounded-sm border-2 border-gray-900 ${PATTERNS[p.key]}`} />
            <span>{p.label}</span>
            <span className="font-semibold tabular-nums">
              <Yuan amount={p.amount} />（{p.percent}%）
            </span>
          </li>
        ))}
        {leftOut.length > 0 && <li className="font-semibold">未计入{leftOut.join('、')}：来源没有给出标准，个人负担实际可能更少</li>}
      </ul>
    </figure>
  );
}
