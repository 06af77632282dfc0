import path from 'node:path';
import type { NextConfig } from 'next';

const root = path.join(__dirname, '../..');

const config: NextConfig = {
  // npm workspaces hoist next into the repository's node_modules: the bundler and the output
  // tracing must see the whole workspace, not only this folder.
  turbopack: { root },
  outputFileTracingRoot: root,
  // The locale lives in the URL; the bare domain opens the German portal.
  // The API's notifications and alert mails link to site paths without a locale (/serien/…, /news/…).
  redirects: async () => [
    { source: '/', destination: '/de', permanent: false },
    { source: '/serien/:slug', destination: '/de/series/:slug', permanent: false },
    { source: '/news/:slug', destination: '/de/news/:slug', permanent: false },
  ],
  // No "X-Powered-By: Next.js"; and the admin embeds /preview in a frame, so no frame-blocking header is set.
  poweredByHeader: false,
  // Images come from the API's upload folder as they are; no image optimizer (it would fetch and
  // re-encode on this server, and sharp is an optional binary).
  images: { unoptimized: true },
  // `npm run typecheck` checks the site with the rest of the repository; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default config;
