#!/usr/bin/env node
// Dependency-free static server for the Next.js static export in out/.
// Usage: PORT=3000 node scripts/serve.mjs [dir]
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(repoRoot, process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=${process.env.PORT} 不是有效的端口号（0–65535）。例如：PORT=3001 npm start`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.txt', '.svg', '.webmanifest', '.map']);

// Security headers as the production host sends them, read from the _headers file that
// scripts/postbuild.mjs writes into the export (global rules, long cache for /_next/static/, and a
// per-page Content-Security-Policy matching the page's <meta>). Re-read whenever the file changes,
// so a rebuild under a running server does not serve stale script hashes.
// Strict-Transport-Security is skipped: it means nothing over http://localhost.
const SKIP_LOCALLY = new Set(['strict-transport-security']);
let headerRules = { mtimeMs: -1, rules: [] };
async function loadHeaderRules() {
  const file = path.join(root, '_headers');
  const s = await statFile(file);
  if (!s) return [];
  if (s.mtimeMs !== headerRules.mtimeMs) {
    const rules = [];
    for (const line of (await fs.readFile(file, 'utf8')).split('\n')) {
      if (!line.trim() || line.trimStart().startsWith('#')) continue;
      if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
      else if (rules.length && line.includes(':')) {
        const i = line.indexOf(':');
        const name = line.slice(0, i).trim();
        if (!SKIP_LOCALLY.has(name.toLowerCase())) rules.at(-1).headers.push([name, line.slice(i + 1).trim()]);
      }
    }
    headerRules = { mtimeMs: s.mtimeMs, rules };
  }
  return headerRules.rules;
}

// Rules are matched against the path of the file served (/a/b/index.html as /a/b/), so the 404 page
// shown at any unknown URL gets the 404 page's policy.
async function securityHeaders(file) {
  const filePath = ('/' + path.relative(root, file).split(path.sep).join('/')).replace(/\/index\.html$/, '/');
  const out = {};
  for (const { pattern, headers } of await loadHeaderRules()) {
    const hit = pattern.endsWith('*') ? filePath.startsWith(pattern.slice(0, -1)) : filePath === pattern;
    if (hit) for (const [k, v] of headers) out[k] = v;
  }
  return out;
}

async function statFile(p) {
  try {
    const s = await fs.stat(p);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

// Files in the export that are for the hosts, not for visitors (deploy/nginx.conf answers 404 for
// them too), and dotfiles. Compared case-insensitively: on macOS /_HEADERS opens _headers.
// Precompressed siblings (/x.js.gz) are served if asked for by name, as nginx and CDNs do.
const INTERNAL = new Set(['_headers', '_nginx-csp.conf']);
function isInternal(file) {
  const rel = path.relative(root, file).split(path.sep);
  return INTERNAL.has(rel.join('/').toLowerCase()) || rel.some((part) => part.startsWith('.'));
}

// Map a URL path to a file inside root, or null. Never escapes root.
async function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  // trailingSlash export: /a/b/ -> out/a/b/index.html; /a/b -> out/a/b.html as fallback.
  const candidates = decoded.endsWith('/')
    ? [path.join(target, 'index.html')]
    : [target, path.join(target, 'index.html'), target + '.html'];
  for (const c of candidates) {
    if (isInternal(c)) continue;
    const s = await statFile(c);
    if (s) return { file: c, stat: s };
  }
  return null;
}

async function send(req, res, status, file, stat) {
  const ext = path.extname(file).toLowerCase();
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    // Hashed assets can be cached forever; HTML must be revalidated.
    'Cache-Control': file.includes(`${path.sep}_next${path.sep}static${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    ...(await securityHeaders(file)),
  };
  const accept = String(req.headers['accept-encoding'] ?? '');
  const compressible = COMPRESSIBLE.has(ext);
  if (compressible) headers['Vary'] = 'Accept-Encoding';

  // makeStream is only called for GET, so HEAD opens no file.
  const finish = (makeStream, extra) => {
    res.writeHead(status, { ...headers, ...extra });
    if (req.method === 'HEAD') return void res.end();
    const stream = makeStream();
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

  if (compressible) {
    // Prefer precompressed siblings written at build time.
    for (const [enc, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (!new RegExp(`\\b${enc}\\b`).test(accept)) continue;
      const s = await statFile(file + suffix);
      if (s) return finish(() => createReadStream(file + suffix), { 'Content-Encoding': enc, 'Content-Length': s.size });
    }
    if (/\bgzip\b/.test(accept) && stat.size > 512) {
      return finish(() => createReadStream(file).pipe(zlib.createGzip()), { 'Content-Encoding': 'gzip' });
    }
  }
  return finish(() => createReadStream(file), { 'Content-Length': stat.size });
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const found = await resolveFile(urlPath);
    if (found) {
      // Mirror trailingSlash: true — /a/b (a directory) -> /a/b/
      if (!urlPath.endsWith('/') && path.basename(found.file) === 'index.html' && !urlPath.endsWith('index.html')) {
        const search = new URL(req.url ?? '/', 'http://localhost').search;
        res.writeHead(308, { Location: urlPath + '/' + search }).end();
        return;
      }
      await send(req, res, 200, found.file, found.stat);
      return;
    }
    const notFound = path.join(root, '404.html');
    const s = await statFile(notFound);
    if (s) {
      await send(req, res, 404, notFound, s);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 页面不存在\n');
    }
  } catch (err) {
    console.error(err);
    if (!res.headersSent) res.writeHead(500).end();
    else res.destroy();
  }
});

