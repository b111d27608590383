/**
 * restify loads spdy, whose http-deceiver calls process.binding('http_parser'), and Node prints that deprecation (DEP0111)
 * on stderr at every start. We cannot fix it, and it would bury the one line a failed start prints, so only it is dropped.
 * Imported first by the entry point, before anything loads restify.
 */
const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;

process.emitWarning = ((...args: unknown[]) => {
  if (args[2] === 'DEP0111') return;
  emitWarning(...args);
}) as typeof process.emitWarning;
