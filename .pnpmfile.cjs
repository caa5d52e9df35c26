// better-sqlite3 (`mlsd serve`) compiles SQLite when it cannot download its prebuilt binary;
// node-gyp then downloads Node's headers too, which fails on a machine that reaches only the
// npm registry. When this Node's own headers are installed (Debian's nodejs puts them in
// /usr/include/node) and match its version, point node-gyp there. pnpm passes build scripts
// only the variables it is given, so the setting goes through `extraEnv`.
const { existsSync, readFileSync } = require("node:fs");

const NODEDIR = "/usr";

const headersMatch = () => {
  const file = `${NODEDIR}/include/node/node_version.h`;
  if (!existsSync(file)) return false;
  const text = readFileSync(file, "utf8");
  const part = (name) => text.match(new RegExp(`#define NODE_${name}_VERSION (\\d+)`))?.[1];
  return `v${part("MAJOR")}.${part("MINOR")}.${part("PATCH")}` === process.version;
};

module.exports = {
  hooks: {
    updateConfig(config) {
      // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by pnpm at install time, never by a turbo task
      if (process.env.npm_config_nodedir || !headersMatch()) return config;
      return { ...config, extraEnv: { ...config.extraEnv, npm_config_nodedir: NODEDIR } };
    },
  },
};
