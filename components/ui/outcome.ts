import { EstimateError, type ErrorCode } from '@/lib/base/errors';

/** What a result shows in place of figures: shared by the pages' runtimes and their result regions. */

/** No result yet: nothing typed, or something typed wrong. */
export type Incomplete = { kind: 'incomplete'; reason: 'empty' | 'invalid' };

/** The engine declined: why, in words, and the values it lacks (asked for above the form). */
export type Refused = { kind: 'refusal'; code: ErrorCode | 'internal'; message: string; missing: string[] };

/** A value asked for above the form: what it is called, and why it is asked. */
export interface Asked {
  label: string;
  note: string;
}

/**
 * A refusal for values asked above the form: their names, and the engine's message without the
 * reasons the asked values already give (济南居民's missing table, said once).
 */
export function lacking(message: string, asked: readonly Asked[]): Pick<Refused, 'message' | 'missing'> {
  return { message: asked.reduce((m, a) => m.replace(a.note, ''), message).trim(), missing: asked.map((a) => a.label) };
}

/** An error from the engine as a refusal; `asked` gives the values to ask for, called only when some are lacking. */
export function refusalOf(error: unknown, asked: () => readonly Asked[]): Refused {
  if (error instanceof EstimateError) {
    return { kind: 'refusal', code: error.code, ...(error.code === 'unknown-parameter' ? lacking(error.message, asked()) : { message: error.message, missing: [] }) };
  }
  return { kind: 'refusal', code: 'internal', message: '估算时出现意外错误。请检查填写的内容，或刷新页面后重试。', missing: [] };
}
