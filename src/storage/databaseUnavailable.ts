/**
 * Thrown when the database cannot be reached (refused, dropped, timed out, shutting down).
 * The HTTP layer answers such turns with 503 so callers retry later; other database errors are bugs and stay as they are.
 */
export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(`The database is unavailable: ${reason}`, options);
    this.name = 'DatabaseUnavailableError';
  }
}
