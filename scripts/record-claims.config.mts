import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * `CLAIMS_RECORD=claims.jsonl npx vitest run --config scripts/record-claims.config.mts [files]`: the unit and
 * property tests as usual, recording every input they hand the CLIs' schemas (record-claims.setup.ts), for
 * `npx tsx scripts/cli-snapshot.ts --replay claims.jsonl` to answer before and after a change.
 */
const setup = fileURLToPath(new URL('./record-claims.setup.ts', import.meta.url));
const base = ((await import(new URL('../vitest.config.mts', import.meta.url).href)) as { default: ViteUserConfig }).default;

type Project = { test: { name: string; setupFiles?: string[] } };

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: (base.test!.projects as Project[]).filter((p) => p.test.name !== 'webkit').map((p) => ({ ...p, test: { ...p.test, setupFiles: [...(p.test.setupFiles ?? []), setup] } })),
  },
});
