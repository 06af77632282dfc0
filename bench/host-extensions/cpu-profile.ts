import fs from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

export const CPU_PROFILE_PATH = '/_bench/cpu-profile';

const post = <T = unknown>(session: Session, method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));

/**
 * Lets the bench profile exactly its load window: POST .../start, then POST .../stop?file=<name>
 * writes a .cpuprofile (Chrome DevTools format) into SHOWRUNNER_BENCH_PROFILE_DIR.
 */
export const cpuProfileEndpoint = () => {
  let session: Session | null = null;
  return async (ctx, next) => {
    if (!ctx.path.startsWith(CPU_PROFILE_PATH) || ctx.method !== 'POST') return next();
    const dir = process.env.SHOWRUNNER_BENCH_PROFILE_DIR;
    if (!dir) ctx.throw(404);
    if (ctx.path.endsWith('/start')) {
      session?.disconnect();
      session = new Session();
      session.connect();
      await post(session, 'Profiler.enable');
      await post(session, 'Profiler.start');
      ctx.status = 204;
      return;
    }
    if (!session) ctx.throw(409, 'not profiling');
    const { profile } = await post<{ profile: object }>(session, 'Profiler.stop');
    session.disconnect();
    session = null;
    const file = path.join(dir, `${path.basename(String(ctx.query.file ?? 'server'))}.cpuprofile`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(profile));
    ctx.body = { file };
  };
};
