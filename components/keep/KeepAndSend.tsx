'use client';

import { useState } from 'react';
import { BUTTON_CLASS } from '@/components/ui/button';
import { CONTROL_CLASS } from '@/components/ui/fields';
import { keepsakeText, type Keepsake } from './keepsake';

type Made<T> = T & { of: unknown };

/**
 * 保存图片 and 复制文字 under a result: the answer as a picture (drawn in this browser, shown as an
 * image to long-press in WeChat, with a download on a computer) and as text to paste into a chat.
 * Nothing is made until a button is pressed, and what was made for another result is not shown.
 */
export function KeepAndSend({ make, of, fileName }: { make: (address: string) => Keepsake | null; of: unknown; fileName: string }) {
  const [picture, setPicture] = useState<Made<{ url: string; alt: string; width: number; height: number }> | Made<{ problem: string }> | null>(null);
  const [text, setText] = useState<Made<{ value: string; copied: boolean }> | null>(null);
  const address = () => `${window.location.origin}${window.location.pathname}`;

  async function savePicture() {
    const keepsake = make(address());
    if (!keepsake) return;
    try {
      const { drawKeepsake } = await import('./picture');
      const drawn = drawKeepsake(keepsake);
      setPicture({ ...drawn, alt: `${keepsake.title}：${keepsake.sentence}${keepsake.assumptions.length ? `请注意：${keepsake.assumptions.join('；')}。` : ''}`, of });
    } catch {
      setPicture({ problem: '这个浏览器没能生成图片，请用“复制文字”或截屏保存。', of });
    }
  }

  async function copyText() {
    const keepsake = make(address());
    if (!keepsake) return;
    const value = keepsakeText(keepsake);
    setText({ value, copied: false, of });
    try {
      await navigator.clipboard.writeText(value);
      setText({ value, copied: true, of });
    } catch {
      // No clipboard (an older WeChat, a page not served over https): the text is shown below to copy by hand.
    }
  }

  const shownPicture = picture?.of === of ? picture : null;
  const shownText = text?.of === of ? text : null;
  return (
    <section aria-labelledby="keep-title" className="mt-6 print:hidden">
      <h3 id="keep-title" className="text-lg font-semibold">
        保存或发给家人
      </h3>
      <p className="text-base text-gray-700">图片和文字只在您按下按钮时在本机生成，含上面的金额，不会上传到任何地方。</p>
      <p className="mt-2 flex flex-wrap gap-3">
        <button type="button" className={BUTTON_CLASS} onClick={savePicture}>
          保存图片
        </button>
        <button type="button" className={BUTTON_CLASS} onClick={copyText}>
          复制文字
        </button>
      </p>
      <div aria-live="polite">
        {shownPicture && 'problem' in shownPicture && <p className="mt-2 font-semibold">{shownPicture.problem}</p>}
        {shownPicture && 'url' in shownPicture && (
          <figure className="mt-3">
            {/* A data: URL drawn here: next/image has nothing to optimise. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={shownPicture.url} alt={shownPicture.alt} width={shownPicture.width} height={shownPicture.height} className="h-auto w-full max-w-md rounded-md border-2 border-gray-400" />
            <figcaption className="mt-1 text-base">
              手机上长按图片即可保存或发送给朋友；
              <a href={shownPicture.url} download={fileName} className="inline-flex min-h-11 items-center underline underline-offset-4">
                下载图片
              </a>
            </figcaption>
          </figure>
        )}
        {shownText && (
          <div className="mt-3">
            <label htmlFor="keep-text" className="block font-semibold">
              {shownText.copied ? '已复制，可以粘贴到微信发给家人：' : '请长按或选中下面的文字复制：'}
            </label>
            <textarea id="keep-text" readOnly value={shownText.value} rows={Math.min(14, shownText.value.split('\n').length + 1)} onFocus={(e) => e.target.select()} className={CONTROL_CLASS} />
          </div>
        )}
      </div>
    </section>
  );
}
