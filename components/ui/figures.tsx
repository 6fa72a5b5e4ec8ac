import type { ReactNode } from 'react';
import type { Provenance } from '@/lib/engine/provenance';
import type { Trust } from '@/lib/model/types';
import { LevelBadge } from '@/components/ui/LevelBadge';
import { PART_LABELS, PROVENANCE_LABELS } from '@/components/ui/levels';
import type { Assumption } from './plain-answer';
import type { EditsFrom, OfficialFigure } from './result-parts';
import { Prose, Yuan } from './Yuan';

/** The figures a page's result is built from, loaded with the runtime. */

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
      {markReported && level !== 'official' && level !== 'user' && <span className="text-base text-gray-700">（{PROVENANCE_LABELS[level]}）</span>}
      {level === 'user' && (
        <>
          {' '}
          <LevelBadge level="user">已修改</LevelBadge>
        </>
      )}
    </>
  );
}

/** Beside a result's lead figure: what it takes for granted about the stay and what it leaves out, in bold, before what its values rest on. */
export function AssumptionLines({ assumptions }: { assumptions: readonly Assumption[] }) {
  const said = assumptions.filter((a) => !a.level);
  if (said.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1">
      {said.map((a) => (
        <li key={a.text} className="border-l-4 border-amber-700 pl-2 font-semibold text-gray-900">
          {a.text}
        </li>
      ))}
    </ul>
  );
}

/** The parameters a level names, folded behind their count where there are several: the figure's line stays one line. */
function Names({ names }: { names: readonly string[] }) {
  if (names.length === 1) return <Prose text={names[0]!} />;
  return (
    <details className="inline-block align-top">
      <summary className="cursor-pointer underline underline-offset-4">哪些参数（{names.length} 项）</summary>
      <span className="block">
        <Prose text={names.join('；')} />
      </span>
    </details>
  );
}

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
            这不是{official?.rules ?? '按所用规则'}算出的结果。所用数值：<Prose text={p.user.join('；')} />
          </p>
          {official && (
            <p className="mt-1 font-semibold">
              {'amount' in official ? (
                <>
                  {official.rules}，个人负担为 <Yuan amount={official.amount} />
                </>
              ) : (
                <>
                  {official.rules}无法计算：{official.refusal}
                </>
              )}
            </p>
          )}
        </div>
      )}
      {p.draft && (
        <div>
          <LevelBadge level="draft">{PART_LABELS.draft}</LevelBadge> <Names names={p.draft} />
        </div>
      )}
      {p.reported.length > 0 && (
        <div>
          <LevelBadge level="reported">{p.anyOfficial ? '部分参数来自公开报道，待核实' : '参数来自公开报道，待核实'}</LevelBadge>{' '}
          <Names names={p.reported} />
        </div>
      )}
      {p.interpretation && (
        <div>
          <LevelBadge level="interpretation">{PART_LABELS.interpretation}</LevelBadge> <Names names={p.interpretation} />（来源没有明文规定，见口径说明）
        </div>
      )}
      {p.level === 'official' && (
        <p>
          <LevelBadge level="official">官方文件</LevelBadge> 所用参数都来自官方文件
        </p>
      )}
      {freshness.map((n) => (
        <p key={n.title} className="border-l-4 border-amber-700 pl-2">
          <span className="font-semibold">{n.title}：</span>
          <Prose text={n.text} />
        </p>
      ))}
    </div>
  );
}
