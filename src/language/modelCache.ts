import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Trained models kept between runs, keyed by what they were trained from. */
export interface ModelCache {
  get(key: string): unknown;
  set(key: string, model: unknown): void;
}

/** The key for a model: a hash of everything its training depends on. */
export function modelKey(...inputs: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
}

/**
 * Models as JSON files in a folder (by default node_modules/.cache/bounce-back, where build tools keep theirs).
 * Training the safety classifier takes seconds; loading it takes milliseconds. A file that cannot be read or written
 * only means training again: the cache is never needed for correctness.
 */
export class FileModelCache implements ModelCache {
  constructor(private readonly dir = join(projectRoot(), 'node_modules', '.cache', 'bounce-back')) {}

  get(key: string): unknown {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8'));
    } catch {
      return undefined;
    }
  }

  set(key: string, model: unknown): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      // Written aside and renamed, so a process reading at the same moment never sees half a file.
      const aside = join(this.dir, `${key}.${process.pid}.tmp`);
      writeFileSync(aside, JSON.stringify(model));
      renameSync(aside, join(this.dir, `${key}.json`));
    } catch {
      // Not cached: the next start trains again.
    }
  }
}

/** The folder with the project's package.json, found from this file, so the cache is the same whatever the working folder. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
