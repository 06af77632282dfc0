import fs from 'node:fs';

export { freePort, stopChild, waitFor } from '../../scripts/lib/launch';

/** Resident set size of a process in MB, from /proc (Linux); null elsewhere or once it has exited. */
export const rssMb = (pid: number) => {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
};

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux; clock ticks of 10 ms). */
export const cpuMs = (pid: number) => {
  try {
    // Fields after the command name, which may contain spaces: state is field 3, utime 14, stime 15.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
};

/** Samples a process's RSS until stopped; returns the first, the highest and the last sample. */
export const sampleRss = (pid: number, everyMs = 250) => {
  let peak = 0;
  let last = 0;
  const start = rssMb(pid) ?? 0;
  const take = () => {
    const mb = rssMb(pid);
    if (mb !== null) {
      peak = Math.max(peak, mb);
      last = mb;
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return () => {
    clearInterval(timer);
    take();
    return { startMb: start, peakMb: peak, lastMb: last };
  };
};
