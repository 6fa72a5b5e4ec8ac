import type { Coverage, LayerRule, MemberId, Param, RepeatStep, Segment, Version } from './types';

/**
 * A value the person supplies for one parameter: to fill an unknown one, or to
 * ask "what if". It replaces the parameter and is marked level 'user' wherever
 * it shows. `cls` is a benefit class id, or `member:<id>` for a member type
 * whose class no source gives.
 */
export type Override =
  | { kind: 'deductible'; cls: string; grade: string; value: number }
  | { kind: 'segments'; cls: string; grade: string; value: Segment[] }
  | { kind: 'coverage'; cls: string; value: Coverage }
  | { kind: 'repeat'; value: RepeatStep[] }
  | { kind: 'layer'; layer: string; value: LayerRule }
  | { kind: 'member'; member: MemberId; value: string };

function user<T>(value: T): Param<T> {
  return { value, level: 'user', cite: [], note: '您填写的数值' };
}

export function applyOverrides(version: Version, overrides: readonly Override[]): Version {
  if (overrides.length === 0) return version;
  const v: Version = {
    ...version,
    members: { ...version.members },
    deductible: { ...version.deductible },
    segments: { ...version.segments },
    coverage: { ...version.coverage },
    layers: [...version.layers],
  };
  for (const o of overrides) {
    switch (o.kind) {
      case 'deductible':
        v.deductible[o.cls] = { ...v.deductible[o.cls], [o.grade]: user(o.value) };
        break;
      case 'segments':
        v.segments[o.cls] = { ...v.segments[o.cls], [o.grade]: user(o.value) };
        break;
      case 'coverage':
        v.coverage[o.cls] = user(o.value);
        break;
      case 'repeat':
        v.repeat = user(o.value);
        break;
      case 'layer':
        v.layers = v.layers.map((l) => (l.id === o.layer ? { ...l, rule: user(o.value) } : l));
        break;
      case 'member':
        v.members[o.member] = user(o.value);
        break;
    }
  }
  return v;
}
