import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('./', import.meta.url));
// '@/x' -> '<repo>/x', as in tsconfig paths.
const alias = [{ find: /^@\//, replacement: root }];

export default defineConfig({
  test: {
    // Every core: Vitest's default leaves one to its main thread, which here only collects results, so a
    // two-core machine ran the unit and property files one at a time.
    maxWorkers: availableParallelism(),
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          // Test files share one module graph per worker instead of loading the rules afresh for each file
          // (most of the unit run's time): no test mocks a module or leaves global state behind, so none may.
          isolate: false,
          include: ['**/*.test.ts'],
          exclude: ['**/*.property.test.ts', 'e2e/**', 'webkit/**', 'node_modules/**', 'out/**', '.next/**'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'property',
          environment: 'node',
          isolate: false,
          // 10,000 runs per invariant: seconds each, more on a busy machine.
          testTimeout: 120_000,
          include: ['**/*.property.test.ts'],
          exclude: ['e2e/**', 'node_modules/**', 'out/**', '.next/**'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'webkit',
          environment: 'node',
          // The journeys in WebKitGTK through WebDriver (webkit/setup.ts serves out/ and starts the driver).
          include: ['webkit/**/*.test.ts'],
          globalSetup: ['webkit/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
