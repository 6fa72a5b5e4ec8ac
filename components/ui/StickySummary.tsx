'use client';

import { useEffect, useRef, useState } from 'react';
import { Yuan } from './Yuan';

/**
 * The answer kept in view on a phone while the form is filled in: the main figures and what they take
 * for granted at the bottom of the screen, the whole bar a link to the full result. It steps aside while
 * the result's own figures are on screen, so nothing is said twice, and is not printed.
 *
 * At large text (a screen narrower than 20 em of the person's text size: 150 % and more on a phone) it
 * keeps to a quarter of the screen: 个人负担 alone on one line, its label and the assumptions in smaller type.
 */
export function StickySummary({
  figures,
  notes,
  target,
}: {
  figures: readonly { label: string; amount: string }[];
  /** What the figures take for granted, in a few words each. */
  notes: readonly string[];
  /** The id of the full result's heading. */
  target: string;
}) {
  const resultInView = useInView(target);
  const bar = useRef<HTMLElement>(null);
  // Appearing with the first figure, the bar would cover the field being typed in (the bill's, near the
  // bottom of a phone's first screen): the page moves up by as much, so both stay in view.
  useEffect(() => {
    const field = document.activeElement;
    if (resultInView || !bar.current || !(field instanceof HTMLElement) || !field.matches('input, select, textarea')) return;
    const box = bar.current.getBoundingClientRect();
    // Not shown (a wide screen, where the result stays beside the form).
    if (box.height === 0) return;
    const overlap = field.getBoundingClientRect().bottom - box.top;
    if (overlap > 0) window.scrollBy(0, overlap + 12);
  }, [resultInView]);
  if (resultInView) return null;
  return (
    <aside ref={bar} aria-label="估算摘要" className="fixed inset-x-0 bottom-0 z-10 border-t-4 border-gray-900 bg-white shadow-lg lg:hidden print:hidden">
      <a href={`#${target}`} className="block px-4 py-2 max-[20em]:px-2 max-[20em]:py-1 max-[20em]:leading-tight">
        <dl className="flex flex-wrap items-baseline gap-x-5 gap-y-0 max-[20em]:gap-x-2">
          {figures.map((f, i) => (
            <div key={f.label} className={`flex flex-wrap items-baseline gap-x-2 ${i > 0 ? 'max-[20em]:hidden' : ''}`}>
              <dt className={`whitespace-nowrap ${i === 0 ? 'font-bold max-[20em]:text-xs' : ''}`}>{f.label}</dt>
              <dd className={`tabular-nums ${i === 0 ? 'text-xl font-bold max-[20em]:text-base' : 'font-semibold'}`}>
                <Yuan amount={f.amount} />
              </dd>
            </div>
          ))}
        </dl>
        {notes.length > 0 && <p className="text-base text-gray-800 max-[20em]:text-xs">{notes.join(' · ')}</p>}
        <span className="inline-flex min-h-11 items-center font-semibold underline underline-offset-4 max-[20em]:sr-only max-[20em]:min-h-0">查看完整结果和计算过程</span>
      </a>
    </aside>
  );
}

/** Whether the element with this id (and the figures just below it) is on screen. */
function useInView(id: string): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const element = document.getElementById(id)?.parentElement;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? false), { rootMargin: '0px 0px -40% 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [id]);
  return inView;
}
