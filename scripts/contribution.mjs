#!/usr/bin/env node
// `npm run contribution`: the contribution CLI (scripts/contribution.ts; lib/contribution-cli.ts), bundled (run-bundled.mjs).
import { runBundled } from './run-bundled.mjs';

await runBundled('contribution');
