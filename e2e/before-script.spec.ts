import { expect, test } from '@playwright/test';
import { SCHEME_LABELS } from '@/lib/model/labels';
import { RULES } from '@/lib/rules';
import { PRESETS, presetPath, presetTitle } from '@/components/presets';

/**
 * Before the JavaScript runs (a slow network, or none), a city × scheme page already shows its own city
 * and scheme, in its heading and in the form, not the first of each list.
 */

test.use({ javaScriptEnabled: false });
test.beforeEach(({}, info) => test.skip(info.project.name === 'iphone15', 'desktop and Pixel 7 cover both layouts'));

test('each city × scheme page shows its city and scheme without JavaScript', async ({ page }) => {
  for (const { city, scheme } of PRESETS) {
    await page.goto(presetPath(city, scheme));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(presetTitle(city, scheme));
    const chosen = (label: string) => page.getByLabel(label, { exact: true }).locator('option:checked');
    await expect(chosen('参保城市')).toHaveText(RULES.cityLabel(city));
    await expect(chosen('险种')).toHaveText(SCHEME_LABELS[scheme]);
  }
});
