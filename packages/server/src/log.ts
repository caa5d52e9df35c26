/** One JSON object per line: what log collectors (journald, Loki, CloudWatch) read without a parser of ours. */
export type Level = "debug" | "info" | "warn" | "error";

export type Logger = (level: Level, event: string, fields?: Record<string, unknown>) => void;

export const jsonLogger =
  (write: (line: string) => void = (line) => process.stdout.write(line), minimum: Level = "info"): Logger =>
  (level, event, fields = {}) => {
    const order: Level[] = ["debug", "info", "warn", "error"];
    if (order.indexOf(level) < order.indexOf(minimum)) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  };

export const silentLogger: Logger = () => {};