// A request larger than Node's 16 KB limit on the request line and headers together: Node would
// answer an empty 431. Say what happened instead, as a page: a link too long to open (414), which
// no share link of the site is (its query carries only choices), or, when the request line was
// complete, headers too large, most often the cookies other local projects left on localhost (431).
const TOO_LARGE = {
  414: ['URI Too Long', '链接太长，无法打开', '这个链接太长，可能复制时多了内容，或被改动过。请检查链接，或从首页重新打开。'],
  431: ['Request Header Fields Too Large', '请求太大，无法打开', '浏览器随请求发送的内容太多，通常是它为这个网址保存的 Cookie 太多。请清除这个网址的 Cookie 后再试。'],
};
server.on('clientError', (err, socket) => {
  if (err.code === 'ECONNRESET' || !socket.writable) return;
  if (err.code !== 'HPE_HEADER_OVERFLOW') {
    // What Node answers without this handler.
    const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    return;
  }
  const head = err.rawPacket?.toString('latin1', 0, 64 * 1024) ?? '';
  const lineEnd = head.indexOf('\r\n');
  const status = lineEnd !== -1 && / HTTP\/1\.\d$/.test(head.slice(0, lineEnd)) ? 431 : 414;
  const [reason, title, text] = TOO_LARGE[status];
  const body = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><h1>${title}</h1><p>${text}</p><p><a href="/">返回首页</a></p></html>\n`;
  const headers = [
    `HTTP/1.1 ${status} ${reason}`,
    'Content-Type: text/html; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Content-Security-Policy: default-src 'none'",
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    'Connection: close',
  ];
  socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
});

// A port already in use (say, a second `npm start`) is the common failure: say so plainly, no stack.
server.on('error', (err) => {
  const next = port > 0 && port < 65535 ? port + 1 : 3001;
  const hint = `请换一个端口，例如：PORT=${next} npm start`;
  if (err.code === 'EADDRINUSE') console.error(`端口 ${port} 已被占用（也许另一个 npm start 还在运行）。${hint}`);
  else if (err.code === 'EACCES') console.error(`没有权限使用端口 ${port}（1024 以下的端口通常需要管理员权限）。${hint}`);
  else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
    console.error(`无法监听地址 HOST=${host}：本机没有这个地址。去掉 HOST 即监听所有地址。`);
  else console.error(`无法在 ${host}:${port} 启动服务器：${err.message}`);
  process.exit(1);
});

fs.stat(root).then(
  () => {
    server.listen(port, host, () => {
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      const actual = server.address()?.port ?? port; // PORT=0: the one the system chose
      console.log(`医保报销估算 serving ${path.relative(process.cwd(), root) || '.'} at http://${shown}:${actual}/`);
    });
  },
  () => {
    console.error(`Directory not found: ${root} — run \`npm run build\` first.`);
    process.exit(1);
  },
);

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
