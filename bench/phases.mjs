// Where the time of one local Python check goes, phase by phase, using the
// library modules in lib/ (build them with `npx tsc -p tsconfig.build.json`).
//
//   node bench/phases.mjs [--runs N] [--json] [--lib DIR]   (DIR defaults to lib/)
//
// The provider is driven exactly as the engine drives it (create → upload →
// run → destroy). Inside the sandbox the command is `date +%s%N; exec python3
// main.py`, and main.py prints time.time_ns() first thing, so the timeline can
// be split at "the sandbox's shell is running" and "Python is running".
// child_process.spawn is wrapped (module.syncBuiltinESMExports) to see when
// the launcher was spawned, exited and closed its pipes. Clocks: Node's
// performance.timeOrigin + now() and the sandbox's CLOCK_REALTIME.

import childProcess from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { bareBwrapArgs, median } from './common.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 20;
const asJson = args.includes('--json');
const lib = args.includes('--lib') ? path.resolve(args[args.indexOf('--lib') + 1]) : path.join(root, 'lib');

// A private temp root, so the tool's own temp folders never mix with others'.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'scbench-phases-'));
process.env.TMPDIR = tmp;

const now = () => performance.timeOrigin + performance.now(); // ms, wall clock

// Record each launcher's life: spawn called, spawned, handed its launch line
// (launchers started ahead get it on fd 3 when their check runs; others with
// their argv), exit, close.
const events = [];
const realSpawn = childProcess.spawn;
childProcess.spawn = function spawn(...a) {
  const rec = { called: now(), launcher: Array.isArray(a[1]) && a[1].includes('sandbox-launch') };
  const child = realSpawn.apply(this, a);
  const go = child.stdio[3];
  if (go) {
    const end = go.end.bind(go);
    go.end = (...x) => ((rec.handed = now()), end(...x));
  }
  child.once('spawn', () => (rec.spawned = now()));
  child.once('exit', () => (rec.exited = now()));
  child.once('close', () => (rec.closed = now()));
  events.push(rec);
  return child;
};
module.syncBuiltinESMExports();

if (!existsSync(path.join(lib, 'providers/local.js'))) {
  console.error(`${lib} has no providers/local.js: build it with npx tsc -p tsconfig.build.json`);
  process.exit(2);
}
const { LocalProvider } = await import(path.join(lib, 'providers/local.js'));
const { getLanguage } = await import(path.join(lib, 'languages/index.js'));
const { DEFAULT_LIMITS } = await import(path.join(lib, 'limits.js'));

const lang = getLanguage('python');
const provider = new LocalProvider();
const tProbe0 = now();
await provider.probe();
const probeMs = now() - tProbe0;

const program = Buffer.from('import time\nprint(time.time_ns())\n');
const command = `date +%s%N; exec ${lang.run('main.py')}`;

async function one() {
  const t = { start: now() };
  const sandbox = await provider.create({ name: 'phase', language: 'python', network: false, limits: DEFAULT_LIMITS, env: {} });
  t.created = now();
  await sandbox.upload([{ path: 'main.py', content: program }]);
  t.uploaded = now();
  let out = '';
  const r = await sandbox.run({
    command,
    env: { ...(lang.env ?? {}) },
    stdin: '',
    network: false,
    deadline: Date.now() + 30_000,
    onStdout: (b) => (out += b.toString()),
    onStderr: (b) => process.stderr.write(b),
    signal: new AbortController().signal,
  });
  t.ran = now();
  await sandbox.destroy();
  t.destroyed = now();
  if (r.exitCode !== 0) throw new Error(`check failed: ${JSON.stringify(r)} ${out}`);
  const [shNs, pyNs] = out.trim().split('\n').map((l) => Number(BigInt(l.trim()) / 1000n) / 1000);
  // This check's launcher: the one that exited while run() ran.
  const ev = events.find((e) => e.launcher && e.exited >= t.uploaded && e.exited <= t.ran) ?? {};
  const handed = ev.handed ?? ev.spawned;
  events.splice(0, events.indexOf(ev) + 1);
  return {
    'create (tool lookup, mkdtemp)': t.created - t.start,
    'upload (write main.py)': t.uploaded - t.created,
    'run(): args, cgroup, launch line handed over': handed - t.uploaded,
    'launcher (ulimit, exec) + bwrap setup → shell in sandbox': shNs - handed,
    'python3 start-up → first line of main.py': pyNs - shNs,
    'python exit + bwrap/namespace teardown → exit event': ev.exited - pyNs,
    "exit event → pipes closed ('close')": ev.closed - ev.exited,
    'close → run() resolved (cgroup remove, finish)': t.ran - ev.closed,
    'destroy (rm workspace)': t.destroyed - t.ran,
    total: t.destroyed - t.start,
  };
}

