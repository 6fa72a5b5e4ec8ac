import { PageLink } from '@/components/ui/PageLink';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold">页面不存在</h1>
      <p className="mt-4">您访问的页面不存在，可能地址有误。</p>
      <p className="mt-6">
        <PageLink href="/" className="text-blue-700 underline underline-offset-4">
          返回首页
        </PageLink>
      </p>
    </main>
  );
}
