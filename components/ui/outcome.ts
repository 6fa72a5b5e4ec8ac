import { EstimateError, type ErrorCode } from '@/lib/base/errors';

/** What a result shows in place of figures: shared by the pages' runtimes and their result regions. */

/** No result yet: nothing typed, or something typed wrong. */
export type Incomplete = { kind: 'incomplete'; reason: 'empty' | 'invalid' };

/** The engine declined: why, in words, and the values it lacks (asked for above the form). */
export type Refused = { kind: 'refusal'; code: ErrorCode | 'internal'; message: string; missing: string[] };

/** An error from the engine as a refusal; `asked` names the values to ask for, called only when some are lacking. */
export function refusalOf(error: unknown, asked: () => string[]): Refused {
  if (error instanceof EstimateError) {
    return { kind: 'refusal', code: error.code, message: error.message, missing: error.code === 'unknown-parameter' ? asked() : [] };
  }
  return { kind: 'refusal', code: 'internal', message: '估算时出现意外错误。请检查填写的内容，或刷新页面后重试。', missing: [] };
}
