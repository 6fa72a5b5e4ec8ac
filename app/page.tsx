// Placeholder: will be replaced by the estimator.
export default function HomePage() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold">医保报销估算</h1>
      <p className="mt-4">估算住院费用经医保报销后个人需要支付的金额。全部计算在您的浏览器内完成。</p>
    </main>
  );
}
