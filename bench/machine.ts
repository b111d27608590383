import fs from 'node:fs';
import os from 'node:os';

/** The machine a run was made on, for the head of the report. */
export function describeMachine(now: Date = new Date()): string[] {
  const cpus = os.cpus();
  const memoryGb = (os.totalmem() / 1024 ** 3).toFixed(1);
  return [
    `- CPU: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores (${os.availableParallelism()} available to Node)`,
    `- Memory: ${memoryGb} GB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node: ${process.version}`,
    `- Date: ${now.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
  ];
}

/** VmRSS of a process in bytes, from /proc/<pid>/status. */
export function residentBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}
