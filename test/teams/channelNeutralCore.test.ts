import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
/** The conversation core every channel shares: Teams specifics belong in src/channels and src/render only. */
const CORE = ['dialogs', 'src/conversation', 'src/understanding', 'src/faq', 'src/safety', 'src/handoff'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

describe('the conversation core is the same for every channel', () => {
  const files = CORE.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));

  it('reads real source files', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((file) => file.endsWith(path.join('dialogs', 'bounceBack.ts')))).toBe(true);
  });

  it.each(['msteams', 'channelId ==='])('no core file mentions "%s"', (needle) => {
    const offenders = files.filter((file) => readFileSync(file, 'utf8').includes(needle)).map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('no core file imports botbuilder at runtime', () => {
    const offenders = files
      .filter((file) => /^import (?!type\b)[^;]*from 'botbuilder'/m.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
