import { config } from 'zod/mini';

/**
 * Zod compiles object parsers with `new Function` after probing whether eval is allowed; under the
 * site's Content-Security-Policy (no 'unsafe-eval') even the probe reports a violation. Parse
 * without it. Imported first by runtime.ts, before any module builds a schema, because the probe
 * runs when an object schema is built.
 */
config({ jitless: true });
