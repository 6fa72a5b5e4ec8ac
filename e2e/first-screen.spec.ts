import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { MEMBER_LABELS, membersOf, SCHEME_LABELS } from '@/lib/model/labels';
import { RULES } from '@/lib/rules';
import { PRESETS, presetPath, presetTitle } from '@/components/presets';
import { SEGMENTED_MAX } from '@/components/ui/fields';
import { choiceField, chosen, cliOutOfPocket, expectOutOfPocket, fillClaim, resultRegion, shownOutOfPocket } from './estimator';
import { doubleTextSize } from './large-text';

/**
 * One screen to an answer (issue 20, item 1): on a 412 × 839 phone a city × scheme page shows, before any
 * scrolling, the insured line (city · scheme, which opens to change them), the member type, the hospital
 * grade, which stay this is and the bill's field; the intro and the links to the other tools come after the
 * answer. Choices of at most SEGMENTED_MAX are radio groups, more a select, on every form.
 */

const PHONE = { width: 412, height: 839 };

/** The bottom of an element's box, in the page's first screen coordinates (the page not scrolled). */
async function bottomOf(page: Page, label: string) {
  const box = await page.getByLabel(label, { exact: true }).boundingBox();
  return box!.y + box!.height;
}

/** The radio groups of an ARIA snapshot, each with its name and its buttons' names ('' where one has none). */
function radioGroups(snapshot: string): { name: string; radios: string[] }[] {
  const groups: { indent: number; name: string; radios: string[] }[] = [];
  for (const line of snapshot.split('\n')) {
    const [, indent = '', role, name = ''] = line.match(/^(\s*)- (radiogroup|radio)\b(?: "((?:[^"\\]|\\.)*)")?/) ?? [];
    if (role === 'radiogroup') groups.push({ indent: indent.length, name, radios: [] });
    else if (role === 'radio' && groups.length && indent.length > groups.at(-1)!.indent) groups.at(-1)!.radios.push(name);
  }
  return groups.map(({ name, radios }) => ({ name, radios }));
}

