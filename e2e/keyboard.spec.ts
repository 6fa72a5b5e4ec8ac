import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { cliOutOfPocket, shownOutOfPocket, type Claim } from './estimator';

/**
 * An estimate with the keyboard alone: Tab and Shift+Tab to move, arrow keys within a radio group (one
 * Tab stop each: its checked button) and in the selects, typing in the fields, from the top of the page
 * to the result. A choice's 怎么选？ (its folded help) is a stop of its own before the choice. Every stop shows where the focus is (an
 * outline or a shadow on the focused element). The DOM order is the same on every screen: desktop only.
 */

interface Focused {
  id: string;
  tag: string;
  text: string;
  /** A focus indicator drawn on the element: outline or box-shadow, not transparent. */
  ring: string | null;
  onScreen: boolean;
  inResult: boolean;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && cs.outlineColor !== 'rgba(0, 0, 0, 0)';
    const shadow = cs.boxShadow !== 'none';
    const r = el.getBoundingClientRect();
    const result = document.getElementById('result-title')?.closest('section');
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 30),
      ring: outline ? `outline ${cs.outlineStyle} ${cs.outlineWidth}` : shadow ? `box-shadow ${cs.boxShadow}` : null,
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight,
      inResult: !!result && result.contains(el),
    };
  });
}

/** Presses Tab (or Shift+Tab) until `done` holds of the focused element, checking at every stop that the focus shows. */
async function tabUntil(page: Page, done: (f: Focused) => boolean, { back = false, max = 40 } = {}): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    expect(f, `focus went nowhere after ${i + 1} presses`).not.toBeNull();
    expect.soft(f!.ring, `no visible focus on ${f!.tag}#${f!.id} "${f!.text}"`).not.toBeNull();
    expect.soft(f!.onScreen, `the focused ${f!.tag}#${f!.id} "${f!.text}" is off screen`).toBe(true);
    if (done(f!)) return f!;
  }
  throw new Error(`not reached in ${max} presses`);
}

const on = (id: string) => (f: Focused) => f.id === id;

async function value(page: Page, id: string) {
  return page.evaluate((id) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement).value, id);
}

