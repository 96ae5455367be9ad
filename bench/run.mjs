// sandbox-checks benchmarks (issue 7): each row times the tool and a peer in
// the same run on the same machine, alternating them round by round, and
// reports the median of the per-round ratios. Absolute times are noise;
// ratios are the result. Writes bench/results.json (the latest figures of
// every row) and, from it, the tables in bench/RESULTS.md and README.md
// (between their markers; bench/table.mjs renders them).
//
//   npm run bench                      every row (about 3 minutes on 2 idle cores, more on a busy machine)
//   npm run bench -- --quick           fewer rounds (about half that)
//   npm run bench -- local startup     only these rows (groups or row ids)
//   npm run bench -- --rounds 7        rounds per row (overrides the defaults)
//   npm run bench -- --build           bundle src/ into bench/.cache first (else dist/ is used when it is up to date)
//   npm run bench -- --dist            use dist/ as it is, even when src/ is newer
//   npm run bench -- --no-write        do not touch bench/RESULTS.md, bench/results.json, README.md
//   BENCH_KEEP=1 npm run bench …       keep the scratch folder (its path is printed first)
//   BENCH_E2B_BASELINE=other/cli/index.js npm run bench -- e2b
//                                      the e2b rows with another build of the CLI in the same rounds (before/after)
//
// Groups: local (local-c1, local-cores: bench/local.mjs), e2b (e2b-ideal, e2b-naive: the floor is
// bench/e2b-parallel.mjs, the peer bench/e2b-naive.mjs), e2b-pack, snippets, output, startup
// (startup-version, startup-action), packages (packages-cold, packages-warm:
// bench/packages.mjs), docs (docs-share: bench/docs.mjs), phases.
//
// Every process the tool starts gets a private TMPDIR, so its temp folders
// never mix with other runs' (or tests') on the same machine. Nothing in src/
// is changed; the tool runs from a copy of its bundle.

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { median, now, peakRss, realPython, timed, which } from './common.mjs';
import { findInGroup, withCpu } from './proc-cpu.mjs';
import { benchLocal, LOCAL_ROWS } from './local.mjs';
import { benchDocs, DOCS_ROWS } from './docs.mjs';
import { benchPackages, PACKAGE_ROWS } from './packages.mjs';
import { BENCH_END, fmtS, MB, mdTable, readmeSection, replaceSection, tableRows, textTable } from './table.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
const NODE = process.execPath;
const CORES = os.availableParallelism();

// ---- options ------------------------------------------------------------------

const argv = process.argv.slice(2);
const opt = {
  quick: argv.includes('--quick'),
  build: argv.includes('--build'),
  dist: argv.includes('--dist'),
  write: !argv.includes('--no-write'),
  rounds: (() => {
    const i = argv.indexOf('--rounds');
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  })(),
};
const selectors = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--rounds');

/** Rounds per row: full, quick. */
const ROUNDS = {
  local: [5, 3],
  e2bTool: [3, 1],
  e2bNaive: [2, 1],
  snippets: [2, 1],
  output: [2, 1],
  startup: [20, 10],
  phases: [10, 6],
  packages: [5, 3],
  docs: [7, 5],
};
const rounds = (k) => opt.rounds ?? ROUNDS[k][opt.quick ? 1 : 0];

// ---- the rows -------------------------------------------------------------------

const ROWS = [
  ...LOCAL_ROWS,
  { id: 'e2b-ideal', group: 'e2b', title: 'E2B via emulator (150 ms create), 40 checks, concurrency 10, vs ideal', target: '≤ 1.15×' },
  { id: 'e2b-naive', group: 'e2b', title: 'same E2B run: speed-up over a naive sequential SDK script', target: '≥ 8×' },
  { id: 'e2b-pack', group: 'e2b-pack', title: 'E2B via emulator on Hobby limits (1 create/s, 20 at once, 150 ms create), 200 checks: checks_per_sandbox = 20 vs one sandbox per check', target: '≤ 30 s vs ≥ 200 s' },
  { id: 'snippets', group: 'snippets', title: '200 JavaScript blocks in one Markdown file, vs txm', target: '≤ 1.0×' },
  { id: 'output', group: 'output', title: 'one check printing 200 MB: peak RSS of the tool', target: '≤ 150 MB' },
  { id: 'startup-version', group: 'startup', title: '`sandbox-checks --version` vs `node -e 0`', target: '≤ 2×' },
  { id: 'startup-action', group: 'startup', title: '`node dist/index.js`, empty plan, vs `node -e 0`', target: '≤ 2×' },
  ...PACKAGE_ROWS,
  ...DOCS_ROWS,
  { id: 'phases', group: 'phases', title: 'phase breakdown of one local Python check', target: '—' },
];
const selected = ROWS.filter((r) => selectors.length === 0 || selectors.includes(r.id) || selectors.includes(r.group));
const unknown = selectors.filter((x) => !ROWS.some((r) => r.id === x || r.group === x));
if (unknown.length) {
  console.error(`unknown row(s) ${unknown.join(' ')}; rows: ${ROWS.map((r) => r.id).join(', ')}; groups: ${[...new Set(ROWS.map((r) => r.group))].join(', ')}`);
  process.exit(2);
}
const wants = (group) => selected.some((r) => r.group === group);

// ---- scratch space ------------------------------------------------------------

const TMP = mkdtempSync(path.join(os.tmpdir(), 'scbench-'));
const CACHE = path.join(BENCH, '.cache');
const cleanups = [];
let exiting = false;
async function cleanup() {
  for (const f of cleanups.reverse()) {
    try {
      await f();
    } catch {
      /* best effort */
    }
  }
  if (!process.env.BENCH_KEEP) rmSync(TMP, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (exiting) process.exit(130);
    exiting = true;
    console.error(`\nbench: ${sig}; cleaning up`);
    void cleanup().then(() => process.exit(130));
  });
}

/** A fresh private folder for one row; also the TMPDIR of what it runs. */
function rowDir(name) {
  const d = path.join(TMP, name);
  mkdirSync(d, { recursive: true });
  return d;
}

