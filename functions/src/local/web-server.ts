import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

interface FetchApp {
  fetch(request: Request): Response | Promise<Response>;
}

/**
 * What CloudFront does on AWS, on one local port: `/api/*` goes to the API, everything else
 * is the static web app, with unknown paths falling back to the SPA's index.html.
 */
export function createSiteApp(api: FetchApp, webRoot: string): Hono {
  const site = new Hono();
  // The API keeps its own not-found and error handling: hand it the raw request.
  site.all('/api/*', (c) => api.fetch(c.req.raw));
  site.all('/api', (c) => api.fetch(c.req.raw));

  site.use('*', async (c, next) => {
    await next();
    // Hashed bundles never change; the HTML must be revalidated so a new build shows at once.
    const immutable = c.req.path.startsWith('/_app/immutable/');
    c.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'strict-origin-when-cross-origin');
    c.header('x-frame-options', 'DENY');
    // Script sources are pinned by the build's own CSP meta tag; this adds what a meta cannot.
    c.header(
      'content-security-policy',
      "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
    );
  });

  const root = relative(process.cwd(), webRoot) || '.';
  site.use('*', serveStatic({ root, precompressed: true }));
  const fallback = join(webRoot, 'index.html');
  site.get('*', serveStatic({ root, path: 'index.html', precompressed: true }));
  site.all('*', (c) =>
    c.text(
      existsSync(fallback) ? 'Not found' : 'The web app is not built: run npm run build:web',
      404,
    ),
  );
  return site;
}
