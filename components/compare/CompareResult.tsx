import Link from 'next/link';
import { DISCLAIMER, Notice } from '@/components/estimator/EstimateResult';
import { Yuan } from '@/components/estimator/Yuan';
import { LevelBadge } from '@/components/provenance';
import type { CompareColumn, CompareOutcome } from './runtime';

/** One card per city × scheme, 职工 in one row and 居民 in the next on wide screens, stacked on phones. */
export function CompareResult({ outcome, loadFailed }: { outcome: CompareOutcome | undefined; loadFailed: boolean }) {
  return (
    <section aria-labelledby="compare-title" className="mt-8">
      <h2 id="compare-title" className="text-2xl font-bold">
        对比结果
      </h2>
      <div aria-live="polite" className="mt-3">
        {loadFailed ? (
          <Notice title="计算规则没有加载成功">请检查网络后刷新页面。</Notice>
        ) : !outcome ? (
          <p>正在准备计算规则……</p>
        ) : outcome.kind === 'incomplete' ? (
          <p>{outcome.reason === 'empty' ? '填写住院总费用后，这里会并排显示三个城市、两种医保的估算。' : '请先改正上面标出的填写错误，改正后显示对比结果。'}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-2">
            {outcome.columns.map((c) => (
              <li key={`${c.city}-${c.scheme}`} className="min-w-0">
                <Column column={c} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="mt-6 border-t-2 border-gray-300 pt-3 font-semibold">{DISCLAIMER}</p>
    </section>
  );
}

function Column({ column: c }: { column: CompareColumn }) {
  const id = `column-${c.city}-${c.scheme}`;
  return (
    <section aria-labelledby={id} className="h-full break-inside-avoid rounded-lg border-2 border-gray-800 p-3">
      <h3 id={id} className="text-xl font-bold">
        {c.title}
      </h3>
      <p className="text-base text-gray-700">
        {c.member}
        {c.grade && `，按${c.grade}`}
      </p>
      {c.outcome.kind === 'estimate' ? (
        <dl className="mt-2 space-y-1">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 rounded-md bg-gray-100 p-2">
            <dt className="font-bold">个人负担</dt>
            <dd className="text-2xl font-bold tabular-nums">
              <Yuan amount={c.outcome.outOfPocket} />
            </dd>
          </div>
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 px-2">
            <dt>统筹基金支付</dt>
            <dd className="font-semibold tabular-nums">
              <Yuan amount={c.outcome.fund} />
            </dd>
          </div>
          {c.outcome.supplements.map((s) => (
            <div key={s.name} className="flex flex-wrap items-baseline justify-between gap-x-3 px-2">
              <dt>{s.name}</dt>
              <dd className="font-semibold tabular-nums">
                <Yuan amount={s.amount} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <div className="mt-2 rounded-md border-2 border-l-8 border-amber-700 bg-amber-50 p-2">
          <p className="font-bold">
            <span aria-hidden="true">⚠ </span>无法计算
          </p>
          <p className="text-base">{c.outcome.reason}</p>
          {c.outcome.supplyAt && (
            <p className="mt-1 print:hidden">
              <Link href={c.outcome.supplyAt} className="inline-flex min-h-11 items-center underline underline-offset-4">
                到{c.title}估算页填写{c.outcome.missing.join('、')}
              </Link>
            </p>
          )}
        </div>
      )}
      <div className="mt-3 text-base">
        {c.version ? (
          <>
            <p>{c.version.title}</p>
            <p className="mt-1">
              <LevelBadge level={c.version.level} />
            </p>
          </>
        ) : (
          <p>这个日期没有已知的报销规定。</p>
        )}
        {c.notes.length > 0 && (
          <ul className="mt-2 space-y-1">
            {c.notes.map((n) => (
              <li key={n} className="border-l-4 border-amber-700 pl-2">
                {n}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
