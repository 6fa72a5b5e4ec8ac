import { valueProblem } from './shapes';
import type { Param, Version } from './types';

/**
 * A value the person supplies for one parameter, by its path within the book: to fill a value no
 * source gives, or to ask "what if". It replaces the parameter and is marked 'user' wherever it shows.
 */
export interface Override {
  path: string;
  value: unknown;
}

const USER_NOTE = '您填写的数值';

export function applyOverrides(version: Version, overrides: readonly Override[]): Version {
  if (overrides.length === 0) return version;
  const params = new Map(version.params);
  for (const o of overrides) {
    const param = params.get(o.path);
    if (param) params.set(o.path, { ...param, value: o.value, level: 'user', cite: [], note: USER_NOTE } as Param);
  }
  return { ...version, params };
}

/** Why an override cannot apply to this version (no such parameter, or a value it cannot take); null when it can. */
export function overrideProblem(version: Version, o: Override): string | null {
  const param = version.params.get(o.path);
  if (!param) return `“${version.title}”没有参数 ${o.path}`;
  const problem = valueProblem(param, o.value);
  return problem && `参数 ${o.path}：${problem}`;
}

/** Deep equality of plain data (rule values, overrides). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
