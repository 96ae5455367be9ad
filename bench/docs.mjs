// The "docs" row (issue 13): the Python blocks of the same four real
// documents as the packages rows (attrs docs/examples.md + docs/init.md,
// httpx and rich README.md, fetched by packages.mjs's fetchDocs), no
// packages declared, run in each round back to back by:
//
//   share  `sandbox-checks run` with `[[snippets.rule]] share = "file"`: one
//          fresh sandbox and one interpreter per document, its blocks in order
//   none   the same without share: every block in a sandbox of its own
//   peer   pytest-markdown-docs on the same files, on the host, unsandboxed
//
// Target: share ≤ 1.5 × peer. Three more passes show what bounds it: the
// same command stopped after planning (--filter matching nothing); one
// bare-bwrap `python3 -c pass` per session, as many at a time as cores; and
// the sessions themselves, replayed from one run of the tool captured by a
// logging bwrap first on PATH (bench/local.mjs's): each document's driver.py
// and session.json in a copy of its workspace, run by bwrap with the tool's
// own argv (mounts, seccomp, the user namespace's maps), as many at a time
// as cores, in plan order. Planning + those sessions is what the run costs
// with its isolation and none of the tool's own work around the sandboxes
// (launchers, cgroups, events, reports).
// The row says how many blocks each side ran, passed, failed and skipped:
// the tools do not run the same blocks (a session stops at its first failure
// and skips the rest; pytest-markdown-docs collects only ```python fences,
// not the `>>>` ones).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { bareBwrapArgs, ensurePytestMarkdownDocs, median, pytestCounts, q, realPython, which } from './common.mjs';
import { capturedChecks, namespaceHolder, replayArgs, writeShim } from './local.mjs';
import { fetchDocs } from './packages.mjs';

export const DOCS_ROWS = [
  { id: 'docs-share', group: 'docs', title: 'Python blocks of 4 real docs, `share = "file"` (a sandbox per document), vs pytest-markdown-docs', target: '≤ 1.5×' },
];

const CORES = os.availableParallelism();

const countsText = (c) => `${c.total} blocks: ${c.ran} ran (${c.passed} passed, ${c.failed} failed${c.error ? `, ${c.error} errors` : ''}), ${c.skipped} skipped`;

