// The local-provider rows (issue 13): 40 trivial Python checks, each in its
// own sandbox, through the whole CLI, against a /bin/sh loop running bare
// bubblewrap 40 times with the very argument list the tool gives it.
//
// The argument list is captured, not rebuilt: one capture run of the tool
// (a single check) has a logging `bwrap` first on PATH, which writes down its
// argv and the fds it was handed (the user namespace on fd 8 when run as
// root, the seccomp program on fd 9), copies the run's sandbox folder, then
// execs the real bwrap. The replay keeps every argument; only the per-check
// and per-run temp paths are swapped for copies the bench made (the run's
// passwd/group/empty folder/seccomp program, and one workspace per check with
// the captured main.py, owner and mode, made before the timed loop so the
// loop is bwrap alone), and fd 8 names a namespace of its own with the uid
// and gid maps read from the tool's. Anything else still naming the capture's
// temp folder stops the row.
//
// Rows: local-c1 = tool at concurrency 1 / that loop (≤ 1.15×); local-cores =
// tool at concurrency = cores / tool at concurrency 1 (≤ 0.6×). Context rows:
// the old peers (a python3 -c loop, a minimal-root bwrap loop), a Node script
// spawning the same argv 40 times (the floor of any Node-based tool,
// bench/local-floor.mjs), the tool with one check (its fixed start-up share),
// and the replayed loop split over `cores` loops at once.

import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { bareBwrapArgs, median, q, realPython, which } from './common.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const CORES = os.availableParallelism();
const N = 40;

export const LOCAL_ROWS = [
  { id: 'local-c1', group: 'local', title: `local, ${N} trivial Python checks, concurrency 1, vs a sh loop of bare bwrap with the tool's own argv`, target: '≤ 1.15×' },
  { id: 'local-cores', group: 'local', title: `local, the same ${N} checks, concurrency ${CORES} (cores), vs the tool at concurrency 1`, target: '≤ 0.6×' },
];

function pythonPlan(n, dir) {
  const file = path.join(dir, `python-${n}.toml`);
  let s = '';
  for (let i = 1; i <= n; i++) s += `[[check]]\nname = "py-${i}"\ncode = "print(${i})"\nlanguage = "python"\n\n`;
  writeFileSync(file, s);
  return file;
}

/**
 * A logging bwrap: argv (NUL-separated), the options a launcher started
 * ahead passes on fd 3 (`--args 3`, read and handed on from a copy), fds
 * 8/9, the maps of the namespace on fd 8, a copy of the run's sandbox folder.
 */
export function writeShim(dir, capture, realBwrap) {
  mkdirSync(dir, { recursive: true });
  const shim = path.join(dir, 'bwrap');
  writeFileSync(
    shim,
    `#!/bin/sh
out=${q(capture)}/$$
printf '%s\\0' "$@" > "$out.argv"
if [ "$1" = --args ]; then cat <&3 > "$out.fd3"; exec 3< "$out.fd3"; fi
for fd in 8 9; do [ -e /proc/$$/fd/$fd ] && printf '%s %s\\n' "$fd" "$(readlink /proc/$$/fd/$fd)" >> "$out.fds"; done
if [ -e /proc/$$/fd/8 ]; then
  ns=$(readlink /proc/$$/fd/8)
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/ns/user" 2>/dev/null)" = "$ns" ] || continue
    cat "$p/uid_map" > "$out.uid_map" && cat "$p/gid_map" > "$out.gid_map" && break
  done
fi
if [ -e /proc/$$/fd/9 ]; then cp -a "$(dirname "$(readlink /proc/$$/fd/9)")" "$out.root"; fi
exec ${q(realBwrap)} "$@"
`,
  );
  chmodSync(shim, 0o755);
}

