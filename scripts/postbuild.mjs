#!/usr/bin/env node
// Runs after `next build` (see the package.json `build` script). For the static export in out/:
//  1. hashes every inline <script> (and any inline style) of each page into a per-page
//     Content-Security-Policy <meta>, so script-src needs neither 'unsafe-inline' nor 'unsafe-eval';
//  2. writes the same policies as HTTP headers for static hosts: out/_headers (Netlify / Cloudflare
//     Pages) and out/_nginx-csp.conf (an nginx `map`, included by deploy/nginx.conf);
//  3. writes .gz and .br siblings of text files over 1 KB, for gzip_static / brotli_static hosts.
// Usage: node scripts/postbuild.mjs [dir]   (dir defaults to out/; safe to run twice)
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(repoRoot, process.argv[2] ?? 'out');

/** Headers every response gets in production (deploy/nginx.conf sends the same). */
export const SECURITY_HEADERS = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'X-Frame-Options': 'DENY',
};
// frame-ancestors is ignored (with a console warning) in a <meta> policy, so only headers carry it.
const HEADER_ONLY = "frame-ancestors 'none'";
// For responses that are not pages (and any page missing from the map): no inline code at all.
const FALLBACK_POLICY =
  "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest', '.map']);
const MIN_COMPRESS = 1024;

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;
// A tag's attributes, allowing quoted values that contain '>'.
const ATTRS = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;
const SCRIPT = new RegExp(String.raw`<script\b(${ATTRS})>([\s\S]*?)<\/script[\s/>]`, 'gi');
const STYLE_ELEMENT = new RegExp(String.raw`<style\b(${ATTRS})>([\s\S]*?)<\/style[\s/>]`, 'gi');
const TAG = new RegExp(String.raw`<[a-zA-Z][^\s/>]*(${ATTRS})>`, 'g');
const STYLE_ATTR = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

async function walk(dir) {
  const files = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(p)));
    else if (entry.isFile()) files.push(p);
  }
  return files;
}

// The browser hashes the element's text after HTML input preprocessing (CR LF / CR -> LF), as UTF-8.
const hash = (text) =>
  `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;

// Attribute values are hashed after character-reference decoding (what the DOM holds).
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeAttr(value) {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/** The page's meta policy: 'self' plus the hashes of exactly the inline code this page contains. */
export function policyFor(html) {
  html = html.replace(CSP_META, '');
  const scripts = new Set();
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    // Only executable inline scripts need a hash; data blocks (JSON-LD) are not blocked by CSP.
    if (/\ssrc\s*=/i.test(attrs) || body === '') continue;
    scripts.add(hash(body));
  }
  const styles = new Set();
  for (const [, , body] of html.matchAll(STYLE_ELEMENT)) if (body !== '') styles.add(hash(body));
  // style="" attributes, looked for in tags only (not inside script bodies).
  const attrHashes = new Set();
  for (const [, attrs] of html.replace(SCRIPT, '').matchAll(TAG)) {
    const m = STYLE_ATTR.exec(attrs);
    if (m) attrHashes.add(hash(decodeAttr(m[1] ?? m[2])));
  }
  // Style attributes can only be allowed by hash with 'unsafe-hashes' (CSP3); React's runtime style
  // changes go through CSSOM, which CSP does not restrict, so only server-rendered attributes count.
  const styleSrc = ["'self'", ...styles, ...(attrHashes.size ? ["'unsafe-hashes'", ...attrHashes] : [])];
  return [
    "default-src 'self'",
    `script-src 'self' ${[...scripts].join(' ')}`.trim(),
    `style-src ${styleSrc.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Insert (or replace) the meta policy; it must precede every script, and the charset stays first. */
export function withMeta(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  html = html.replace(CSP_META, '');
  const head = /<head\b[^>]*>(\s*<meta\s+charset=[^>]*>)?/i.exec(html);
  if (!head) throw new Error('no <head>');
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** URL paths a host serves this HTML file at: out/a/b/index.html -> /a/b/, out/404.html -> /404.html. */
function routesOf(file) {
  const rel = '/' + path.relative(root, file).split(path.sep).join('/');
  if (rel.endsWith('/index.html')) return [rel.slice(0, -'index.html'.length), rel];
  return [rel, rel.slice(0, -'.html'.length)];
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
async function precompress(file, data) {
  const [gz, br] = await Promise.all([
    gzip(data, { level: 9 }),
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
  let n = 0;
  for (const [suffix, packed] of [['.gz', gz], ['.br', br]]) {
    if (packed.length < data.length) {
      await fs.writeFile(file + suffix, packed);
      n++;
    } else {
      await fs.rm(file + suffix, { force: true });
    }
  }
  return n;
}

const quote = (s) => `"${s.replace(/["\\]/g, '\\$&')}"`;

async function main() {
  try {
    await fs.stat(root);
  } catch {
    console.error(`postbuild: ${root} not found — run \`next build\` first.`);
    process.exit(1);
  }
  const files = (await walk(root)).filter((f) => !/\.(gz|br)$/.test(f));
  const pages = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = await fs.readFile(file, 'utf8');
    const policy = policyFor(html);
    if (/unsafe-eval|'unsafe-inline'/.test(policy)) throw new Error(`${file}: unexpected unsafe source`);
    await fs.writeFile(file, withMeta(html, policy));
    pages.push({ routes: routesOf(file), policy: `${policy}; ${HEADER_ONLY}` });
  }
  pages.sort((a, b) => a.routes[0].localeCompare(b.routes[0]));
  // A route listed twice would be a conflicting key in the nginx map; the first page wins.
  const seen = new Set();
  for (const page of pages) page.routes = page.routes.filter((r) => !seen.has(r) && seen.add(r));

  let compressed = 0;
  const todo = [];
  for (const file of await walk(root)) {
    if (/\.(gz|br)$/.test(file) || !COMPRESS.has(path.extname(file).toLowerCase())) continue;
    const data = await fs.readFile(file);
    if (data.length > MIN_COMPRESS) todo.push(precompress(file, data).then((n) => (compressed += n)));
    else await Promise.all([fs.rm(file + '.gz', { force: true }), fs.rm(file + '.br', { force: true })]);
  }
  await Promise.all(todo);

  const banner = '# Generated by scripts/postbuild.mjs from this build; do not edit (see deploy/README.md).';
  const headers = [
    banner,
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    '',
    '/_next/static/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    // Hosts reading _headers serve /a/b/index.html as /a/b/ (and cap the number of rules), so only
    // the canonical path is listed.
    ...pages.flatMap(({ routes, policy }) =>
      routes.filter((r) => !r.endsWith('/index.html')).flatMap((r) => [r, `  Content-Security-Policy: ${policy}`, '']),
    ),
  ];

  const map = [
    banner,
    '# Included in the http{} context; $uri is the final URI (after index / try_files / error_page).',
    'map $uri $yibao_csp {',
    `    default ${quote(`${FALLBACK_POLICY}; ${HEADER_ONLY}`)};`,
    ...pages.flatMap(({ routes, policy }) => routes.map((r) => `    ${quote(r)} ${quote(policy)};`)),
    '}',
    '',
  ];
  await fs.writeFile(path.join(root, '_nginx-csp.conf'), map.join('\n'));
  // Written last: scripts/start.mjs takes its mtime as the time this build was complete.
  await fs.writeFile(path.join(root, '_headers'), headers.join('\n'));
  console.log(
    `postbuild: CSP meta in ${pages.length} pages; wrote _headers, _nginx-csp.conf; ${compressed} .gz/.br files`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`postbuild: ${err.stack ?? err}`);
    process.exit(1);
  });
}
