#!/usr/bin/env node
// `npm run estimate`: the JSON CLI (scripts/estimate.ts; lib/cli.ts and lib/batch.ts), bundled (run-bundled.mjs).
// --jsonl batches are timed by scripts/bench.mjs through this very command.
import { runBundled } from './run-bundled.mjs';

await runBundled('estimate');
