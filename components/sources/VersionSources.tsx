import { InterpretationsDetails } from '@/components/ui/Interpretations';
import { LevelBadge } from '@/components/ui/LevelBadge';
import { PART_LABELS } from '@/components/ui/levels';
import { TRUST_ORDER } from '@/lib/engine/steps';
import { SCHEME_LABELS } from '@/lib/model/labels';
import { lastVerified } from '@/lib/model/citation';
import type { Document, Version } from '@/lib/model/types';
import { parameterRows } from './parameter-rows';
import { ParameterGroups } from './ParameterGroups';

/** What a document is known by before its title: its 文号, else a disclosure page's 索引号, else that it has neither. */
function documentNumber(doc: Document): string {
  if (doc.number) return doc.number;
  if (doc.index) return `无文号，索引号 ${doc.index}`;
  return doc.level === 'official' ? '无文号' : '无文号（公开报道）';
}

export function DocumentItem({ doc }: { doc: Document }) {
  return (
    <li>
      <span className="font-semibold">{documentNumber(doc)}</span> 《{doc.title}》，{doc.issuer}，{doc.date}{' '}
      <LevelBadge level={doc.level} />
      {doc.url && <span className="block break-all text-base text-gray-700">{doc.url}</span>}
    </li>
  );
}

/**
 * One policy version: its title, dates and level, and folded below them its documents, parameters and
 * 口径说明, so the page lists every version in a few screens. A link to #<version id> opens the fold (OpenTarget).
 */
export function VersionSources({ version }: { version: Version }) {
  const verified = lastVerified(version.documents);
  const rows = parameterRows(version);
  // The version's own level is its text's; a badge beside it for each less trusted level among its values.
  const below = TRUST_ORDER.filter((l) => l in PART_LABELS && TRUST_ORDER.indexOf(l) > TRUST_ORDER.indexOf(version.level) && rows.some((r) => r.level === l));
  return (
    <section id={version.id} aria-labelledby={`${version.id}-title`} className="mt-8 scroll-mt-4 border-t-4 border-gray-800 pt-3">
      <h2 id={`${version.id}-title`} className="text-xl font-bold md:text-2xl">
        {version.title}
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <span>
          {version.validFrom} 至 {version.validTo ?? '今（未见截止日期）'}
        </span>
        <LevelBadge level={version.level} />
        {below.map((l) => (
          <LevelBadge key={l} level={l}>
            {PART_LABELS[l as keyof typeof PART_LABELS]}
          </LevelBadge>
        ))}
      </p>
      <details className="mt-2 rounded-md border-2 border-gray-300">
        <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold">
          文件、参数（{rows.length} 项）和口径说明（{version.interpretations.length} 条）
        </summary>
        <div className="border-t-2 border-gray-300 px-3 pb-3">
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">城市与险种</dt>
            <dd>
              {version.cityLabel} · {SCHEME_LABELS[version.scheme]}
            </dd>
            <dt className="font-semibold">最近核实</dt>
            <dd>{verified ?? '来源均未注明日期'}</dd>
          </dl>
          <h3 className="mt-4 text-lg font-semibold">依据的文件</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {version.documents.map((d) => (
              <DocumentItem key={d.id} doc={d} />
            ))}
          </ul>
          <h3 className="mt-4 text-lg font-semibold">参数一览</h3>
          <ParameterGroups version={version} />
          <InterpretationsDetails items={version.interpretations} />
        </div>
      </details>
    </section>
  );
}