/** The environment of the tool: this one without E2B/GitHub variables, with a private TMPDIR. */
function toolEnv(tmpdir, extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(E2B_|GITHUB_|INPUT_|RUNNER_|ACTIONS_|SANDBOX_CHECKS_)/.test(k) || k === 'CI') continue;
    env[k] = v;
  }
  return { ...env, TMPDIR: tmpdir, NO_COLOR: '1', ...extra };
}

const log = (s) => process.stderr.write(`${s}\n`);

// ---- which build of the tool --------------------------------------------------

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    newest = Math.max(newest, statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return newest;
}

const build = { source: '', cli: '', action: '' };

async function ncc(entry, out, typed) {
  const args = ['build', entry, '-o', out, '--minify', '--no-source-map-register', '-q', ...(typed ? [] : ['--transpile-only'])];
  const r = await timed(path.join(ROOT, 'node_modules/.bin/ncc'), args, { cwd: ROOT });
  if (r.code !== 0) throw new Error(`ncc build ${entry} failed: ${r.err.slice(-2000)}`);
}

const ENTRIES = {
  cli: { src: 'src/cli/index.ts', dist: 'dist/cli/index.js', typed: false },
  // The Action is compiled with type information, as scripts/bundle.mjs does.
  action: { src: 'src/action/index.ts', dist: 'dist/index.js', typed: true },
};

/**
 * Decides what to measure for each front door: a copy of dist/ when it is up
 * to date with src/ (or --dist), else a private ncc bundle of src/ in
 * bench/.cache, rebuilt only when src/ changed. When bundling src/ fails
 * (someone's change does not compile yet), dist/ is measured instead when
 * there is one, and the row says so.
 */
async function prepareBundles() {
  const need = [];
  if (['local', 'e2b', 'e2b-pack', 'snippets', 'output', 'startup', 'packages', 'docs'].some(wants)) need.push('cli');
  // The Action front door may not exist yet: then its row says so (skipped).
  if (selected.some((r) => r.id === 'startup-action') && existsSync(path.join(ROOT, ENTRIES.action.src))) need.push('action');
  if (need.length === 0) return;
  const srcNewest = newestMtime(path.join(ROOT, 'src'));
  const distCopy = path.join(TMP, 'dist');
  const fromDist = (k) => {
    // A copy: someone re-bundling dist/ mid-run must not pull it from under us.
    if (!existsSync(distCopy)) cpSync(path.join(ROOT, 'dist'), distCopy, { recursive: true });
    return path.join(distCopy, path.relative('dist', ENTRIES[k].dist));
  };
  const cached = path.join(CACHE, 'bundle');
  const stampFile = path.join(cached, 'stamp.json');
  let stamp = {};
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    /* none yet */
  }
  const notes = [];
  const todo = [];
  for (const k of need) {
    const dist = path.join(ROOT, ENTRIES[k].dist);
    const distFresh = existsSync(dist) && statSync(dist).mtimeMs >= srcNewest;
    if (!opt.build && existsSync(dist) && (distFresh || opt.dist)) {
      build[k] = fromDist(k);
      notes.push(`${k}: ${ENTRIES[k].dist}${distFresh ? ' (up to date with src/)' : ' as it is (--dist; older than src/)'}`);
    } else if (stamp[k] === srcNewest && existsSync(path.join(cached, k, 'index.js'))) {
      build[k] = path.join(cached, k, 'index.js');
      notes.push(`${k}: ncc bundle of src/ (cached)`);
    } else todo.push(k);
  }
  if (todo.length) {
    log(`bench: bundling src/ (${todo.join(', ')}) with ncc into bench/.cache, as dist/ is ${opt.build ? 'not wanted (--build)' : 'missing or older than src/'} (pass --dist to use dist/ as it is)…`);
    const t0 = now();
    await Promise.all(
      todo.map(async (k) => {
        try {
          await ncc(ENTRIES[k].src, path.join(cached, k), ENTRIES[k].typed);
          writeFileSync(path.join(cached, k, 'package.json'), '{ "type": "module" }\n');
          stamp[k] = srcNewest;
          build[k] = path.join(cached, k, 'index.js');
          notes.push(`${k}: fresh ncc bundle of src/ (${((now() - t0) / 1000).toFixed(0)} s)`);
        } catch (e) {
          const why = e.message.replace(/\s+/g, ' ').slice(0, 300);
          const dist = path.join(ROOT, ENTRIES[k].dist);
          if (existsSync(dist)) {
            build[k] = fromDist(k);
            notes.push(`${k}: ${ENTRIES[k].dist} as it is, because bundling src/ failed (${why})`);
          } else {
            build[k] = '';
            buildErrors[k] = `bundling ${ENTRIES[k].src} failed and there is no ${ENTRIES[k].dist}: ${why}`;
            notes.push(`${k}: none (${buildErrors[k]})`);
          }
          log(`bench: ${notes.at(-1)}`);
        }
      }),
    );
    mkdirSync(cached, { recursive: true });
    writeFileSync(stampFile, JSON.stringify(stamp));
  }
  build.source = notes.join('; ');
}

const buildErrors = {};
/** The CLI bundle, or an error that names why there is none. */
function cli() {
  if (!build.cli) throw new Error(buildErrors.cli ?? 'no CLI bundle');
  return build.cli;
}

// ---- measuring ------------------------------------------------------------------

/**
 * Runs each contender once per round, in turn, for `n` rounds; returns the
 * times of each. A contender is () => Promise<number (ms)>.
 */
async function alternate(n, contenders) {
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let i = 0; i < n; i++) {
    for (const [k, f] of Object.entries(contenders)) {
      if (f.rounds !== undefined && i >= f.rounds) continue;
      times[k].push(await f());
    }
  }
  return times;
}

/**
 * The ratio of two contenders measured in the same rounds: the median of the
 * per-round ratios (each pair ran back to back, so slow drifts of the
 * machine's load cancel), or the ratio of medians when rounds differ.
 */
function paired(a, b) {
  if (a.length !== b.length || a.length === 0) return median(a) / median(b);
  return median(a.map((x, i) => x / b[i]));
}

