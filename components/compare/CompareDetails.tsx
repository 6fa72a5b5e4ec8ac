import { PageLink } from '@/components/ui/PageLink';
import { Figure, ProvenanceLine } from '@/components/ui/figures';
import { LevelBadge } from '@/components/ui/LevelBadge';
import type { CompareColumn } from './runtime';

/** The comparison as the region shows it, loaded with the runtime: one card per city × scheme, 职工 in one row and 居民 in the next on wide screens, stacked on phones. */
export function Answer({ columns }: { columns: CompareColumn[] }) {
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-2">
      {columns.map((c) => (
        <li key={`${c.city}-${c.scheme}`} className="min-w-0">
          <Column column={c} />
        </li>
      ))}
    </ul>
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
          <Figure term="个人负担" amount={c.outcome.outOfPocket} lead size="card" note={<ProvenanceLine provenance={c.outcome.provenance} freshness={[]} />} />
          <Figure term="统筹基金支付" amount={c.outcome.fund} size="card" />
          {c.outcome.supplements.map((s) => (
            <Figure key={s.name} term={s.name} amount={s.amount} size="card" />
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
              <PageLink href={c.outcome.supplyAt} className="inline-flex min-h-11 items-center underline underline-offset-4">
                到{c.title}估算页填写{c.outcome.missing.join('、')}
              </PageLink>
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
