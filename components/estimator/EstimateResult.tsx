import Link from 'next/link';
import { LevelBadge } from '@/components/provenance';
import type { EstimateView } from './estimate-view';
import { formatYuan } from './format';
import type { Outcome } from './runtime';
import { SplitBar } from './SplitBar';
import { StepList } from './StepList';
import { Yuan } from './Yuan';

export const DISCLAIMER = '估算结果仅供参考，以定点医疗机构实际结算为准';

/** The result region: the estimate, or a plain notice of why there is none yet. */
export function EstimateResult({ outcome, loadFailed }: { outcome: Outcome | undefined; loadFailed: boolean }) {
  return (
    <section aria-labelledby="result-title" className="min-w-0 rounded-lg border-2 border-gray-800 p-4">
      <h2 id="result-title" className="text-2xl font-bold">
        估算结果
      </h2>
      <div aria-live="polite" className="mt-3">
        {loadFailed ? (
          <Notice title="计算规则没有加载成功">请检查网络后刷新页面。</Notice>
        ) : !outcome ? (
          <p>正在准备计算规则……</p>
        ) : outcome.kind === 'incomplete' ? (
          <p>{outcome.reason === 'empty' ? '填写住院总费用后，这里会立即显示估算结果。' : '请先改正上面标出的填写错误，改正后显示估算结果。'}</p>
        ) : outcome.kind === 'refusal' ? (
          <Refusal outcome={outcome} />
        ) : (
          <Headline view={outcome.view} />
        )}
      </div>
      {outcome?.kind === 'estimate' && <Details view={outcome.view} />}
      <p className="mt-6 border-t-2 border-gray-300 pt-3 font-semibold">{DISCLAIMER}</p>
    </section>
  );
}

export function Notice({ title, children }: { title: string; children: React.ReactNode }) {
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

export function Refusal({ outcome }: { outcome: Extract<Outcome, { kind: 'refusal' }> }) {
  switch (outcome.code) {
    case 'unknown-parameter':
      return (
        <Notice title="还需要您填写数值">
          {outcome.missing.length > 0 && <p>请在上方“需要您补充的数值”中填写：{outcome.missing.join('、')}。</p>}
          <p>{outcome.message}</p>
        </Notice>
      );
    case 'no-version':
      return (
        <Notice title="这个日期没有已知的报销规定">
          <p>{outcome.message}</p>
          <p>
            请改选住院日期，或查看
            <Link href="/sources/" className="underline underline-offset-4">
              政策来源
            </Link>
            。
          </p>
        </Notice>
      );
    default:
      return (
        <Notice title="无法估算">
          <p>{outcome.message}</p>
        </Notice>
      );
  }
}

function Headline({ view }: { view: EstimateView }) {
  return (
    <>
      <dl className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 rounded-md bg-gray-100 p-3">
          <dt className="text-xl font-bold">个人负担</dt>
          <dd className="text-3xl font-bold tabular-nums sm:text-4xl">
            <Yuan amount={view.outOfPocket} />
          </dd>
        </div>
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 px-3">
          <dt>统筹基金支付</dt>
          <dd className="text-xl font-semibold tabular-nums">
            <Yuan amount={view.fund} />
          </dd>
        </div>
        {view.supplements.map((s) => (
          <div key={s.id} className="flex flex-wrap items-baseline justify-between gap-x-4 px-3">
            <dt>
              {s.name}
              {s.level === 'reported' && <span className="text-base text-gray-700">（公开报道，待核实）</span>}
              {s.level === 'user' && (
                <>
                  {' '}
                  <LevelBadge level="user">已修改</LevelBadge>
                </>
              )}
            </dt>
            <dd className="text-xl font-semibold tabular-nums">
              <Yuan amount={s.amount} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 px-3 text-base text-gray-700">
        住院总费用 {formatYuan(view.totalCost)}；{view.member}，{view.grade}，本年第{view.ordinal}次住院。
      </p>
    </>
  );
}

function Details({ view }: { view: EstimateView }) {
  return (
    <>
      <SplitBar parts={view.split} />
      <StepList steps={view.steps} />
      <PolicyDetails version={view.version} userValues={view.userValues} notes={view.notes} interpretations={view.interpretations} />
    </>
  );
}

/** The version used with its dates, documents and level; the notes; the 口径说明. Shared by every page that shows a result. */
export function PolicyDetails({
  version,
  userValues,
  notes,
  interpretations,
}: Pick<EstimateView, 'version' | 'userValues' | 'notes' | 'interpretations'>) {
  return (
    <>
      <section aria-labelledby="version-title" className="mt-6">
        <h3 id="version-title" className="text-lg font-semibold">
          所用政策
        </h3>
        <p>{version.title}</p>
        <p>
          施行期间：{version.validFrom} 至 {version.validTo ?? '今（未见截止日期）'}
        </p>
        <p className="mt-1 flex flex-wrap gap-2">
          <LevelBadge level={version.level} />
          {userValues && <LevelBadge level="user">含您填写的数值</LevelBadge>}
        </p>
        <ul className="mt-2 list-disc pl-6 text-base">
          {version.documents.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
        <p className="mt-1 print:hidden">
          <Link href={`/sources/#${version.id}`} className="inline-flex min-h-11 items-center underline underline-offset-4">
            查看这一政策的全部参数和来源
          </Link>
        </p>
      </section>
      {notes.length > 0 && (
        <section aria-labelledby="notes-title" className="mt-6">
          <h3 id="notes-title" className="text-lg font-semibold">
            请注意
          </h3>
          <ul className="mt-1 space-y-2">
            {notes.map((n, i) => (
              <li key={i} className={n.kind === 'warning' ? 'border-l-4 border-amber-700 pl-3' : 'border-l-4 border-gray-400 pl-3'}>
                <p className="font-semibold">{n.title}</p>
                <p className="text-base">{n.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <details className="mt-6 rounded-md border-2 border-gray-300">
        <summary className="flex min-h-11 cursor-pointer items-center px-3 text-lg font-semibold">口径说明（{interpretations.length} 条）</summary>
        <ul className="space-y-2 border-t-2 border-gray-300 px-3 py-2">
          {interpretations.map((i) => (
            <li key={i.title}>
              <p className="font-semibold">{i.title}</p>
              <p className="text-base">{i.text}</p>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
