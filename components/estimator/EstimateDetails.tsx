import { InterpretationsDetails } from '@/components/ui/Interpretations';
import { PageLink } from '@/components/ui/PageLink';
import { LevelBadge } from '@/components/ui/LevelBadge';
import { estimateSentence, type EstimateView } from './estimate-view';
import { Prose, Yuan } from '@/components/ui/Yuan';
import type { Incomplete, Refused } from '@/components/ui/outcome';
import type { Outcome } from './runtime';
import { AssumptionLines, Figure, ProvenanceLine, SupplementTerm } from '@/components/ui/figures';
import { assumptionsOf } from '@/components/ui/plain-answer';
import { Notice, type EditsFrom } from '@/components/ui/result-parts';
import { SplitBar } from '@/components/ui/SplitBar';
import { StepList } from '@/components/ui/StepList';
import { StickySummary } from '@/components/ui/StickySummary';
import { KeepAndSend } from '@/components/keep/KeepAndSend';
import { estimateKeepsake } from './keepsake';

/** The estimate as the result region shows it, loaded with the runtime (the first JavaScript holds only the form). */

/** The live part of the result: the headline figures, or why there are none. */
export function Answer({ outcome, editsFrom }: { outcome: Exclude<Outcome, Incomplete>; editsFrom: EditsFrom }) {
  return outcome.kind === 'refusal' ? <Refusal outcome={outcome} /> : <Headline view={outcome.view} editsFrom={editsFrom} />;
}

export function Refusal({ outcome }: { outcome: Refused }) {
  switch (outcome.code) {
    case 'unknown-parameter':
      return (
        <Notice title="还需要您填写数值">
          {outcome.missing.length > 0 && <p>请在上方“需要您补充的数值”中填写：{outcome.missing.join('、')}。</p>}
          {outcome.message && (
            <p>
              <Prose text={outcome.message} />
            </p>
          )}
        </Notice>
      );
    case 'no-version':
      return (
        <Notice title="这个日期没有已知的报销规定">
          <p>
            <Prose text={outcome.message} />
          </p>
          <p>
            请改选日期，或查看
            <PageLink href="/sources/" className="underline underline-offset-4">
              政策来源
            </PageLink>
            。
          </p>
        </Notice>
      );
    case 'no-benefit':
      return (
        <Notice title="这项待遇暂无已知规定">
          <p>
            <Prose text={outcome.message} />
          </p>
          <p>
            可以改选其他就医类型，或查看
            <PageLink href="/sources/" className="underline underline-offset-4">
              政策来源
            </PageLink>
            。
          </p>
        </Notice>
      );
    default:
      return (
        <Notice title="无法估算">
          <p>
            <Prose text={outcome.message} />
          </p>
        </Notice>
      );
  }
}

function Headline({ view, editsFrom }: { view: EstimateView; editsFrom: EditsFrom }) {
  const assumptions = assumptionsOf(view, editsFrom);
  return (
    <>
      <p className="mb-3 text-xl font-semibold">
        <Prose text={estimateSentence(view)} />
      </p>
      <dl className="space-y-2">
        <Figure
          term="个人负担"
          amount={view.outOfPocket}
          lead
          note={
            <>
              <AssumptionLines assumptions={assumptions} />
              <ProvenanceLine provenance={view.provenance} freshness={view.freshness} official={view.official} editsFrom={editsFrom} />
            </>
          }
        />
        <Figure term="统筹基金支付" amount={view.fund} />
        {view.supplements.map((s) => (
          <Figure key={s.id} term={<SupplementTerm name={s.name} level={s.level} markReported />} amount={s.amount} />
        ))}
      </dl>
      {view.change && <ChangeLine change={view.change} />}
      <p className="mt-2 px-3 text-base text-gray-700">
        {view.where}，{view.member}，{view.event}，{view.date}；{view.totalLabel} <Yuan amount={view.totalCost} />。
        {assumptions.length > 0 && `${assumptions.map((a) => a.text).join('；')}。`}
      </p>
    </>
  );
}

/** What the rules' latest change did to this figure: one line, the values before and now under it. */
function ChangeLine({ change }: { change: NonNullable<EstimateView['change']> }) {
  return (
    <div className="mt-3 rounded-md border-2 border-l-8 border-blue-800 p-2">
      <p className="font-semibold">
        <Prose text={change.line} />
      </p>
      {change.values.map((v) => (
        <p key={v} className="text-base text-gray-800">
          <Prose text={v} />
        </p>
      ))}
    </div>
  );
}

export function Details({ view, editsFrom }: { view: EstimateView; editsFrom: EditsFrom }) {
  return (
    <>
      <KeepAndSend make={(address) => estimateKeepsake(view, editsFrom, address)} of={view} fileName="医保报销估算.png" />
      <SplitBar parts={view.split} caption={`${view.totalLabel}的分担`} leftOut={view.leftOut} />
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
          {userValues && <LevelBadge level="user">含修改过的数值</LevelBadge>}
        </p>
        <ul className="mt-2 list-disc pl-6 text-base">
          {version.documents.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
        <p className="mt-1 print:hidden">
          <PageLink href={`/sources/#${version.id}`} className="inline-flex min-h-11 items-center underline underline-offset-4">
            查看这一政策的全部参数和来源
          </PageLink>
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
                <p className="font-semibold">
                  <Prose text={n.title} />
                </p>
                <p className="text-base">
                  <Prose text={n.text} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <InterpretationsDetails items={interpretations} />
    </>
  );
}

/** On a phone, the main figures kept in view while the form is filled in, with room under the last field so they never cover it. */
export function EstimateSummary({ view, editsFrom }: { view: EstimateView; editsFrom: EditsFrom }) {
  return (
    <>
      <StickySummary figures={summaryFigures(view)} notes={assumptionsOf(view, editsFrom).map((a) => a.short)} target="result-title" />
      <div aria-hidden="true" className="h-32 max-[20em]:h-[25vh] lg:hidden print:hidden" />
    </>
  );
}

/** The figures the phone's summary keeps in view: 个人负担 first, then what the funds pay. */
function summaryFigures(view: EstimateView) {
  const supplements = view.split.find((p) => p.key === 'supplements');
  return [
    { label: '个人负担', amount: view.outOfPocket },
    { label: '统筹基金', amount: view.fund },
    ...(view.supplements.length && supplements ? [{ label: '补充保障', amount: supplements.amount }] : []),
  ];
}

