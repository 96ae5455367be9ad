// The floor under the startup-action row (bench/RESULTS.md, "The Action's
// start-up with an empty plan"): CPU time per run of the bundled Action on an
// empty plan beside what any step must spend, each against `node -e 0`:
//
//   node          node -e 0
//   action        dist/index.js, empty plan (the bench row's workspace and inputs)
//   action-load   the same main chunk with `process.exit()` before it: Node loads and compiles it, nothing runs
//   action-cache  dist/index.js with a warm NODE_COMPILE_CACHE (what a code cache could give at best; a
//                 hosted runner downloads the Action per job, so its cache would be cold)
//   step          bench/startup-floor/step.mjs bundled as the Action is (ncc --minify): the least an
//                 empty-plan step does with the same libraries
//   step-load     that bundle with `process.exit()` before it
//
//   before        with --before DIR: DIR/index.js, another build of the Action (a copy of an older dist/)
//
//   node bench/startup-floor.mjs [--rounds 5] [--runs 20] [--before DIR]   (run `npm run -s bundle` first)
//
// CPU time (user + system of the runs, from bash's `times`) moves far less with
// the machine's load than wall time; each round runs every variant `runs`
// times in a row, the order turning each round; medians of the rounds.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { median, q } from './common.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
const NODE = process.execPath;
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROUNDS = arg('--rounds', 5);
const RUNS = arg('--runs', 20);
const before = process.argv.includes('--before') ? path.resolve(process.argv[process.argv.indexOf('--before') + 1], 'index.js') : undefined;
if (before && !existsSync(before)) throw new Error(`--before: ${before} does not exist`);

const action = path.join(ROOT, 'dist/index.js');
if (!existsSync(action)) throw new Error('dist/index.js is missing: run `npm run -s bundle` first');
const dir = path.join(BENCH, '.cache/startup-floor');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

/** A copy of `entry` that exits before any of it runs (an ES module's imports still load first). */
function loadOnly(entry, name) {
  const d = path.join(dir, name);
  mkdirSync(d);
  writeFileSync(path.join(d, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(d, 'index.js'), `process.exit();${readFileSync(entry, 'utf8')}`);
  return path.join(d, 'index.js');
}

const step = path.join(BENCH, 'startup-floor/step.mjs');
const nccOut = path.join(dir, 'step');
execFileSync('npx', ['ncc', 'build', step, '-o', nccOut, '--minify', '--no-source-map-register', '-q'], { cwd: ROOT, stdio: 'inherit' });
writeFileSync(path.join(nccOut, 'package.json'), '{ "type": "module" }\n');
const stepBundle = ['index.mjs', 'index.js'].map((f) => path.join(nccOut, f)).find((f) => existsSync(f));
// The bench row's workspace and inputs (bench/run.mjs, benchStartup).
const ws = path.join(dir, 'workspace');
mkdirSync(ws);
writeFileSync(path.join(ws, 'empty.md'), '# Nothing to run here\n');
writeFileSync(path.join(ws, 'sandbox-checks.toml'), '[snippets]\npaths = ["empty.md"]\n');
const files = ['output.txt', 'summary.md', 'state.txt'].map((f) => path.join(dir, f));
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: ws,
  RUNNER_TEMP: dir,
  GITHUB_OUTPUT: files[0],
  GITHUB_STEP_SUMMARY: files[1],
  GITHUB_STATE: files[2],
  INPUT_CONFIG: 'sandbox-checks.toml',
  INPUT_COMMENT: 'never',
  INPUT_SUMMARY: 'false',
};
const cache = path.join(dir, 'compile-cache');

const variants = {
  node: `${q(NODE)} -e 0`,
  action: `${q(NODE)} ${q(action)}`,
  ...(before ? { before: `${q(NODE)} ${q(before)}` } : {}),
  'action-load': `${q(NODE)} ${q(loadOnly(action, 'action-load'))}`,
  'action-cache': `NODE_COMPILE_CACHE=${q(cache)} ${q(NODE)} ${q(action)}`,
  step: `${q(NODE)} ${q(stepBundle)}`,
  'step-load': `${q(NODE)} ${q(loadOnly(stepBundle, 'step-load'))}`,
};

/** CPU and wall ms per run of `cmd`, `n` runs in one shell (its `times`: the children's user and system time). */
function perRun(cmd, n) {
  for (const f of files) writeFileSync(f, '');
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', `for i in $(seq ${n}); do ${cmd} >/dev/null 2>&1 || exit 9; done; times`], { cwd: ws, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed (exit ${r.status}): ${r.stderr}`);
  const [user, sys] = r.stdout.trim().split('\n')[1].split(/\s+/).map((t) => {
    const m = /^(\d+)m([\d.]+)s$/.exec(t);
    return Number(m[1]) * 60 + Number(m[2]);
  });
  return { cpu: ((user + sys) * 1000) / n, wall: (performance.now() - t0) / n };
}

perRun(variants['action-cache'], 3); // fills the compile cache
const names = Object.keys(variants);
const per = Object.fromEntries(names.map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++) {
  const order = names.map((_, i) => names[(i + round) % names.length]);
  for (const k of order) per[k].push(perRun(variants[k], RUNS));
}
const cpu = (k) => median(per[k].map((x) => x.cpu));
const wall = (k) => median(per[k].map((x) => x.wall));
console.log(`per run, median of ${ROUNDS} rounds of ${RUNS} runs; node ${process.version}; CPU = user + system`);
for (const k of names) {
  console.log(
    `${k.padEnd(13)} CPU ${cpu(k).toFixed(1).padStart(5)} ms ${(cpu(k) / cpu('node')).toFixed(2)}×   wall ${wall(k).toFixed(1).padStart(5)} ms ${(wall(k) / wall('node')).toFixed(2)}×   CPU by round [${per[k].map((x) => x.cpu.toFixed(1)).join(' ')}]`,
  );
}
