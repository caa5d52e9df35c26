export { jsonLogger, type Level, type Logger } from "./log.js";
export type { Limits, ServeOptions } from "./options.js";
export { type MlsdServer, startServer } from "./server.js";
