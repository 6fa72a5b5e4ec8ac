import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** The React rules, off where there is no React (the engine, the scripts, the browser tests): a Playwright fixture's use() is no hook. */
const reactRules = [...nextVitals, ...nextTs].flatMap((config) => Object.keys(config.rules ?? {})).filter((rule) => /^react(-hooks)?\//.test(rule));

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // lib/zod-chinese.ts installs the Chinese messages; a schema built on bare zod could print English.
    ignores: ['lib/zod-chinese.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Import { z } from lib/zod-chinese.ts, which makes every zod message Chinese." }] }],
    },
  },
  {
    files: ['lib/**', 'scripts/**', 'e2e/**', 'webkit/**'],
    rules: Object.fromEntries(reactRules.map((rule) => [rule, 'off'])),
  },
  globalIgnores([
    'node_modules/**',
    '.next/**',
    'out/**',
    'build/**',
    'test-results/**',
    'playwright-report/**',
    'blob-report/**',
    'next-env.d.ts',
  ]),
]);
