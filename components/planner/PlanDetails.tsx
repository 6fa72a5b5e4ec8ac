import { PolicyDetails, Refusal } from '@/components/estimator/EstimateDetails';
import { AssumptionLines, Figure, ProvenanceLine, SupplementTerm } from '@/components/ui/figures';
import { assumptionsOf } from '@/components/ui/plain-answer';
import type { EditsFrom } from '@/components/ui/result-parts';
import { StepList } from '@/components/ui/StepList';
import { KeepAndSend } from '@/components/keep/KeepAndSend';
import { planKeepsake } from './keepsake';
import { Prose } from '@/components/ui/Yuan';
import { CumulativeChart } from './CumulativeChart';
import { planSentence, type PlanView } from './plan-view';
import type { Incomplete } from '@/components/ui/outcome';
import type { PlanOutcome } from './runtime';

/** The year's result as the region shows it, loaded with the runtime. */

/** The live part: the year's totals, or why there are none. */
export function Answer({ outcome, editsFrom }: { outcome: Exclude<PlanOutcome, Incomplete>; editsFrom: EditsFrom }) {
  return outcome.kind === 'refusal' ? <Refusal outcome={outcome} /> : <Totals view={outcome.view} editsFrom={editsFrom} />;
}

function Totals({ view, editsFrom }: { view: PlanView; editsFrom: EditsFrom }) {
  const assumptions = assumptionsOf(view, editsFrom);
  return (
    <>
      <p className="mb-3 text-xl font-semibold">
        <Prose text={planSentence(view)} />
      </p>
      <dl className="space-y-2">
        <Figure
          term="全年个人负担"
          amount={view.totals.outOfPocket}
          lead
          note={
            <>
              <AssumptionLines assumptions={assumptions} />
              <ProvenanceLine provenance={view.provenance} freshness={view.freshness} official={view.official} editsFrom={editsFrom} />
            </>
          }
        />
        <Figure term="统筹基金支付合计" amount={view.totals.fund} />
        {view.totals.supplements.map((s) => (
          <Figure key={s.name} term={`${s.name}合计`} amount={s.amount} />
        ))}
        <Figure term="医疗总费用合计" amount={view.totals.totalCost} />
      </dl>
      <p className="mt-2 px-3 text-base text-gray-700">
        {view.member}，本年共 {view.count}，按日期先后计算。
        {assumptions.length > 0 && `${assumptions.map((a) => a.text).join('；')}。`}
      </p>
    </>
  );
}

export function Details({ view, editsFrom }: { view: PlanView; editsFrom: EditsFrom }) {
  return (
    <>
      <KeepAndSend make={(address) => planKeepsake(view, editsFrom, address)} of={view} fileName="全年医保报销估算.png" />
      {view.skipped.length > 0 && (
        <section aria-labelledby="skipped-title" className="mt-6">
          <h3 id="skipped-title" className="text-lg font-semibold">
            无法估算、未计入全年合计的就医
          </h3>
          <ul className="mt-2 space-y-2">
            {view.skipped.map((s) => (
              <li key={s.row} className="rounded-md border-2 border-l-8 border-amber-700 bg-amber-50 p-3">
                <span className="font-bold">{s.title}：</span>
                <Prose text={s.reason} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="events-title" className="mt-6">
        <h3 id="events-title" className="text-lg font-semibold">
          本年各次就医（按日期先后）
        </h3>
        <ol className="mt-2 space-y-4">
          {view.events.map((a) => (
            <li key={a.row} className="break-inside-avoid rounded-md border-2 border-gray-400 p-3">
              <h4 className="font-bold">
                {a.title}：{a.date}
                {a.grade && `，${a.grade}`}
              </h4>
              <dl className="mt-1 space-y-1">
                <Figure term={a.totalLabel} amount={a.totalCost} />
                <Figure term="起付线" amount={a.deductible} note={<Prose text={a.deductibleWhy} />} />
                <Figure term="统筹基金支付" amount={a.fund} />
                {a.supplements.map((s) => (
                  <Figure key={s.id} term={<SupplementTerm name={s.name} level={s.level} />} amount={s.amount} />
                ))}
                <Figure term="个人负担" amount={a.outOfPocket} />
                <Figure term="累计个人负担" amount={a.cumulativeOutOfPocket} />
              </dl>
              {a.pots.length > 0 && (
                <div className="mt-2">
                  <p className="font-semibold">这次之后的年度限额</p>
                  <ul className="mt-1 list-disc space-y-1 pl-6 text-base">
                    {a.pots.map((p) => (
                      <li key={p.name}>
                        {p.name}：<Prose text={p.text} />
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <StepList steps={a.steps} openOnWide={false} />
            </li>
          ))}
        </ol>
      </section>
      {view.usage.length > 0 && (
        <section aria-labelledby="usage-title" className="mt-6">
          <h3 id="usage-title" className="text-lg font-semibold">
            年度限额使用情况
          </h3>
          <ul className="mt-2 space-y-3">
            {view.usage.map((u) => (
              <li key={u.name}>
                <p className="font-semibold">{u.name}</p>
                <p className="text-base">
                  <Prose text={u.text} />
                </p>
                {u.percent !== null && (
                  <div aria-hidden="true" className="mt-1 h-4 w-full max-w-xl rounded-sm border-2 border-gray-900 bg-white print:hidden">
                    <div className="h-full bg-gray-800" style={{ width: `${u.percent}%` }} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <CumulativeChart points={view.chart} />
      <PolicyDetails version={view.version} userValues={view.userValues} notes={view.notes} interpretations={view.interpretations} />
    </>
  );
}
