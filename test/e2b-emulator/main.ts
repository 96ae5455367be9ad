// `npm run e2b-emulator -- [--port P] [--host H] [--api-key K]`: starts the
// E2B emulator and prints the variables that point the SDK (and the CLI) at
// it. Faults can be injected over HTTP: POST /_emulator/faults with a JSON
// Fault (see emulator.ts), e.g. {"on":"create","status":503,"times":2};
// GET /_emulator/state shows the live sandboxes.

import { startEmulator } from './emulator.js';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const port = Number(flag('port') ?? 0);
const apiKey = flag('api-key');
const emu = await startEmulator({
  port,
  host: flag('host') ?? '127.0.0.1',
  apiKey,
  log: process.argv.includes('--verbose') ? (l) => process.stderr.write(`${l}\n`) : undefined,
});
process.stdout.write(
  [
    `E2B emulator listening on ${emu.url}`,
    `  export E2B_API_URL=${emu.url}`,
    `  export E2B_SANDBOX_URL=${emu.url}`,
    `  export E2B_API_KEY=${apiKey ?? 'e2b_emulator_key   # any non-empty key is accepted'}`,
    '',
  ].join('\n'),
);

let closing = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (closing) process.exit(1);
    closing = true;
    void emu.close().then(() => process.exit(0));
  });
}
