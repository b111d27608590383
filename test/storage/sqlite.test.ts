import { SqliteDb } from '../../src/storage/sqliteDb';
import { describeStorageEngine } from './storageSuite';

describeStorageEngine('SQLite', async () => SqliteDb.open(':memory:'));

describe('SQLite placeholders', () => {
  it('turns $n into positional parameters in the order they appear, repeats included', async () => {
    const { toPositional } = await import('../../src/storage/sqliteDb');
    expect(toPositional('UPDATE t SET a = $2 WHERE k = $1 AND e = $2', ['k', 'v'])).toEqual({ sql: 'UPDATE t SET a = ? WHERE k = ? AND e = ?', params: ['v', 'k', 'v'] });
  });
});
