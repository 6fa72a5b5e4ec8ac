import { Fragment } from 'react';
import { formatYuan } from './format';
import { amountParts } from './amount-parts';

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

/** A sentence with amounts in it ("统筹基金本年已支付 12,000.00 元…"): the words wrap, each amount stays whole. */
export function WithAmounts({ text }: { text: string }) {
  return (
    <>
      {amountParts(text).map((part, i) => (
        <Fragment key={i}>{part.amount ? <Amount>{part.text}</Amount> : part.text}</Fragment>
      ))}
    </>
  );
}
