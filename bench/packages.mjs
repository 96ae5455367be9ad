// The "packages declared" rows (issue 13): the Python blocks of four real
// documents (pinned releases fetched at bench time with `pip download`, never
// stored here) run three ways in each round, back to back:
//
//   none  no packages declared (the reference)
//   cold  `rich` and `httpx` declared, an empty layer cache: one install
//   warm  the same, the cache that cold left, the whole tool in a network
//         namespace of its own with no interface up, so the package index is
//         unreachable (shown each round by a `pip download` there failing)
//
// and a bare `pip install --target` of the same packages on the host
// (unsandboxed, no pip cache): "one install". Targets: cold ≤ 2 × (none + one
// install), warm ≤ 1.1 × none. Each cold run must leave exactly one layer and
// each warm run none more, or the row fails.
//
// With their packages the blocks do more than fail on an import (rich's
// README has a block that sleeps 10 s), so "none" is not the floor of a run
// with packages. A fourth pass measures that floor: no packages declared, and
// rich + httpx already on the sandbox's PYTHONPATH from a folder inside the
// Python toolchain the sandbox mounts read-only anyway (no install, no
// layer): `preplaced`. The refs compare cold and warm with it.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { median, realPython, toolchainRoot, which } from './common.mjs';

export const PACKAGE_ROWS = [
  { id: 'packages-cold', group: 'packages', title: 'Python blocks of 4 real docs, `rich` + `httpx` declared, cold layer cache, vs no packages + one bare install', target: '≤ 2×' },
  { id: 'packages-warm', group: 'packages', title: 'the same, warm layer cache, package index unreachable, vs no packages', target: '≤ 1.1×' },
];

export const DOCS = [
  { spec: 'attrs==24.2.0', files: ['docs/examples.md', 'docs/init.md'] },
  { spec: 'httpx==0.27.2', files: ['README.md'] },
  { spec: 'rich==13.9.2', files: ['README.md'] },
];
const PACKAGES = ['rich', 'httpx'];

/** Downloads the sdists (cached under bench/.cache/docs) and copies the documents into `dir`; returns their paths (also the docs rows, bench/docs.mjs). */
export function fetchDocs(cache, dir) {
  const docs = [];
  for (const d of DOCS) {
    const name = d.spec.split('==')[0];
    const into = path.join(cache, 'docs', d.spec);
    if (!existsSync(path.join(into, '.done'))) {
      mkdirSync(into, { recursive: true });
      execFileSync('python3', ['-m', 'pip', 'download', '--quiet', '--no-deps', '--no-binary', ':all:', '--disable-pip-version-check', '-d', into, d.spec], { stdio: 'pipe', timeout: 300_000 });
      const archive = readdirSync(into).find((f) => f.endsWith('.tar.gz'));
      execFileSync('tar', ['-xzf', path.join(into, archive), '-C', into]);
      writeFileSync(path.join(into, '.done'), readdirSync(into).find((f) => !f.endsWith('.tar.gz') && !f.startsWith('.')));
    }
    const root = path.join(into, readFileSync(path.join(into, '.done'), 'utf8'));
    for (const f of d.files) {
      const to = path.join(dir, name, f);
      mkdirSync(path.dirname(to), { recursive: true });
      writeFileSync(to, readFileSync(path.join(root, f)));
      docs.push(path.relative(dir, to));
    }
  }
  return docs;
}

/** The layers a cache folder holds (complete ones, by key) and unfinished installs. */
function cacheState(xdg) {
  const root = path.join(xdg, 'sandbox-checks', 'layers');
  const names = existsSync(root) ? readdirSync(root) : [];
  return { layers: names.filter((n) => /^[0-9a-f]{40}$/.test(n)), temps: names.filter((n) => n.startsWith('.tmp-')) };
}

/** argv prefix running a command with no network at all (a new network namespace, no interface up). */
function offline() {
  const unshare = which('unshare', ['/usr/bin', '/bin']);
  if (!unshare) return undefined;
  return process.getuid?.() === 0 ? [unshare, '--net', '--'] : [unshare, '--user', '--map-current-user', '--net', '--'];
}

