import { describePostgres, openFreshPostgresDb } from '../helpers/postgres';
import { describeStorageEngine } from './storageSuite';

// The same storage suite as SQLite's, on PostgreSQL: the rest of the code cannot tell the engines apart.
describePostgres('storage on postgres', () => describeStorageEngine('postgres', openFreshPostgresDb));
