import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_MARK, buildDecision } from './start.mjs';

/** `npm start` builds only when out/ is missing, unfinished, or older than one of its sources. */

let root = '';
const at = (rel: string, seconds: number) => {
  const p = path.join(root, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, rel);
  utimesSync(p, seconds, seconds);
};
const touchDir = (rel: string, seconds: number) => utimesSync(path.join(root, rel), seconds, seconds);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'start-test-'));
  // Sources at t = 1000 s, directories too; the last complete build at t = 2000 s.
  for (const f of ['app/page.tsx', 'components/ui/field.tsx', 'lib/engine.ts', 'public/icon.svg',
    'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json',
    'scripts/postbuild.mjs']) at(f, 1000);
  for (const d of ['app', 'components', 'components/ui', 'lib', 'public']) touchDir(d, 1000);
  at('out/index.html', 1900);
  at(BUILD_MARK, 2000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildDecision', () => {
  it('skips the build when out/ is newer than every source, and says so', () => {
    const d = buildDecision(root, {});
    expect(d.build).toBe(false);
    expect(d.reason).toContain('out/ 比所有源文件都新');
  });

  it.each([
    'app/page.tsx',
    'components/ui/field.tsx',
    'lib/engine.ts',
    'public/icon.svg',
    'next.config.js',
    'postcss.config.mjs',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
    'scripts/postbuild.mjs',
    '.env.local',
  ])('builds when %s changed after the last build', (file) => {
    at(file, 3000);
    const d = buildDecision(root, {});
    expect(d.build).toBe(true);
    expect(d.reason).toContain(file);
  });

  it('builds when a page was added', () => {
    at('app/new-page/page.tsx', 3000);
    expect(buildDecision(root, {}).build).toBe(true);
  });

  it('builds when a source file was deleted (its directory is newer)', () => {
    rmSync(path.join(root, 'lib/engine.ts'));
    touchDir('lib', 3000);
    expect(buildDecision(root, {}).build).toBe(true);
  });

  it('ignores files that do not go into the build', () => {
    at('README.md', 3000);
    at('e2e/smoke.spec.ts', 3000);
    at('scripts/bench.mjs', 3000);
    expect(buildDecision(root, {}).build).toBe(false);
  });

  it('builds when out/ is missing or the last build did not finish', () => {
    rmSync(path.join(root, BUILD_MARK));
    expect(buildDecision(root, {}).build).toBe(true);
    rmSync(path.join(root, 'out'), { recursive: true });
    expect(buildDecision(root, {}).build).toBe(true);
  });

  it('builds when FORCE_BUILD is set', () => {
    expect(buildDecision(root, { FORCE_BUILD: '1' }).build).toBe(true);
    expect(buildDecision(root, { FORCE_BUILD: '0' }).build).toBe(false);
  });
});