// Peers for reference: the same steps without the provider.
const py = (await import(path.join(lib, 'providers/local-toolchains.js'))).locateTool;
const chain = await py('python3');
function timeSync(cmd, argv) {
  const t0 = now();
  const r = childProcess.spawnSync(cmd, argv, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}`);
  return now() - t0;
}
const bwrapBare = bareBwrapArgs(chain.binary);

for (let i = 0; i < 3; i++) await one(); // warm-up: probes, tool lookups, page cache
const samples = [];
const ref = { python: [], bwrapTrue: [], bwrapPython: [], toolBwrap: [], launcher: [] };
// The tool's own launch chain, layer by layer, around `true` (no cgroup
// join): its full bwrap argument list with the fds bwrap reads; the bash
// launcher's launch line (rlimits by ulimit, exec) in front of it.
const { bwrapArgs, sandboxCommand } = await import(path.join(lib, 'providers/local-bwrap.js'));
const { aheadPayload } = await import(path.join(lib, 'providers/local-launcher.js'));
const ws = mkdtempSync(path.join(tmp, 'ws-'));
const bwrapOpts = {
  workspace: ws,
  etcDir: provider.etcDir(),
  emptyDir: provider.emptyDir(),
  mounts: chain.mounts,
  pathDirs: [chain.binDir],
  network: false,
  env: { ...(lang.env ?? {}) },
  disableUserns: true,
  joinUserns: provider.joinsUserns,
  seccomp: true,
};
if (bwrapOpts.joinUserns) childProcess.execFileSync('sh', ['-c', 'chown 65534:65534 "$0" && chmod 711 "$0"', ws]);
const options = bwrapArgs(bwrapOpts);
const trueCommand = sandboxCommand(bwrapOpts.joinUserns, provider.setpriv, 'true');
const fds = provider.sandboxFds();
const fdRedirs = Object.entries(fds).map(([fd, p]) => `${fd}<'${p}'`).join(' ');
const toolBwrap = ['/bin/sh', '-c', `exec "$@" ${fdRedirs}`, 'fds', provider.bwrap, ...options, '--', ...trueCommand];
// As a launcher started ahead gets it: the short line on fd 3, then bwrap's options for --args.
const payload = aheadPayload({ limits: DEFAULT_LIMITS, cgroups: true, fds, prefix: [provider.bwrap], options, command: trueCommand });
const payloadFile = path.join(tmp, 'payload');
writeFileSync(payloadFile, payload);
const launcher = ['/bin/bash', '--norc', '--noprofile', '-c', `NL=$'\\n'; IFS= read -r line <&3; eval "$line"`, 'sandbox-launch'];
function timeLauncher() {
  const t0 = now();
  // Through a pipe, as the tool hands it over (bash reads a pipe one byte at a time).
  const r = childProcess.spawnSync('/bin/sh', ['-c', 'f=$1; shift; cat "$f" | "$@" 3<&0 </dev/null >/dev/null', 'x', payloadFile, ...launcher], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`launcher exited ${r.status}`);
  return now() - t0;
}
for (let i = 0; i < runs; i++) {
  samples.push(await one());
  ref.python.push(timeSync(chain.binary, ['-c', 'pass']));
  ref.bwrapTrue.push(timeSync('bwrap', [...bwrapBare, '/usr/bin/true']));
  ref.bwrapPython.push(timeSync('bwrap', [...bwrapBare, chain.binary, '-c', 'pass']));
  ref.toolBwrap.push(timeSync(toolBwrap[0], toolBwrap.slice(1)));
  ref.launcher.push(timeLauncher());
}
const tDispose0 = now();
await provider.dispose();
const disposeMs = now() - tDispose0;

// The engine around the provider: runChecks over ENGINE_N one-line checks at
// concurrency 1 (a fresh LocalProvider, as the CLI makes), per check.
const { runChecks } = await import(path.join(lib, 'engine/run.js'));
const { buildPlan } = await import(path.join(lib, 'plan/checks.js'));
const ENGINE_N = 20;
const raw = { check: Array.from({ length: ENGINE_N }, (_, i) => ({ name: `c${i}`, code: `print(${i})`, language: 'python' })) };
const plan = buildPlan({ config: raw, problems: [], source: 'bench' }, { baseDir: tmp, provider: 'local', concurrency: 1, env: {} });
const engineRuns = [];
const engineDur = [];
for (let i = 0; i < Math.max(2, Math.ceil(runs / 5)); i++) {
  const t0 = now();
  const summary = await runChecks(plan, {});
  engineRuns.push((now() - t0) / ENGINE_N);
  if (summary.totals.passed !== ENGINE_N) throw new Error(`engine run: ${JSON.stringify(summary.totals)}`);
  engineDur.push(median(summary.outcomes.map((o) => o.durationMs)));
}
rmSync(tmp, { recursive: true, force: true });

const phases = Object.keys(samples[0]).map((name) => ({ name, ms: median(samples.map((s) => s[name])) }));
const reference = [
  { name: `engine: runChecks, ${ENGINE_N} checks, concurrency 1, wall per check`, ms: median(engineRuns) },
  { name: 'engine: outcome durationMs per check', ms: median(engineDur) },
  { name: 'provider probe (once per run)', ms: probeMs },
  { name: 'provider dispose (once per run: launchers, cgroups, run folder)', ms: disposeMs },
  { name: `spawnSync: ${chain.binary} -c pass (no isolation)`, ms: median(ref.python) },
  { name: 'spawnSync: bare bwrap … true', ms: median(ref.bwrapTrue) },
  { name: 'spawnSync: bare bwrap … python3 -c pass', ms: median(ref.bwrapPython) },
  { name: "spawnSync: sh (opens fds 8, 9) → the tool's bwrap arguments … sh -c true", ms: median(ref.toolBwrap) },
  { name: 'spawnSync: cat | bash launcher (reads its line, ulimit, exec; options on fd 3) → the same bwrap … true', ms: median(ref.launcher) },
];
if (asJson) {
  process.stdout.write(`${JSON.stringify({ runs, phases, reference })}\n`);
} else {
  const w = Math.max(...[...phases, ...reference].map((p) => p.name.length));
  console.log(`One local Python check, median of ${runs} (ms):`);
  for (const p of phases) console.log(`  ${p.name.padEnd(w)}  ${p.ms.toFixed(1).padStart(7)}`);
  console.log('Reference:');
  for (const p of reference) console.log(`  ${p.name.padEnd(w)}  ${p.ms.toFixed(1).padStart(7)}`);
}
