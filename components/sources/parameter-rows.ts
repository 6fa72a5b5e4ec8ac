import { citesText } from '@/lib/model/citation';
import type { Param, Shape, Trust, Version } from '@/lib/model/types';
import { valueText } from './value-text';

/**
 * Every parameter of a version as a row of words: what it is, its value, where it comes from and how
 * far to trust it. Walks the version's parameter tree only; the engine's rules stay in the engine.
 */

export interface ParameterRow {
  path: string;
  shape: Shape;
  group: string;
  name: string;
  /** null when no source gives the value. */
  value: string | null;
  level: Trust;
  source: string;
  note?: string;
  /** The values that take over later in the version's period, each from its day. */
  later?: { from: string; value: string | null; level: Trust; source: string; note?: string }[];
}

export function parameterRow(version: Version, param: Param): ParameterRow {
  return {
    path: param.path,
    shape: param.shape,
    group: param.group,
    name: param.name,
    value: valueText(version, param, param.value),
    level: param.level,
    source: citesText(param.cite) || '来源未给出',
    ...(param.note ? { note: param.note } : {}),
    ...(param.later
      ? {
          later: param.later.map((e) => ({
            from: e.from,
            value: valueText(version, param, e.value),
            level: e.level,
            source: citesText(e.cite) || '来源未给出',
            ...(e.note ? { note: e.note } : {}),
          })),
        }
      : {}),
  };
}

/** The version's own parameters (not the stand-ins for member types with no known class), in the tree's order. */
export function parameterRows(version: Version): ParameterRow[] {
  return [...version.params.values()].filter((p) => !p.standIn).map((p) => parameterRow(version, p));
}

/** The version's parameters by group (起付线, 支付比例…), in the order the groups first appear. */
export function parameterGroups(version: Version): { group: string; rows: ParameterRow[] }[] {
  const groups = new Map<string, ParameterRow[]>();
  for (const r of parameterRows(version)) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return [...groups].map(([group, rows]) => ({ group, rows }));
}
