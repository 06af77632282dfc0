import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stands in for the newsroom's website: records what the admin's preview asks it to render and
 * answers with a page that names it, so the preview screenshot shows what arrived.
 */
export const startPreviewFrontend = async () => {
  const requests: URL[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://frontend');
    requests.push(url);
    const { type, slug, status, locale } = Object.fromEntries(url.searchParams);
    const escape = (text = '') => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="de"><body style="font-family: sans-serif; padding: 2rem">` +
        `<p>Vorschau (${escape(status)}, ${escape(locale)})</p><h1>${escape(type)}: ${escape(slug)}</h1>` +
        `<p>Mit Vorschau-Token: ${url.searchParams.has('token') ? 'ja' : 'nein'}</p></body></html>`
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/vorschau`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
