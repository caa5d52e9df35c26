export { jsonLogger, type Level, type Logger, silentLogger } from "./log.js";
export { type Metric, parsePrometheus, prometheusText } from "./metrics.js";
export { DEFAULT_LIMITS, type Limits, type ServeOptions } from "./options.js";
export type { Refusal } from "./rooms.js";
export { BUNDLED_WEB, COLLAB_PATH, type MlsdServer, startServer } from "./server.js";
export { DATABASE_FILE } from "./store.js";
