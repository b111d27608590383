import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
/** What `npx tsx` runs, called directly so that a scratch working directory (with no .env) can be used. */
export const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
export const ENTRY = path.join(ROOT, 'src', 'index.ts');

/** A port that was free a moment ago: PORT must be 1..65535, so 0 cannot be passed to the server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess { url: string; child: ChildProcess; stop(): Promise<void> }

/** Every process started and not yet stopped, so a teardown can stop even one that was still starting. */
const running = new Set<() => Promise<void>>();

export async function stopAllServerProcesses(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()));
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output()}`);
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server never became healthy: ${output()}`);
}

/** Starts `tsx src/index.ts` in its own process group and waits until /healthz answers. */
export async function startServerProcess(cwd: string, env: Record<string, string>): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnFreePort(cwd, env);
    } catch (error) {
      // Another test may take the free port between our probe and the server's listen: try another port.
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startOnFreePort(cwd: string, env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(TSX, [ENTRY], { cwd, env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      // tsx runs node as a child of its own: signal the whole group this test started.
      process.kill(-child.pid!, 'SIGTERM');
      // A shutdown that hangs must not hang the test run: the group is then killed outright.
      const forced = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15000);
      await exited;
      clearTimeout(forced);
    }
    running.delete(stop);
  };
  running.add(stop);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, stop };
}
