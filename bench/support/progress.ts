const WIDTH = 30;

const clock = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** A one-line progress bar with rate and remaining time; plain lines when stdout is not a terminal. */
export const progressBar = (label: string) => {
  const started = Date.now();
  let lastLine = 0;
  return {
    update(done: number, total: number, note = '') {
      const elapsed = (Date.now() - started) / 1000;
      const rate = done / Math.max(elapsed, 0.001);
      const filled = Math.round((done / Math.max(total, 1)) * WIDTH);
      const line =
        `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${rate.toFixed(0)}/s ` + `eta ${clock((total - done) / rate)} ${note}`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line.padEnd(110)}`);
      else if (Date.now() - lastLine > 5000 || done === total) {
        lastLine = Date.now();
        process.stdout.write(`${line}\n`);
      }
    },
    finish(message: string) {
      if (process.stdout.isTTY) process.stdout.write('\n');
      process.stdout.write(`${label} ${message}\n`);
    },
  };
};
