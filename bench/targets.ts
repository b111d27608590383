import { table } from './markdown';
import type { MemoryGrowth, RecordSizes } from './storageFigures';
import type { TurnFigures } from './turnFigures';

export interface Measured {
  turns: Map<number, TurnFigures[]>;
  sizes: RecordSizes;
  memory: MemoryGrowth;
  flat: Map<number, TurnFigures>;
}

export interface TargetCheck { target: string; measured: string; met: boolean }

const MB = 1024 * 1024;

/** The targets, each against what this run measured. */
export function checkTargets({ turns, sizes, memory, flat }: Measured): TargetCheck[] {
  const busiest = Math.max(...turns.keys());
  const [ours, echo] = turns.get(busiest)!;
  const stored = [...flat.entries()];
  const [fewest, most] = [stored[0], stored[stored.length - 1]];
  const throughput = ours.turnsPerSecond / echo.turnsPerSecond;
  const p99 = ours.p99 / echo.p99;
  const flatness = most[1].p50 / fewest[1].p50;
  const growth = (memory.after - memory.before) / MB;
  return [
    { target: `throughput at ${busiest} users ≥ 0.8x echo`, measured: `${throughput.toFixed(2)}x`, met: throughput >= 0.8 },
    { target: `p99 at ${busiest} users ≤ 1.5x echo`, measured: `${p99.toFixed(2)}x`, met: p99 <= 1.5 },
    // The target is that a full store does not slow a turn: faster than with the small store also meets it.
    { target: `p50 with ${most[0].toLocaleString('en-GB')} stored no more than 15% above ${fewest[0].toLocaleString('en-GB')}`, measured: `${flatness.toFixed(2)}x`, met: flatness <= 1.15 },
    { target: 'under 4 KB stored per conversation (largest point of a reframe)', measured: `${sizes.midReframe} bytes`, met: sizes.midReframe < 4096 },
    { target: `RSS growth under 50 MB for ${memory.conversations.toLocaleString('en-GB')} conversations`, measured: `${growth.toFixed(1)} MB`, met: growth < 50 },
  ];
}

export function targetsTable(checks: TargetCheck[]): string {
  return table(['target', 'measured', 'met'], checks.map((check) => [check.target, check.measured, check.met ? 'yes' : 'NO']));
}
