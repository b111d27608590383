import type { CrisisAssessment } from './crisisDetector';

export interface SafetyEvalResult {
  recall: number;
  falseAlarmRate: number;
  misses: string[];
  falseAlarms: string[];
  crisisCount: number;
  benignCount: number;
}

/** One message per line; blank lines and lines starting with # are ignored. */
export function parseEvalSet(fileText: string): string[] {
  return fileText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function evaluateSafety(
  detector: { assess(text: string): CrisisAssessment },
  crisisMessages: string[],
  benignMessages: string[],
): SafetyEvalResult {
  const misses = crisisMessages.filter((m) => !detector.assess(m).crisis);
  const falseAlarms = benignMessages.filter((m) => detector.assess(m).crisis);
  return {
    recall: crisisMessages.length === 0 ? 0 : (crisisMessages.length - misses.length) / crisisMessages.length,
    falseAlarmRate: benignMessages.length === 0 ? 0 : falseAlarms.length / benignMessages.length,
    misses,
    falseAlarms,
    crisisCount: crisisMessages.length,
    benignCount: benignMessages.length,
  };
}

export const RECALL_TARGET = 1;
export const FALSE_ALARM_BUDGET = 0.02;

export function formatSafetyReport(result: SafetyEvalResult): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `Crisis phrasings: ${result.crisisCount}, benign look-alikes: ${result.benignCount}`,
    `Recall: ${pct(result.recall)} (${result.crisisCount - result.misses.length}/${result.crisisCount}, target ${pct(RECALL_TARGET)})`,
    `False-alarm rate: ${pct(result.falseAlarmRate)} (${result.falseAlarms.length}/${result.benignCount}, budget ${pct(FALSE_ALARM_BUDGET)})`,
    `Misses (${result.misses.length}):`,
    ...result.misses.map((m) => `  - ${m}`),
    `False alarms (${result.falseAlarms.length}):`,
    ...result.falseAlarms.map((m) => `  - ${m}`),
  ];
  return lines.join('\n');
}

export const meetsTargets = (result: SafetyEvalResult): boolean =>
  result.recall >= RECALL_TARGET && result.falseAlarmRate <= FALSE_ALARM_BUDGET;