/** Fails loudly when a measured run did not do what it should have. */
function ensure(r, what) {
  if (r.code !== 0) {
    throw new Error(`${what} exited ${r.code ?? r.signal}: ${(r.err || r.out).trim().split('\n').slice(-8).join(' | ')}`);
  }
  return r;
}

/** The tool's results JSON, checked: every check passed. */
function ensurePassed(jsonFile, expected, what) {
  const j = JSON.parse(readFileSync(jsonFile, 'utf8'));
  if (j.totals.total !== expected || j.totals.passed !== expected) {
    const bad = j.checks.find((c) => c.status !== 'passed');
    throw new Error(
      `${what}: ${j.totals.passed}/${j.totals.total} passed, expected ${expected}${bad ? ` (${bad.name}: ${bad.status} ${bad.reason ?? ''} ${bad.message ?? ''} ${(bad.stderr ?? '').slice(0, 300)})` : ''}`,
    );
  }
  return j;
}

const results = {};

/** 1-minute load average when the current row started: how noisy its figures are. */
let rowLoad = '';

function record(id, r) {
  const def = ROWS.find((x) => x.id === id);
  results[id] = { id, title: def.title, target: def.target, at: new Date().toISOString(), mode: opt.quick ? 'quick' : 'full', load: rowLoad, ...r };
}

// ---- rows: E2B via the emulator ----------------------------------------------------

async function startEmulator(tmpdir, args = []) {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  if (!pkg.scripts?.['e2b-emulator'] || !existsSync(path.join(ROOT, 'test/e2b-emulator'))) {
    throw new Skip('the E2B emulator (test/e2b-emulator, npm run e2b-emulator) does not exist yet');
  }
  const child = spawn('npm', ['run', '--silent', 'e2b-emulator', '--', '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...toolEnv(tmpdir) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: npm, sh and node end together
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const hard = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 5000);
      child.once('close', () => {
        clearTimeout(hard);
        resolve();
      });
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        resolve();
      }
    });
  cleanups.push(stop);
  let out = '';
  let err = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the emulator did not start within 60 s: ${err.slice(-500)}`)), 60_000);
    child.stdout.on('data', (b) => {
      out += b;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr.on('data', (b) => (err += b));
    child.once('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (${code}) before it listened: ${err.slice(-500)}`));
    });
  });
  return { url, stop, pgid: child.pid };
}

async function emu(url, p, init) {
  const r = await fetch(`${url}${p}`, init);
  if (!r.ok) throw new Error(`emulator ${p}: HTTP ${r.status}`);
  return r.json();
}