/** One captured bwrap run: its argv with the options of `--args 3` in their place, fds, maps, the run folder's copy. */
export function readCapture(capDir, id, tmp) {
  const at = (ext) => path.join(capDir, `${id}.${ext}`);
  let argv = readFileSync(at('argv'), 'utf8').split('\0').slice(0, -1);
  if (argv[0] === '--args') argv = [...readFileSync(at('fd3'), 'utf8').split('\0').filter((a, i, all) => i < all.length - 1 || a !== ''), ...argv.slice(2)];
  const fds = Object.fromEntries(
    (existsSync(at('fds')) ? readFileSync(at('fds'), 'utf8') : '')
      .split('\n')
      .filter(Boolean)
      .map((l) => [Number(l.split(' ')[0]), l.slice(l.indexOf(' ') + 1)]),
  );
  const maps = existsSync(at('uid_map')) ? { uid: readFileSync(at('uid_map'), 'utf8'), gid: readFileSync(at('gid_map'), 'utf8') } : undefined;
  if (fds[8] && !maps) throw new Error('capture: bwrap joined a user namespace whose maps could not be read');
  return { argv, fds, maps, copy: existsSync(at('root')) ? at('root') : undefined, tmp };
}

/** The captured runs (ids) whose sandbox has a /workspace: the checks', not the probe's. */
export function capturedChecks(capDir, tmp) {
  const ids = readdirSync(capDir).filter((f) => f.endsWith('.argv')).map((f) => f.slice(0, -'.argv'.length));
  return ids.map((id) => ({ id, ...readCapture(capDir, id, tmp) })).filter((c) => c.argv.includes('/workspace'));
}

