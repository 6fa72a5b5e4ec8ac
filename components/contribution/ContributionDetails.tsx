import { InterpretationsDetails } from '@/components/ui/Interpretations';
import { LevelBadge } from '@/components/ui/LevelBadge';
import type { Incomplete, Refused } from '@/components/ui/outcome';
import { ProvenanceLine } from '@/components/ui/figures';
import { Notice } from '@/components/ui/result-parts';
import { Prose, Yuan } from '@/components/ui/Yuan';
import type { ContributionView, FigureView, ItemView } from './contribution-view';
import type { Outcome } from './runtime';

/** The contributions as the region shows them, loaded with the runtime. */

/** The live part: the figures, or why there are none. */
export function Answer({ outcome }: { outcome: Exclude<Outcome, Incomplete> }) {
  return outcome.kind === 'refusal' ? <Refusal outcome={outcome} /> : <Headline view={outcome.view} />;
}

function Refusal({ outcome }: { outcome: Refused }) {
  return (
    <Notice title={outcome.code === 'no-version' ? '这一年没有已知的缴费规定' : '无法计算'}>
      <p>
        <Prose text={outcome.message} />
      </p>
    </Notice>
  );
}

/** A figure's amount, or why there is none; a value from reports or typed by the person is marked beside it. */
function FigureRow({ figure }: { figure: FigureView }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 px-3">
      <dt>{figure.term}</dt>
      <dd className="text-xl font-semibold tabular-nums">{figure.amount === null ? <span className="text-lg">{figure.missing ? '来源未给出' : '全年无法计算'}</span> : <Yuan amount={figure.amount} />}</dd>
      {figure.amount !== null && figure.level !== 'official' && figure.level !== 'unknown' && (
        <dd className="basis-full">
          <LevelBadge level={figure.level}>{figure.level === 'user' ? '含您填写的数值' : undefined}</LevelBadge>
        </dd>
      )}
    </div>
  );
}

function Figures({ title, figures }: { title: string; figures: FigureView[] }) {
  if (figures.length === 0) return null;
  return (
    <>
      <h3 className="mt-3 text-lg font-semibold">{title}</h3>
      <dl className="space-y-2 rounded-md bg-gray-100 py-2">
        {figures.map((f) => (
          <FigureRow key={f.term} figure={f} />
        ))}
      </dl>
    </>
  );
}

function Headline({ view }: { view: ContributionView }) {
  return (
    <>
      <p className="text-base text-gray-700">{view.summary}</p>
      <Figures title="每月" figures={view.monthly} />
      <Figures title="每年" figures={view.yearly} />
      <ProvenanceLine provenance={view.provenance} freshness={view.freshness} />
      {view.totals.map((t) => (
        <p key={t.title} className="mt-1 text-base">
          {t.text}
        </p>
      ))}
    </>
  );
}

function amountText(amount: string | null, item: ItemView, yearly: boolean): React.ReactNode {
  if (amount !== null) return <Yuan amount={amount} />;
  if (!yearly && item.yearlyOnly) return '按年缴纳';
  return item.missing ? '来源未给出' : '全年无法计算';
}

function ItemCard({ item }: { item: ItemView }) {
  return (
    <li className="rounded-md border-2 border-gray-300 p-3">
      <p className="flex flex-wrap items-baseline gap-x-2 font-semibold">
        {item.name}
        {item.level !== 'official' && <LevelBadge level={item.level}>{item.level === 'user' ? '含您填写的数值' : undefined}</LevelBadge>}
      </p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
        <dt>谁出</dt>
        <dd>{item.payer}</dd>
        <dt>每月</dt>
        <dd className="tabular-nums">{amountText(item.monthly, item, false)}</dd>
        <dt>每年</dt>
        <dd className="tabular-nums">{amountText(item.yearly, item, true)}</dd>
      </dl>
      {item.detail && <p className="mt-1 text-base">算式：{item.detail}</p>}
      {item.note && (
        <p className="mt-1 text-base">
          <Prose text={item.note} />
        </p>
      )}
      <p className="mt-1 text-base text-gray-700">出处：{item.source}</p>
    </li>
  );
}

export function Details({ view }: { view: ContributionView }) {
  return (
    <>
      <section aria-labelledby="items-title" className="mt-6">
        <h3 id="items-title" className="text-lg font-semibold">
          逐项明细
        </h3>
        <ul className="mt-2 space-y-3">
          {view.items.map((i) => (
            <ItemCard key={i.name} item={i} />
          ))}
        </ul>
      </section>
      {view.missing.length > 0 && (
        <section aria-labelledby="missing-title" className="mt-6">
          <h3 id="missing-title" className="text-lg font-semibold">
            来源没有给出的数值
          </h3>
          <ul className="mt-1 space-y-2">
            {view.missing.map((m) => (
              <li key={m.title} className="border-l-4 border-amber-700 pl-3">
                <p className="font-semibold">{m.title}</p>
                <p className="text-base">
                  <Prose text={m.text} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="conditions-title" className="mt-6">
        <h3 id="conditions-title" className="text-lg font-semibold">
          享受待遇的条件
        </h3>
        {view.conditions.length === 0 ? (
          <p className="text-base">所用来源没有写明享受待遇的条件。</p>
        ) : (
          <ul className="mt-1 space-y-2">
            {view.conditions.map((c) => (
              <li key={c.title} className="border-l-4 border-gray-400 pl-3">
                <p className="font-semibold">{c.title}</p>
                <p className="text-base">
                  <Prose text={c.text} />
                </p>
                <p className="text-base text-gray-700">出处：{c.source ?? '来源未给出'}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="version-title" className="mt-6">
        <h3 id="version-title" className="text-lg font-semibold">
          所用政策
        </h3>
        <p>{view.version.title}</p>
        <p>
          施行期间：{view.version.validFrom} 至 {view.version.validTo ?? '今（未见截止日期）'}
        </p>
        <p className="mt-1">
          <LevelBadge level={view.version.level} />
        </p>
        <ul className="mt-2 list-disc pl-6 text-base">
          {view.version.documents.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </section>
      <InterpretationsDetails items={view.interpretations} />
    </>
  );
}
