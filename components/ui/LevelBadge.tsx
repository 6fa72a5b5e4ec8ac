import type { Trust } from '@/lib/model/types';
import { PROVENANCE_LABELS } from './levels';

// Each level has its own border style as well as colour, so the badge reads without colour.
const BADGE_STYLES: Record<Trust, string> = {
  official: 'border-2 border-solid border-green-800 bg-green-50 text-green-900',
  draft: 'border-2 border-l-8 border-solid border-violet-800 bg-violet-50 text-violet-950',
  reported: 'border-2 border-dashed border-amber-800 bg-amber-50 text-amber-950',
  interpretation: 'border-2 border-l-8 border-dashed border-slate-700 bg-slate-50 text-slate-900',
  unknown: 'border-2 border-dotted border-red-800 bg-red-50 text-red-900',
  user: 'border-2 border-double border-blue-800 bg-blue-50 text-blue-900',
};

export function LevelBadge({ level, children }: { level: Trust; children?: React.ReactNode }) {
  return (
    <span className={`inline-block rounded px-2 text-base leading-relaxed font-medium ${BADGE_STYLES[level]}`}>
      {children ?? PROVENANCE_LABELS[level]}
    </span>
  );
}
