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
  /** A value the parameter takes later in its period: the day it begins. */
  since?: string;
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
  };
}

/**
 * The version's own parameters (not the stand-ins for member types with no known class), in the tree's
 * order, each followed by the values it takes later in its period (`later`: the period as in force on
 * each later day its entries change), named with the day each begins.
 */
export function parameterRows(version: Version, later: readonly Version[] = []): ParameterRow[] {
  return [...version.params.values()].filter((p) => !p.standIn).flatMap((p) => [parameterRow(version, p), ...laterRows(p, later)]);
}

function laterRows(param: Param, later: readonly Version[]): ParameterRow[] {
  const rows: ParameterRow[] = [];
  let from = param.from;
  for (const version of later) {
    const next = version.params.get(param.path);
    if (!next || next.from === from) continue;
    from = next.from;
    rows.push({ ...parameterRow(version, next), name: `${param.name}（${next.from} 起）`, since: next.from });
  }
  return rows;
}

/** How many parameters the rows list, each counted once however many dated values it has. */
export function parameterCount(rows: readonly ParameterRow[]): number {
  return rows.filter((r) => !r.since).length;
}

/** The version's parameters by group (起付线, 支付比例…), in the order the groups first appear. */
export function parameterGroups(version: Version, later: readonly Version[] = []): { group: string; rows: ParameterRow[] }[] {
  const groups = new Map<string, ParameterRow[]>();
  for (const r of parameterRows(version, later)) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return [...groups].map(([group, rows]) => ({ group, rows }));
}
