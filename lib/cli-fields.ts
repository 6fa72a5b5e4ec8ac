import { HOSPITAL_LEVEL_LABELS } from './model/labels';
import {
  AWAY_LABELS,
  AWAY_MODES,
  CHRONIC_GROUP_LABELS,
  CHRONIC_GROUPS,
  CHRONIC_ITEM_LABELS,
  CHRONIC_ITEMS,
  HOSPITAL_LEVELS,
  MATERNITY_EVENT_LABELS,
  MATERNITY_EVENTS,
  type EventFieldKey,
} from './model/fields';

/**
 * How the CLIs name each event field of lib/model/fields.ts and refuse a value (lib/claim.ts, lib/zod-chinese.ts):
 * part of each field's definition, in a module of its own so that the pages' JavaScript, which never shows
 * these words, leaves them out. `satisfies` makes a new field's entry ask for them.
 */

export interface CliField {
  /** The field's noun in the CLI's messages about it (…（key） is added where the schema says nothing itself). */
  words: string;
  /** How the CLI's messages name it. */
  name: string;
  /** The CLI's message for a value that is none of the choices, after the prefix (此前) of an earlier event. */
  invalid: (prefix: string) => string;
  /** The CLI's message for a field a benefit requires and the claim leaves out; otherwise "须填写" its name. */
  missing?: (prefix: string) => string;
}

/** "a（甲）、b（乙）或 c（丙）": the CLI's list of choices. */
function either<V extends string | number>(values: readonly V[], labels: Record<V, string>): string {
  const named = values.map((v) => `${v}（${labels[v]}）`);
  return named.length > 1 ? `${named.slice(0, -1).join('、')}或 ${named.at(-1)}` : named.join('');
}
const oneOf = <V extends string | number>(values: readonly V[], labels: Record<V, string>) => `${values.map((v) => `${v}（${labels[v]}）`).join('、')} 之一`;

const LEVEL_REFUSAL = (prefix: string) => `${prefix}医院等级（hospitalLevel）必须是 ${either(HOSPITAL_LEVELS, HOSPITAL_LEVEL_LABELS)}`;

export const CLI_FIELDS = {
  hospitalLevel: { words: '医院等级', name: '医院等级（hospitalLevel）', invalid: LEVEL_REFUSAL, missing: LEVEL_REFUSAL },
  facility: {
    words: '医疗机构类别',
    name: '医疗机构类别（facility）',
    invalid: () => 'facility 只能是 grassroots（基层医疗机构）或 no-essential-drugs（未实施基本药物制度的一级医院）',
  },
  away: { words: '就医地', name: '就医地（away）', invalid: (prefix) => `${prefix}就医地（away）必须是 ${oneOf(AWAY_MODES, AWAY_LABELS)}` },
  chronicClass: { words: '慢性病类别', name: '慢性病类别（chronicClass）', invalid: (prefix) => `${prefix}慢性病类别（chronicClass）必须是 A（甲类）或 B（乙类）` },
  chronicItem: { words: '慢特病项目', name: 'chronicItem', invalid: (prefix) => `${prefix}chronicItem 只能是 ${either(CHRONIC_ITEMS, CHRONIC_ITEM_LABELS)}` },
  chronicGroup: { words: '慢特病病种', name: 'chronicGroup', invalid: (prefix) => `${prefix}chronicGroup 必须是 ${oneOf(CHRONIC_GROUPS, CHRONIC_GROUP_LABELS)}` },
  chronicDisease: { words: '第几种乙类慢性病', name: 'chronicDisease', invalid: (prefix) => `${prefix}chronicDisease 必须是 1 或 2（第几种乙类慢性病）` },
  maternityEvent: { words: '生育类别', name: '生育类别（maternityEvent）', invalid: (prefix) => `${prefix}maternityEvent 必须是 ${oneOf(MATERNITY_EVENTS, MATERNITY_EVENT_LABELS)}` },
} satisfies Record<EventFieldKey, CliField>;
