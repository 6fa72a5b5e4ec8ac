import { LevelBadge } from '@/components/ui/LevelBadge';
import { SCHEME_LABELS } from '@/lib/model/labels';
import { lastVerified } from '@/lib/model/citation';
import type { Document, Version } from '@/lib/model/types';
import { parameterRows } from './parameter-rows';
import { ParameterTable } from './ParameterTable';

export function DocumentItem({ doc }: { doc: Document }) {
  return (
    <li>
      <span className="font-semibold">{doc.number ?? '无文号（公开报道）'}</span> 《{doc.title}》，{doc.issuer}，{doc.date}{' '}
      <LevelBadge level={doc.level} />
      {doc.url && <span className="block break-all text-base text-gray-700">{doc.url}</span>}
    </li>
  );
}

/** One policy version: when it applies, its documents, its parameters and its 口径说明. */
export function VersionSources({ version }: { version: Version }) {
  const verified = lastVerified(version.documents);
  const mixed = version.level === 'official' && parameterRows(version).some((r) => r.level === 'reported');
  return (
    <section id={version.id} aria-labelledby={`${version.id}-title`} className="mt-10 scroll-mt-4 border-t-4 border-gray-800 pt-4">
      <h2 id={`${version.id}-title`} className="text-2xl font-bold">
        {version.title}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">城市与险种</dt>
        <dd>
          {version.cityLabel} · {SCHEME_LABELS[version.scheme]}
        </dd>
        <dt className="font-semibold">施行期间</dt>
        <dd>
          {version.validFrom} 至 {version.validTo ?? '今（未见截止日期）'}
        </dd>
        <dt className="font-semibold">参数来源</dt>
        <dd className="flex flex-wrap gap-2">
          <LevelBadge level={version.level} />
          {mixed && <LevelBadge level="reported">部分参数来自公开报道，待核实</LevelBadge>}
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
      <ParameterTable version={version} caption="参数一览" />
      <h3 className="mt-6 text-lg font-semibold">口径说明</h3>
      <ul className="mt-1 space-y-2">
        {version.interpretations.map((i) => (
          <li key={i.id}>
            <p className="font-semibold">{i.title}</p>
            <p className="text-base">{i.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
