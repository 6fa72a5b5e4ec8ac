import { formatYuan } from '@/components/ui/format';
import { PROVENANCE_LABELS } from '@/components/ui/levels';
import type { Trust } from '@/lib/model/types';

/**
 * An answer to keep and send: what the picture draws and the text to send says, the same in both.
 * Built from a page's view only when the person presses 保存图片 or 复制文字; the builders are in
 * each page's keepsake module, the drawing in picture.ts.
 */
export interface Keepsake {
  /** What it is: 医保报销估算, 全年医保报销估算, 结算单核对. */
  title: string;
  /** The answer in one plain sentence. */
  sentence: string;
  /** The main figures, 个人负担 first: money strings ("15200.00"). */
  figures: { label: string; amount: string }[];
  /** The case: city, scheme, member, the stay and its bill. */
  facts: string[];
  /** What the figures take for granted (the same words as beside the figure). */
  assumptions: string[];
  /** What the rules' latest change did to this figure, where it moved it. */
  change?: string;
  /** The rules used: the version, its level and its dates. */
  rules: string;
  /** The page's address, without anything the person typed. */
  address: string;
}

export const KEEPSAKE_DISCLAIMER = '估算，以实际结算为准';

/** "威海市居民基本医疗保险住院待遇（2023年起，公开报道）；公开报道，待核实；施行期间 2023-01-01 至今". */
export function rulesLine(version: { title: string; validFrom: string; validTo: string | null; level: Trust }, edited: boolean): string {
  const level = `${PROVENANCE_LABELS[version.level]}${edited ? '，含修改过的数值' : ''}`;
  return `${version.title}；${level}；施行期间 ${version.validFrom} 至${version.validTo ? ` ${version.validTo}` : '今'}`;
}

/** The keepsake as text to paste into a chat: a line each, amounts as the page shows them. */
export function keepsakeText(k: Keepsake): string {
  return [
    `【${k.title}】${KEEPSAKE_DISCLAIMER}`,
    k.sentence,
    ...k.figures.map((f) => `${f.label}：${formatYuan(f.amount)}`),
    ...k.facts,
    ...(k.assumptions.length ? [`请注意：${k.assumptions.join('；')}。`] : []),
    ...(k.change ? [k.change] : []),
    `所用规定：${k.rules}`,
    `${KEEPSAKE_DISCLAIMER}。${k.address}`,
  ].join('\n');
}
