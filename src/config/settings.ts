import { z } from 'zod';

// The kinds of setting: each parses one variable's text and words its problem as the end of the error line.

/** A value is trimmed, and a blank one (`PORT=` in .env) counts as unset. */
export const setting = <T extends z.ZodType>(schema: T) =>
  z.preprocess((raw) => (typeof raw === 'string' ? raw.trim() || undefined : raw), schema);

const got = (problem: string) => (issue: { input?: unknown }) => `${problem} (got "${issue.input}")`;

export const text = setting(z.string().optional());

export const whole = (fallback: number, min: number, max: number) => setting(z.string()
  .refine((raw) => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max, { error: got(`must be a whole number from ${min} to ${max}`) })
  .transform(Number).default(fallback));

export const fraction = (fallback: number) => setting(z.string()
  .regex(/^(0(\.\d+)?|1(\.0+)?)$/, { error: got('must be a number from 0 to 1') })
  .transform(Number).default(fallback));

/** Matched case-insensitively, and returned as spelt in `allowed`. */
export const oneOf = <T extends string>(allowed: readonly [T, ...T[]], fallback: T) => setting(z.preprocess(
  (raw) => allowed.find((option) => option.toLowerCase() === String(raw).toLowerCase()) ?? raw,
  z.enum(allowed, { error: got(`must be one of ${allowed.join(', ')}`) }),
).default(fallback));

export const flag = oneOf(['true', 'false'], 'false').transform((value) => value === 'true');

export const startsWith = (...schemes: string[]) => setting(z.string()
  .refine((raw) => schemes.some((scheme) => raw.startsWith(scheme)), `must start with ${schemes.join(' or ')}`).optional());

export const guid = (what: string) => setting(z.guid(`must be a GUID (${what})`).optional());
