/**
 * Runs `step` again at once while it finds work, else every `pollMs`; `wake` cuts a wait short.
 * Errors (a database briefly away) are logged and the next poll tries again.
 */
export const createLoop = (name: string, step: () => Promise<number>, pollMs: number, log: (message: string) => void) => {
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> | null = null;
  let again = false;

  const tick = () => {
    timer = null;
    if (!running) return;
    if (current) {
      again = true;
      return;
    }
    current = (async () => {
      do {
        again = false;
        try {
          if ((await step()) > 0) again = true;
        } catch (error) {
          if (running) log(`[showrunner] ${name}: ${(error as Error)?.message ?? error}`);
        }
      } while (again && running);
    })().finally(() => {
      current = null;
      if (running && !timer) timer = setTimeout(tick, pollMs).unref();
    });
  };

  return {
    start() {
      if (running) return;
      running = true;
      tick();
    },
    wake() {
      if (!running) return;
      if (timer) clearTimeout(timer);
      tick();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await current;
    },
  };
};