async function benchE2B() {
  const N = 40;
  const C = 10;
  const CREATE_MS = 150;
  const dir = rowDir('e2b');
  const { url, stop, pgid } = await startEmulator(dir);
  try {
    await emu(url, '/_emulator/faults', { method: 'POST', body: JSON.stringify({ on: 'create', delayMs: CREATE_MS, times: 1e9 }) });
    // The emulator runs every sandboxed command on this machine's cores: its
    // own CPU and its commands' (reaped children) say how much of a run's
    // time is the emulator's, which no tool can take away.
    const emulatorPid = findInGroup(pgid, 'test/e2b-emulator/main.ts');
    const watched = emulatorPid ? { emu: emulatorPid } : {};
    // The ideal ⌈N/C⌉·(create+run) assumes no creation-rate cap; the tool paces
    // creations (default 1 s, the Hobby plan's rate), so the bench turns the
    // pacing off as for a self-hosted E2B (the emulator has no rate limit).
    const createInterval = '0ms';
    const plan = path.join(dir, 'e2b.toml');
    let s = `[e2b]\ncreate_interval = "${createInterval}"\n\n`;
    for (let i = 1; i <= N; i++) s += `[[check]]\nname = "e2b-${i}"\ncode = "print(${i})"\nlanguage = "python"\n\n`;
    writeFileSync(plan, s);
    const sdkEnv = { E2B_API_KEY: 'e2b_bench_key', E2B_API_URL: url, E2B_SANDBOX_URL: url };
    const naive = [];
    const leaked = [];
    const cpu = { tool: {}, par: {}, base: {} };
    /** The tool's per-check phases (results JSON): where each check's time went. */
    const phases = [];
    const toolRun = (cliFile, into) => async () => {
      const t = rowDir(`e2b-tool-${Math.random().toString(36).slice(2, 8)}`);
      const json = path.join(t, 'r.json');
      const r = ensure(
        await withCpu(into, watched, () =>
          timed(NODE, [cliFile, 'run', plan, '--concurrency', String(C), '--provider', 'e2b', '--no-color', '--json', json], {
            cwd: dir,
            env: toolEnv(t, sdkEnv),
          }),
        ),
        'sandbox-checks run --provider e2b',
      );
      const j = ensurePassed(json, N, 'e2b');
      if (into === cpu.tool) phases.push(...j.checks.map((c) => c.phases ?? {}));
      // Nothing of the run may stay alive: count leftovers, then end them so the next round starts clean.
      const state = await emu(url, '/_emulator/state');
      leaked.push(state.live);
      for (const sb of state.sandboxes.filter((x) => x.state === 'running')) {
        await fetch(`${url}/sandboxes/${sb.id}`, { method: 'DELETE', headers: { 'X-API-Key': sdkEnv.E2B_API_KEY } });
      }
      rmSync(t, { recursive: true, force: true });
      return r.ms;
    };
    const tool = toolRun(cli(), cpu.tool);
    // Another build of the CLI (BENCH_E2B_BASELINE=path/to/cli/index.js) in the same rounds: before/after.
    const baseline = process.env.BENCH_E2B_BASELINE;
    const base = baseline ? toolRun(path.resolve(baseline), cpu.base) : undefined;
    // The floor: the SDK alone, C workers each doing create → run → kill.
    const parallel = async () => {
      const r = ensure(await withCpu(cpu.par, watched, () => timed(NODE, [path.join(BENCH, 'e2b-parallel.mjs'), String(N), String(C)], { cwd: ROOT, env: toolEnv(dir, sdkEnv) })), 'parallel SDK script');
      return r.ms;
    };
    const naiveRun = async () => {
      const r = ensure(await timed(NODE, [path.join(BENCH, 'e2b-naive.mjs'), String(N)], { cwd: ROOT, env: toolEnv(dir, sdkEnv) }), 'naive SDK script');
      const j = JSON.parse(r.out.trim().split('\n').pop());
      naive.push(j);
      return r.ms;
    };
    naiveRun.rounds = rounds('e2bNaive');
    const n = Math.max(rounds('e2bTool'), naiveRun.rounds);
    tool.rounds = rounds('e2bTool');
    parallel.rounds = tool.rounds;
    if (base) base.rounds = tool.rounds;
    log(`bench e2b: emulator at ${url}; ${n} rounds of: tool (${N} checks, concurrency ${C}),${base ? ' baseline build,' : ''} parallel SDK script (${C} workers), naive SDK script (${naiveRun.rounds} rounds)`);
    const t = await alternate(n, { tool, ...(base ? { base } : {}), parallel, naive: naiveRun });
    const toolMs = median(t.tool);
    const parMs = median(t.parallel);
    const naiveMs = median(t.naive);
    const create = median(naive.flatMap((j) => j.create));
    const run = median(naive.flatMap((j) => j.run));
    const kill = median(naive.flatMap((j) => j.kill));
    const ideal = Math.ceil(N / C) * (create + run);
    // CPU of one run, all of it on this machine's cores: the contender, the emulator, the commands it ran.
    const cpuOf = (c) => ({
      own: median(c.run),
      emu: c.emuSelf ? median(c.emuSelf) : NaN,
      cmds: c.emuChildren ? median(c.emuChildren) : NaN,
    });
    const toolCpu = cpuOf(cpu.tool);
    const parCpu = cpuOf(cpu.par);
    const total = (c) => c.own + c.emu + c.cmds;
    const cpuText = (c) => `${fmtS(c.own)} itself + emulator ${fmtS(c.emu)} + its sandboxed commands ${fmtS(c.cmds)} = ${fmtS(total(c))}`;
    const cpuFloor = total(parCpu) / CORES;
    const phaseMs = (k) => median(phases.map((p) => p[k]).filter((x) => x !== undefined)).toFixed(0);
    const notes =
      `SDK timings (naive script, medians): create ${create.toFixed(0)} ms (150 ms injected), run ${run.toFixed(0)} ms, kill ${kill.toFixed(0)} ms; ideal = ⌈${N}/${C}⌉·(create+run) = ${ideal.toFixed(0)} ms; ` +
      `tool plan sets [e2b] create_interval = "${createInterval}" (no creation pacing, as for self-hosted E2B); ` +
      `floor: the SDK alone, ${C} workers each create → run → kill (bench/e2b-parallel.mjs) ${fmtS(parMs)}; ` +
      `tool per check (medians of its phases): create ${phaseMs('createMs')} ms (from the request; after the first wave made ahead while earlier checks run), upload ${phaseMs('uploadMs')} ms, run ${phaseMs('runMs')} ms (${C} at a time; the naive script's one at a time: ${run.toFixed(0)} ms), kill ${phaseMs('teardownMs')} ms; ` +
      `CPU per run (medians): tool ${cpuText(toolCpu)}; ${base ? `baseline build ${cpuText(cpuOf(cpu.base))}; ` : ''}SDK script ${cpuText(parCpu)}, i.e. ≥ ${fmtS(cpuFloor)} on ${CORES} cores before any waiting`;
    const leak = Math.max(...leaked);
    const leakText = leak ? `left ${leak} of ${N} sandboxes alive after the run (not killed)` : undefined;
    if (selected.some((r) => r.id === 'e2b-ideal')) {
      record('e2b-ideal', {
        refs: [
          { label: `tool vs the floor: the SDK alone, ${C} workers create → run → kill`, ms: toolMs, peer: parMs, ratio: paired(t.tool, t.parallel) },
          { label: 'that floor vs ideal', ms: parMs, peer: ideal, ratio: parMs / ideal },
          { label: `that floor vs its CPU (SDK script + emulator + sandboxed commands) / ${CORES} cores`, ms: parMs, peer: cpuFloor, ratio: parMs / cpuFloor },
          ...(base
            ? [
                { label: `baseline build (BENCH_E2B_BASELINE: ${path.basename(path.dirname(path.dirname(path.resolve(baseline))))}) vs the floor`, ms: median(t.base), peer: parMs, ratio: paired(t.base, t.parallel) },
                { label: 'tool / baseline build, CPU of the run (tool + emulator + sandboxed commands)', ms: total(toolCpu), peer: total(cpuOf(cpu.base)), ratio: total(toolCpu) / total(cpuOf(cpu.base)) },
              ]
            : []),
        ],
        tool: toolMs, peer: ideal, ratio: toolMs / ideal, pass: toolMs / ideal <= 1.15 && !leak, fault: leakText, peerLabel: 'ideal ⌈N/C⌉·(create+run)', runs: t.tool.length,
        notes: `${leakText ? `${leakText.toUpperCase()}, so the time lacks the kills; ` : 'no sandbox left alive; '}${notes}`,
      });
    }
    if (selected.some((r) => r.id === 'e2b-naive')) {
      const speedup = naiveMs / toolMs;
      record('e2b-naive', {
        refs: [{ label: `the floor's speed-up over naive (the SDK alone, ${C} workers)`, ms: parMs, peer: naiveMs, ratio: paired(t.naive, t.parallel.slice(0, t.naive.length)) }],
        tool: toolMs, peer: naiveMs, ratio: speedup, ratioLabel: 'speed-up', pass: speedup >= 8 && !leak, fault: leakText, peerLabel: 'naive create → run → kill, sequential', runs: t.naive.length,
        notes: `tool/naive = ${(toolMs / naiveMs).toFixed(3)}×; the SDK alone with ${C} workers (the floor, ${fmtS(parMs)}) is ${(naiveMs / parMs).toFixed(1)}× faster than naive, the ideal (${fmtS(ideal)}) ${(naiveMs / ideal).toFixed(1)}×`,
      });
    }
  } finally {
    await stop();
  }
}

// ---- row: packing past the creation rate ----------------------------------------------

