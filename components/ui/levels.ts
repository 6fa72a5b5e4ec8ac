import type { Trust } from '@/lib/model/types';

/** The trust levels in words: on their badges, beside a figure, before an edited value. */

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
