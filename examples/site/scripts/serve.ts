import { buildSite, siteIsStale, startSite } from './site-build';

/**
 * `npm run site`: builds the site when its sources changed, then serves it on SITE_PORT (3000)
 * against SITE_API_URL (the demo host's http://localhost:1337/graphql; start it with `npm start`).
 */
const port = Number(process.env.SITE_PORT ?? 3000);
const apiUrl = process.env.SITE_API_URL ?? 'http://localhost:1337/graphql';

if (siteIsStale()) {
  console.log('[site] Building the reader site (next build, about a minute) …');
  buildSite();
}
console.log(`[site] The reader site: http://localhost:${port}/de (API: ${apiUrl})`);
const child = startSite({ port, host: process.env.SITE_HOST ?? '0.0.0.0', apiUrl, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
