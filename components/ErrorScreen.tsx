'use client';

import { clearSaved } from '@/components/forms/saved-state';
import { BUTTON_CLASS } from '@/components/ui/button';

/** Forgets what this tab kept and opens the page afresh, without a shared link's fragment (it may be what failed). */
function startOver() {
  clearSaved();
  window.location.replace(window.location.pathname + window.location.search);
}

/**
 * What a page shows instead of Next's English screen when something still throws while it renders
 * (app/error.tsx, app/global-error.tsx): in Chinese, styled by classes only (the site's policy allows
 * no inline style), with a way out that does not need the tab closed.
 */
export function ErrorScreen() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold">页面出错了</h1>
      <p className="mt-4 text-lg">本页没能正常显示。可能是这个浏览器标签页里保存的填写内容来自旧版本或已损坏。</p>
      <p className="mt-2 text-lg">清除后本页会重新打开，需要重新填写。填写的内容只保存在您的设备上，清除不影响其他任何地方。</p>
      <button type="button" className={`mt-6 ${BUTTON_CLASS}`} onClick={startOver}>
        清除并重新开始
      </button>
    </main>
  );
}
