/** The q-quantile (0..1) of the values, nearest-rank; NaN for none. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** ours / ceiling, shown as "0.84x". */
export function ratio(ours: number, ceiling: number): string {
  return Number.isFinite(ours / ceiling) && ceiling > 0 ? `${(ours / ceiling).toFixed(2)}x` : '–';
}
