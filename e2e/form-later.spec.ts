import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './test';
import { choose, cliOutOfPocket, expectChosen, shownOutOfPocket, storedState } from './estimator';

/**
 * A page's form comes in a script of its own after the page's first ones (components/forms/hydrate-later.tsx).
 * Until it arrives the server's form takes typing and choices; once it hydrates, it goes on from them.
 */

/** The build's scripts (`npm run build` made out/ before the suite). */
const CHUNKS = path.resolve('out/_next/static/chunks');

/** Holds the scripts a page loads after its own while `holding` says so of their path; `release` lets the held ones go. */
async function holdScripts(page: Page, address: string, holding: (script: string) => boolean) {
  const html = await (await page.request.get(address)).text();
  const named = new Set([...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!));
  const held: Route[] = [];
  await page.route('**/*.js', (route) => {
    const script = new URL(route.request().url()).pathname;
    if (!named.has(script) && holding(script)) held.push(route);
    else return route.continue();
  });
  return { held, release: async () => { for (const route of held.splice(0)) await route.continue(); } };
}

async function fillIn(page: Page) {
  await choose(page, '参保城市', { label: '烟台' });
  await page.getByLabel('住院总费用', { exact: true }).fill('20000');
}

test('what is typed and chosen before the form’s script arrives is kept and computed once it does', async ({ page }) => {
  let holding = true;
  const later = await holdScripts(page, '/', () => holding);
  await page.goto('/');
  // The page's own scripts ran and asked for the form's: the form is the server's HTML still.
  await expect.poll(() => later.held.length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('医保报销估算');
  await fillIn(page);
  holding = false;
  await later.release();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('烟台');
  await expectChosen(page, '参保城市', 'yantai');
  await expect(page.getByLabel('住院总费用', { exact: true })).toHaveValue('20000');
  // The same answer as the same case filled in once the form is there.
  const reference = await page.context().newPage();
  await reference.goto('/');
  await expect(reference.getByRole('heading', { level: 1, name: '医保报销估算' })).toBeVisible();
  await reference.waitForLoadState('networkidle');
  await fillIn(reference);
  await expect(shownOutOfPocket(reference)).toHaveText(/^¥/);
  await expect(shownOutOfPocket(page)).toHaveText((await shownOutOfPocket(reference).textContent())!);
  await reference.close();
});

test('a reload of a tab with a saved state: what is typed before the runtime arrives goes over that state, the rest of it is restored', async ({ page }) => {
  await page.goto('/');
  await choose(page, '参保城市', { label: '烟台' });
  await page.getByLabel('住院总费用', { exact: true }).fill('20000');
  await page.getByLabel('全自费金额', { exact: true }).fill('1000');
  const saved = () => storedState(page, 'estimator');
  await expect.poll(saved).toContain('20000');

  let holding = true;
  const later = await holdScripts(page, '/', () => holding);
  await page.reload();
  await expect.poll(() => later.held.length).toBeGreaterThan(0);
  // The server's form, before the saved state is back: its empty amounts (the browser puts back only the choices
  // and the date), and the new bill typed into them.
  await expect(page.getByLabel('全自费金额', { exact: true })).toHaveValue('');
  await page.getByLabel('住院总费用', { exact: true }).fill('30000');
  holding = false;
  await later.release();

  await expect.poll(saved).toContain('30000');
  await expectChosen(page, '参保城市', 'yantai');
  await expect(page.getByLabel('全自费金额', { exact: true })).toHaveValue('1000');
  await expect(page.getByLabel('住院总费用', { exact: true })).toHaveValue('30000');
  const date = await page.getByLabel('住院日期', { exact: true }).inputValue();
  const claim = { city: 'yantai', scheme: 'employee', member: 'working', date, hospitalLevel: 3, admission: 1, totalCost: '30000', outOfScope: '1000' } as const;
  await expect(shownOutOfPocket(page)).toHaveText(await cliOutOfPocket(claim));
});

/** The rules come in a script of their own: the only one of the build's holding document numbers (〔2025〕…). */
const RULES = new Set(
  readdirSync(CHUNKS)
    .filter((file) => file.endsWith('.js') && readFileSync(path.join(CHUNKS, file), 'utf8').includes('〔20'))
    .map((file) => `/_next/static/chunks/${file}`),
);

const dateOf = (page: Page, n: number) => page.getByRole('group', { name: `第${n}次就医`, exact: true }).getByLabel('住院日期');
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** Presses 添加一次就医 until the form has hydrated (before, the button does nothing): the form then has two rows. */
async function addSecondRow(page: Page) {
  await expect(async () => {
    if ((await page.getByRole('group', { name: /^第\d次就医$/ }).count()) < 2) await page.getByRole('button', { name: '添加一次就医' }).click();
    await expect(page.getByRole('group', { name: '第2次就医', exact: true })).toBeVisible({ timeout: 500 });
  }).toPass();
}

test('planner: a row added before the rules arrive starts at today once they do, as the first one does', async ({ page }) => {
  let holding = true;
  const rules = await holdScripts(page, '/planner/', (script) => holding && RULES.has(script));
  await page.goto('/planner/');
  await expect.poll(() => rules.held.length).toBeGreaterThan(0);
  await addSecondRow(page);
  await expect(dateOf(page, 1)).toHaveValue('');
  holding = false;
  await rules.release();
  await expect(dateOf(page, 1)).toHaveValue(today());
  await expect(dateOf(page, 2)).toHaveValue(today());
});

test('planner: a row added after a date typed before the form’s script arrived starts at that date', async ({ page }) => {
  let holding: 'all' | 'rules' | 'none' = 'all';
  const later = await holdScripts(page, '/planner/', (script) => holding === 'all' || (holding === 'rules' && RULES.has(script)));
  await page.goto('/planner/');
  await expect.poll(() => later.held.length).toBeGreaterThan(0);
  await dateOf(page, 1).fill('2025-03-01');
  holding = 'rules';
  await later.release();
  await addSecondRow(page);
  await expect(dateOf(page, 2)).toHaveValue('2025-03-01');
  holding = 'none';
  await later.release();
  await expect(dateOf(page, 1)).toHaveValue('2025-03-01');
  await expect(dateOf(page, 2)).toHaveValue('2025-03-01');
});

test('planner: the field a person is in when a saved year comes back stays theirs, with its focus and what they type', async ({ page }) => {
  const total = (n: number) => page.getByRole('group', { name: `第${n}次就医`, exact: true }).getByLabel('住院总费用');
  await page.goto('/planner/');
  await choose(page, '参保城市', { label: '烟台' });
  await total(1).fill('20000');
  await page.getByRole('button', { name: '添加一次就医' }).click();
  await total(2).fill('5000');
  await expect.poll(() => storedState(page, 'planner')).toMatch(/20000.*5000/);

  // The server's form has one row; the saved year, two.
  let holding = true;
  const rules = await holdScripts(page, '/planner/', (script) => holding && RULES.has(script));
  await page.reload();
  await expect.poll(() => rules.held.length).toBeGreaterThan(0);
  await total(1).fill('3');
  holding = false;
  await rules.release();

  // The saved year is back (its city, its second row), around the field being typed in: the same field, still focused.
  await expectChosen(page, '参保城市', 'yantai');
  await expect(total(2)).toHaveValue('5000');
  await expect(total(1)).toBeFocused();
  await page.keyboard.type('0');
  await expect(total(1)).toHaveValue('30');
  await expect.poll(() => storedState(page, 'planner')).toMatch(/"30".*"5000"/);
});
