import type { Trust } from '@/lib/model/types';

/** How trustworthy a value is, in the words shown next to it. */
export const PROVENANCE_LABELS: Record<Trust, string> = {
  official: '官方文件',
  reported: '公开报道，待核实',
  unknown: '来源未给出',
  user: '您填写的数值',
};

// Each level has its own border style as well as colour, so the badge reads without colour.
const BADGE_STYLES: Record<Trust, string> = {
  official: 'border-2 border-solid border-green-800 bg-green-50 text-green-900',
  reported: 'border-2 border-dashed border-amber-800 bg-amber-50 text-amber-950',
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
