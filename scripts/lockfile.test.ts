import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * A fresh `npm install` (what scripts/ensure-deps.mjs runs) rewrites package-lock.json when the lock
 * lacks an entry npm would resolve: most often an optional platform binary (@next/swc-darwin-arm64,
 * @unrs/resolver-binding-win32-x64-msvc, …) that was missing from the registry the lock was made
 * with. npm records every platform's binary, installing only this one's, so each optional
 * dependency of a locked package must be in the lock too.
 */

type Entry = {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, Entry>;
};

/** Where Node would find `name` from the package at `at`: its own node_modules, then each parent's. */
function resolves(at: string, name: string): boolean {
  let dir = at;
  for (;;) {
    if (`${dir ? `${dir}/` : ''}node_modules/${name}` in lock.packages) return true;
    if (!dir) return false;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}

describe('package-lock.json', () => {
  it('is a version 3 lock', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('locks every dependency and optional dependency of every locked package', () => {
    const missing: string[] = [];
    for (const [at, entry] of Object.entries(lock.packages)) {
      if (at !== '' && !at.startsWith('node_modules/')) continue; // workspace folders: none here
      const names = {
        ...entry.dependencies,
        ...entry.optionalDependencies,
        ...(at === '' ? entry.devDependencies : {}),
      };
      for (const name of Object.keys(names)) if (!resolves(at, name)) missing.push(`${at || '(root)'} -> ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
