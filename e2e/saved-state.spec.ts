import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { SAVED_NOTICE, SAVED_PREFIX, SAVED_VERSION } from '@/components/forms/saved-state';
import { editKey } from '../lib/model/address';
import { RULES } from '../lib/rules';
import type { CityId, SchemeId } from '../lib/model/types';
import { watchCsp } from './csp';
import { storedState } from './estimator';

/**
 * A state saved in this tab by another release, or damaged, is dropped with a notice and the page opens
 * on its defaults, on every reload after too; whatever still throws shows our own screen, in Chinese.
 */

type State = { version?: unknown; address: string; values: Record<string, unknown> & { events?: Record<string, unknown>[] }; extra?: Record<string, unknown> };

/** A real parameter of the version in force for the saved form, as an edit key: the page applies an edit under it. */
function amountKey(values: State['values']): string {
  const date = (values.date ?? values.events?.[0]?.date) as string;
  const version = RULES.versionOn(values.city as CityId, values.scheme as SchemeId, date)!;
  const [path] = [...version.params].find(([, p]) => p.shape === 'amount')!;
  return editKey(version.id, path);
}

/** Each bad state as a change of the state the page saved itself; a string replaces the stored text. */
const BAD: Record<string, (s: State) => State | string> = {
  'edits: null': (s) => ({ ...s, extra: { ...s.extra, edits: null } }),
  'fromLink: "x"': (s) => ({ ...s, extra: { ...s.extra, fromLink: 'x' } }),
  'an amount edit stored as a number': (s) => ({ ...s, extra: { ...s.extra, edits: { [amountKey(s.values)]: { shape: 'amount', amount: 800 } } } }),
  'extra missing': (s) => {
    delete s.extra;
    return s;
  },
  'text that is not JSON': (s) => JSON.stringify(s).slice(0, 40),
  'a state of another version': (s) => ({ ...s, version: SAVED_VERSION + 1 }),
};

const PAGES = [
  { url: '/yantai/employee/', key: 'estimator', total: (page: Page) => page.getByLabel('住院总费用', { exact: true }) },
  { url: '/planner/', key: 'planner', total: (page: Page) => page.getByLabel('住院总费用', { exact: true }) },
  { url: '/check/', key: 'check', total: (page: Page) => page.getByLabel('医疗费总额', { exact: true }) },
];


const writeState = (page: Page, key: string, text: string) => page.evaluate(({ name, t }) => sessionStorage.setItem(name, t), { name: SAVED_PREFIX + key, t: text });

test.describe('bad saved states', () => {
  // Six bad states, each a write and two reloads: 9 s at idle, three times that under load.
  test.slow();

  for (const { url, key, total } of PAGES) {
    // One test per page, each bad state a step: it is written over the state the page has just saved itself (after
    // that save, so that no save of the page's comes after it), as a person's tab would hold it.
    test(`${url}: each bad state is dropped with a notice, the page opens on its defaults, the next reload is quiet`, async ({ page }) => {
      const violations = await watchCsp(page);
      const notice = page.getByRole('status').filter({ hasText: SAVED_NOTICE });
      await page.goto(url);
      for (const [name, bad] of Object.entries(BAD)) {
        await test.step(name, async () => {
          await total(page).fill('23456');
          await expect.poll(() => storedState(page, key)).toContain('23456');
          const good = JSON.parse((await storedState(page, key))!) as State;
          expect(good.version).toBe(SAVED_VERSION);
          const changed = bad(good);
          await writeState(page, key, typeof changed === 'string' ? changed : JSON.stringify(changed));

          await page.reload();
          await expect(notice).toBeVisible();
          await expect(total(page)).toHaveValue('');
          await expect(page.getByRole('heading', { name: '页面出错了' })).toHaveCount(0);
          await expect.poll(() => storedState(page, key)).not.toContain('23456');

          await page.reload();
          await expect(total(page)).toBeEditable();
          await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('页面出错了');
          await expect(notice).toHaveCount(0);
        });
      }
      expect(await violations()).toEqual([]);
    });
  }
});

test.describe('on the desktop', () => {
  test('what still throws shows our own screen, in Chinese and within the CSP; 清除并重新开始 starts the tab afresh', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/yantai/employee/');
    await page.getByLabel('住院总费用', { exact: true }).fill('23456');
    await expect.poll(() => storedState(page, 'estimator')).toContain('23456');
    // A browser whose Intl fails (an in-app browser's broken build): the result's amounts cannot be written.
    const broken = await page.addInitScript(() => {
      Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
        get: () => {
          throw new TypeError('Intl.NumberFormat is broken here');
        },
      });
    });
    await page.reload();
    await expect(page.getByRole('heading', { name: '页面出错了' })).toBeVisible();
    await expect(page.getByText(/This page couldn|Application error/)).toHaveCount(0);
    expect(await violations()).toEqual([]);

    // The browser mended; the saved state would still be there on a plain reload, the button clears it.
    await broken.dispose();
    await page.getByRole('button', { name: '清除并重新开始' }).click();
    await expect(page.getByLabel('住院总费用', { exact: true })).toHaveValue('');
    await expect(page).toHaveURL(/\/yantai\/employee\/(\?[^#]*)?$/);
    await expect(page.getByRole('heading', { name: '页面出错了' })).toHaveCount(0);
    expect(await violations()).toEqual([]);
  });
});
