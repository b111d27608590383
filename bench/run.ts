import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { faqSection } from './faqFigure';
import { describeMachine } from './machine';
import { renderSection, table, type Section } from './markdown';
import { ownerComparison, profileTurns, topTable } from './profileRun';
import { readSettings, type BenchSettings } from './settings';
import { buildServers, ROOT, startServer, type RunningServer } from './servers';
import { formatNumber, ratio } from './stats';
import { measureMemory, measureRecord, seedStore, type MemoryGrowth, type RecordSizes } from './storageFigures';
import { comparisonTable, interleavedTurns, warmUp, type TurnFigures } from './turnFigures';
import { checkTargets, targetsTable } from './targets';

/** Turns per conversation in the memory figure: hello, a question, then into a reframe with its first answer held. */
const MEMORY_TURNS = 4;
const MB = 1024 * 1024;

interface Context { settings: BenchSettings; runDir: string; echo: RunningServer }

const sqliteUrl = (context: Context, name: string): string => `sqlite:${path.join(context.runDir, `${name}.db`)}`;

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function withServer<T>(name: string, databaseUrl: string, use: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer(name, 'targetServer', { env: { DATABASE_URL: databaseUrl } });
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

async function turnComparison(context: Context, ours: RunningServer): Promise<Map<number, TurnFigures[]>> {
  const { settings } = context;
  await warmUp([ours, context.echo], settings.warmupSeconds);
  return interleavedTurns([ours, context.echo], settings.userCounts, settings.rounds, settings.seconds);
}

function storageSection(sizes: RecordSizes, memory: MemoryGrowth): Section {
  return {
    title: '3. Bytes stored per conversation, and server memory',
    body: table(['figure', 'value'], [
      ['stored at the last step of a reframe (every answer held)', `${formatNumber(sizes.midReframe)} bytes`],
      ['stored after a full reframe (answers cleared)', `${formatNumber(sizes.afterReframe)} bytes`],
      [`server RSS before ${formatNumber(memory.conversations)} conversations`, `${(memory.before / MB).toFixed(1)} MB`],
      [`server RSS after them (${memory.turnsEach} turns each, ${memory.seconds.toFixed(0)} s)`, `${(memory.after / MB).toFixed(1)} MB`],
      ['RSS growth', `${((memory.after - memory.before) / MB).toFixed(1)} MB`],
    ]),
  };
}

/** Figure 4: one server per store size, each seeded with copies of a real record, run interleaved. */
async function flatLatency(context: Context, record: string): Promise<Map<number, TurnFigures>> {
  const { settings } = context;
  const servers: RunningServer[] = [];
  try {
    for (const count of settings.storedCounts) {
      const url = sqliteUrl(context, `stored-${count}`);
      log(`seeding ${formatNumber(count)} conversations`);
      await seedStore(url, record, count);
      servers.push(await startServer(`stored-${count}`, 'targetServer', { env: { DATABASE_URL: url } }));
    }
    await warmUp(servers, settings.warmupSeconds);
    const figures = (await interleavedTurns(servers, [8], settings.rounds, settings.seconds)).get(8)!;
    return new Map(settings.storedCounts.map((count, index) => [count, figures[index]]));
  } finally {
    for (const server of servers) await server.stop();
  }
}

function flatSection(figures: Map<number, TurnFigures>): Section {
  const [first] = [...figures.values()];
  const rows = [...figures.entries()].map(([count, each]) => [
    formatNumber(count), formatNumber(each.turnsPerSecond), each.p50.toFixed(2), ratio(each.p50, first.p50), each.p99.toFixed(2), ratio(each.p99, first.p99), each.cpuMsPerTurn.toFixed(2),
  ]);
  return {
    title: '4. Turn latency against conversations already stored (8 users, SQLite)',
    body: table(['stored conversations', 'turns/s', 'p50 ms', 'p50 vs first', 'p99 ms', 'p99 vs first', 'CPU ms/turn'], rows),
  };
}

async function postgresSection(context: Context): Promise<Section> {
  const title = '5. Turn figures on PostgreSQL';
  const url = context.settings.postgresUrl;
  if (!url) return { title, body: 'not yet available (run with DATABASE_URL=postgres://… to include it)' };
  try {
    const figures = await withServer('Bounce Back (PostgreSQL)', url, (ours) => turnComparison(context, ours));
    return { title, body: comparisonTable(figures, 'ours', 'echo') };
  } catch (error) {
    return { title, body: `not yet available (${(error as Error).message.split('\n')[0]})` };
  }
}

/** Figure 6: Bounce Back's profile at 32 users, and its CPU per turn by owner beside the echo bot's. */
async function profileSection(context: Context): Promise<Section> {
  log('profiling a turn under load, ours then echo');
  const { seconds, warmupSeconds } = context.settings;
  const options = { outDir: path.join(context.runDir, 'profiles'), users: 32, seconds, warmupSeconds };
  const ours = await profileTurns('targetServer', { ...options, env: { DATABASE_URL: sqliteUrl(context, 'profile') } });
  const echo = await profileTurns('echoBot', options);
  return {
    title: '6. Where a turn spends its CPU (32 users)',
    note: `Self time by function, Bounce Back, ${formatNumber(ours.turnsPerSecond)} turns/s while profiled (${path.relative(ROOT, ours.file)}; open it in Chrome DevTools). `
      + 'Then CPU per turn by owner, ours beside the echo bot\'s, from profiles taken alike; the profiler\'s own overhead inflates both.',
    body: `${topTable(ours)}\n\n${ownerComparison(ours, echo)}`,
  };
}

function header(settings: BenchSettings): string {
  return [
    '# Bounce Back benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); bench/README.md says what each figure means.',
    '',
    ...describeMachine(),
    `- Load average at the end of the run: ${os.loadavg().map((value) => value.toFixed(2)).join(', ')} (1, 5, 15 min)`,
    `- Settings: ${settings.quick ? 'QUICK, ' : ''}${settings.rounds} interleaved rounds of ${settings.seconds} s per server and user count, ${settings.warmupSeconds} s warm-up`,
  ].join('\n');
}

async function main(): Promise<void> {
  const settings = readSettings();
  log('compiling src and the bench servers to dist/');
  buildServers();
  const runDir = path.join(ROOT, 'bench/out', `run-${Date.now()}`);
  fs.mkdirSync(runDir, { recursive: true });
  const echo = await startServer('echo', 'echoBot');
  const context: Context = { settings, runDir, echo };
  const sections: Section[] = [];
  try {
    const mainUrl = sqliteUrl(context, 'main');
    const { turns, sizes, memory } = await withServer('Bounce Back', mainUrl, async (ours) => {
      log('1. turns: ours and echo, interleaved');
      const measured = await turnComparison(context, ours);
      log('3. bytes per conversation and memory');
      const record = await measureRecord(ours, mainUrl);
      return { turns: measured, sizes: record, memory: await measureMemory(ours, settings.conversations, MEMORY_TURNS) };
    });
    sections.push({ title: '1. Turns per second and latency: Bounce Back (durable SQLite) against the echo bot', body: comparisonTable(turns, 'ours', 'echo') });
    sections.push(await faqSection());
    sections.push(storageSection(sizes, memory));
    log('4. latency against stored conversations');
    const flat = await flatLatency(context, sizes.record);
    sections.push(flatSection(flat));
    log('5. PostgreSQL');
    sections.push(await postgresSection(context));
    sections.unshift({ title: 'Targets', body: targetsTable(checkTargets({ turns, sizes, memory, flat })) });
  } finally {
    await echo.stop();
  }
  if (settings.profile) sections.push(await profileSection(context));
  const report = `${[header(settings), ...sections.map(renderSection)].join('\n\n')}\n`;
  process.stdout.write(report);
  fs.writeFileSync(path.join(ROOT, 'bench/results.md'), report);
  log('wrote bench/results.md');
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
