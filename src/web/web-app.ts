import compression from 'compression';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webPaths } from './web-build';

/**
 * The pages of the web application (a public contract: docs/design.md, "The web application"). Each answers the same
 * single-page application, which reads its state from the URL.
 */
export const WEB_PAGES = ['/', '/search', '/law', '/penalty', '/decision', '/dashboard'] as const;

/**
 * Everything the application loads comes from this origin: no CDN, no inline script. Styles set through the DOM
 * (a bar's width) are not style attributes in markup, so `style-src 'self'` holds.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = (res: Response) => {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Web application not built</title></head>
<body><h1>The web application has not been built</h1>
<p>Run <code>npm start</code> (it builds it when needed) or <code>npm run build:web</code>, then reload this page.
GraphQL answers at <a href="/graphql">/graphql</a> meanwhile.</p></body></html>`;

/**
 * Serves the built web application (dist/web): hashed assets with a year-long cache, and the page for each of the
 * application's URLs (history fallback), never cached so a new build is seen at once.
 */
export function webAppRouter(buildDir: string = webPaths().build): Router {
  const router = express.Router();
  const indexFile = join(buildDir, 'index.html');
  let index: string | null = null;
  const page = (): string | null => {
    if (index === null && existsSync(indexFile)) index = readFileSync(indexFile, 'utf8');
    return index;
  };
  // Scripts and styles travel compressed (a quarter to a third of their size): as the build compressed them once
  // (brotli and gzip files beside each, web/vite.config.mts), else compressed here. GraphQL answers are left as
  // they are.
  const compress = compression();
  router.use(
    '/assets',
    compress,
    (_req: Request, res: Response, next: NextFunction) => {
      securityHeaders(res);
      next();
    },
    expressStaticGzip(join(buildDir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, fallthrough: false, immutable: true, maxAge: '365d' },
    }),
  );
  router.get(['/favicon.svg', '/robots.txt'], (req, res, next) => {
    const file = join(buildDir, req.path.slice(1));
    if (!existsSync(file)) return next();
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(file);
  });
  // Browsers and tools ask for /favicon.ico whatever the page says; the icon is an SVG.
  router.get('/favicon.ico', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.redirect(301, '/favicon.svg');
  });
  router.get([...WEB_PAGES], compress, (req, res) => {
    const html = page();
    securityHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    if (html === null) res.status(503).type('html').send(NOT_BUILT);
    else res.type('html').send(html);
  });
  // Any other page a person opens: the application says in words that there is no such page.
  router.get(/.*/, (req, res, next) => {
    const html = page();
    if (html === null || req.accepts(['text/html', 'application/json']) !== 'text/html') return next();
    securityHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.status(404).type('html').send(html);
  });
  return router;
}
