import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { createLimiterStore } from '../../../../plugin/server/src/accounts/limiters';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const redisReachable = () =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(REDIS_URL);
    const socket = net.connect(Number(port || 6379), hostname, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

describe('budgets store (log-ins, account mails, reader actions)', () => {
  it('spends, refunds and resets per key, and says how long to wait without spending', async () => {
    const store = createLimiterStore(null);
    const limiter = store.limiter('unit', { points: 2, windowSeconds: 60 });
    expect(await limiter.consume('a')).toBeNull();
    expect(await limiter.consume('a')).toBeNull();
    expect(await limiter.blocked('a')).toBeGreaterThan(0);
    expect(await limiter.consume('a')).toBeGreaterThan(0);
    expect(await limiter.consume('b')).toBeNull();
    await limiter.reset('a');
    expect(await limiter.blocked('a')).toBeNull();
    expect(await limiter.consume('a')).toBeNull();
    await limiter.refund('a');
    expect(await limiter.consume('a')).toBeNull();
    expect(await limiter.consume('a')).toBeNull();
    expect(await limiter.consume('a')).toBeGreaterThan(0);
    expect(await store.limiter('off', { points: 0, windowSeconds: 60 }).consume('a')).toBeNull();
    await store.close();
  });

  it('shares one budget between processes through Redis when redisUrl is set', async () => {
    if (!(await redisReachable())) return console.warn(`Redis at ${REDIS_URL} is not reachable: the shared-budget case is skipped.`);
    const [one, two] = [createLimiterStore(REDIS_URL), createLimiterStore(REDIS_URL)];
    const name = `unit-${randomUUID()}`;
    const [first, second] = [one.limiter(name, { points: 3, windowSeconds: 60 }), two.limiter(name, { points: 3, windowSeconds: 60 })];
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await first.consume('reader')).toBeNull();
    expect(await second.consume('reader')).toBeNull();
    expect(await first.consume('reader')).toBeNull();
    expect(await second.consume('reader')).toBeGreaterThan(0);
    await first.reset('reader');
    await Promise.all([one.close(), two.close()]);
  });
});
