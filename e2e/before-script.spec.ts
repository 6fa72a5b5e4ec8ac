import { expect, test } from './test';
import { membersOf, SCHEME_LABELS } from '@/lib/model/labels';
import { EVENT_FIELDS } from '@/lib/model/fields';
import { RULES } from '@/lib/rules';
import { PRESETS, presetPath, presetTitle } from '@/components/presets';
import { expectChosen } from './estimator';

/**
 * Before the JavaScript runs (a slow network, or none), a city × scheme page already shows its own city
 * and scheme, in its heading and in the form, not the first of each list: the radio groups' checked buttons are
 * in the server's HTML.
 */

test.use({ javaScriptEnabled: false });

test('each city × scheme page shows its city and scheme without JavaScript', async ({ page }) => {
  for (const { city, scheme } of PRESETS) {
    await page.goto(presetPath(city, scheme));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(presetTitle(city, scheme));
    // The insured line, and the radio groups folded under it, each with the preset's choice checked.
    await expect(page.locator('form summary')).toContainText(`${RULES.cityLabel(city)} · ${SCHEME_LABELS[scheme]}`);
    await expectChosen(page, '参保城市', city);
    await expectChosen(page, '险种', scheme);
    await expectChosen(page, '人员类别', membersOf(scheme)[0]!);
    await expectChosen(page, '医院等级', String(EVENT_FIELDS.hospitalLevel.initial));
  }
});
