// `npm run e2b-emulator -- [--port P] [--host H] [--api-key K] [--plan hobby|pro]
// [--create-latency MS] [--backend envd]`: starts the
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

/** E2B's published limits: creations per second and sandboxes at once. */
const PLANS = { hobby: { createsPerSecond: 1, concurrent: 20 }, pro: { createsPerSecond: 5, concurrent: 100 } } as const;

const port = Number(flag('port') ?? 0);
const planName = flag('plan');
if (planName !== undefined && !(planName in PLANS)) {
  process.stderr.write(`e2b-emulator: unknown --plan "${planName}" (hobby or pro)\n`);
  process.exit(2);
}
const latency = flag('create-latency');
const apiKey = flag('api-key');
const emu = await startEmulator({
  port,
  host: flag('host') ?? '127.0.0.1',
  apiKey,
  plan: planName ? { ...PLANS[planName as keyof typeof PLANS], createLatencyMs: latency ? Number(latency) : undefined } : undefined,
  backend: flag('backend') === 'envd' ? 'envd' : 'emulator',
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
