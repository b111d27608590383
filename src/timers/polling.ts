/** Delay before the next try after `attempts` failures: doubling from `baseMs`, at most `maxMs`. */
export const exponentialBackoff = (baseMs = 5_000, maxMs = 15 * 60_000) => (attempts: number): number =>
  Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));

export interface Polling { stop(): Promise<void> }

/** Runs `task` every `intervalMs`, never two at once, on a timer that never keeps the process alive; stop() waits for a run in flight. */
export function startPolling(task: () => Promise<unknown>, intervalMs: number, onFailure: (error: Error) => void): Polling {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = task()
      .catch(onFailure)
      .finally(() => { busy = false; });
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
