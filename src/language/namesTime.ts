import * as chrono from 'chrono-node';

/** Whether words name a time ("next Tuesday", "in a week", "tmrw"), where a step asks when. */
export function namesTime(text: string): boolean {
  return chrono.en.GB.parse(text).length > 0;
}
