// The naive E2B peer: for each check, create a sandbox, run the program, kill
// the sandbox — one after the other, with the SDK and nothing else. Reads
// E2B_API_KEY / E2B_API_URL / E2B_SANDBOX_URL like any SDK user (the bench
// points them at the emulator).
//
//   node bench/e2b-naive.mjs N
//
// Prints one JSON line: wall time and the per-check create / run / kill times,
// from which the bench derives the ideal ⌈N/C⌉·(create+run).

import { Sandbox } from '@e2b/code-interpreter';

const n = Number(process.argv[2] ?? 40);
const now = () => performance.now();
const create = [];
const run = [];
const kill = [];
const t0 = now();
for (let i = 0; i < n; i++) {
  const a = now();
  const sbx = await Sandbox.create({ timeoutMs: 60_000 });
  const b = now();
  const r = await sbx.commands.run(`python3 -c 'print(${i})'`);
  const c = now();
  await sbx.kill();
  const d = now();
  if (r.exitCode !== 0 || r.stdout.trim() !== String(i)) throw new Error(`check ${i}: exit ${r.exitCode}, stdout ${JSON.stringify(r.stdout)}`);
  create.push(b - a);
  run.push(c - b);
  kill.push(d - c);
}
process.stdout.write(`${JSON.stringify({ n, totalMs: now() - t0, create, run, kill })}\n`);