export async function benchDocs(ctx) {
  const { cli, rowDir, toolEnv, record, rounds, alternate, paired, timed, Skip, NODE, CACHE, log, cleanups } = ctx;
  const py = realPython();
  if (!py) throw new Skip('python3 is not installed');
  if (!which('bwrap')) throw new Skip('bubblewrap is not installed');
  const dir = rowDir('docs');
  const work = path.join(dir, 'repo');
  mkdirSync(work, { recursive: true });
  let docs;
  let peerDir;
  try {
    docs = fetchDocs(CACHE, work);
    peerDir = ensurePytestMarkdownDocs(path.join(CACHE, 'peers'), py);
  } catch (e) {
    throw new Skip(`could not fetch the documents or pytest-markdown-docs (pip): ${String(e.stderr ?? e.message).trim().split('\n').pop()}`);
  }
  const config = (share) => `[snippets]\npaths = ${JSON.stringify(docs)}\nlanguages = ["python"]\n${share ? '\n[[snippets.rule]]\npaths = ["**"]\nshare = "file"\n' : ''}`;
  writeFileSync(path.join(work, 'share.toml'), config(true));
  writeFileSync(path.join(work, 'none.toml'), config(false));

  const seen = { share: new Set(), none: new Set(), peer: new Set() };
  // CPU time of each run's whole process tree (GNU time, 10 ms steps): unlike
  // wall time, it hardly moves with what else the machine's cores are doing.
  const gnuTime = which('time', ['/usr/bin', '/bin']);
  const cpu = { share: [], none: [], peer: [], plan: [] };
  const timedCpu = async (which, argv, opts) => {
    const file = path.join(dir, `cpu-${which}`);
    const r = await timed(gnuTime ?? argv[0], gnuTime ? ['-f', '%U %S', '-o', file, ...argv] : argv.slice(1), opts);
    if (gnuTime) {
      const [user, sys] = readFileSync(file, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      cpu[which].push((user + sys) * 1000);
    }
    return r;
  };
  const tool = (which) => async () => {
    const t = rowDir(`docs-${which}-${Math.random().toString(36).slice(2, 8)}`);
    const json = path.join(t, 'r.json');
    const r = await timedCpu(which, [NODE, cli(), 'run', `${which}.toml`, '--provider', 'local', '--concurrency', String(CORES), '--no-color', '--json', json], { cwd: work, env: toolEnv(t), timeoutMs: 300_000 });
    // Exit 1 is expected: some blocks of these documents fail as written.
    if (r.code !== 0 && r.code !== 1) throw new Error(`sandbox-checks run (${which}) exited ${r.code ?? r.signal}: ${(r.err || r.out).trim().split('\n').slice(-6).join(' | ')}`);
    const j = JSON.parse(readFileSync(json, 'utf8'));
    const broken = j.checks.find((c) => c.status === 'error');
    if (broken) throw new Error(`${which}: ${broken.name} ended as error (${broken.reason}: ${broken.message})`);
    const x = j.totals;
    seen[which].add(countsText({ ...x, ran: x.total - x.skipped }));
    rmSync(t, { recursive: true, force: true });
    return r.ms;
  };
  const peer = async () => {
    const r = await timedCpu('peer', [py, '-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--markdown-docs', ...docs], { cwd: work, env: toolEnv(dir, { PYTHONPATH: peerDir }), timeoutMs: 300_000 });
    // pytest: 0 all passed, 1 some failed; anything else is a broken run.
    if (r.code !== 0 && r.code !== 1) throw new Error(`pytest --markdown-docs exited ${r.code ?? r.signal}: ${(r.out || r.err).trim().split('\n').slice(-6).join(' | ')}`);
    const c = pytestCounts(r.out);
    const ran = c.passed + c.failed;
    seen.peer.add(countsText({ total: ran + c.skipped, ran, passed: c.passed, failed: c.failed, skipped: c.skipped }));
    return r.ms;
  };
  // What the run costs before any sandbox: the same command with a --filter
  // no block matches (start-up, config, every document parsed, then exit 2).
  const planOnly = async () => {
    const t = rowDir(`docs-plan-${Math.random().toString(36).slice(2, 8)}`);
    const r = await timedCpu('plan', [NODE, cli(), 'run', 'share.toml', '--provider', 'local', '--filter', 'no block is named this', '--no-color'], { cwd: work, env: toolEnv(t), timeoutMs: 300_000 });
    if (r.code !== 2 || !/matched no check/.test(r.err)) throw new Error(`plan-only run exited ${r.code ?? r.signal}: ${r.err.trim().split('\n').slice(-3).join(' | ')}`);
    rmSync(t, { recursive: true, force: true });
    return r.ms;
  };
  // What starting the interpreters costs with isolation alone: as many
  // `python3 -c pass` as the run has sessions, each in bare bwrap, cores at a time.
  const sessions = docs.length;
  const bwrap = which('bwrap');
  const bareLine = [bwrap, ...bareBwrapArgs(py), py, '-c', 'pass'].map(q).join(' ');
  const waves = Array.from({ length: Math.ceil(sessions / CORES) }, (_, w) => `${Array.from({ length: Math.min(CORES, sessions - w * CORES) }, () => `${bareLine} &`).join(' ')} wait`).join('; ');
  const bare = async () => {
    const r = await timed('/bin/sh', ['-c', waves], { env: toolEnv(dir) });
    if (r.code !== 0) throw new Error(`bare bwrap python3 exited ${r.code}: ${r.err.trim().slice(-300)}`);
    return r.ms;
  };
  // The sessions with the tool's isolation and nothing else of the tool: one
  // run with the logging bwrap first on PATH leaves each session's argv (the
  // options a launcher passes on fd 3 put back in place) and a copy of the
  // run's folder as it was when that session's bwrap started.
  const capDir = path.join(dir, 'sessions');
  const capTmp = rowDir('docs-capture');
  mkdirSync(capDir, { recursive: true });
  writeShim(path.join(dir, 'shim'), capDir, bwrap);
  {
    const env = toolEnv(capTmp);
    env.PATH = `${path.join(dir, 'shim')}:${env.PATH}`;
    const r = await timed(NODE, [cli(), 'run', 'share.toml', '--provider', 'local', '--concurrency', String(CORES), '--no-color', '--json', path.join(dir, 'capture.json')], { cwd: work, env, timeoutMs: 300_000 });
    if (r.code !== 0 && r.code !== 1) throw new Error(`the capture run exited ${r.code ?? r.signal}: ${(r.err || r.out).trim().split('\n').slice(-3).join(' | ')}`);
  }
  const caps = capturedChecks(capDir, capTmp).map((cap) => {
    if (!cap.copy) throw new Error('capture: a session without a seccomp fd, so no run folder to copy');
    const runRoot = path.dirname(cap.fds[9]);
    const workspace = cap.argv[cap.argv.findIndex((a, i) => a === '--bind' && cap.argv[i + 2] === '/workspace') + 1];
    const source = path.join(cap.copy, path.relative(runRoot, workspace));
    const doc = JSON.parse(readFileSync(path.join(source, '.sandbox-checks', 'session.json'), 'utf8')).blocks[0]?.display;
    return { cap, source, doc };
  });
  caps.sort((a, b) => docs.indexOf(a.doc) - docs.indexOf(b.doc));
  if (caps.length !== sessions || caps.some((c) => !docs.includes(c.doc))) throw new Error(`the capture run left ${caps.length} sessions for ${sessions} documents`);
  // One copy of the run folder serves every replay (passwd, group, the empty folder, the seccomp program).
  const runCopy = path.join(dir, 'run');
  execFileSync('cp', ['-a', caps[0].cap.copy, runCopy]);
  const holder = caps[0].cap.fds[8] ? await namespaceHolder(caps[0].cap.maps) : undefined;
  if (holder) cleanups.push(() => holder.stop());
  const scripts = caps.map(({ cap }, i) => {
    const { args } = replayArgs(cap, runCopy);
    const redirs = [...(holder ? [`8<${q(holder.path)}`] : []), `9<${q(path.join(runCopy, path.basename(cap.fds[9])))}`];
    const file = path.join(dir, `session-${i}.sh`);
    writeFileSync(file, `# session ${i} (${caps[i].doc}): the tool's bwrap argv, on the workspace "$1"\n${[q(bwrap), ...args.map((a) => (typeof a === 'string' ? q(a) : '"$1"')), ...redirs].join(' ')} </dev/null >/dev/null 2>&1\n`);
    return file;
  });
  const sessionsBare = async () => {
    const round = path.join(dir, `replay-${Math.random().toString(36).slice(2, 8)}`);
    mkdirSync(round);
    // Fresh copies, owner and mode kept (the sandbox's uid owns a workspace), made outside the timing.
    caps.forEach((c, i) => execFileSync('cp', ['-a', c.source, path.join(round, String(i))]));
    const line = `printf '%s\\n' ${caps.map((_, i) => i).join(' ')} | xargs -P ${CORES} -I{} /bin/sh ${q(path.join(dir, 'session-'))}{}.sh ${q(round)}/{}`;
    const r = await timed('/bin/sh', ['-c', line], { env: toolEnv(dir) });
    rmSync(round, { recursive: true, force: true });
    // xargs: 0 every session passed, 123 one exited 1-125 (a block failed); else the replay broke.
    if (r.code !== 0 && r.code !== 123) throw new Error(`the replayed sessions exited ${r.code}: ${r.err.trim().slice(-300)} (${scripts.join(', ')})`);
    return r.ms;
  };

  const n = rounds('docs');
  log(`bench docs: ${n} rounds of: pytest-markdown-docs, share = "file", no share (--concurrency ${CORES}); ${docs.length} documents`);
  const t = await alternate(n, { peer, share: tool('share'), none: tool('none'), plan: planOnly, bare, sessions: sessionsBare });
  const floor = t.plan.map((x, i) => x + t.sessions[i]);
  const ratio = paired(t.share, t.peer);
  const said = (k) => [...seen[k]].join(' / ');
  record('docs-share', {
    tool: median(t.share), peer: median(t.peer), ratio, pass: ratio <= 1.5, peerLabel: 'pytest-markdown-docs, no isolation', runs: n,
    refs: [
      { label: 'no share: each block its own sandbox', ms: median(t.none), peer: median(t.peer), ratio: paired(t.none, t.peer) },
      { label: 'plan only (start-up, config, Markdown; no sandbox)', ms: median(t.plan), peer: median(t.peer), ratio: paired(t.plan, t.peer) },
      { label: `${sessions} × \`python3 -c pass\` in bare bwrap, ${CORES} at a time`, ms: median(t.bare), peer: median(t.peer), ratio: paired(t.bare, t.peer) },
      { label: `the ${sessions} sessions alone: each document's driver and blocks, bwrap with the tool's argv, ${CORES} at a time`, ms: median(t.sessions), peer: median(t.peer), ratio: paired(t.sessions, t.peer) },
      { label: 'floor: plan only + the sessions alone, in the same round', ms: median(floor), peer: median(t.peer), ratio: paired(floor, t.peer) },
      { label: 'tool / that floor', ms: median(t.share), peer: median(floor), ratio: paired(t.share, floor) },
    ],
    notes:
      `${docs.join(', ')}, Python only, no packages, --concurrency ${CORES}; share = "file": ${said('share')} (a session skips the blocks after its first failure); ` +
      `no share: ${said('none')}; pytest-markdown-docs 0.9.2 (${py}, one process, collects only \`\`\`python fences): ${said('peer')}` +
      (gnuTime ? `; CPU time (user + system of the process tree, median): share ${median(cpu.share).toFixed(0)} ms, no share ${median(cpu.none).toFixed(0)} ms, plan only ${median(cpu.plan).toFixed(0)} ms, pytest-markdown-docs ${median(cpu.peer).toFixed(0)} ms` : ''),
  });
}
