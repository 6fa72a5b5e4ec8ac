import { Prose } from './Yuan';

/** 口径说明 wherever it is a heading: the word says little to a newcomer, so it always comes with what it means. */

export const INTERPRETATIONS_MEANING = '我们怎样理解政策中不明确的地方';

export interface InterpretationText {
  title: string;
  text: string;
}

export function InterpretationList({ items, className }: { items: readonly InterpretationText[]; className: string }) {
  return (
    <ul className={className}>
      {items.map((i) => (
        <li key={i.title}>
          <p className="font-semibold">
            <Prose text={i.title} />
          </p>
          <p className="text-base">
            <Prose text={i.text} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A result's 口径说明, folded: the count and the meaning on the summary, the readings inside. */
export function InterpretationsDetails({ items }: { items: readonly InterpretationText[] }) {
  return (
    <details className="mt-6 rounded-md border-2 border-gray-300">
      <summary className="flex min-h-11 cursor-pointer flex-col justify-center px-3 py-1">
        <span className="text-lg font-semibold">口径说明（{items.length} 条）</span>
        <span className="text-base text-gray-700">{INTERPRETATIONS_MEANING}</span>
      </summary>
      <InterpretationList items={items} className="space-y-2 border-t-2 border-gray-300 px-3 py-2" />
    </details>
  );
}
