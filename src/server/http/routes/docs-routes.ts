import type { PeerKeepApp } from '../app-type.ts';

/** The OpenAPI document, a readable page of it, and a health check. (`/` is the web app: web-app-routes.ts.) */
export function docsRoutes(app: PeerKeepApp, backend: string): void {
  app.get('/api/health', { config: { auth: 'none' }, schema: { hide: true } }, async () => ({ ok: true, database: backend }));
  app.get('/api/openapi.json', { config: { auth: 'none' }, schema: { hide: true } }, async () => app.swagger());
  app.get('/api/docs', { config: { auth: 'none' }, schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(DOCS_PAGE));
  app.get('/api/docs.js', { config: { auth: 'none' }, schema: { hide: true } }, async (_req, reply) => reply.type('text/javascript; charset=utf-8').send(DOCS_SCRIPT));
}

// A small self-contained page (no CDN, no inline script: the CSP forbids both) that lists every
// operation of the OpenAPI document with its request and response shapes.
const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PeerKeep API</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:1.5rem;color:#1b1f24}
h1{font-size:1.6rem} h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccd}
details{border:1px solid #ccd;border-radius:6px;margin:.4rem 0;padding:.3rem .6rem}
summary{cursor:pointer} code,pre{font:14px/1.4 ui-monospace,monospace} pre{background:#f4f5f7;padding:.6rem;overflow:auto}
.m{display:inline-block;min-width:4.5rem;font-weight:700} .get{color:#0b5394}.post{color:#1e6b32}.put,.patch{color:#7a4b00}.delete{color:#a11}
</style></head>
<body><h1>PeerKeep API</h1>
<p>JSON over HTTP. Sign in with <code>POST /api/auth/sign-in</code> then <code>/api/auth/second-factor</code>, or send an API token as <code>Authorization: Bearer …</code>.
Writes made with the session cookie must carry the <code>x-csrf-token</code> header. The machine-readable document is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<div id="ops">Loading the operations…</div>
<script type="module" src="/api/docs.js"></script>
</body></html>`;

const DOCS_SCRIPT = `const el = document.getElementById('ops');
const doc = await (await fetch('/api/openapi.json')).json();
const byTag = new Map();
for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
  const tag = (op.tags && op.tags[0]) || 'other';
  if (!byTag.has(tag)) byTag.set(tag, []);
  byTag.get(tag).push({ path, method, op });
}
el.textContent = '';
for (const [tag, ops] of byTag) {
  const h = document.createElement('h2'); h.textContent = tag; el.append(h);
  for (const { path, method, op } of ops) {
    const d = document.createElement('details');
    const s = document.createElement('summary');
    const m = document.createElement('span'); m.className = 'm ' + method; m.textContent = method.toUpperCase();
    const c = document.createElement('code'); c.textContent = path;
    s.append(m, c, document.createTextNode(' — ' + (op.summary || '')));
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify({ parameters: op.parameters, requestBody: op.requestBody, responses: op.responses }, null, 2);
    d.append(s, pre); el.append(d);
  }
}`;
