'use client';

import { useEffect, useState } from 'react';
import { Yuan } from './Yuan';

/**
 * The answer kept in view on a phone while the form is filled in: the main figures in one line at the
 * bottom of the screen, with a link to the full result. It steps aside while the result's own figures
 * are on screen, so nothing is said twice, and is not printed.
 */
export function StickySummary({
  figures,
  note,
  target,
}: {
  figures: readonly { label: string; amount: string }[];
  /** What the figures rest on when it is not only official texts, said beside them. */
  note: string | null;
  /** The id of the full result's heading. */
  target: string;
}) {
  const resultInView = useInView(target);
  if (resultInView) return null;
  return (
    <aside aria-label="估算摘要" className="fixed inset-x-0 bottom-0 z-10 border-t-4 border-gray-900 bg-white px-4 py-2 shadow-lg lg:hidden print:hidden">
      <dl className="flex flex-wrap gap-x-5 gap-y-0">
        {figures.map((f, i) => (
          <div key={f.label} className="flex items-baseline gap-2">
            <dt className={i === 0 ? 'font-bold' : undefined}>{f.label}</dt>
            <dd className={`tabular-nums ${i === 0 ? 'text-xl font-bold' : 'font-semibold'}`}>
              {/* Wraps only after a thousands comma at large text sizes, never inside a group. */}
              <Yuan amount={f.amount} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap items-center gap-x-4">
        {note && <span className="text-base text-gray-800">{note}</span>}
        <a href={`#${target}`} className="inline-flex min-h-11 items-center font-semibold underline underline-offset-4">
          查看完整结果和计算过程
        </a>
      </p>
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
