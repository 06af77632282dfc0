import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tryLock, unlock } from '../../../scripts/lib/dir-lock';

describe('the lock directory shared by builds and database templates', () => {
  let dir: string;
  let lock: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dir-lock-'));
    lock = path.join(dir, 'work.lock');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is taken when free, names its holder while held, and is free again once unlocked', () => {
    expect(tryLock(lock)).toBeNull();
    expect(fs.readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
    expect(tryLock(lock)).toBe(process.pid);
    unlock(lock);
    expect(tryLock(lock)).toBeNull();
  });

  it('takes over a lock whose holder has exited', () => {
    const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'pid'), exited.stdout);
    expect(tryLock(lock)).toBeNull();
    expect(fs.readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
  });

  it('waits for a lock without a pid for 10 s (its holder may be writing it), then takes it over', () => {
    fs.mkdirSync(lock);
    expect(tryLock(lock)).toBe(0);
    const old = new Date(Date.now() - 11_000);
    fs.utimesSync(lock, old, old);
    expect(tryLock(lock)).toBeNull();
  });
});
