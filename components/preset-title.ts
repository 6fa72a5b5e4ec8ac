import { SCHEME_LABELS } from '@/lib/model/labels';
import type { SchemeId } from '@/lib/model/types';

/** "威海职工医保报销估算": a preset page's title, and the estimator's heading once another city or scheme is chosen. */
export function titleFor(cityLabel: string, scheme: SchemeId): string {
  return `${cityLabel}${SCHEME_LABELS[scheme]}报销估算`;
}
