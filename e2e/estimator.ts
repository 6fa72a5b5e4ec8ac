import { expect, type Locator, type Page } from '@playwright/test';
import { SAVED_PREFIX } from '@/components/forms/saved-state';
import { formatYuan } from '@/components/ui/format';
import { Dec } from '../lib/base/money';
import { EVENT_FIELD_KEYS, EVENT_FIELDS, type EventDetails, type EventField } from '../lib/model/fields';
import { MEMBER_LABELS, SCHEME_LABELS } from '../lib/model/labels';
import { RULES } from '../lib/rules';
import type { CityId, MemberId, SchemeId, Trust } from '../lib/model/types';
import { estimateOutput } from './cli';

/** Helpers shared by the estimator specs: fill the form by its labels, and ask the CLI for the same claim. */

/** The details (lib/model/fields.ts) given where the benefit's rules read them. */
export interface Claim extends EventDetails {
  city: CityId;
  scheme: SchemeId;
  member: MemberId;
  benefit?: string;
  date: string;
  /** Stays in hospital only. */
  admission?: number;
  totalCost: string;
  outOfScope?: string;
  selfPayFirst?: string;
  overrides?: { deductible?: string; rates?: { upTo: number | null; rate: number }[]; fundCap?: string };
  /** A resident's, where a raise of the 大病 maximum is in force. */
  continuousYears?: number;
  noClaimLastYear?: boolean;
  /** The year's earlier admissions, for the planner's figures. */
  earlier?: (Partial<Pick<Claim, 'benefit' | 'hospitalLevel' | 'chronicClass' | 'chronicGroup' | 'maternityEvent'>> & { date: string; totalCost: string; outOfScope?: string; selfPayFirst?: string })[];
}

/** The parts of the CLI's JSON the specs compare against (see README). */
export interface CliResult {
  policy: { level: Trust };
  provenance: { level: Trust };
  outOfPocket: string;
  fundPayment: string;
  supplements: { name: string; amount: string }[];
  year: { admissions: { date: string; deductible: string; fundPayment: string; supplementPayment: string; outOfPocket: string }[] };
  error?: { message: string };
}

/** The CLI's JSON for a claim (`npm run -s estimate`, claim on stdin), worked out in this process (see ./cli.ts). */
export async function cli(claim: Claim): Promise<CliResult> {
  return JSON.parse(estimateOutput(claim));
}

/** 个人负担 as the page shows it, for the CLI's outOfPocket of the same claim. */
export async function cliOutOfPocket(claim: Claim): Promise<string> {
  const result = await cli(claim);
  if (result.error) throw new Error(`the CLI refused the claim: ${result.error.message}`);
  return formatYuan(result.outOfPocket);
}

export function resultRegion(page: Page) {
  return page.getByRole('region', { name: '估算结果' });
}

/** The headline amount: the <dd> after the <dt> 个人负担. */
export function shownOutOfPocket(page: Page) {
  return resultRegion(page).locator('dt:text-is("个人负担") + dd');
}

/** The benefit's words for its bill, as the form labels them. */
function wordsOf(benefit = 'inpatient') {
  return RULES.benefits.find((b) => b.id === benefit)!.words;
}

/**
 * The control of a choice labelled `label`, whichever way the forms' one rule offers it (components/ui/fields.tsx:
 * a radio group up to SEGMENTED_MAX choices, a select beyond).
 */
export function choiceField(scope: Page | Locator, label: string): Locator {
  // Hidden too: folded under the insured line, a group is still the form's.
  return scope.getByRole('radiogroup', { name: label, exact: true, includeHidden: true }).or(scope.getByRole('combobox', { name: label, exact: true, includeHidden: true }));
}

/** Chooses by the choice's words or its value, as a person would: a folded line (参保：威海 · 居民医保) is opened first. */
export async function choose(scope: Page | Locator, label: string, choice: { label: string } | { value: string }) {
  const field = choiceField(scope, label);
  await expect(field).toHaveCount(1);
  if (!(await field.isVisible())) await scope.locator('details', { has: field }).locator('summary').click();
  if ((await field.getAttribute('role')) !== 'radiogroup') {
    await field.selectOption(choice);
    return;
  }
  const radio = 'label' in choice ? field.getByRole('radio', { name: choice.label, exact: true }) : field.locator(`input[type=radio][value="${choice.value}"]`);
  await radio.check();
}

