'use client';

import { useState } from 'react';
import { BUTTON_CLASS } from '@/components/ui/button';
import { CONTROL_CLASS } from '@/components/ui/fields';

type Shared = { url: string; withAmounts: boolean; copied: boolean } | { problem: string } | null;

/**
 * Shown once the runtime is here (it makes the links). Two ways to share: the choices only (in the query string), or with the amounts, which go after
 * '#' and so never reach a server. The link is copied when the browser allows it, and always shown
 * in a read-only field to copy by hand. A page whose amounts never go in a link gives no `amountsNote`.
 */
export function ShareLinks({ makeLink, amountsNote }: { makeLink: (withAmounts: boolean) => string | null; amountsNote?: string }) {
  const [shared, setShared] = useState<Shared>(null);

  async function share(withAmounts: boolean) {
    const path = makeLink(withAmounts);
    if (!path) {
      setShared({ problem: '请先填好费用，并改正标出的错误，再生成链接。' });
      return;
    }
    const url = new URL(path, window.location.origin).href;
    setShared({ url, withAmounts, copied: false });
    try {
      await navigator.clipboard.writeText(url);
      setShared({ url, withAmounts, copied: true });
    } catch {
      // No clipboard (an older WeChat, a page not served over https): the field below is there to copy from.
    }
  }

  return (
    <section aria-labelledby="share-title" className="mt-10 print:hidden">
      <h2 id="share-title" className="text-xl font-bold">
        分享
      </h2>
      <p className="mt-1">分享链接只包含城市、险种、人员类别、医院等级等选项，不含任何金额；就医类型写在链接的“#”之后，浏览器不会把它发送给任何服务器。</p>
      <button type="button" className={`mt-2 ${BUTTON_CLASS}`} onClick={() => share(false)}>
        复制分享链接
      </button>
      {amountsNote && (
        <>
          <p className="mt-4">
            <span className="font-semibold">隐私提示：</span>
            {amountsNote}
          </p>
          <button type="button" className={`mt-2 ${BUTTON_CLASS}`} onClick={() => share(true)}>
            分享含金额的链接
          </button>
        </>
      )}
      <div aria-live="polite" className="mt-3">
        {shared && 'problem' in shared && <p className="font-semibold">{shared.problem}</p>}
        {shared && 'url' in shared && (
          <>
            <label htmlFor="share-url" className="block text-lg font-semibold">
              {shared.withAmounts ? '含金额的链接' : '分享链接（不含金额）'}
            </label>
            <input id="share-url" readOnly value={shared.url} onFocus={(e) => e.target.select()} className={CONTROL_CLASS} />
            <p className="mt-1">{shared.copied ? '已复制到剪贴板，可以粘贴到微信发送。' : '请选中上面的链接复制（手机上长按）。'}</p>
          </>
        )}
      </div>
    </section>
  );
}
