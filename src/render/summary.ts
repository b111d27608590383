import type { Say } from '../../dialogs/types';
import { words } from '../content/copy';
import { markdownWords } from './markdownWords';

const FIELDS: Array<[string, string[]]> = [
  ['summary.what', ['what']],
  ['summary.feeling', ['feeling', 'before']],
  ['summary.kind', ['kind']],
  ['summary.balanced', ['balanced']],
  ['summary.goal', ['goal']],
  ['summary.when', ['when']],
  ['summary.change', ['after', 'before']],
];

/** The summary's lines in the person's own words; a line whose words they skipped is left out. */
export function summaryLines(say: Say): string[] {
  const params = say.params ?? {};
  const lines = FIELDS
    .filter(([, needs]) => needs.every((name) => params[name] !== undefined && params[name] !== ''))
    .map(([key]) => markdownWords(key, params));
  return [words('summary.title'), ...lines];
}
