'use client';

import { useEffect, useRef } from 'react';
import { LevelBadge } from '@/components/ui/LevelBadge';
import type { StepView } from './views';
import { Prose, Yuan } from './Yuan';

/**
 * The settlement-slip steps with their sources. Open on wide screens; on phones one tap away, so the
 * headline stays in view. Where many are listed (the planner, one per admission) all start closed.
 */
export function StepList({ steps, openOnWide = true }: { steps: StepView[]; openOnWide?: boolean }) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // Set once on mount, not bound to state: afterwards the person opens and closes it freely.
    if (openOnWide && details.current && window.matchMedia('(min-width: 48rem)').matches) details.current.open = true;
  }, [openOnWide]);
  return (
    <details ref={details} className="mt-6 rounded-md border-2 border-gray-300">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-lg font-semibold">计算过程（按结算单顺序）</summary>
      <ol className="divide-y divide-gray-300 border-t-2 border-gray-300">
        {steps.map((step, i) => (
          <li key={i} className="px-3 py-2">
            <div className="flex flex-wrap justify-between gap-x-4">
              <span className="font-medium">
                <Prose text={step.label} />
                {step.edited && (
                  <>
                    {' '}
                    <LevelBadge level="user">已修改</LevelBadge>
                  </>
                )}
              </span>
              <span className="font-semibold tabular-nums">
                <Yuan amount={step.amount} />
              </span>
            </div>
            {step.detail && (
              <p className="text-base text-gray-800">
                <Prose text={step.detail} />
              </p>
            )}
            <p className="text-base text-gray-700">
              依据：<Prose text={step.source} />
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