/**
 * 200 trivial checks against an emulator that enforces the Hobby plan (1
 * creation a second, 20 sandboxes at once, 150 ms a create): one sandbox per
 * check is bound by the creation rate (≥ 200 s); packed 20 to a sandbox
 * ([e2b] checks_per_sandbox, each check in a bubblewrap sandbox inside), it
 * takes 10 creations. One round each: the slow side alone takes minutes.
 */
async function benchE2BPack() {
  const N = 200;
  const PER = 20;
  // Concurrency per side, made to fit the plan's 20 sandboxes at once: the
  // engine makes up to `concurrency` sandboxes ahead of their checks, so one
  // sandbox per check needs ≤ 10; packed, 20 checks share ~2 sandboxes.
  const C = { packed: 20, single: 10 };
  const dir = rowDir('e2b-pack');
  const { url, stop } = await startEmulator(dir, ['--plan', 'hobby', '--create-latency', '150']);
  try {
    const sdkEnv = { E2B_API_KEY: 'e2b_bench_key', E2B_API_URL: url, E2B_SANDBOX_URL: url };
    const planFile = (packed) => {
      const file = path.join(dir, packed ? 'packed.toml' : 'single.toml');
      let s = `[e2b]\ntemplate = "sandbox-checks"\n${packed ? `checks_per_sandbox = ${PER}\n` : ''}\n`;
      for (let i = 1; i <= N; i++) s += `[[check]]\nname = "c-${i}"\ncode = "print(${i})"\nlanguage = "python"\n\n`;
      writeFileSync(file, s);
      return file;
    };
    const creates = {};
    let singleErrors = 0;
    let singleError;
    const runOnce = async (packed) => {
      const t = rowDir(`e2b-pack-${packed ? 'packed' : 'single'}`);
      const json = path.join(t, 'r.json');
      const before = (await emu(url, '/_emulator/state')).sandboxes.length;
      const r = await timed(NODE, [cli(), 'run', planFile(packed), '--concurrency', String(packed ? C.packed : C.single), '--provider', 'e2b', '--no-color', '--json', json], { cwd: dir, env: toolEnv(t, sdkEnv) });
      if (packed) {
        // The first failed check's message says more than the exit status.
        if (existsSync(json)) ensurePassed(json, N, 'e2b-pack (packed)');
        ensure(r, 'sandbox-checks run --provider e2b (packed)');
      } else {
        // The peer is timed whatever it gets: on Hobby limits a check can run
        // out of time waiting for its creation (429s), which is the point.
        const j = JSON.parse(readFileSync(json, 'utf8'));
        singleErrors = j.totals.total - j.totals.passed;
        singleError = j.checks.find((c) => c.status !== 'passed')?.message;
      }
      const state = await emu(url, '/_emulator/state');
      creates[packed ? 'packed' : 'single'] = state.sandboxes.length - before;
      if (state.live) throw new Error(`${state.live} sandboxes left alive after the run`);
      return r.ms;
    };
    log(`bench e2b-pack: emulator at ${url} on Hobby limits; ${N} checks, packed ${PER} to a sandbox (concurrency ${C.packed}), then one per check (concurrency ${C.single})`);
    const packedMs = await runOnce(true);
    const singleMs = await runOnce(false);
    const speedup = singleMs / packedMs;
    record('e2b-pack', {
      tool: packedMs, peer: singleMs, ratio: speedup, ratioLabel: 'speed-up', pass: packedMs <= 30_000 && singleMs >= 199_000, // one per check is bounded by the creation rate: (N − 1) · 1 s
      peerLabel: 'one sandbox per check', runs: 1,
      notes: `sandboxes created: ${creates.packed} packed (${PER} checks each; the first one also probes nested bubblewrap), concurrency ${C.packed}; ${creates.single} one per check, concurrency ${C.single} (with the sandboxes made ahead, the plan's 20 at once); the creation rate alone bounds one-per-check at ≥ ${N - 1} s${singleErrors ? `; one per check, ${singleErrors} of ${N} ended as error (${singleError?.slice(0, 160)})` : ''}`,
    });
  } finally {
    await stop();
  }
}

// ---- row: snippets vs txm -----------------------------------------------------------

async function benchSnippets() {
  const N = 200;
  const dir = rowDir('snippets');
  const txmPkg = path.join(ROOT, 'node_modules/txm/package.json');
  if (!existsSync(txmPkg)) throw new Skip('txm is not installed (npm install -D txm)');
  const txmBin = path.join(ROOT, 'node_modules/txm', JSON.parse(readFileSync(txmPkg, 'utf8')).bin.txm);
  // The node the tool's sandboxes run (PATH without node_modules), for txm too.
  const jsNode = which('node');
  if (!jsNode) throw new Skip('no node on PATH outside node_modules for the JavaScript blocks');
  let md = `# ${N} JavaScript examples\n\n<!-- !test program ${jsNode} -->\n\n`;
  for (let i = 1; i <= N; i++) {
    md += `Example ${i}:\n\n<!-- !test check example ${i} -->\n\n\`\`\`js\nconst xs = [1, 2, 3].map((x) => x * ${i});\nif (xs[2] !== ${3 * i}) throw new Error('wrong');\nconsole.log(xs.join(','));\n\`\`\`\n\n`;
  }
  const file = path.join(dir, 'EXAMPLES.md');
  writeFileSync(file, md);
  // Does this build of the tool run snippets?
  {
    writeFileSync(path.join(dir, 'probe.md'), '# No code here\n');
    const r = await timed(NODE, [cli(), 'run', '--snippets', 'probe.md', '--provider', 'local'], { cwd: dir, env: toolEnv(rowDir('snippets-probe')) });
    if (r.code !== 0) throw new Skip(`this build does not run Markdown snippets yet (\`run --snippets\` exited ${r.code}: ${r.err.trim().split('\n')[0]})`);
  }
  const tool = async () => {
    const t = rowDir(`snippets-tool-${Math.random().toString(36).slice(2, 8)}`);
    const json = path.join(t, 'r.json');
    const r = ensure(
      await timed(NODE, [cli(), 'run', '--snippets', 'EXAMPLES.md', '--concurrency', String(CORES), '--provider', 'local', '--no-color', '--json', json], {
        cwd: dir,
        env: toolEnv(t),
      }),
      'sandbox-checks run --snippets',
    );
    ensurePassed(json, N, 'snippets');
    rmSync(t, { recursive: true, force: true });
    return r.ms;
  };
  const txm = async () => {
    const r = ensure(await timed(NODE, [txmBin, '--jobs', String(CORES), 'EXAMPLES.md'], { cwd: dir, env: toolEnv(dir) }), 'txm');
    if (!r.out.includes(`# ${N}/${N} passed`)) throw new Error(`txm did not pass all ${N}: ${r.out.slice(-300)}`);
    return r.ms;
  };
  const n = rounds('snippets');
  log(`bench snippets: ${n} rounds of: txm (--jobs ${CORES}), tool (--concurrency ${CORES}), ${N} blocks`);
  const t = await alternate(n, { txm, tool });
  const toolMs = median(t.tool);
  const txmMs = median(t.txm);
  record('snippets', {
    tool: toolMs, peer: txmMs, ratio: paired(t.tool, t.txm), pass: paired(t.tool, t.txm) <= 1.0, peerLabel: `txm --jobs ${CORES}, no isolation`, runs: n,
    notes: `both run ${jsNode}; per block: tool ${(toolMs / N).toFixed(1)} ms, txm ${(txmMs / N).toFixed(1)} ms (wall, ${CORES} at a time)`,
  });
}

