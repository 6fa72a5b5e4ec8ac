import { mkdirSync, writeFileSync } from 'node:fs';
import type { WebDriver } from 'selenium-webdriver';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAVED_NOTICE, SAVED_PREFIX } from '@/components/forms/saved-state';
import { formatYuan } from '@/components/ui/format';
import { Dec } from '@/lib/base/money';
import { answerClaim } from '@/lib/cli';
import { HOSPITAL_LEVEL_LABELS, MEMBER_LABELS } from '@/lib/model/labels';
import { JINAN_RESIDENT_ASKED, type JourneyClaim as Claim } from '../e2e/journey-claims';
import { startBrowser, Tab } from './browser';

/**
 * The journeys that matter, in WebKit (the engine of WeChat on an iPhone; the Playwright projects are
 * all Chromium): an estimate on each city × scheme page equal to the CLI's, the year planner, the slip
 * check, a share link, a reload that keeps the form, a saved state this release cannot read. One
 * browser session for all of them, in order.
 */

interface CliYear {
  outOfPocket: string;
  year: { admissions: { outOfPocket: string }[] };
}

/** What the CLI answers for the claim, by the function it runs. */
function cli(claim: Claim): CliYear {
  const { exitCode, output } = answerClaim(JSON.stringify(claim));
  if (exitCode !== 0) throw new Error(`the CLI refused the claim: ${output}`);
  return JSON.parse(output) as CliYear;
}

