import { Fragment } from 'react';
import { formatYuan } from './format';
import { HOTLINE, textParts } from './text-parts';

/**
 * An amount, always on one line: "¥7,150.0" at the end of one line and "0" at the start of the next
 * reads as two amounts, and a person at 200 % text copies the wrong one. Marked data-amount, so the
 * tests can count its line boxes; where a long one would not fit a narrow screen at large text, its
 * type gets smaller by its length (data-chars, globals.css), never split.
 */
export function Yuan({ amount }: { amount: string }) {
  return <Amount>{formatYuan(amount)}</Amount>;
}

/** Any amount already in words (¥1,234.50, 1,234.50 元, +¥3.00): one unbreakable run. */
export function Amount({ children }: { children: string }) {
  return (
    <span data-amount="" data-chars={Math.min(children.length, 20)}>
      {children}
    </span>
  );
}

/**
 * A sentence from the rules or the engine ("统筹基金本年已支付 12,000.00 元…", "请向…或12393询问"): the words
 * wrap, each amount stays whole, and the hotline is a link to call it.
 */
export function Prose({ text }: { text: string }) {
  return (
    <>
      {textParts(text).map((part, i) => (
        <Fragment key={i}>
          {part.kind === 'amount' ? (
            <Amount>{part.text}</Amount>
          ) : part.kind === 'hotline' ? (
            <a href={`tel:${HOTLINE}`} className="font-semibold underline underline-offset-4">
              {part.text}
            </a>
          ) : (
            part.text
          )}
        </Fragment>
      ))}
    </>
  );
}
