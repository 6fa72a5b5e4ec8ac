import { SCHEME_LABELS, SCHEMES } from '@/lib/model/labels';
import { RULES } from '@/lib/rules';
import { titleFor } from './preset-title';
import type { CityId, SchemeId } from '@/lib/model/types';

/** One page per city × scheme, so a link shared in WeChat opens with those two chosen and reads well. */

export const PRESETS: { city: CityId; scheme: SchemeId }[] = RULES.cityIds.flatMap((city) => SCHEMES.map((scheme) => ({ city, scheme })));

export function presetTitle(city: CityId, scheme: SchemeId): string {
  return titleFor(RULES.cityLabel(city), scheme);
}

export function presetDescription(city: CityId, scheme: SchemeId): string {
  return (
    `估算${RULES.cityLabel(city)}${SCHEME_LABELS[scheme]}住院、门诊和生育费用报销后个人要付多少：选择人员类别和就医类型，填写费用，` +
    '立即看到统筹基金支付、补充保障和个人负担，以及每一步的政策依据。全部在浏览器内计算。'
  );
}

export function presetPath(city: CityId, scheme: SchemeId): string {
  return `/${city}/${scheme}/`;
}

export function findPreset(city: string, scheme: string): { city: CityId; scheme: SchemeId } | undefined {
  return PRESETS.find((p) => p.city === city && p.scheme === scheme);
}

/** The cities as the forms offer them, handed from the page so that the rule data stays out of the first JavaScript. */
export function cityChoices(): { value: CityId; label: string }[] {
  return RULES.cities.map((c) => ({ value: c.id, label: c.label }));
}

/** The benefits as the forms offer them (住院 first), with the words of each one's bill, handed from the page like the cities. */
export function benefitChoices(): { value: string; label: string; words: { event: string; total: string; date: string } }[] {
  return RULES.benefits.map((b) => ({ value: b.id, label: b.label, words: b.words }));
}

/** Where / opens: the first city the rules list, its employees. */
export const HOME_PRESET = { city: RULES.cityIds[0]!, scheme: 'employee' } as const;
