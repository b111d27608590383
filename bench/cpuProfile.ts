import fs from 'node:fs';
import path from 'node:path';
import { formatNumber } from './stats';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export interface SelfTime { name: string; where: string; ms: number; share: number }

/** Where a function lives, short: node_modules/<package>/…/file:line, or the project-relative path. */
function place(frame: CallFrame, root: string): string {
  if (!frame.url) return '';
  const file = frame.url.replace(/^file:\/\//, '');
  const inModules = file.lastIndexOf('node_modules/');
  const short = inModules >= 0 ? file.slice(inModules + 'node_modules/'.length) : path.relative(root, file);
  return `${short}:${frame.lineNumber + 1}`;
}

/** Nodes under a call into node:inspector: the profiler starting and stopping itself, not the server's work. */
function profilerOwnNodes(nodes: ProfileNode[]): Set<number> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const own = new Set<number>();
  const mark = (id: number): void => {
    own.add(id);
    for (const child of byId.get(id)?.children ?? []) mark(child);
  };
  for (const node of nodes) if (node.callFrame.url === 'node:inspector') mark(node.id);
  return own;
}

/** Self time by function (samples whose top frame is that function), busiest first; idle time is left out of the shares. */
export function selfTimes(profile: CpuProfile, root: string): SelfTime[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const skipped = profilerOwnNodes(profile.nodes);
  const totals = new Map<string, SelfTime>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const frame = byNode.get(id)!;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    if (frame.functionName === '(idle)' || skipped.has(id)) return;
    busy += ms;
    const where = place(frame, root);
    const key = `${frame.functionName}@${where}`;
    const entry = totals.get(key) ?? { name: frame.functionName || '(anonymous)', where, ms: 0, share: 0 };
    entry.ms += ms;
    totals.set(key, entry);
  });
  return [...totals.values()].map((entry) => ({ ...entry, share: entry.ms / busy })).sort((a, b) => b.ms - a.ms);
}

/** Which part of the stack a function belongs to: a package, the project's own code, Node itself, or native/V8 work. */
export function owner(where: string): string {
  if (!where) return '(native: syscalls, GC, V8)';
  if (where.startsWith('node:')) return '(node internals)';
  const parts = where.split('/');
  if (parts[0] === 'dist') return `ours: ${parts.slice(1, -1).join('/')}`;
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Self time in ms summed by owner (package, our modules, Node, native). */
export function ownerTotals(times: SelfTime[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of times) totals.set(owner(entry.where), (totals.get(owner(entry.where)) ?? 0) + entry.ms);
  return totals;
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
}

/** Table rows for the top `count` functions. */
export function topRows(times: SelfTime[], count: number): string[][] {
  return times.slice(0, count).map((entry) => [entry.name, entry.where, formatNumber(entry.ms), `${(entry.share * 100).toFixed(1)}%`]);
}
