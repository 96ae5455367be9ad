// Process wiring for the CLI: signals, exit code.

import { main } from './main.js';

const controller = new AbortController();
let exitOnSignal: number | undefined;
for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(sig, () => {
    // A second signal means "now": sandboxes die with us (--die-with-parent).
    if (exitOnSignal !== undefined) process.exit(code);
    exitOnSignal = code;
    process.stderr.write(`\nsandbox-checks: ${sig} received; stopping every sandbox and writing the report…\n`);
    controller.abort();
  });
}

// No top-level await: the bundle must also load as a plain script.
void main(process.argv.slice(2), {
  out: process.stdout,
  err: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
}).then((code) => {
  process.exitCode = exitOnSignal ?? code;
});
