import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export const ROOT = path.resolve(__dirname, '..');
const STARTUP_MS = 30_000;
const SHUTDOWN_MS = 10_000;

/** Compiles src and the bench servers to dist/, so the servers run plain JS and no transpiler is measured. */
export function buildServers(): void {
  const result = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'bench/tsconfig.json')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('tsc -p bench/tsconfig.json failed');
}

/** The server programs in dist/bench/. */
export type ServerEntry = 'echoBot' | 'targetServer';

export interface RunningServer {
  name: string;
  /** Base URL, always on 127.0.0.1. */
  url: string;
  pid: number;
  /** Sends the server a signal, e.g. SIGUSR2 to start profiling. */
  signal(name: NodeJS.Signals): void;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Extra environment, e.g. DATABASE_URL or BENCH_CPU_PROFILE. LOG_LEVEL is warn unless given. */
  env?: Record<string, string>;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const killer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_MS);
      child.once('exit', () => {
        clearTimeout(killer);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/** Starts dist/bench/<entry>.js in its own process and resolves once it listens on loopback. */
export function startServer(name: string, entry: ServerEntry, options: ServerOptions = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--no-deprecation', path.join(ROOT, 'dist/bench', `${entry}.js`)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-2000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${STARTUP_MS} ms. ${errors}`));
    }, STARTUP_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it listened. ${errors.trim()}`));
    });
    // The interface keeps reading after the ready line, so a server that prints more never blocks on a full pipe.
    const lines = readline.createInterface({ input: child.stdout! });
    // Log lines (e.g. a start-up warning) may come before the ready line: wait for the one that says ready.
    const onLine = (line: string): void => {
      const port = readyPort(line);
      if (port === undefined) return;
      lines.off('line', onLine);
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ name, url: `http://127.0.0.1:${port}`, pid: child.pid!, signal: (name) => child.kill(name), stop: stopper(child) });
    };
    lines.on('line', onLine);
  });
}

/** The port from serveOnLoopback's ready line, or undefined for any other line. */
function readyPort(line: string): number | undefined {
  try {
    const parsed = JSON.parse(line) as { ready?: boolean; port?: number };
    return parsed.ready === true && typeof parsed.port === 'number' ? parsed.port : undefined;
  } catch {
    return undefined;
  }
}