/** A claim on each city × scheme page; where no source gives a value the page asks for it, by these labels. */
const JOURNEYS: { claim: Claim; asked?: [label: string, value: string][] }[] = [
  { claim: { city: 'weihai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: '50000', outOfScope: '2000', selfPayFirst: '1000' } },
  { claim: { city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2025-05-20', hospitalLevel: 2, admission: 1, totalCost: '20000', outOfScope: '300' } },
  { claim: { city: 'jinan', scheme: 'employee', member: 'flexible', date: '2025-07-01', hospitalLevel: 3, admission: 1, totalCost: '80000', outOfScope: '2000', selfPayFirst: '1000' } },
  {
    claim: JINAN_RESIDENT_ASKED,
    asked: [
      ['未成年·二级医院·起付线（第一次住院的标准）', '600'],
      ['未成年·统筹基金年度最高支付限额', '200000'],
      ['第1段比例（%）', '70'],
    ],
  },
  { claim: { city: 'yantai', scheme: 'employee', member: 'retired', date: '2020-06-15', hospitalLevel: 2, admission: 1, totalCost: '30000', outOfScope: '1500', selfPayFirst: '800.5' } },
  { claim: { city: 'yantai', scheme: 'resident', member: 'adult-tier2', date: '2025-04-10', hospitalLevel: 3, admission: 2, totalCost: '120000', outOfScope: '5000', selfPayFirst: '3000' } },
];

let driver: WebDriver;
let tab: Tab;

beforeAll(async () => {
  driver = await startBrowser(inject('driverUrl'));
  tab = new Tab(driver, inject('baseUrl'));
});

afterAll(async () => {
  await driver?.quit();
});

// What WebKit showed when a journey failed, for the person reading the report.
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !driver) return;
  mkdirSync('test-results/webkit', { recursive: true });
  writeFileSync(`test-results/webkit/${task.name.replace(/[^\w\u4e00-\u9fff-]+/g, '-')}.png`, await driver.takeScreenshot(), 'base64');
});

/** The form is live once the engine has loaded: it fills the empty date with today. */
async function ready(dateLabel = '住院日期') {
  await expect.poll(() => tab.valueOf(dateLabel)).not.toBe('');
}

async function fillClaim(claim: Claim, asked: [string, string][] = []) {
  await tab.choose('人员类别', MEMBER_LABELS[claim.member]);
  await tab.setDate('住院日期', claim.date);
  await tab.choose('医院等级', HOSPITAL_LEVEL_LABELS[claim.hospitalLevel]);
  await tab.set(await tab.control('本年第几次住院'), String(claim.admission));
  await tab.type('住院总费用', claim.totalCost);
  if (claim.outOfScope) await tab.type('全自费金额', claim.outOfScope);
  if (claim.selfPayFirst) await tab.type('先行自付金额', claim.selfPayFirst);
  for (const [label, value] of asked) await tab.type(label, value);
}

const outOfPocket = () => tab.term('估算结果', '个人负担');

describe('WebKit', () => {
  for (const { claim, asked } of JOURNEYS) {
    it(`estimates ${claim.city} ${claim.scheme} as the CLI does`, async () => {
      const expected = formatYuan(cli(claim).outOfPocket);
      await tab.open(`/${claim.city}/${claim.scheme}/`);
      await ready();
      await fillClaim(claim, asked);
      await expect.poll(outOfPocket).toBe(expected);
    });
  }

  it('keeps the form through a reload, and a share link with amounts opens with them', async () => {
    const { claim } = JOURNEYS[0]!;
    const expected = formatYuan(cli(claim).outOfPocket);
    await tab.open(`/${claim.city}/${claim.scheme}/`);
    await ready();
    await fillClaim(claim);
    await expect.poll(outOfPocket).toBe(expected);

    await tab.reload();
    await expect.poll(() => tab.valueOf('住院总费用')).toBe(claim.totalCost);
    expect(await tab.valueOf('住院日期')).toBe(claim.date);
    expect(await tab.valueOf('人员类别')).toBe(claim.member);
    await expect.poll(outOfPocket).toBe(expected);
    expect(await tab.url()).not.toContain(claim.totalCost);

    await tab.click('分享含金额的链接');
    await expect.poll(() => tab.valueOf('含金额的链接')).toMatch(/^http.*#/);
    const link = await tab.valueOf('含金额的链接');
    await tab.follow(link);
    await expect.poll(() => tab.valueOf('住院总费用')).toBe(claim.totalCost);
    expect(await tab.valueOf('全自费金额')).toBe(claim.outOfScope);
    await expect.poll(outOfPocket).toBe(expected);
    expect(await tab.url()).not.toContain('#');
  });

  it('plans a year in the planner as the CLI settles it, and keeps it through a reload', async () => {
    const year: Claim = {
      city: 'yantai',
      scheme: 'employee',
      member: 'working',
      date: '2025-04-10',
      hospitalLevel: 3,
      admission: 2,
      totalCost: '150000',
      earlier: [{ date: '2025-01-10', hospitalLevel: 3, totalCost: '200000' }],
    };
    const expected = formatYuan(cli(year).year.admissions.reduce((sum, a) => sum.plus(a.outOfPocket), new Dec(0)).toString());
    await tab.open('/planner/');
    await ready();
    await tab.choose('参保城市', '烟台');
    const first = await tab.group('第1次就医');
    await tab.setDate('住院日期', '2025-01-10', first);
    await tab.type('住院总费用', '200000', first);
    await tab.click('添加一次就医');
    const second = await tab.group('第2次就医');
    await tab.setDate('住院日期', '2025-04-10', second);
    await tab.type('住院总费用', '150000', second);
    const total = () => tab.term('全年估算结果', '全年个人负担');
    await expect.poll(total).toBe(expected);

    await tab.reload();
    await expect.poll(async () => tab.valueOf('住院总费用', await tab.group('第2次就医'))).toBe('150000');
    await expect.poll(total).toBe(expected);
  });

  it('checks a slip line by line and names the line that differs', async () => {
    await tab.open('/check/');
    await ready();
    await tab.choose('参保城市', '威海');
    await tab.choose('险种', '职工医保');
    await tab.choose('人员类别', '在职');
    await tab.choose('医院等级', '三级');
    await tab.setDate('住院日期', '2025-03-01');
    // The Weihai slip of e2e/check.spec.ts: 统筹 39,980 by 威医保发〔2023〕56号.
    const slip: [string, string][] = [
      ['医疗费总额', '50000'],
      ['全自费', '1500'],
      ['超限价自费', '500'],
      ['先行自付', '1000'],
      ['实际支付起付线', '900'],
      ['统筹基金支付', '39980'],
      ['大病保险 / 大额补助', '0'],
    ];
    for (const [label, amount] of slip) await tab.type(label, amount);
    await expect.poll(() => tab.text()).toContain('填写的 3 项与按规定重算的结果一致');
    await tab.type('统筹基金支付', '35750');
    await expect.poll(() => tab.text()).toContain('有 1 项与按规定重算的结果不同');
  });

  it('drops a saved state this release cannot read, with a notice, instead of breaking the page', async () => {
    await tab.open('/yantai/employee/');
    await ready();
    await tab.type('住院总费用', '23456');
    const key = `${SAVED_PREFIX}estimator`;
    await expect.poll(() => driver.executeScript<string | null>('return sessionStorage.getItem(arguments[0])', key)).toContain('23456');
    await driver.executeScript(
      'const s = JSON.parse(sessionStorage.getItem(arguments[0])); s.extra.edits = null; sessionStorage.setItem(arguments[0], JSON.stringify(s));',
      key,
    );
    await tab.reload();
    await expect.poll(() => tab.text()).toContain(SAVED_NOTICE);
    expect(await tab.valueOf('住院总费用')).toBe('');
  });
});
