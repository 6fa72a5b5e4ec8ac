import { expect, type Page } from '@playwright/test';
import { formatYuan } from '@/components/ui/format';
import { Dec } from '../lib/base/money';
import type { AwayMode, ChronicClass, ChronicGroup, MaternityEvent } from '../lib/model/claim-rules';
import { AWAY_LABELS, CHRONIC_CLASS_LABELS, CHRONIC_GROUP_LABELS, CHRONIC_ITEM_LABELS, HOSPITAL_LEVEL_LABELS, MATERNITY_EVENT_LABELS, MEMBER_LABELS, SCHEME_LABELS } from '../lib/model/labels';
import { RULES } from '../lib/rules';
import type { CityId, HospitalLevel, MemberId, SchemeId, Trust } from '../lib/model/types';
import { estimateOutput } from './cli';

/** Helpers shared by the estimator specs: fill the form by its labels, and ask the CLI for the same claim. */

export interface Claim {
  city: CityId;
  scheme: SchemeId;
  member: MemberId;
  benefit?: string;
  date: string;
  /** Given where the benefit's rules read it. */
  hospitalLevel?: HospitalLevel;
  facility?: 'grassroots' | 'no-essential-drugs';
  /** Stays in hospital only. */
  admission?: number;
  away?: AwayMode;
  chronicClass?: ChronicClass;
  chronicGroup?: ChronicGroup;
  chronicDisease?: 1 | 2;
  chronicItem?: 'dialysis-or-transplant';
  maternityEvent?: MaternityEvent;
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

const FACILITY_LABELS = { grassroots: /基层医疗机构|社区卫生服务机构/, 'no-essential-drugs': /未实施基本药物制度/ } as const;

/** The benefit's words for its bill, as the form labels them. */
function wordsOf(benefit = 'inpatient') {
  return RULES.benefits.find((b) => b.id === benefit)!.words;
}

/** Fills the form's fields by their labels, in the order a person would; the asked-for values are left to the test. */
export async function fillClaim(page: Page, claim: Claim) {
  await page.getByLabel('参保城市', { exact: true }).selectOption({ label: RULES.cityLabel(claim.city) });
  await page.getByLabel('险种', { exact: true }).selectOption({ label: SCHEME_LABELS[claim.scheme] });
  await page.getByLabel('人员类别', { exact: true }).selectOption({ label: MEMBER_LABELS[claim.member] });
  if (claim.benefit) await page.getByLabel('就医类型', { exact: true }).selectOption(claim.benefit);
  const words = wordsOf(claim.benefit);
  // The date first: which details are asked depends on the version in force on it.
  await page.getByLabel(words.date, { exact: true }).fill(claim.date);
  if (claim.chronicClass) await page.getByLabel('慢性病类别', { exact: true }).selectOption({ label: CHRONIC_CLASS_LABELS[claim.chronicClass] });
  if (claim.chronicGroup) await page.getByLabel('病种', { exact: true }).selectOption({ label: CHRONIC_GROUP_LABELS[claim.chronicGroup] });
  if (claim.chronicDisease) await page.getByLabel('第几种乙类慢性病', { exact: true }).selectOption(String(claim.chronicDisease));
  if (claim.chronicItem) await page.getByLabel(CHRONIC_ITEM_LABELS[claim.chronicItem], { exact: true }).check();
  if (claim.maternityEvent) await page.getByLabel('生育类别', { exact: true }).selectOption({ label: MATERNITY_EVENT_LABELS[claim.maternityEvent] });
  if (claim.hospitalLevel) await page.getByLabel('医院等级', { exact: true }).selectOption({ label: HOSPITAL_LEVEL_LABELS[claim.hospitalLevel] });
  if (claim.facility) {
    const facility = page.getByLabel('医疗机构类别', { exact: true });
    const option = facility.locator('option').filter({ hasText: FACILITY_LABELS[claim.facility] });
    await facility.selectOption({ label: (await option.textContent()) ?? '' });
  }
  if (claim.away) await page.getByLabel('就医地', { exact: true }).selectOption({ label: AWAY_LABELS[claim.away] });
  if (claim.admission !== undefined) await page.getByLabel('本年第几次住院', { exact: true }).fill(String(claim.admission));
  if (claim.continuousYears !== undefined) await page.getByLabel('连续参保年数', { exact: true }).fill(String(claim.continuousYears));
  if (claim.noClaimLastYear !== undefined) await page.getByLabel('上一年度有没有医保报销', { exact: true }).selectOption({ label: claim.noClaimLastYear ? '没有报销过' : '报销过' });
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
