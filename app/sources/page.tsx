import type { Metadata } from 'next';
import { Contents } from '@/components/sources/Contents';
import { OpenTarget } from '@/components/sources/OpenTarget';
import { DocumentItem, VersionSources } from '@/components/sources/VersionSources';
import { RULES } from '@/lib/rules';

const VERSIONS = RULES.periods();

export const metadata: Metadata = {
  title: '政策来源',
  description: '医保报销估算所依据的每一个政策版本：文件文号、施行期间、每个参数的数值与来源，以及口径说明。',
};

export default function SourcesPage() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-3xl font-bold">政策来源</h1>
      <p className="mt-3 max-w-3xl">
        下面列出本站知道的每一个政策版本：依据的文件、施行期间、每个参数的数值和出处，以及计算时采用的口径；点开各版本下的“文件、参数和口径说明”查看。
        标为“官方文件”的数值来自政府文件原文；“征求意见稿”的数值来自尚未按原样正式印发的草案；“公开报道，待核实”的数值来自公开报道，尚未与官方文件核对；
        “口径说明，非官方数值”是来源没有明文规定、本站按口径说明采用的数值；“来源未给出”的数值需要您在估算时填写。每个结果标出的级别，是它用到的数值中最低的一级。
      </p>
      <Contents versions={VERSIONS} />
      {VERSIONS.map((v) => (
        <VersionSources key={v.id} version={v} />
      ))}
      <section aria-labelledby="context-title" className="mt-10 border-t-4 border-gray-800 pt-4">
        <h2 id="context-title" className="text-2xl font-bold">
          其他参考文件
        </h2>
        <p className="mt-2">以下文件也已查阅，但没有给出住院的起付线或支付比例，列出以供查考（每份文件旁标出它的级别）。</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {RULES.context.map((d) => (
            <DocumentItem key={d.id} doc={d} />
          ))}
        </ul>
      </section>
      <OpenTarget />
    </main>
  );
}