// ---- row: 200 MB of output ------------------------------------------------------------

async function benchOutput() {
  const py = realPython();
  if (!py) throw new Skip('python3 is not installed');
  const dir = rowDir('output');
  const BYTES = 200 * MB;
  const plan = path.join(dir, 'big.toml');
  writeFileSync(
    plan,
    `[[check]]\nname = "prints-200MB"\nlanguage = "python"\noutput_limit = "300MB"\ntimeout = "120s"\ncode = '''\nimport sys\nline = b"x" * 1023 + b"\\n"\nw = sys.stdout.buffer.write\nfor _ in range(${BYTES / 1024}):\n    w(line)\n'''\n`,
  );
  const samples = [];
  const one = async () => {
    const t = rowDir(`output-${Math.random().toString(36).slice(2, 8)}`);
    const json = path.join(t, 'r.json');
    let peak = 0;
    let poll;
    const r = await timed(NODE, [cli(), 'run', plan, '--provider', 'local', '--no-color', '--json', json], {
      cwd: dir,
      env: toolEnv(t),
      onSpawn: (child) => {
        poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid) ?? 0)), 10);
      },
    });
    clearInterval(poll);
    ensure(r, 'sandbox-checks run (200 MB)');
    const j = ensurePassed(json, 1, '200 MB check');
    const c = j.checks[0];
    const logSize = c.logFile && existsSync(c.logFile) ? statSync(c.logFile).size : 0;
    samples.push({ ms: r.ms, peak, logSize, stdoutBytes: c.stdoutBytes });
    rmSync(t, { recursive: true, force: true });
    return r.ms;
  };
  // The same bytes through a pipe into a file, no tool: how long the printing itself takes.
  const script = `import sys\nline = b"x" * 1023 + b"\\n"\nw = sys.stdout.buffer.write\nfor _ in range(${BYTES / 1024}):\n    w(line)\n`;
  const peer = async () => {
    const out = path.join(dir, 'peer.out');
    const r = ensure(await timed('/bin/sh', ['-c', `"$0" -c "$1" | cat > "$2"`, py, script, out]), 'python | cat > file');
    rmSync(out, { force: true });
    return r.ms;
  };
  const n = rounds('output');
  log(`bench output: ${n} rounds of: python | cat > file, tool (one check printing 200 MB)`);
  const t = await alternate(n, { peer, tool: one });
  const peak = Math.max(...samples.map((s) => s.peak));
  const logOk = samples.every((s) => s.logSize >= BYTES);
  record('output', {
    tool: peak, peer: 150 * MB, unit: 'bytes', ratio: peak / (150 * MB), pass: peak <= 150 * MB && logOk, peerLabel: 'target 150 MB', runs: n,
    notes: `peak RSS (VmHWM of the CLI's node process, max of ${n}) ${(peak / MB).toFixed(0)} MB; log file ${samples.map((s) => (s.logSize / MB).toFixed(0)).join('/')} MB (${logOk ? 'whole output on disk' : 'INCOMPLETE'}); stdoutBytes reported ${samples[0]?.stdoutBytes}; time ${fmtS(median(t.tool))} vs ${fmtS(median(t.peer))} for python | cat > file`,
  });
}

// ---- rows: start-up ---------------------------------------------------------------------

