// The best a parallel SDK script does here: C workers, each taking the next
// check and doing `Sandbox.create()` → `commands.run()` → `kill()` with the
// unmodified SDK and nothing else (no files, no wrapper script, no retries).
// It is the floor of any tool on this machine and emulator: what the SDK, the
// emulator and the cores cost, with no tool in between.
//
//   node bench/e2b-parallel.mjs N C
//
// Prints one JSON line: wall time, this process's CPU time, and per check the
// offsets (ms from the start) of create sent / created / run done / killed.

import { Sandbox } from '@e2b/code-interpreter';

const n = Number(process.argv[2] ?? 40);
const c = Number(process.argv[3] ?? 10);
const now = () => performance.now();
const checks = [];
const cpu0 = process.cpuUsage();
const t0 = now();
let next = 0;
async function worker() {
  while (next < n) {
    const i = next++;
    const a = now();
    const sbx = await Sandbox.create({ timeoutMs: 60_000 });
    const b = now();
    const r = await sbx.commands.run(`python3 -c 'print(${i})'`);
    const d = now();
    await sbx.kill();
    const e = now();
    if (r.exitCode !== 0 || r.stdout.trim() !== String(i)) throw new Error(`check ${i}: exit ${r.exitCode}, stdout ${JSON.stringify(r.stdout)}`);
    checks.push({ i, create: [a - t0, b - t0], run: [b - t0, d - t0], kill: [d - t0, e - t0] });
  }
}
await Promise.all(Array.from({ length: Math.min(c, n) }, worker));
const totalMs = now() - t0;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`${JSON.stringify({ n, c, totalMs, cpuMs: (cpu.user + cpu.system) / 1000, checks })}\n`);
