import type { CrisisCheck } from '../understanding/interpreter';
import { CrisisDetector } from './crisisDetector';
import { regionFor, type Region } from './helplines';

/** Longest text the detector reads; crisis language shows well before this, and it keeps the check quick on huge input. */
const MAX_CHECKED = 4000;

export class RegionalCrisisCheck implements CrisisCheck {
  constructor(private readonly fallback: Region, private readonly detector = new CrisisDetector()) {}

  isCrisis(text: string): boolean {
    return this.detector.assess(text.slice(0, MAX_CHECKED)).crisis;
  }

  regionFor(locale: string | undefined): string {
    return regionFor(locale, this.fallback);
  }
}