export async function benchPackages(ctx) {
  const { cli, rowDir, toolEnv, record, rounds, alternate, ensure, paired, timed, Skip, NODE, CACHE, selected, cleanups } = ctx;
  const py = realPython();
  if (!py) throw new Skip('python3 is not installed');
  if (!which('bwrap')) throw new Skip('bubblewrap is not installed');
  const net = offline();
  if (!net) throw new Skip('unshare (util-linux) is needed to run the warm pass with no network');
  const dir = rowDir('packages');
  const work = path.join(dir, 'repo');
  mkdirSync(work, { recursive: true });
  let docs;
  try {
    docs = fetchDocs(CACHE, work);
  } catch (e) {
    throw new Skip(`could not fetch the documents (pip download): ${String(e.stderr ?? e.message).trim().split('\n').pop()}`);
  }
  const config = (pkgs) => `[snippets]\npaths = ${JSON.stringify(docs)}\nlanguages = ["python"]\n${pkgs ? `packages = { python = ${JSON.stringify(pkgs)} }\n` : ''}`;
  writeFileSync(path.join(work, 'none.toml'), config());
  writeFileSync(path.join(work, 'pkgs.toml'), config(PACKAGES));
  // The floor: the packages where every sandbox already sees them (the toolchain's read-only mount).
  const mounted = toolchainRoot(py) ?? '/usr/local/lib';
  const preplaced = path.join(mounted, `.sc-bench-packages-${process.pid}`);
  cleanups.push(() => rmSync(preplaced, { recursive: true, force: true }));
  let floor = true;
  try {
    execFileSync(py, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-input', '--no-cache-dir', '--target', preplaced, ...PACKAGES], { stdio: 'pipe', timeout: 600_000 });
  } catch (e) {
    floor = false;
    ctx.log(`bench packages: no preplaced floor (pip install --target ${preplaced} failed: ${String(e.stderr ?? e.message).trim().split('\n').pop()})`);
  }
  writeFileSync(path.join(work, 'pre.toml'), `${config()}env = { PYTHONPATH = ${JSON.stringify(preplaced)} }\n`);

  const counts = [];
  const state = { xdg: '' };
  const tool = (which, prefix = []) => async () => {
    const t = rowDir(`packages-${which}-${Math.random().toString(36).slice(2, 8)}`);
    const json = path.join(t, 'r.json');
    const fresh = which === 'none' || which === 'pre';
    const xdg = fresh ? path.join(t, 'xdg') : state.xdg;
    const argv = [...prefix, NODE, cli(), 'run', which === 'none' || which === 'pre' ? `${which}.toml` : 'pkgs.toml', '--provider', 'local', '--concurrency', '2', '--no-color', '--json', json];
    const before = fresh ? undefined : cacheState(xdg);
    const r = await timed(argv[0], argv.slice(1), { cwd: work, env: toolEnv(t, { XDG_CACHE_HOME: xdg }), timeoutMs: 900_000 });
    if (!existsSync(json)) ensure(r, `sandbox-checks run (${which})`);
    const j = JSON.parse(readFileSync(json, 'utf8'));
    const after = fresh ? undefined : cacheState(xdg);
    const errors = j.checks.filter((c) => c.reason === 'package_install' || c.reason === 'sandbox_error' || c.reason === 'install_timeout');
    if (errors.length) throw new Error(`${which}: ${errors.length} blocks could not get their packages: ${errors[0].message}`);
    if (which === 'cold' && (after.layers.length !== 1 || before.layers.length !== 0)) throw new Error(`cold run left ${after.layers.length} layers (expected one install)`);
    if (which === 'warm' && (after.layers.join() !== before.layers.join() || after.temps.length)) throw new Error('warm run installed something');
    counts.push({ which, total: j.totals.total, passed: j.totals.passed });
    if (fresh) rmSync(t, { recursive: true, force: true });
    return r.ms;
  };
  const none = tool('none');
  const pre = tool('pre');
  const cold = async () => {
    // A fresh, empty cache for every cold pass; the warm pass after it uses what it left.
    state.xdg = path.join(rowDir(`packages-xdg-${Math.random().toString(36).slice(2, 8)}`), 'xdg');
    mkdirSync(state.xdg, { recursive: true, mode: 0o700 });
    return tool('cold')();
  };
  const unreachable = [];
  const warm = async () => {
    // The index really is unreachable where the warm pass runs.
    const probe = await timed(net[0], [...net.slice(1), py, '-m', 'pip', 'download', '--no-cache-dir', '--no-deps', '--retries', '0', '--timeout', '3', '-d', path.join(dir, 'probe'), 'rich'], { env: toolEnv(dir) });
    unreachable.push(probe.code !== 0);
    return tool('warm', net)();
  };
  const bare = async () => {
    const target = path.join(dir, `bare-${Math.random().toString(36).slice(2, 8)}`);
    const r = ensure(await timed(py, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-input', '--no-cache-dir', '--target', target, ...PACKAGES], { env: toolEnv(dir) }), 'bare pip install');
    rmSync(target, { recursive: true, force: true });
    return r.ms;
  };
  const n = rounds('packages');
  ctx.log(`bench packages: ${n} rounds of: no packages, cold (empty cache), warm (no network), bare pip install of ${PACKAGES.join(' + ')}; ${docs.length} documents`);
  const t = await alternate(n, { none, cold, warm, bare, ...(floor ? { pre } : {}) });
  const noneMs = median(t.none);
  const coldMs = median(t.cold);
  const warmMs = median(t.warm);
  const bareMs = median(t.bare);
  const preMs = floor ? median(t.pre) : NaN;
  const sums = t.none.map((x, i) => x + t.bare[i]);
  const blocks = counts.find((c) => c.which === 'none');
  const passed = (w) => median(counts.filter((c) => c.which === w).map((c) => c.passed));
  const allUnreachable = unreachable.every(Boolean);
  const common = `${blocks?.total} Python blocks in ${docs.join(', ')}; passed: ${passed('none')} without packages, ${passed('cold')} cold, ${passed('warm')} warm${floor ? `, ${passed('pre')} preplaced` : ''}`;
  const floorNote = floor
    ? `; floor: the same blocks with ${PACKAGES.join(' + ')} preplaced on PYTHONPATH (read-only, no install, no layer) take ${(preMs / 1000).toFixed(2)} s = ${paired(t.pre, t.none).toFixed(2)}× the no-package run: what the blocks themselves do once their imports work`
    : '';
  if (selected.some((r) => r.id === 'packages-cold')) {
    const ratio = paired(t.cold, sums);
    record('packages-cold', {
      tool: coldMs, peer: median(sums), ratio, pass: ratio <= 2, peerLabel: 'no packages + one bare pip install', runs: n,
      refs: [
        { label: 'cold vs no packages alone', ms: coldMs, peer: noneMs, ratio: paired(t.cold, t.none) },
        ...(floor ? [{ label: 'cold vs the floor (preplaced) + one bare install', ms: coldMs, peer: median(t.pre.map((x, i) => x + t.bare[i])), ratio: paired(t.cold, t.pre.map((x, i) => x + t.bare[i])) }] : []),
      ],
      notes: `${common}; one install per cold run (exactly one layer left in its empty cache; cold − warm = ${((coldMs - warmMs) / 1000).toFixed(1)} s); bare pip install --target of ${PACKAGES.join(', ')} ${(bareMs / 1000).toFixed(1)} s${floorNote}; before layers every block installed both (issue 13: 252 s)`,
    });
  }
  if (selected.some((r) => r.id === 'packages-warm')) {
    const ratio = paired(t.warm, t.none);
    record('packages-warm', {
      tool: warmMs, peer: noneMs, ratio, pass: ratio <= 1.1 && allUnreachable, fault: allUnreachable ? undefined : 'the index was reachable in the warm pass', peerLabel: 'no packages', runs: n,
      refs: floor ? [{ label: 'warm vs the floor (preplaced: packages on PYTHONPATH, no layer)', ms: warmMs, peer: preMs, ratio: paired(t.warm, t.pre) }] : [],
      notes: `${common}${floorNote}; warm passes ran under \`${net.slice(0, -1).join(' ')}\` (${allUnreachable ? `pip download failed there in all ${unreachable.length} rounds: no network` : 'pip download SUCCEEDED there'}), installed nothing (no new layer)`,
    });
  }
}