async function benchStartup() {
  const dir = rowDir('startup');
  const ws = path.join(dir, 'workspace');
  mkdirSync(ws);
  writeFileSync(path.join(ws, 'empty.md'), '# Nothing to run here\n');
  writeFileSync(path.join(ws, 'sandbox-checks.toml'), '[snippets]\npaths = ["empty.md"]\n');
  const actionEnv = toolEnv(dir, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_STATE: path.join(dir, 'state.txt'),
    INPUT_CONFIG: 'sandbox-checks.toml',
    INPUT_COMMENT: 'never',
    INPUT_SUMMARY: 'false',
  });
  for (const f of ['output.txt', 'summary.md', 'state.txt']) writeFileSync(path.join(dir, f), '');
  const wantAction = selected.some((r) => r.id === 'startup-action');
  const wantVersion = selected.some((r) => r.id === 'startup-version');
  let actionSkip;
  if (wantAction) {
    if (!build.action || !existsSync(build.action)) actionSkip = 'the Action (src/action, dist/index.js) does not exist yet';
    else {
      const r = await timed(NODE, [build.action], { cwd: ws, env: actionEnv });
      if (r.code !== 0) actionSkip = `the Action failed on an empty plan (exit ${r.code}): ${(r.out + r.err).trim().split('\n').slice(-3).join(' | ')}`;
    }
  }
  const v = ensure(await timed(NODE, [cli(), '--version'], { env: toolEnv(dir) }), 'sandbox-checks --version');
  const n = rounds('startup');
  const cmds = { node: [NODE, '-e', '0'], version: [NODE, build.cli, '--version'] };
  if (wantAction && !actionSkip) cmds.action = [NODE, build.action];
  const hyperfine = which('hyperfine');
  let t;
  if (hyperfine) {
    // hyperfine runs each command without a shell; the Action's inputs come from its environment.
    const out = path.join(dir, 'hyperfine.json');
    const r = await timed(
      hyperfine,
      ['-N', '--warmup', '3', '--runs', String(n), '--style', 'none', '--export-json', out, ...Object.values(cmds).map((c) => c.map((x) => `'${x}'`).join(' '))],
      { cwd: ws, env: actionEnv },
    );
    ensure(r, 'hyperfine');
    const j = JSON.parse(readFileSync(out, 'utf8'));
    t = Object.fromEntries(Object.keys(cmds).map((k, i) => [k, [j.results[i].median * 1000]]));
  } else {
    t = await alternate(n, Object.fromEntries(Object.entries(cmds).map(([k, c]) => [k, async () => ensure(await timed(c[0], c.slice(1), { cwd: ws, env: actionEnv }), c.join(' ')).ms])));
  }
  log(`bench startup: ${hyperfine ? 'hyperfine' : 'hrtime'}, ${n} runs each (3 warm-up)`);
  const nodeMs = median(t.node);
  const how = `${hyperfine ? 'hyperfine -N' : 'hrtime'} median of ${n}; node ${process.version}`;
  if (wantVersion) {
    const ms = median(t.version);
    record('startup-version', { tool: ms, peer: nodeMs, ratio: ms / nodeMs, pass: ms / nodeMs <= 2, peerLabel: '`node -e 0`', runs: n, notes: `${how}; prints ${v.out.trim()}` });
  }
  if (wantAction) {
    if (actionSkip) record('startup-action', { skipped: actionSkip });
    else {
      const ms = median(t.action);
      // The floor of any step of this bundle: the same dist/index.js with no
      // inputs and no config loads, reads its inputs and refuses (exit 1),
      // before any config, plan or report.
      const bare = path.join(dir, 'no-inputs');
      mkdirSync(bare);
      const refuseEnv = Object.fromEntries(Object.entries(actionEnv).filter(([k]) => !k.startsWith('INPUT_')));
      refuseEnv.GITHUB_WORKSPACE = bare;
      const refuse = async () => {
        const r = await timed(NODE, [build.action], { cwd: bare, env: refuseEnv });
        if (r.code !== 1 || !/nothing to run/.test(r.out + r.err)) throw new Error(`the Action with no inputs did not refuse (exit ${r.code}): ${(r.out + r.err).trim().slice(-300)}`);
        return r.ms;
      };
      const f = await alternate(n, { node: async () => ensure(await timed(NODE, ['-e', '0'], { env: actionEnv }), 'node -e 0').ms, refuse });
      const floor = median(f.refuse) / median(f.node);
      record('startup-action', {
        tool: ms, peer: nodeMs, ratio: ms / nodeMs, pass: ms / nodeMs <= 2, peerLabel: '`node -e 0`', runs: n,
        refs: [{ label: 'floor: the same bundle with no inputs (loads, reads its inputs, refuses) / node -e 0, hrtime', ms: median(f.refuse), peer: median(f.node), ratio: floor }],
        notes: `${how}; empty plan = a config whose only Markdown file has no code blocks (reports, outputs and state files written); with no inputs the bundle itself takes ${floor.toFixed(2)}× node -e 0 (hrtime median of ${n}): what is left for an empty plan's config, plan and reports is ${(ms / nodeMs - floor).toFixed(2)}×`,
      });
    }
  }
}

// ---- row: phase breakdown ----------------------------------------------------------------

async function buildLib() {
  const out = path.join(CACHE, 'lib');
  const marker = path.join(out, 'providers/local.js');
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestMtime(path.join(ROOT, 'src'))) return out;
  log('bench phases: compiling src/ into bench/.cache/lib (tsc)…');
  // Inside the repository so its imports find node_modules; type errors elsewhere do not stop the emit.
  await timed(NODE, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out, '--declaration', 'false'], { cwd: ROOT });
  if (!existsSync(marker)) throw new Error('tsc did not emit lib/providers/local.js');
  return out;
}

async function benchPhases() {
  if (!which('bwrap') || !realPython()) throw new Skip('needs bubblewrap and python3');
  const lib = await buildLib();
  const dir = rowDir('phases');
  const n = rounds('phases');
  log(`bench phases: ${n} runs of one local Python check through LocalProvider`);
  const r = ensure(await timed(NODE, [path.join(BENCH, 'phases.mjs'), '--runs', String(n), '--json', '--lib', lib], { cwd: ROOT, env: toolEnv(dir) }), 'phases.mjs');
  const j = JSON.parse(r.out.trim().split('\n').pop());
  record('phases', { phases: j.phases, reference: j.reference, runs: n, info: true });
}

// ---- report ----------------------------------------------------------------------------

class Skip extends Error {}

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd().replace(/^\n+/, '');
  } catch {
    return '';
  }
}

