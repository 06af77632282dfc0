import { createLimiterStore } from '../../../../plugin/server/src/accounts/limiters';
import { loginLimit } from '../../../../plugin/server/src/accounts/login-limit';

/** users-permissions' log-in as a Koa handler: 200 for the right password, a thrown 400 otherwise. */
const USERS = [{ id: 1, email: 'leserin@example.com', username: 'leserin', password: 'richtig' }];
const strapi = {
  db: {
    query: () => ({
      findOne: async ({ where }: { where: { $or: [{ email: string }, { username: string }] } }) =>
        USERS.find((u) => u.email === where.$or[0].email || u.username === where.$or[1].username) ?? null,
    }),
  },
};

const attempt = async (guard: ReturnType<typeof loginLimit>, identifier: string, password: string, ip: string) => {
  const headers: Record<string, string> = {};
  const ctx: Record<string, any> = {
    request: { ip, body: { identifier, password } },
    status: 404,
    body: undefined,
    set: (name: string, value: string) => (headers[name] = value),
  };
  const handler = async () => {
    if (!USERS.some((u) => (u.email === identifier || u.username === identifier) && u.password === password))
      throw Object.assign(new Error('Invalid identifier or password'), { status: 400 });
    ctx.status = 200;
  };
  try {
    await guard(ctx as never, handler);
  } catch {
    return { status: 400, headers };
  }
  return { status: ctx.status, headers, body: ctx.body };
};

describe('log-in limits', () => {
  const limits = () => {
    const store = createLimiterStore(null);
    return { perAccount: store.limiter('a', { points: 3, windowSeconds: 900 }), perIp: store.limiter('i', { points: 5, windowSeconds: 900 }) };
  };

  it('answer N failed attempts per account (e-mail and user name alike) and the N+1st with 429 and Retry-After', async () => {
    const guard = loginLimit(strapi as never, limits());
    expect((await attempt(guard, 'leserin@example.com', 'x', '10.0.0.1')).status).toBe(400);
    expect((await attempt(guard, 'leserin', 'x', '10.0.0.2')).status).toBe(400);
    expect((await attempt(guard, 'LESERIN@example.com', 'x', '10.0.0.3')).status).toBe(400);
    const blocked = await attempt(guard, 'leserin', 'richtig', '10.0.0.4');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['Retry-After'])).toBeGreaterThan(800);
    expect(blocked.body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError', details: { code: 'RATE_LIMITED' } } });
  });

  it('answer N failed attempts per address and the N+1st with 429; a success gives the address its unit back', async () => {
    const guard = loginLimit(strapi as never, limits());
    expect((await attempt(guard, 'leserin', 'richtig', '10.0.0.9')).status).toBe(200);
    for (let n = 0; n < 5; n += 1) expect((await attempt(guard, `jemand-${n}`, 'x', '10.0.0.9')).status).toBe(400);
    expect((await attempt(guard, 'leserin', 'richtig', '10.0.0.9')).status).toBe(429);
    expect((await attempt(guard, 'leserin', 'richtig', '10.0.0.10')).status).toBe(200);
  });
});
