/**
 * How much a log line matters, from `debug` to `error`.
 * @public
 */
export type Level = "debug" | "info" | "warn" | "error";

/**
 * Where the server reports what happens (`ServeOptions.log`): one call per event, with fields to log beside it.
 * @public
 */
export type Logger = (level: Level, event: string, fields?: Record<string, unknown>) => void;

/**
 * A logger that writes one JSON object per line (time, level, event and the fields) to
 * stdout or `write`, skipping levels below `minimum`: what log collectors (journald, Loki,
 * CloudWatch) read without a parser of ours. `mlsd serve` logs with it.
 * @public
 */
export const jsonLogger =
  (write: (line: string) => void = (line) => process.stdout.write(line), minimum: Level = "info"): Logger =>
  (level, event, fields = {}) => {
    const order: Level[] = ["debug", "info", "warn", "error"];
    if (order.indexOf(level) < order.indexOf(minimum)) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  };

/** Drops every line: the logger of a server started without one. */
export const silentLogger: Logger = () => {};