function machine() {
  const cpu = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? '?';
  const head = sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src']) ? ' + uncommitted changes in src/' : '';
  const jsNode = which('node');
  return {
    nproc: sh('nproc', []) || String(CORES),
    cpu,
    free: sh('free', ['-h']),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    sandboxNode: jsNode ? `${jsNode} ${sh(jsNode, ['--version'])}` : 'none',
    python: realPython() ? `${realPython()} (${sh(realPython(), ['--version'])})` : 'none',
    bwrap: sh('bwrap', ['--version']) || 'none',
    hyperfine: sh('hyperfine', ['--version']) || 'none',
    commit: `${head}${dirty}`,
    loadBefore: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

function phaseLines(p) {
  if (!p || !p.phases) return [];
  const total = p.phases.find((x) => x.name === 'total')?.ms ?? NaN;
  const w = Math.max(...[...p.phases, ...p.reference].map((x) => x.name.length));
  return [
    `One local Python check through LocalProvider (create → upload → run → destroy), median of ${p.runs} (ms):`,
    ...p.phases.map((x) => `  ${x.name.padEnd(w)}  ${x.ms.toFixed(1).padStart(7)}${x.name === 'total' ? '' : `  ${((x.ms / total) * 100).toFixed(0).padStart(3)}%`}`),
    'Reference (ms):',
    ...p.reference.map((x) => `  ${x.name.padEnd(w)}  ${x.ms.toFixed(1).padStart(7)}`),
  ];
}

const BEGIN = '<!-- bench:begin — generated by `npm run bench`; edit outside these markers -->';

function writeResults(m) {
  const jsonFile = path.join(BENCH, 'results.json');
  let stored = { rows: {} };
  try {
    stored = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch {
    /* first run */
  }
  for (const [id, r] of Object.entries(results)) stored.rows[id] = { ...r, machine: m, build: build.source };
  stored.machine = m;
  // The rows' order in every table: the bench's own.
  stored.order = ROWS.map((r) => r.id);
  writeFileSync(jsonFile, `${JSON.stringify(stored, null, 2)}\n`);

  const all = stored.rows;
  const ids = ROWS.map((r) => r.id).filter((id) => all[id]);
  const rows = tableRows(ids, all);
  const when = ids.map((id) => `- ${id}: ${all[id].at.slice(0, 16).replace('T', ' ')} UTC, ${all[id].mode}${all[id].runs ? `, ${all[id].runs} rounds` : ''}${all[id].load ? `, load ${all[id].load}` : ''}${all[id].notes ? ` — ${all[id].notes}` : ''}`);
  const section = [
    BEGIN,
    '## Latest figures',
    '',
    `Taken on a **shared machine** (other engineers' tests and builds were running on the same ${m.nproc} cores), so absolute times are noisy; each row alternates the tool and its peer round by round and compares them. \`load\` below is the 1-minute load average when the row started (${m.nproc} = the machine fully busy).`,
    '',
    mdTable(rows),
    '',
    'Per row (when measured, mode, rounds, load, details):',
    '',
    ...when,
    '',
    '### Where one local check spends its time',
    '',
    '```',
    ...phaseLines(all.phases),
    '```',
    '',
    '### Machine',
    '',
    '```',
    `nproc: ${m.nproc}    cpu: ${m.cpu}`,
    `kernel: ${m.kernel}`,
    `node (runs the tool): ${m.node}    node in sandboxes/txm: ${m.sandboxNode}`,
    `python: ${m.python}`,
    `${m.bwrap}    ${m.hyperfine}`,
    `tool build: ${build.source || '—'}    commit: ${m.commit}`,
    'free -h:',
    m.free,
    '```',
    BENCH_END,
  ].join('\n');
  const mdFile = path.join(BENCH, 'RESULTS.md');
  let md = existsSync(mdFile) ? readFileSync(mdFile, 'utf8') : '# Benchmark results\n\n';
  md = md.includes(BENCH_END) ? replaceSection(md, section) : `${md.trimEnd()}\n\n${section}\n`;
  writeFileSync(mdFile, md);
  const readme = path.join(ROOT, 'README.md');
  writeFileSync(readme, replaceSection(readFileSync(readme, 'utf8'), readmeSection(stored)));
}

// ---- main ---------------------------------------------------------------------------------

const RUNNERS = {
  local: () => benchLocal({ cli, rowDir, toolEnv, record, rounds, alternate, ensure, ensurePassed, paired, timed, Skip, NODE, selected, log, cleanups }),
  e2b: benchE2B, 'e2b-pack': benchE2BPack, snippets: benchSnippets, output: benchOutput, startup: benchStartup,
  packages: () => benchPackages({ cli, rowDir, toolEnv, record, rounds, alternate, ensure, paired, timed, Skip, NODE, CACHE, selected, log, cleanups }),
  docs: () => benchDocs({ cli, rowDir, toolEnv, record, rounds, alternate, paired, timed, Skip, NODE, CACHE, log, cleanups }),
  phases: benchPhases,
};

const started = now();
const m = machine();
log(`bench: ${selected.map((r) => r.id).join(', ')} (${opt.quick ? 'quick' : 'full'}); ${CORES} cores; load ${m.loadBefore}; scratch ${TMP}`);
let failed = false;
try {
  await prepareBundles();
  if (build.source) log(`bench: tool = ${build.source}`);
  for (const group of Object.keys(RUNNERS)) {
    if (!wants(group)) continue;
    const ids = selected.filter((r) => r.group === group).map((r) => r.id);
    const t0 = now();
    rowLoad = os.loadavg()[0].toFixed(1);
    try {
      await RUNNERS[group]();
    } catch (e) {
      for (const id of ids) {
        if (results[id]) continue;
        if (e instanceof Skip) record(id, { skipped: e.message });
        else {
          failed = true;
          record(id, { error: e.message });
        }
      }
      if (!(e instanceof Skip)) log(`bench ${group}: ERROR ${e.stack ?? e}`);
    }
    log(`bench ${group}: ${((now() - t0) / 1000).toFixed(0)} s`);
  }
} finally {
  await cleanup();
}
m.loadAfter = os.loadavg().map((x) => x.toFixed(2)).join(' ');

console.log('');
console.log(textTable(tableRows(selected.map((r) => r.id), results)));
const notes = selected.map((r) => results[r.id]).filter((r) => r?.notes);
if (notes.length) {
  console.log('');
  for (const r of notes) console.log(`${r.id}: ${r.notes}`);
}
if (results.phases?.phases) {
  console.log('');
  for (const l of phaseLines(results.phases)) console.log(l);
}
console.log(`\n${m.nproc} cores, ${m.cpu}; ${m.kernel}; node ${m.node}; load ${m.loadBefore} → ${m.loadAfter}; tool: ${build.source || '—'}; ${((now() - started) / 1000).toFixed(0)} s`);
if (opt.write) {
  writeResults(m);
  console.log('Wrote bench/RESULTS.md, bench/results.json and the performance table in README.md.');
}
process.exitCode = failed ? 1 : 0;
