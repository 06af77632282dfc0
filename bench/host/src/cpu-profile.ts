import fs from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import type { Context, Next } from 'koa';

export const CPU_PROFILE_PATH = '/_bench/cpu-profile';

const post = <T = unknown>(session: Session, method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));

/**
 * Lets the bench profile exactly its load window: POST .../start, then POST .../stop?file=<name>
 * writes a .cpuprofile (Chrome DevTools format) into SHOWRUNNER_BENCH_PROFILE_DIR.
 */
export const cpuProfileEndpoint = () => {
  let session: Session | null = null;
  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith(CPU_PROFILE_PATH) || ctx.method !== 'POST') return next();
    const dir = process.env.SHOWRUNNER_BENCH_PROFILE_DIR;
    if (!dir) return ctx.throw(404);
    if (ctx.path.endsWith('/start')) {
      session?.disconnect();
      session = new Session();
      session.connect();
      await post(session, 'Profiler.enable');
      await post(session, 'Profiler.start');
      ctx.status = 204;
      return;
    }
    const running = session;
    if (!running) return ctx.throw(409, 'not profiling');
    const { profile } = await post<{ profile: object }>(running, 'Profiler.stop');
    running.disconnect();
    session = null;
    const file = path.join(dir, `${path.basename(String(ctx.query.file ?? 'server'))}.cpuprofile`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(profile));
    ctx.body = { file };
  };
};
