import { PageLink } from '@/components/ui/PageLink';
import { PolicyDetails, Refusal } from '@/components/estimator/EstimateDetails';
import { formatYuan } from '@/components/ui/format';
import { Amount, Prose, Yuan } from '@/components/ui/Yuan';
import { ProvenanceLine } from '@/components/ui/figures';
import { checkAssumptions, type CheckView, type ComparedRow, type ReasonView } from './check-view';
import type { Incomplete } from '@/components/ui/outcome';
import type { CheckOutcome } from './runtime';
import { ColumnHeads } from '@/components/ui/ColumnHeads';
import { KeepAndSend } from '@/components/keep/KeepAndSend';
import { checkKeepsake } from './keepsake';

/** The check as the region shows it, loaded with the runtime. */

/** The live part: whether the slip agrees with the rules, or why it cannot be checked. */
export function Answer({ outcome }: { outcome: Exclude<CheckOutcome, Incomplete> }) {
  return outcome.kind === 'refusal' ? <Refusal outcome={outcome} /> : <Headline view={outcome.view} />;
}

function Headline({ view }: { view: CheckView }) {
  const c = view.comparison;
  if (c.kind === 'refusal') return <Refusal outcome={c} />;
  if (c.compared === 0) return <p className="text-lg">结算单上还没有填写可以按规定核对的项目（实际支付起付线、统筹基金支付、大病保险 / 大额补助、个人负担）。</p>;
  const assumptions = checkAssumptions(c);
  const basis = assumptions.length > 0 && <p className="mt-1 border-l-4 border-amber-700 pl-2 font-semibold">按规定重算时：{assumptions.join('；')}。</p>;
  if (c.differing === 0) {
    return (
      <>
        <p className="text-xl font-bold">
          <span aria-hidden="true">✓ </span>填写的 {c.compared} 项与按规定重算的结果一致
        </p>
        {basis}
      </>
    );
  }
  const first = view.reasons[0];
  return (
    <>
      <p className="text-xl font-bold">
        <span aria-hidden="true">⚠ </span>有 {c.differing} 项与按规定重算的结果不同
      </p>
      <p className="mt-1">{first ? `最可能的原因：${first.title}。` : '没有找到能解释这一差异的单一原因，请看下面的建议。'}</p>
      {basis}
    </>
  );
}

/** "+¥360.00" / "−¥360.00": the sign in words' place, never only in colour. */
function signed(difference: string): string {
  return difference.startsWith('-') ? `−${formatYuan(difference.slice(1))}` : `+${formatYuan(difference)}`;
}

function Verdict({ row }: { row: ComparedRow }) {
  if (row.same === null || row.difference === null) return '无法比较';
  return row.same ? (
    '一致'
  ) : (
    <>
      不同，相差 <Amount>{signed(row.difference)}</Amount>
    </>
  );
}

