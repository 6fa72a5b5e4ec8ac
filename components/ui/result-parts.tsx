import type { ReactNode } from 'react';
import type { Incomplete } from './outcome';

/**
 * The region every page's result is shown in, with its notices and disclaimer: in the first JavaScript,
 * since it stands on the page before the runtime arrives. The figures inside it are in figures.tsx.
 */

const DISCLAIMER = '估算结果仅供参考，以定点医疗机构实际结算为准';

/**
 * A result region: the heading; a live part that announces the result, or why there is none yet;
 * `children` below it, not announced (they are long); the disclaimer.
 */
export function ResultRegion<O extends { kind: string }>({
  id,
  title,
  className,
  loadFailed,
  outcome,
  incomplete,
  shown,
  disclaimer = DISCLAIMER,
  children,
}: {
  /** The heading's id, which names the region. */
  id: string;
  title: string;
  className: string;
  loadFailed: boolean;
  outcome: Incomplete | O | undefined;
  /** What to say while nothing is typed, and while something is typed wrong. */
  incomplete: Record<Incomplete['reason'], string>;
  /** The live part once there is a result (or a refusal). */
  shown: (outcome: O) => ReactNode;
  /** What the figures are subject to; by default the settlement at the hospital. */
  disclaimer?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      <div aria-live="polite" className="mt-3">
        {loadFailed ? (
          <Notice title="计算规则没有加载成功">请检查网络后刷新页面。</Notice>
        ) : !outcome ? (
          <p>正在准备计算规则……</p>
        ) : isIncomplete(outcome) ? (
          <p>{incomplete[outcome.reason]}</p>
        ) : (
          shown(outcome)
        )}
      </div>
      {children}
      <p className="mt-6 border-t-2 border-gray-300 pt-3 font-semibold">{disclaimer}</p>
    </section>
  );
}

function isIncomplete(outcome: { kind: string }): outcome is Incomplete {
  return outcome.kind === 'incomplete';
}

export function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-md border-2 border-l-8 border-amber-700 bg-amber-50 p-3">
      <p className="text-lg font-bold">
        <span aria-hidden="true">⚠ </span>
        {title}
      </p>
      <div className="mt-1 space-y-1">{children}</div>
    </div>
  );
}

/**
 * The same figure without the person's edits, beside one that rests on edited values: its amount, or why
 * it cannot be computed, and the words for the rules it follows (按官方规则 only where all are official).
 */
export type OfficialFigure = ({ amount: string } | { refusal: string }) & { rules: string };

/** Where the edited values came from: a shared link (the sender's), or typed on this device. */
export type EditsFrom = 'link' | 'you';
