import type { ReactNode } from 'react';
import type { Provenance } from '@/lib/engine/provenance';
import type { Trust } from '@/lib/model/types';
import { LevelBadge } from '@/components/ui/LevelBadge';
import type { Incomplete } from './outcome';
import { Yuan } from './Yuan';

/** The pieces every page's result is built from: the region with its notices and disclaimer, and the figures. */

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

/** Type sizes of the figures: in a page's result, and on a comparison's narrower card. */
const FIGURE_SIZES = {
  page: { row: 'gap-x-4', band: 'p-3', line: 'px-3', leadTerm: 'text-xl font-bold', lead: 'text-3xl font-bold sm:text-4xl', figure: 'text-xl font-semibold' },
  card: { row: 'gap-x-3', band: 'p-2', line: 'px-2', leadTerm: 'font-bold', lead: 'text-2xl font-bold', figure: 'font-semibold' },
} as const;

/** One figure of a result's <dl>: the lead one (个人负担) larger, on a grey band; a note under it where it needs one. */
export function Figure({
  term,
  amount,
  lead = false,
  note,
  size = 'page',
}: {
  term: ReactNode;
  amount: string;
  lead?: boolean;
  note?: ReactNode;
  size?: keyof typeof FIGURE_SIZES;
}) {
  const s = FIGURE_SIZES[size];
  return (
    <div className={`flex flex-wrap items-baseline justify-between ${s.row} ${lead ? `rounded-md bg-gray-100 ${s.band}` : s.line}`}>
      <dt className={lead ? s.leadTerm : undefined}>{term}</dt>
      <dd className={`tabular-nums ${lead ? s.lead : s.figure}`}>
        <Yuan amount={amount} />
      </dd>
      {note && <dd className="basis-full text-base text-gray-700">{note}</dd>}
    </div>
  );
}

/** A supplementary layer's name, marked where its figure rests on a value the person edited (and, where asked, on a press report). */
export function SupplementTerm({ name, level, markReported = false }: { name: string; level: Trust; markReported?: boolean }) {
  return (
    <>
      {name}
      {markReported && level === 'reported' && <span className="text-base text-gray-700">（公开报道，待核实）</span>}
      {level === 'user' && (
        <>
          {' '}
          <LevelBadge level="user">已修改</LevelBadge>
        </>
      )}
    </>
  );
}

/** The same figure under the official rules, beside one that rests on edited values: its amount, or why it cannot be computed. */
export type OfficialFigure = { amount: string } | { refusal: string };

/** Where the edited values came from: a shared link (the sender's), or typed on this device. */
export type EditsFrom = 'link' | 'you';

/** Beside a result's figures: what they rest on (official texts, public reports, values typed), and whether the rule may have changed. */
export function ProvenanceLine({
  provenance: p,
  freshness,
  official,
  editsFrom = 'you',
}: {
  provenance: Provenance;
  freshness: { title: string; text: string }[];
  /** Where the figure rests on edited values: the official rules' figure, said next to it. */
  official?: OfficialFigure;
  editsFrom?: EditsFrom;
}) {
  return (
    <div className="mt-1 space-y-1 text-base text-gray-900">
      {p.user.length > 0 && (
        <div className="rounded-md border-2 border-l-8 border-blue-800 bg-white p-2">
          <p>
            <LevelBadge level="user">{editsFrom === 'link' ? '用了分享链接中修改过的数值' : '用了您填写或修改的数值'}</LevelBadge>{' '}
            这不是按官方规则算出的结果。所用数值：{p.user.join('；')}
          </p>
          {official && (
            <p className="mt-1 font-semibold">
              {'amount' in official ? (
                <>
                  按官方规则，个人负担为 <Yuan amount={official.amount} />
                </>
              ) : (
                <>按官方规则无法计算：{official.refusal}</>
              )}
            </p>
          )}
        </div>
      )}
      {p.reported.length > 0 && (
        <p>
          <LevelBadge level="reported">{p.anyOfficial ? '部分参数来自公开报道，待核实' : '参数来自公开报道，待核实'}</LevelBadge>{' '}
          {p.reported.join('；')}
        </p>
      )}
      {p.level === 'official' && (
        <p>
          <LevelBadge level="official">官方文件</LevelBadge> 所用参数都来自官方文件
        </p>
      )}
      {freshness.map((n) => (
        <p key={n.title} className="border-l-4 border-amber-700 pl-2">
          <span className="font-semibold">{n.title}：</span>
          {n.text}
        </p>
      ))}
    </div>
  );
}