/** Runs the tool once with the logging bwrap first on PATH; returns the check's invocation. */
async function capture(ctx, dir, realBwrap) {
  const { cli, toolEnv, ensure, ensurePassed, timed, NODE } = ctx;
  const capDir = path.join(dir, 'capture');
  const shimDir = path.join(dir, 'shim');
  const tmp = path.join(dir, 'capture-tmp');
  mkdirSync(capDir, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  writeShim(shimDir, capDir, realBwrap);
  const plan = pythonPlan(1, dir);
  const json = path.join(dir, 'capture.json');
  const env = toolEnv(tmp);
  env.PATH = `${shimDir}:${env.PATH}`;
  ensure(await timed(NODE, [cli(), 'run', plan, '--concurrency', '1', '--provider', 'local', '--no-color', '--json', json], { cwd: dir, env }), 'capture run');
  ensurePassed(json, 1, 'capture run');
  const checks = capturedChecks(capDir, tmp);
  if (checks.length !== 1) throw new Error(`capture: expected one sandbox with a /workspace, found ${checks.length} (of ${readdirSync(capDir).filter((f) => f.endsWith('.argv')).length} bwrap runs)`);
  return checks[0];
}

/** A user namespace with the tool's maps, held by a process of our own (fd 8 of the replay). */
export async function namespaceHolder(maps) {
  const child = spawn('unshare', ['--user', '--', '/bin/sh', '-c', 'read _'], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
  const own = execFileSync('readlink', ['/proc/self/ns/user'], { encoding: 'utf8' }).trim();
  for (let i = 0; i < 400; i++) {
    let ns = '';
    try {
      ns = execFileSync('readlink', [`/proc/${child.pid}/ns/user`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      /* not yet */
    }
    if (ns && ns !== own && readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').startsWith('/bin/sh')) {
      writeFileSync(`/proc/${child.pid}/uid_map`, maps.uid);
      writeFileSync(`/proc/${child.pid}/gid_map`, maps.gid);
      return { path: `/proc/${child.pid}/ns/user`, stop: () => child.kill('SIGKILL') };
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill('SIGKILL');
  throw new Error('could not make the replay user namespace');
}

/**
 * The replay: the captured argv with the run's folder swapped for our copy
 * and the workspace for a placeholder; fails when any other argument names
 * the capture's temp folder.
 */
export function replayArgs(cap, runCopy) {
  const seccomp = cap.fds[9];
  const runRoot = seccomp ? path.dirname(seccomp) : undefined;
  const bind = cap.argv.findIndex((a, i) => a === '--bind' && cap.argv[i + 2] === '/workspace');
  const workspace = cap.argv[bind + 1];
  const args = cap.argv.map((a, i) => {
    if (i === bind + 1) return { ws: true };
    if (runRoot && (a === runRoot || a.startsWith(`${runRoot}/`))) return path.join(runCopy, path.relative(runRoot, a));
    return a;
  });
  const stray = args.filter((a) => typeof a === 'string' && a.includes(cap.tmp));
  if (stray.length) throw new Error(`capture: arguments still naming the capture's temp folder: ${stray.join(' ')}`);
  return { args, workspace, runRoot };
}

const CPUACCT = '/sys/fs/cgroup/cpuacct';
let cpuSeq = 0;

/**
 * Times a command as `timed` does, and also the CPU time of everything it
 * starts, sandboxes included, from a cgroup v1 cpuacct group of its own (the
 * tool moves its checks into memory and pids groups only); NaN where there is
 * none to make. On a machine other work keeps busy, wall time mostly
 * measures that work, CPU time much less so. (The shell's `times` cannot
 * serve: bwrap's pid namespace hides its sandbox from the rusage chain.)
 */
async function cpuTimed(timed, cmd, args, opts) {
  let group;
  try {
    group = path.join(CPUACCT, `scbench-${process.pid}-${cpuSeq++}`);
    mkdirSync(group);
  } catch {
    group = undefined;
  }
  if (!group) return Object.assign(await timed(cmd, args, opts), { cpu: NaN });
  try {
    const r = await timed('/bin/sh', ['-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', group, cmd, ...args], opts);
    r.cpu = Number(readFileSync(path.join(group, 'cpuacct.usage'), 'utf8')) / 1e6;
    return r;
  } finally {
    // Empty once everything in it was reaped; a straggler keeps it a moment.
    for (let i = 0; i < 100; i++) {
      try {
        rmdirSync(group);
        break;
      } catch {
        await new Promise((res) => setTimeout(res, 10));
      }
    }
  }
}

export async function benchLocal(ctx) {
  const { cli, rowDir, toolEnv, record, rounds, alternate, ensure, ensurePassed, paired, timed, Skip, NODE, selected, log, cleanups } = ctx;
  const py = realPython();
  const bwrap = which('bwrap');
  if (!py) throw new Skip('python3 is not installed');
  if (!bwrap) throw new Skip('bubblewrap is not installed');
  const dir = rowDir('local');
  const plan = pythonPlan(N, dir);
  const plan1 = pythonPlan(1, dir);

  const cap = await capture(ctx, dir, bwrap);
  if (!cap.copy) throw new Error('capture: no seccomp fd, so no run folder to copy');
  const runCopy = path.join(dir, 'run');
  execFileSync('cp', ['-a', cap.copy, runCopy]);
  const { args, workspace, runRoot } = replayArgs(cap, runCopy);
  const checkCopy = path.join(runCopy, path.relative(runRoot, path.dirname(workspace)));
  const holder = cap.fds[8] ? await namespaceHolder(cap.maps) : undefined;
  if (holder) cleanups.push(() => holder.stop());
  const redirs = [...(holder ? [`8<${q(holder.path)}`] : []), ...(cap.fds[9] ? [`9<${q(path.join(runCopy, path.basename(cap.fds[9])))}`] : [])];
  const line = [q(bwrap), ...args.map((a) => (typeof a === 'string' ? q(a) : '"$ws"')), ...redirs].join(' ');
  const loopFile = path.join(dir, 'bwrap-loop.sh');
  writeFileSync(loopFile, `# the tool's bwrap argv, replayed once per workspace\nfor ws in "$@"; do\n  ${line} </dev/null >/dev/null || exit 1\ndone\n`);
  const floorSpec = path.join(dir, 'floor.json');
  writeFileSync(floorSpec, JSON.stringify({ bwrap, args, fds: { ...(holder ? { 8: holder.path } : {}), ...(cap.fds[9] ? { 9: path.join(runCopy, path.basename(cap.fds[9])) } : {}) } }));

  /** N fresh workspaces, copies of the captured check folder (owner, mode, main.py), made outside the timing. */
  let batch = 0;
  const workspaces = () => {
    const into = path.join(dir, `ws-${batch++}`);
    mkdirSync(into);
    const dirs = Array.from({ length: N }, (_, i) => path.join(into, String(i)));
    execFileSync('/bin/sh', ['-c', 'src=$1; shift; for d; do cp -a "$src" "$d"; done', 'copy', checkCopy, ...dirs]);
    return { into, list: dirs.map((d) => path.join(d, path.basename(workspace))) };
  };
  const shLoop = (label, parts) => async () => {
    const ws = workspaces();
    const chunk = Math.ceil(N / parts);
    const loops = Array.from({ length: parts }, (_, i) => ws.list.slice(i * chunk, (i + 1) * chunk));
    const t0 = performance.now();
    const rs = await Promise.all(loops.map((l) => cpuTimed(timed, '/bin/sh', [loopFile, ...l])));
    const ms = performance.now() - t0;
    for (const r of rs) ensure(r, label);
    rmSync(ws.into, { recursive: true, force: true });
    cpu[label] = [...(cpu[label] ?? []), rs.reduce((a, r) => a + r.cpu, 0)];
    return ms;
  };
  const floor = async () => {
    const ws = workspaces();
    const r = ensure(await cpuTimed(timed, NODE, [path.join(BENCH, 'local-floor.mjs'), floorSpec, ...ws.list]), 'node spawn floor');
    rmSync(ws.into, { recursive: true, force: true });
    cpu.floor = [...(cpu.floor ?? []), r.cpu];
    return r.ms;
  };
  // What each of the tool's checks adds beyond spawning bwrap: a bash
  // launcher that joins a memory and a pids cgroup (cgroup v1, as here; the
  // tool reuses its groups, so these are made once), 40 times.
  const joinGroups = ['memory', 'pids'].map((c) => path.join('/sys/fs/cgroup', c, `scbench-join-${process.pid}`));
  let canJoin = true;
  for (const g of joinGroups) {
    try {
      mkdirSync(g);
      cleanups.push(() => rmdirSync(g));
    } catch {
      canJoin = false;
    }
  }
  const joinLoop = `i=0; while [ "$i" -lt ${N} ]; do /bin/bash --norc --noprofile -c 'for f; do echo $$ > "$f" || exit 125; done; exec /bin/true' launch "$@" || exit 1; i=$((i+1)); done`;
  const joins = async () => {
    const r = ensure(await cpuTimed(timed, '/bin/sh', ['-c', joinLoop, 'loop', ...joinGroups.map((g) => path.join(g, 'cgroup.procs'))]), 'launcher + cgroup join loop');
    cpu.joins = [...(cpu.joins ?? []), r.cpu];
    return r.ms;
  };
  const pyLoop = `i=0; while [ "$i" -lt ${N} ]; do "$@" -c 'print(1)' > /dev/null || exit 1; i=$((i+1)); done`;
  const python = () => timed('/bin/sh', ['-c', pyLoop, 'loop', py]).then((r) => ensure(r, 'python loop').ms);
  const minimal = () => timed('/bin/sh', ['-c', pyLoop, 'loop', bwrap, ...bareBwrapArgs(py), py]).then((r) => ensure(r, 'minimal bwrap loop').ms);
  const tool = (key, c, p = plan, n = N, bundle = cli()) => async () => {
    const t = rowDir(`local-c${c}-${Math.random().toString(36).slice(2, 8)}`);
    const json = path.join(t, 'r.json');
    const r = ensure(
      await cpuTimed(timed, NODE, [bundle, 'run', p, '--concurrency', String(c), '--provider', 'local', '--no-color', '--json', json], { cwd: dir, env: toolEnv(t) }),
      `sandbox-checks run --concurrency ${c}`,
    );
    ensurePassed(json, n, `concurrency ${c}`);
    rmSync(t, { recursive: true, force: true });
    cpu[key] = [...(cpu[key] ?? []), r.cpu];
    return r.ms;
  };
  const cpu = {};

  // Another build of the CLI (BENCH_LOCAL_BASELINE=path/to/cli/index.js) in the same rounds: before/after.
  const baseline = process.env.BENCH_LOCAL_BASELINE;
  const n = rounds('local');
  const wantCores = selected.some((r) => r.id === 'local-cores');
  log(`bench local: ${n} rounds of: bwrap replay loop, python loop, minimal bwrap loop, node spawn floor, tool (1 check), tool c=1${wantCores ? `, tool c=${CORES}, replay in ${CORES} loops` : ''} (${N} checks each)`);
  const t = await alternate(n, {
    replay: shLoop('replay', 1),
    c1: tool('c1', 1),
    python,
    minimal,
    floor,
    one: tool('one', 1, plan1, 1),
    ...(canJoin ? { joins } : {}),
    ...(wantCores ? { cores: tool('cores', CORES), replayCores: shLoop('replayCores', CORES) } : {}),
    ...(baseline ? { base: tool('base', 1, plan, N, baseline) } : {}),
  });
  const ms = (k) => median(t[k]);
  const per = (k) => (ms(k) / N).toFixed(1);
  // The tool's fixed cost: one check's run minus what one check adds at the margin.
  const marginal = (ms('c1') - ms('one')) / (N - 1);
  const fixed = ms('one') - marginal;
  const ratio = paired(t.c1, t.replay);
  const cpuPer = (k) => (median(cpu[k]) / N).toFixed(1);
  const flags = `${args.length} arguments${holder ? ', user namespace on fd 8' : ''}${cap.fds[9] ? ', seccomp on fd 9' : ''}`;
  record('local-c1', {
    tool: ms('c1'), peer: ms('replay'), ratio, pass: ratio <= 1.15, peerLabel: "sh loop of bwrap, the tool's argv", runs: n,
    refs: [
      { label: 'CPU time (cpuacct: every process, sandboxes included), tool / the loop', ms: median(cpu.c1), ratio: paired(cpu.c1, cpu.replay) },
      { label: `node script spawning the same argv ${N}× (floor of a Node tool) / the loop`, ms: ms('floor'), ratio: paired(t.floor, t.replay) },
      { label: '  the same in CPU time', ms: median(cpu.floor), ratio: paired(cpu.floor, cpu.replay) },
      ...(canJoin
        ? [{ label: `${N} × bash launcher joining a memory + pids cgroup, no sandbox (CPU time; / the loop's CPU)`, ms: median(cpu.joins), ratio: median(cpu.joins) / median(cpu.replay) }]
        : []),
      { label: `tool, 1 check (fixed share ≈ ${fixed.toFixed(0)} ms = ${((fixed / ms('c1')) * 100).toFixed(0)}% of the ${N}-check run)`, ms: ms('one'), ratio: ms('one') / ms('c1') },
      { label: `tool / sh loop of ${path.basename(py)} -c (no isolation)`, ms: ms('python'), ratio: paired(t.c1, t.python) },
      { label: 'tool / sh loop of minimal-root bwrap (same namespaces, no limits)', ms: ms('minimal'), ratio: paired(t.c1, t.minimal) },
      ...(baseline
        ? [
            { label: `baseline build (BENCH_LOCAL_BASELINE: ${path.basename(path.dirname(path.dirname(baseline)))}) / the loop`, ms: ms('base'), ratio: paired(t.base, t.replay) },
            { label: '  the same in CPU time', ms: median(cpu.base), ratio: paired(cpu.base, cpu.replay) },
          ]
        : []),
    ],
    notes: `replayed argv: ${flags}; CPU per check: tool ${cpuPer('c1')} ms, replay ${cpuPer('replay')} ms, node spawn ${cpuPer('floor')} ms${canJoin ? `, launcher + cgroup join ${cpuPer('joins')} ms (wall ${per('joins')} ms)` : ''}${baseline ? `, baseline ${cpuPer('base')} ms` : ''}; wall per check: tool ${per('c1')} ms (marginal ${marginal.toFixed(1)} ms, fixed ${fixed.toFixed(0)} ms per run), replay ${per('replay')} ms,${baseline ? ` baseline ${per('base')} ms,` : ''} node spawn ${per('floor')} ms, minimal bwrap ${per('minimal')} ms, python ${per('python')} ms`,
  });
  if (wantCores) {
    const r = paired(t.cores, t.c1);
    record('local-cores', {
      tool: ms('cores'), peer: ms('c1'), ratio: r, pass: r <= 0.6, peerLabel: 'the tool at concurrency 1', runs: n,
      refs: [
        { label: `bare bwrap replay: ${CORES} loops at once / one loop`, ms: ms('replayCores'), ratio: paired(t.replayCores, t.replay) },
        { label: `CPU time, tool at ${CORES} / tool at 1 (the work parallelism adds)`, ms: median(cpu.cores), ratio: paired(cpu.cores, cpu.c1) },
      ],
      notes: `ideal on ${CORES} cores ${(1 / CORES).toFixed(2)}×; per check (wall): tool ${per('cores')} ms, replay in ${CORES} loops ${per('replayCores')} ms`,
    });
  }
}
