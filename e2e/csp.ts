import type { Page } from '@playwright/test';

// scripts/postbuild.mjs puts a per-page Content-Security-Policy <meta> into every exported page (and
// scripts/serve.mjs sends it as a header too, as a static host would). A wrong hash blocks the inline
// script silently except for a securitypolicyviolation event and a console error, so collect both.

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Starts collecting the page's CSP violations (and hydration errors); the function returned gives them. */
export async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  // Also hydration errors: an extra <meta> in <head> must not make React re-render the page.
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (/Content.Security.Policy|hydrat|Minified React error #4(18|19|23|25)/i.test(msg.text())) {
      consoleErrors.push(msg.text());
    }
  });
  return async () => {
    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    return [...violations, ...consoleErrors];
  };
}
