import fs from 'node:fs';
import path from 'node:path';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * One attempt at a lock directory (mkdir is atomic, the pid inside names the holder): `null` once
 * it is ours, else the pid holding it. A lock whose holder is dead, or one left without a pid for
 * over 10 s (killed between mkdir and write), is cleared and taken.
 */
export const tryLock = (lock: string): number | null => {
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      const orphaned = owner === 0 && Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 10_000;
      if ((owner > 0 && !alive(owner)) || orphaned) fs.rmSync(lock, { recursive: true, force: true });
      else return owner;
    }
  }
};

export const unlock = (lock: string) => fs.rmSync(lock, { recursive: true, force: true });