/** The value of the radio group of this name: its checked button's. */
async function checked(page: Page, name: string) {
  return page.evaluate((name) => document.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"]:checked`)?.value, name);
}

/** A radio of the group of this name (its buttons' ids are field-<name>-<value>). */
const inGroup = (name: string) => (f: Focused) => f.tag === 'input' && f.id.startsWith(`field-${name}-`);

/** Arrow keys: within a radio group they move to the next button and check it; a closed select changes its value without opening, as on Windows and Linux. */
async function arrow(page: Page, key: 'ArrowDown' | 'ArrowUp', times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test('keyboard only: choose city, scheme, member and grade, type the total, reach the result', async ({ page }) => {
  await page.goto('/');
  // The rules are loaded once today's date is filled in.
  await expect(page.getByLabel('住院日期', { exact: true })).not.toHaveValue('');
  const date = await value(page, 'field-date');

  // Tab enters a radio group at its checked button; the arrows choose within it.
  const city = await tabUntil(page, inGroup('city'), { max: 6 });
  expect(city.id).toBe('field-city-weihai');
  await arrow(page, 'ArrowDown', 2);
  expect(await checked(page, 'city')).toBe('yantai');
  // Past 险种's 怎么选？.
  await tabUntil(page, inGroup('scheme'), { max: 2 });
  await arrow(page, 'ArrowDown', 1);
  expect(await checked(page, 'scheme')).toBe('resident');
  await tabUntil(page, inGroup('member'), { max: 2 });
  await arrow(page, 'ArrowDown', 1);
  expect(await checked(page, 'member')).toBe('adult-tier2');
  // Past 就医类型 (a select of five; 住院 stays chosen) and the 怎么选？ before each.
  await tabUntil(page, inGroup('hospitalLevel'), { max: 4 });
  await arrow(page, 'ArrowUp', 1);
  expect(await checked(page, 'hospitalLevel')).toBe('2');

  // Through 本年第几次住院 to the total: the bill comes before the date and 就医地.
  await tabUntil(page, on('field-totalCost'), { max: 2 });
  await page.keyboard.type('20000');
  await tabUntil(page, on('field-outOfScope'), { max: 1 });
  await page.keyboard.type('1000');

  const claim: Claim = { city: 'yantai', scheme: 'resident', member: 'adult-tier2', date, hospitalLevel: 2, admission: 1, totalCost: '20000', outOfScope: '1000' };
  const expected = cliOutOfPocket(claim);
  // On through 先行自付, the date (its parts and its calendar button are stops of their own) and 就医地 into
  // the result: its first stop is the step list's summary.
  const inResult = await tabUntil(page, (f) => f.inResult, { max: 12 });
  expect(inResult.tag).toBe('summary');
  await expect(shownOutOfPocket(page)).toBeVisible();
  await expect(shownOutOfPocket(page)).toHaveText(await expected);

  // Back up to the total with Shift+Tab and change it: the result follows.
  const larger = cliOutOfPocket({ ...claim, totalCost: '30000' });
  await tabUntil(page, on('field-totalCost'), { back: true, max: 12 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('30000');
  await expect(shownOutOfPocket(page)).toHaveText(await larger);
});

test('keyboard only: 济南居民 — the asked-for values are reachable, a segment can be added, the result follows', async ({ page }) => {
  const claim: Claim = {
    city: 'jinan',
    scheme: 'resident',
    member: 'adult-tier1',
    date: '',
    hospitalLevel: 3,
    admission: 1,
    totalCost: '50000',
    overrides: { deductible: '1000', rates: [{ upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }], fundCap: '200000' },
  };
  await page.goto('/jinan/resident/');
  await expect(page.getByLabel('住院日期', { exact: true })).not.toHaveValue('');
  claim.date = await value(page, 'field-date');
  const expected = cliOutOfPocket(claim);

  // Past the insured line, the member type, 就医类型, the grade (each choice after its 怎么选？) and 本年第几次住院.
  await tabUntil(page, on('field-totalCost'), { max: 12 });
  await page.keyboard.type('50000');
  const asked = page.getByRole('region', { name: '需要您补充的数值' });
  await expect(asked).toBeVisible();

  const amount = (kind: string) => (f: Focused) => f.id.startsWith('field-asked-') && f.id.includes(`-${kind}-`) && f.id.endsWith('-amount');
  // Past the rest of the bill, the date (Chromium stops at each of its parts, 年, 月, 日, and its picker
  // button), 就医地 what a resident may say for the 大病 maximum and the 12393 link.
  await tabUntil(page, amount('deductible'), { max: 16 });
  await page.keyboard.type('1000');
  const segment = (n: number, what: 'upTo' | 'rate') => (f: Focused) => f.id.startsWith('field-asked-') && f.id.endsWith(`-rows-${n}-${what}`);
  await tabUntil(page, segment(0, 'upTo'), { max: 3 });
  await page.keyboard.type('10000');
  await tabUntil(page, segment(0, 'rate'), { max: 1 });
  await page.keyboard.type('85');
  await tabUntil(page, (f) => f.tag === 'button' && f.text === '添加一段', { max: 1 });
  await page.keyboard.press('Enter');
  // The new row takes the focus: its 上限 stays empty (不设上限), its 比例 is next.
  const added = await focused(page);
  expect(added && segment(1, 'upTo')(added)).toBe(true);
  await tabUntil(page, segment(1, 'rate'), { max: 1 });
  await page.keyboard.type('90');
  await tabUntil(page, amount('fund'), { max: 4 });
  await page.keyboard.type('200000');

  await tabUntil(page, (f) => f.inResult, { max: 6 });
  await expect(shownOutOfPocket(page)).toHaveText(await expected);

  // Removing a segment by keyboard leaves the focus on 添加一段, not on the page's start.
  await tabUntil(page, (f) => f.tag === 'button' && f.text === '删除第2段', { back: true, max: 10 });
  await page.keyboard.press('Space');
  await expect(asked.getByLabel('第2段比例（%）')).toHaveCount(0);
  expect((await focused(page))?.text).toBe('添加一段');
});
