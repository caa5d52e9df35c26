// How this machine launches Chromium (see /work/shared/TOOLCHAIN.md): the system browser,
// never a downloaded one, with the flags it needs headless. Shared by the tests and the
// benchmarks, which cannot import from each other.
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
