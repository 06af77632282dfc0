import { spawn, type ChildProcess } from 'node:child_process';

/** What this test process started and has not seen exit, so a failed or timed-out test can stop it by pid. */
const running = new Set<ChildProcess>();

export const track = (child: ChildProcess) => {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
};

export const stopStarted = () => {
  for (const child of running) {
    try {
      if (child.pid) process.kill(child.pid, 'SIGKILL');
    } catch {
      // exited meanwhile
    }
  }
};

/** Runs a command to completion; its output is kept and shown (the end of it) only when it fails. */
export const runCommand = (command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) =>
  new Promise<string>((resolve, reject) => {
    const child = track(spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] }));
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`\`${[command, ...args].join(' ')}\` failed (${code ?? signal}) in ${options.cwd}:\n${output.slice(-8000)}`));
    });
  });

const secondsSince = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Runs steps one after another, printing a line as each starts and ends, with its time and the time so far. */
export const progress = (prefix: string, total: number) => {
  const started = Date.now();
  let count = 0;
  const say = (line: string) => process.stdout.write(`${prefix} ${line}\n`);
  const step = async <T>(what: string, work: () => T | Promise<T>, outcome: (result: T) => string = () => 'done'): Promise<T> => {
    const number = (count += 1);
    const begun = Date.now();
    say(`${number}/${total} ${what} …`);
    const result = await work();
    say(`${number}/${total} ${what}: ${outcome(result)} in ${secondsSince(begun)} (${secondsSince(started)} so far)`);
    return result;
  };
  return { step, say, elapsed: () => secondsSince(started) };
};
