import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { Server } from 'restify';

/**
 * With BENCH_CPU_PROFILE=<file>, SIGUSR2 starts V8's CPU profiler (the one behind --cpu-prof) and stopping
 * writes the profile there, so the profile holds the load alone, not start-up and warm-up.
 */
function cpuProfiler(file: string | undefined): { stop(): Promise<void> } {
  if (!file) return { stop: async () => undefined };
  const session = new Session();
  let started = false;
  process.on('SIGUSR2', () => {
    session.connect();
    void session.post('Profiler.enable')
      .then(() => session.post('Profiler.setSamplingInterval', { interval: 500 }))
      .then(() => session.post('Profiler.start'))
      .then(() => { started = true; });
  });
  return {
    stop: async () => {
      if (!started) return;
      const { profile } = await session.post('Profiler.stop');
      fs.writeFileSync(file, JSON.stringify(profile));
    },
  };
}

/**
 * Starts a server on loopback only and reports its port on stdout as one JSON line, so the bench
 * never needs a fixed port. SIGTERM closes it cleanly.
 */
export async function serveOnLoopback(server: Server, close: () => Promise<void> = async () => undefined): Promise<void> {
  const profiler = cpuProfiler(process.env.BENCH_CPU_PROFILE);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  process.stdout.write(`${JSON.stringify({ ready: true, port: server.address().port, pid: process.pid })}\n`);
  const stop = (): void => {
    void profiler.stop()
      .then(() => new Promise<void>((resolve) => server.close(() => resolve())))
      .then(close)
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
