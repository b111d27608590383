import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDb } from '../../src/storage/sqliteDb';
import { describeStorageEngine } from './storageSuite';

describeStorageEngine('SQLite', async () => SqliteDb.open(':memory:'));

describe('SQLite placeholders', () => {
  it('turns $n into positional parameters in the order they appear, repeats included', async () => {
    const db = SqliteDb.open(':memory:');
    expect(await db.get('SELECT $2 AS a, $1 AS k, $2 AS e', ['k', 'v'])).toEqual({ a: 'v', k: 'k', e: 'v' });
    await db.close();
  });
});

describe('the SQLite file keeps nothing it should not', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'bb-sqlite-'));

  it('is created readable and writable by its owner only', async () => {
    const file = join(dir(), 'bounce-back.db');
    const db = SqliteDb.open(file);
    await db.close();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('overwrites deleted rows, so the words are gone from the file after a checkpoint', async () => {
    const file = join(dir(), 'bounce-back.db');
    const db = SqliteDb.open(file);
    await db.run('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    for (let i = 0; i < 50; i++) await db.run('INSERT INTO notes (body) VALUES ($1)', [`Zanzibar-secret-${i} ${'x'.repeat(200)}`]);
    await db.run('DELETE FROM notes');
    await db.run('PRAGMA wal_checkpoint(TRUNCATE)');
    await db.close();
    expect(readFileSync(file).includes('Zanzibar-secret')).toBe(false);
  });
});
