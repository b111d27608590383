import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'dotenv';

/** The process environment over the values in .env (real environment variables win, as operators expect). */
export function readEnvironment(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const file = path.join(cwd, '.env');
  const fromFile = fs.existsSync(file) ? parse(fs.readFileSync(file)) : {};
  return { ...fromFile, ...env };
}
