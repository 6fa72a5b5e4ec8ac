import type { Trust } from '@/lib/model/types';

/** How trustworthy a value is, in the words shown next to it. */
export const PROVENANCE_LABELS: Record<Trust, string> = {
  official: '官方文件',
  draft: '征求意见稿',
  reported: '公开报道，待核实',
  interpretation: '口径说明，非官方数值',
  unknown: '来源未给出',
  user: '您填写的数值',
};

/** Beside a figure or a version: some of its values are at this level. */
export const PART_LABELS = {
  draft: '部分参数来自征求意见稿',
  reported: '部分参数来自公开报道，待核实',
  interpretation: '部分按口径说明计算',
} as const satisfies Partial<Record<Trust, string>>;

/** A value before the person's edit, named by its level ("官方数值" only for an official one). */
export const VALUE_LABELS: Record<Trust, string> = {
  official: '官方数值',
  draft: '征求意见稿的数值',
  reported: '公开报道的数值',
  interpretation: '按口径说明的数值',
  unknown: '原数值',
  user: '原数值',
};

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