test.describe('at 412 × 839', () => {
  test.use({ viewport: PHONE });

  test.describe('on the phone', () => {
    test.skip(({ isMobile }) => !isMobile, 'the first screen of a phone: Pixel 7');

    test('every city × scheme page has the bill’s field on its first screen, after the choices that come before it', async ({ page }) => {
      for (const { city, scheme } of PRESETS) {
        const path = presetPath(city, scheme);
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(presetTitle(city, scheme));
        // The page as it first opens (the rules loaded: today's date is in).
        await expect(page.getByLabel('住院日期', { exact: true })).not.toHaveValue('');
        expect(await page.evaluate(() => window.scrollY), path).toBe(0);
        expect(await bottomOf(page, '住院总费用'), path).toBeLessThanOrEqual(PHONE.height);
        await expect(page.locator('form summary'), path).toHaveText(new RegExp(`${RULES.cityLabel(city)} · ${SCHEME_LABELS[scheme]}`));
        for (const label of ['人员类别', '医院等级']) {
          const group = page.getByRole('radiogroup', { name: label, exact: true });
          await expect(group, `${path} ${label}`).toBeInViewport({ ratio: 1 });
        }
        await expect(page.getByLabel('本年第几次住院', { exact: true }), path).toBeInViewport({ ratio: 1 });
        // The intro and the other tools come after the answer.
        const result = (await resultRegion(page).boundingBox())!;
        const planner = (await page.getByRole('link', { name: /全年估算/ }).first().boundingBox())!;
        expect(planner.y, path).toBeGreaterThan(result.y + result.height);
      }
    });

    test('the insured line changes the city and the scheme: the page follows, and still equals the CLI', async ({ page }) => {
      await page.goto('/weihai/resident/');
      const line = page.locator('form summary');
      await expect(line).toHaveText(/威海 · 居民医保/);
      await expect(page.getByRole('radiogroup', { name: '参保城市' })).toBeHidden();
      await line.click();
      await page.getByRole('radiogroup', { name: '参保城市' }).getByRole('radio', { name: '烟台', exact: true }).check();
      await page.getByRole('radiogroup', { name: '险种' }).getByRole('radio', { name: '职工医保', exact: true }).check();
      await expect(line).toHaveText(/烟台 · 职工医保/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(presetTitle('yantai', 'employee'));
      await expect(page).toHaveURL(/\/yantai\/employee\//);
      // The member types are the new scheme's, the first chosen.
      await expect(choiceField(page, '人员类别').getByRole('radio')).toHaveCount(membersOf('employee').length);
      await expect(chosen(page, '人员类别')).toHaveAccessibleName(MEMBER_LABELS.working);

      await line.click();
      await expect(page.getByRole('radiogroup', { name: '参保城市' })).toBeHidden();
      const claim = { city: 'yantai', scheme: 'employee', member: 'retired', date: '2025-06-01', hospitalLevel: 2, admission: 1, totalCost: '30000', outOfScope: '1500' } as const;
      const expected = cliOutOfPocket(claim);
      await fillClaim(page, claim);
      await expectOutOfPocket(page, expected);
    });
  });

  test('typing the bill there: the summary bar appears without covering the field; on a wide screen, without the bar, nothing moves', async ({ page, isMobile }) => {
    await page.goto('/weihai/resident/');
    const total = page.getByLabel('住院总费用', { exact: true });
    await total.fill('30000');
    const bar = page.getByRole('complementary', { name: '估算摘要' });
    await expect(bar).toBeInViewport();
    await expect(total).toBeInViewport({ ratio: 1 });
    await expect(async () => {
      const field = (await total.boundingBox())!;
      expect(field.y + field.height).toBeLessThanOrEqual((await bar.boundingBox())!.y);
    }).toPass();
    if (isMobile) return;
    // The desktop's own size: the result beside the form, the bar hidden; the field typed in stays where it is.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/weihai/resident/');
    await total.fill('30000');
    await expect(shownOutOfPocket(page)).toHaveText(/^¥/);
    await expect(bar).toBeHidden();
    await expect(total).toBeInViewport();
  });
});

test.describe('on the desktop', () => {
  test.skip(({ isMobile }) => isMobile, 'what it checks is the same on every screen: the desktop runs it');

  test('every choice of at most SEGMENTED_MAX is a radio group with a name, its buttons named; longer ones are selects', async ({ page }) => {
    for (const path of ['/', '/jinan/resident/', '/planner/', '/check/', '/compare/', '/contribution/']) {
      await page.goto(path);
      await expect(page.locator('form').first()).toBeVisible();
      // Open what is folded (the insured line): a hidden group has no name to read.
      await page.locator('form details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      // The names as the accessibility tree gives them, read once per form (a round trip per button took most of the
      // test's time); read again while the runtime is still adding a group (就医地) between the two reads.
      let groups: { name: string; radios: string[] }[] = [];
      await expect(async () => {
        const labels = await page.locator('form [role=radiogroup]').evaluateAll((all) =>
          all.map((g) => document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? ''),
        );
        groups = (await Promise.all((await page.locator('form').all()).map((form) => form.ariaSnapshot()))).flatMap(radioGroups);
        expect(groups.length, path).toBeGreaterThan(0);
        expect(groups.map((g) => g.name), path).toEqual(labels);
      }).toPass();
      for (const { name, radios } of groups) {
        expect(name, path).not.toBe('');
        expect(radios.length, `${path} ${name}`).toBeGreaterThanOrEqual(2);
        expect(radios.length, `${path} ${name}`).toBeLessThanOrEqual(SEGMENTED_MAX);
        for (const radio of radios) expect(radio, `${path} ${name}`).toMatch(/\S/);
      }
      // A select offers more, not counting 请选择.
      for (const select of await page.locator('form select').all()) {
        const choices = await select.locator('option:not([value=""])').count();
        expect(choices, `${path} ${await select.getAttribute('id')}`).toBeGreaterThan(SEGMENTED_MAX);
      }
    }
  });
});

test('at 200 % text a choice wraps as whole buttons, a label breaking only at its own punctuation', async ({ page }, info) => {
  test.skip(info.project.name !== 'pixel7', 'the phone, where the buttons wrap');
  await doubleTextSize(page);
  await page.goto('/weihai/resident/');
  await page.locator('form summary').click();
  // 就医地 comes with the rules: measure once it is there.
  await expect(page.getByRole('radiogroup', { name: '就医地', exact: true })).toBeVisible();
  const { problems, wrapped } = await page.evaluate(() => {
    const found: string[] = [];
    const wrapped: string[] = [];
    for (const label of document.querySelectorAll('[role=radiogroup] label')) {
      const box = label.getBoundingClientRect();
      const text = label.textContent ?? '';
      if (box.left < 0 || box.right > window.innerWidth) found.push(`"${text}" past the screen's edge`);
      const range = document.createRange();
      const node = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
      let lastTop: number | null = null;
      for (let i = 0; i < node.textContent!.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = range.getBoundingClientRect().top;
        if (lastTop !== null && top > lastTop + 2) {
          if (!/[，、）]/.test(text[i - 1]!) && text[i] !== '（') found.push(`"${text}" splits at "${text.slice(0, i)}" / "${text.slice(i)}"`);
          wrapped.push(text);
        }
        lastTop = top;
      }
    }
    return { problems: found, wrapped };
  });
  expect(problems).toEqual([]);
  // The 就医地 labels are the longest: at this size they do need two lines, split at their comma.
  expect(wrapped).toContain('异地长期居住，已备案');
});