/** The value chosen in a choice field: the checked radio's or the selected option's. */
export function chosen(scope: Page | Locator, label: string): Locator {
  return choiceField(scope, label).locator('input:checked, option:checked');
}

export async function expectChosen(scope: Page | Locator, label: string, value: string) {
  await expect(chosen(scope, label)).toHaveAttribute('value', value);
}

/** Fills the form's fields by their labels, in the order a person would; the asked-for values are left to the test. */
export async function fillClaim(page: Page, claim: Claim) {
  await choose(page, '参保城市', { label: RULES.cityLabel(claim.city) });
  await choose(page, '险种', { label: SCHEME_LABELS[claim.scheme] });
  await choose(page, '人员类别', { label: MEMBER_LABELS[claim.member] });
  if (claim.benefit) await choose(page, '就医类型', { value: claim.benefit });
  const words = wordsOf(claim.benefit);
  // The date first: which details are asked depends on the version in force on it.
  await page.getByLabel(words.date, { exact: true }).fill(claim.date);
  // Each detail where the form asks for it, in the fields' order (a detail asked after another is chosen comes after it).
  for (const key of EVENT_FIELD_KEYS) {
    const value = claim[key];
    const f: EventField = EVENT_FIELDS[key];
    if (value === undefined) continue;
    if (f.input === 'checkbox') await page.getByLabel(f.labels[value]!, { exact: true }).check();
    // By value: a version names its own level-1 grades.
    else await choose(page, f.label, { value: String(value) });
  }
  if (claim.admission !== undefined) await page.getByLabel('本年第几次住院', { exact: true }).fill(String(claim.admission));
  if (claim.continuousYears !== undefined) await page.getByLabel('连续参保年数', { exact: true }).fill(String(claim.continuousYears));
  if (claim.noClaimLastYear !== undefined) await choose(page, '上一年度有没有医保报销', { label: claim.noClaimLastYear ? '没有报销过' : '报销过' });
  await page.getByLabel(words.total, { exact: true }).fill(claim.totalCost);
  await page.getByLabel('全自费金额', { exact: true }).fill(claim.outOfScope ?? '');
  await page.getByLabel('先行自付金额', { exact: true }).fill(claim.selfPayFirst ?? '');
}

/** Fills the segment editor row by row: upTo null = 不设上限, rate as a fraction shown in percent. */
export async function fillRates(page: Page, rates: { upTo: number | null; rate: number }[]) {
  for (const [i, r] of rates.entries()) {
    const n = i + 1;
    if (!(await page.getByLabel(`第${n}段比例（%）`, { exact: true }).isVisible())) {
      await page.getByRole('button', { name: '添加一段' }).click();
    }
    await page.getByLabel(`第${n}段上限（元）`, { exact: true }).fill(r.upTo === null ? '' : String(r.upTo));
    await page.getByLabel(`第${n}段比例（%）`, { exact: true }).fill(new Dec(r.rate).times(100).toString());
  }
}

/** The page's 个人负担 against the CLI's for the same claim. */
export async function expectOutOfPocket(page: Page, expected: Promise<string>) {
  await expect(shownOutOfPocket(page)).toHaveText(await expected);
}

/** The planner's n-th event (1-based). */
export function plannerRow(page: Page, n: number) {
  return page.getByRole('group', { name: `第${n}次就医`, exact: true });
}

/** Fills the planner's stays in the order given, adding a row for each after the first. */
export async function fillStays(page: Page, stays: readonly { date: string; totalCost: string }[]) {
  for (const [i, stay] of stays.entries()) {
    if (i > 0) await page.getByRole('button', { name: '添加一次就医' }).click();
    await plannerRow(page, i + 1).getByLabel('住院日期').fill(stay.date);
    await plannerRow(page, i + 1).getByLabel('住院总费用').fill(stay.totalCost);
  }
}

/** The planner's headline amount: the <dd> after the <dt> 全年个人负担. */
export function shownYearOutOfPocket(page: Page) {
  return page.getByRole('region', { name: '全年估算结果' }).locator('dt:text-is("全年个人负担") + dd');
}

/** The text page `key` has saved in this tab (null: nothing). */
export function storedState(page: Page, key: string): Promise<string | null> {
  return page.evaluate((name) => sessionStorage.getItem(name), SAVED_PREFIX + key);
}
