import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';

/**
 * A WebKitGTK window driven through WebDriver, and the few ways the journeys act on a page: by the
 * labels and headings a person reads, as the Playwright specs do.
 */

/** One session for every journey: starting WebKit is the slow part. A phone's width, the layout WeChat on an iPhone shows. */
export async function startBrowser(driverUrl: string): Promise<WebDriver> {
  const driver = await new Builder().usingServer(driverUrl).withCapabilities({ browserName: 'MiniBrowser' }).build();
  await driver.manage().window().setRect({ width: 390, height: 844 });
  return driver;
}

export class Tab {
  constructor(
    readonly driver: WebDriver,
    private readonly base: string,
  ) {}

  /** Opens a page of the site as a new visit would: this tab's saved states forgotten first. */
  async open(path: string): Promise<void> {
    await this.driver.executeScript('try { sessionStorage.clear() } catch (e) {}');
    await this.driver.get(this.base + path);
  }

  /** Opens a link as the person it was sent to would: from another page, nothing saved in the tab. */
  async follow(link: string): Promise<void> {
    await this.driver.executeScript('try { sessionStorage.clear() } catch (e) {}');
    await this.driver.get('about:blank');
    await this.driver.get(link);
  }

  async reload(): Promise<void> {
    await this.driver.navigate().refresh();
  }

  /**
   * The control a <label> with exactly this text names, or the radio group it names through aria-labelledby
   * (a choice of at most four, components/ui/fields.tsx), within `scope` (e.g. a fieldset); waits for it to appear.
   */
  async control(label: string, scope?: WebElement): Promise<WebElement> {
    const find = `const [text, scope] = arguments;
      const root = scope || document;
      const group = [...root.querySelectorAll('[role=radiogroup]')].find((g) => document.getElementById(g.getAttribute('aria-labelledby'))?.textContent.trim() === text);
      if (group) return group;
      const label = [...root.querySelectorAll('label')].find((l) => l.textContent.trim() === text);
      return label ? label.control : null;`;
    let found: WebElement | null = null;
    await this.driver.wait(async () => (found = await this.driver.executeScript<WebElement | null>(find, label, scope)) !== null, 15_000, `no control labelled ${label}`);
    return found!;
  }

  /** The fieldset whose legend reads exactly `legend` (a planner row). */
  async group(legend: string): Promise<WebElement> {
    const find = `return [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent.trim() === arguments[0]) || null;`;
    let found: WebElement | null = null;
    await this.driver.wait(async () => (found = await this.driver.executeScript<WebElement | null>(find, legend)) !== null, 15_000, `no group ${legend}`);
    return found!;
  }

  /** Types into an empty text field, key by key. */
  async type(label: string, text: string, scope?: WebElement): Promise<void> {
    const field = await this.control(label, scope);
    await this.set(field, '');
    await field.sendKeys(text);
  }

  /**
   * Sets a field's value as the browser would after a person's choice: through the element's own value
   * setter (React watches that one), then the event React listens for. Typing into WebKitGTK's date
   * field gives a wrong date, so dates are set this way too.
   */
  async set(field: WebElement, value: string): Promise<void> {
    await this.driver.executeScript(
      `const [el, value] = arguments;
      const select = el instanceof HTMLSelectElement;
      Object.getOwnPropertyDescriptor((select ? HTMLSelectElement : HTMLInputElement).prototype, 'value').set.call(el, value);
      el.dispatchEvent(new Event(select ? 'change' : 'input', { bubbles: true }));`,
      field,
      value,
    );
  }

  async setDate(label: string, date: string, scope?: WebElement): Promise<void> {
    await this.set(await this.control(label, scope), date);
  }

  /**
   * Chooses the choice whose text is `option` in the radio group or the select labelled `label`. A radio is
   * clicked from script, as a tap would: it may be folded away (the insured line on a city × scheme page).
   */
  async choose(label: string, option: string, scope?: WebElement): Promise<void> {
    const control = await this.control(label, scope);
    const found = await this.driver.executeScript<{ clicked: true } | { value: string } | null>(
      `const [control, option] = arguments;
      if (control.getAttribute('role') === 'radiogroup') {
        const radio = [...control.querySelectorAll('label')].find((l) => l.textContent.trim() === option)?.querySelector('input');
        if (!radio) return null;
        radio.click();
        return { clicked: true };
      }
      const value = [...control.options].find((o) => o.textContent.trim() === option)?.value;
      return value === undefined ? null : { value };`,
      control,
      option,
    );
    if (found === null) throw new Error(`${label} has no choice ${option}`);
    if ('value' in found) await this.set(control, found.value);
  }

  /** A field's value: a radio group's is its checked button's. */
  async valueOf(label: string, scope?: WebElement): Promise<string> {
    const control = await this.control(label, scope);
    return this.driver.executeScript<string>(
      `const el = arguments[0];
      return (el.getAttribute('role') === 'radiogroup' ? el.querySelector('input:checked')?.value : el.value) ?? '';`,
      control,
    );
  }

  /** The text of the <dd> after the <dt> reading `term` in the region (a section) titled `region`; null while there is none. */
  async term(region: string, term: string): Promise<string | null> {
    return this.driver.executeScript<string | null>(
      `const [title, term] = arguments;
      const region = [...document.querySelectorAll('section[aria-labelledby]')].find((s) => document.getElementById(s.getAttribute('aria-labelledby'))?.textContent.trim() === title);
      const dt = region && [...region.querySelectorAll('dt')].find((d) => d.textContent.trim() === term);
      return dt?.nextElementSibling?.textContent.replace(/\\s+/g, ' ').trim() ?? null;`,
      region,
      term,
    );
  }

  /** The page's visible text, whitespace collapsed. */
  async text(): Promise<string> {
    return this.driver.executeScript<string>(`return document.body.innerText.replace(/\\s+/g, ' ');`);
  }

  async click(button: string): Promise<void> {
    const find = `return [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === arguments[0]) || null;`;
    let found: WebElement | null = null;
    await this.driver.wait(async () => (found = await this.driver.executeScript<WebElement | null>(find, button)) !== null, 15_000, `no button ${button}`);
    await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', found);
    await found!.click();
  }

  async url(): Promise<string> {
    return this.driver.getCurrentUrl();
  }
}
