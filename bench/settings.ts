/** Every knob of a bench run, from the environment. BENCH_QUICK=1 runs everything briefly, to check the harness. */
export interface BenchSettings {
  quick: boolean;
  /** Interleaved rounds (ours, echo, ours, echo…) per user count. */
  rounds: number;
  /** Seconds of measured load per server per round. */
  seconds: number;
  warmupSeconds: number;
  userCounts: number[];
  /** Conversations driven through HTTP for the memory figure. */
  conversations: number;
  /** Stored-conversation counts for the flat-latency figure. */
  storedCounts: number[];
  /** A postgres:// URL to repeat the turn figures on, when that engine exists. */
  postgresUrl?: string;
  /** Run the server under --cpu-prof while it is under load, and report the top of the profile. */
  profile: boolean;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const quick = env.BENCH_QUICK === '1';
  const databaseUrl = env.BENCH_DATABASE_URL ?? env.DATABASE_URL;
  return {
    quick,
    rounds: whole(env, 'BENCH_ROUNDS', quick ? 1 : 3),
    seconds: whole(env, 'BENCH_SECONDS', quick ? 1 : 8),
    warmupSeconds: quick ? 1 : 3,
    userCounts: [1, 8, 32],
    conversations: whole(env, 'BENCH_CONVERSATIONS', quick ? 300 : 10_000),
    storedCounts: quick ? [1_000, 10_000] : [1_000, 10_000, 100_000],
    postgresUrl: databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl) ? databaseUrl : undefined,
    profile: env.BENCH_PROFILE !== '0',
  };
}
