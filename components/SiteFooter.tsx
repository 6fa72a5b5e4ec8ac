import { PageLink } from '@/components/ui/PageLink';

export function SiteFooter() {
  return (
    <footer className="mx-auto mt-12 max-w-6xl border-t-2 border-gray-300 px-4 py-6 text-base text-gray-800">
      <p>全部计算都在您的浏览器内完成，您填写的金额不会发送到任何地方。为了刷新或返回时不必重填，填写的内容暂存在本浏览器标签页中，关闭标签页即清除。</p>
      <nav aria-label="网站导航" className="mt-2 flex flex-wrap gap-x-6 print:hidden">
        <PageLink href="/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          开始估算
        </PageLink>
        <PageLink href="/planner/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          全年住院估算
        </PageLink>
        <PageLink href="/compare/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          城市和险种对比
        </PageLink>
        <PageLink href="/contribution/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          缴费与个人账户
        </PageLink>
        <PageLink href="/check/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          核对结算单
        </PageLink>
        <PageLink href="/sources/" className="inline-flex min-h-11 items-center underline underline-offset-4">
          政策来源
        </PageLink>
      </nav>
    </footer>
  );
}
