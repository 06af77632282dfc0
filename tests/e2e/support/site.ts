import { buildSite, siteIsStale, startSite } from '../../../examples/site/scripts/site-build';
import { freePort, stopChild, waitFor } from '../../../scripts/lib/launch';

export interface RunningSite {
  url: string;
  port: number;
  logs(): string;
  stop(): Promise<void>;
}

const progress = (line: string) => process.stdout.write(`[site] ${line}\n`);

/**
 * The example reader site (examples/site) as a reader gets it: `next build` when its sources
 * changed since the last build (about a minute), then `next start` on a free loopback port
 * against the given API. Pass the port when the API must know the site's URL before it starts
 * (SHOWRUNNER_PREVIEW_URL).
 */
export const startReaderSite = async (apiUrl: string, port?: number): Promise<RunningSite> => {
  if (siteIsStale()) {
    progress('Building examples/site (next build, about a minute) …');
    const started = Date.now();
    buildSite('pipe');
    progress(`Built examples/site (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const sitePort = port ?? (await freePort());
  const child = startSite({ port: sitePort, apiUrl });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const logs = () => output.join('').slice(-20_000);
  const url = `http://127.0.0.1:${sitePort}`;
  try {
    await waitFor(async () => (await fetch(`${url}/de/login`)).status === 200, child, 'The reader site', logs, 60_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, port: sitePort, logs, stop: () => stopChild(child) };
};

/**
 * The markup a reader's browser gets before any script runs, without React's flight data (inline
 * scripts) and the empty comments React puts between adjacent text parts.
 */
export const serverMarkup = async (url: string) => {
  const response = await fetch(url);
  const html = await response.text();
  return { response, markup: html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<!-- -->/g, '') };
};