/** The slip beside the rules: a table on wide screens, cards on phones. */
function ComparedTable({ rows, caption }: { rows: ComparedRow[]; caption: string }) {
  const cell = 'block px-2 md:table-cell md:py-2 md:text-right tabular-nums';
  const header = (text: string) => <span className="font-semibold md:sr-only">{text}：</span>;
  return (
    <table className="mt-3 w-full border-collapse text-base">
      <caption className="text-left text-lg font-semibold">{caption}</caption>
      <ColumnHeads heads={['项目', '结算单', '按规定重算', '对照']} figures />
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} className="block border-b border-gray-300 py-2 md:table-row">
            <th scope="row" className="block px-2 text-left font-semibold md:table-cell md:py-2">
              {row.name}
              {row.note && (
                <span className="block text-base font-normal text-gray-700">
                  <Prose text={row.note} />
                </span>
              )}
            </th>
            <td className={cell}>
              {header('结算单')}
              {row.slip ? <Yuan amount={row.slip} /> : '未填写'}
            </td>
            <td className={cell}>
              {header('按规定重算')}
              {row.rule ? <Yuan amount={row.rule} /> : '无法计算'}
            </td>
            <td className={`${cell} font-semibold`}>
              {header('对照')}
              <Verdict row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Reason({ reason, n }: { reason: ReasonView; n: number }) {
  const checked = reason.rows.filter((r) => r.slip !== null && r.rule !== null);
  return (
    <li className="border-l-4 border-gray-500 pl-3">
      <p className="text-lg font-semibold">
        {n}. {reason.title}
      </p>
      <p className="text-base">
        <Prose text={reason.detail} />
      </p>
      {checked.length > 0 && (
        <ul className="mt-1 text-base">
          {checked.map((r) => (
            <li key={r.name}>
              {r.name}：按此重算 <Yuan amount={r.rule!} />，结算单 <Yuan amount={r.slip!} />，{r.same ? '一致' : '不同'}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-1 text-base">
        <Prose text={reason.verdict} />
      </p>
      <p className="mt-1 text-base">
        <span className="font-semibold">可以这样问：</span>
        <Prose text={reason.ask} />
      </p>
    </li>
  );
}

export function Details({ view }: { view: CheckView }) {
  const c = view.comparison;
  return (
    <>
      {c.kind === 'lines' && c.compared > 0 && <KeepAndSend make={(address) => checkKeepsake(view, address)} of={view} fileName="结算单核对.png" />}
      {c.kind === 'lines' && (
        <section aria-labelledby="compared-title" className="mt-6">
          <h3 id="compared-title" className="text-lg font-semibold">
            结算单与按规定重算的结果
          </h3>
          <p className="text-base">
            <Prose text={c.basis} />
          </p>
          <ComparedTable rows={c.rows} caption="逐项对照（相差不超过 1 分视为一致）" />
          <ProvenanceLine provenance={c.provenance} freshness={c.freshness} />
        </section>
      )}
      {c.kind === 'lines' && c.differing > 0 && (
        <section aria-labelledby="reasons-title" className="mt-6">
          <h3 id="reasons-title" className="text-lg font-semibold">
            可能的原因（最可能的在前）
          </h3>
          <p className="text-base">每个原因都按它的假设重新计算过，并与结算单逐项比较。这里只是帮您找出可以询问的地方，实际结算以医院和医保经办机构为准。</p>
          {view.reasons.length > 0 && (
            <ol className="mt-2 space-y-4">
              {view.reasons.map((r, i) => (
                <Reason key={i} reason={r} n={i + 1} />
              ))}
            </ol>
          )}
          <p className="mt-3 text-base">
            <Prose text="如果以上原因都不符合，请带着结算单到医院收费处询问，或拨打医保服务热线 12393。" />
            本年有多次住院的，也可以在
            <PageLink href="/planner/" className="underline underline-offset-4">
              全年住院估算
            </PageLink>
            中把每次住院都填上核对。
          </p>
        </section>
      )}
      {view.sums.length > 0 && (
        <section aria-labelledby="sums-title" className="mt-6">
          <h3 id="sums-title" className="text-lg font-semibold">
            加总核对
          </h3>
          <ul className="mt-1 space-y-2">
            {view.sums.map((s) => (
              <li key={s.name} className={s.ok ? 'border-l-4 border-gray-400 pl-3' : 'border-l-4 border-amber-700 pl-3'}>
                <p className="font-semibold">{s.ok ? `${s.name}：相加一致` : `${s.name}：相加不一致`}</p>
                <p className="text-base">
                  <Prose text={`${s.text}；结算单上的${s.name}为 ${s.stated}。`} />
                  {s.assumedZero.length > 0 && `（${s.assumedZero.join('、')}未填写，按 0 计算。）`}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="lines-title" className="mt-6">
        <h3 id="lines-title" className="text-lg font-semibold">
          结算单上每一项是什么
        </h3>
        <dl className="mt-1 divide-y divide-gray-300">
          {view.explanations.map((e) => (
            <div key={e.name} className="py-2">
              <dt className="flex flex-wrap justify-between gap-x-4 font-semibold">
                <span>{e.name}</span>
                <span className="tabular-nums">
                  <Yuan amount={e.amount} />
                </span>
              </dt>
              <dd className="text-base">
                <Prose text={e.meaning} />
              </dd>
              {e.detail && (
                <dd className="text-base">
                  <Prose text={e.detail} />
                </dd>
              )}
              {e.source && (
                <dd className="text-base text-gray-700">
                  依据：<Prose text={e.source} />
                </dd>
              )}
            </div>
          ))}
        </dl>
      </section>
      {view.version && <PolicyDetails version={view.version} userValues={view.userValues} notes={view.notes} interpretations={view.interpretations} />}
    </>
  );
}
