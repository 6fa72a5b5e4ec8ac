// Runs a CLI (scripts/<name>.ts) bundled by esbuild into node_modules/.cache/<name>/: the same code as
// `tsx scripts/<name>.ts`, which still works, but it starts in a quarter of the time (tsx spends about a second
// loading and transforming the sources at every start). The bundle is rebuilt whenever a file it was built from
// has changed. Used by scripts/estimate.mjs and scripts/contribution.mjs (`npm run estimate`, `npm run contribution`).
import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** True when the bundle was built from exactly the files as they are now (same size and time). */
function fresh(bundle, manifest) {
  if (!existsSync(bundle) || !existsSync(manifest)) return false;
  try {
    const { inputs } = JSON.parse(readFileSync(manifest, 'utf8'));
    return Object.entries(inputs).every(([file, stamp]) => {
      const s = statSync(path.join(repoRoot, file), { throwIfNoEntry: false });
      return s !== undefined && `${s.size}:${s.mtimeMs}` === stamp;
    });
  } catch {
    return false;
  }
}

async function rebuild(name, dir, bundle, manifest) {
  const { build } = await import('esbuild');
  await fs.mkdir(dir, { recursive: true });
  // Written under a name of its own, then renamed: two commands starting at once never read half a file.
  const tmp = `${bundle}.${process.pid}.tmp`;
  const started = Date.now();
  const result = await build({
    entryPoints: [path.join(repoRoot, 'scripts', `${name}.ts`)],
    absWorkingDir: repoRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its "module" build it can.
    mainFields: ['module', 'main'],
    outfile: tmp,
    metafile: true,
    logLevel: 'error',
  });
  const files = [...Object.keys(result.metafile.inputs), 'package-lock.json', 'scripts/run-bundled.mjs', `scripts/${name}.mjs`];
  const stats = files.map((f) => [f, statSync(path.join(repoRoot, f))]);
  await fs.rename(tmp, bundle);
  // A file changed while esbuild read it: use this bundle once, but leave no manifest, so the next run rebuilds.
  if (stats.some(([, s]) => s.mtimeMs >= started - 1000)) return fs.rm(manifest, { force: true });
  const inputs = Object.fromEntries(stats.map(([f, s]) => [f, `${s.size}:${s.mtimeMs}`]));
  await fs.writeFile(`${manifest}.${process.pid}.tmp`, JSON.stringify({ inputs }));
  await fs.rename(`${manifest}.${process.pid}.tmp`, manifest);
}

/** Runs scripts/<name>.ts from its bundle, built first if missing or stale. */
export async function runBundled(name) {
  const dir = path.join(repoRoot, 'node_modules', '.cache', name);
  const bundle = path.join(dir, `${name}.mjs`);
  const manifest = path.join(dir, 'inputs.json');
  if (!fresh(bundle, manifest)) await rebuild(name, dir, bundle, manifest);
  await import(pathToFileURL(bundle).href);
}
