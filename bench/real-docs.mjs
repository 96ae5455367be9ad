#!/usr/bin/env node
// Real documentation, unmodified: pinned releases' READMEs and docs fetched
// at run time from the package registries (an npm tarball with `npm pack`, a
// PyPI sdist with `pip download`, crates with `cargo fetch`, a Go module with
// `go mod download`), never stored in this repository. Each document runs
// through `sandbox-checks run --snippets` on the local provider, and the table
// says per document how many blocks ran, passed and failed, and why.
//
//   npm run build && node bench/real-docs.mjs [--before REF] [--no-after] [--peers] [--only NAME] [--jobs N]
//   node bench/real-docs.mjs --report RESULTS.json   (the table again, from a saved run)
//   node bench/real-docs.mjs --resort RUN-DIR         (the same, its failures sorted again by this file's rules)
//
// --before REF  also runs the tool as it was at git REF (built into a temp dir)
// --peers       also runs pytest-markdown-docs (Python blocks) and
//               markdown-doctest (JavaScript blocks), both installed into the
//               cache folder at run time, and txm (JavaScript, a devDependency)
//               on the same files; they run the blocks on this machine,
//               unsandboxed, as they do

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensurePytestMarkdownDocs, pytestCounts } from './common.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const JOBS = opt('--jobs') ?? '2';
const ONLY = opt('--only');

/** Pinned documents: project, how to fetch it, files inside the release. */
const SOURCES = [
  { project: 'zod', kind: 'npm', spec: 'zod@3.23.8', files: ['README.md'] },
  { project: 'commander', kind: 'npm', spec: 'commander@12.1.0', files: ['Readme.md'] },
  { project: 'axios', kind: 'npm', spec: 'axios@1.7.7', files: ['README.md'] },
  { project: 'nan', kind: 'npm', spec: 'nan@2.22.0', files: ['README.md', 'doc/methods.md', 'doc/object_wrappers.md'] },
  { project: 'requests', kind: 'pypi', spec: 'requests==2.32.3', files: ['README.md'] },
  // context: files of the release the documents rely on (Sphinx's conf.py), copied beside them.
  { project: 'attrs', kind: 'pypi', spec: 'attrs==24.2.0', files: ['README.md', 'docs/examples.md', 'docs/init.md'], context: ['docs/conf.py'] },
  { project: 'httpx', kind: 'pypi', spec: 'httpx==0.27.2', files: ['README.md'] },
  { project: 'rich', kind: 'pypi', spec: 'rich==13.9.2', files: ['README.md'] },
  { project: 'serde_json', kind: 'crate', spec: 'serde_json@1.0.128', files: ['README.md'] },
  { project: 'anyhow', kind: 'crate', spec: 'anyhow@1.0.89', files: ['README.md'] },
  { project: 'cobra', kind: 'go', spec: 'github.com/spf13/cobra@v1.8.1', files: ['README.md', 'site/content/user_guide.md'] },
];

const run = (cmd, argv, o = {}) => execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000, ...o });

/** Fetches one source; returns the folder its release was unpacked in. */
function fetchSource(src, cache) {
  const dir = path.join(cache, src.project);
  if (existsSync(path.join(dir, '.done'))) return readFileSync(path.join(dir, '.done'), 'utf8');
  mkdirSync(dir, { recursive: true });
  let root;
  if (src.kind === 'npm') {
    const tgz = run('npm', ['pack', src.spec, '--silent', '--pack-destination', dir]).trim().split('\n').pop();
    run('tar', ['-xzf', path.join(dir, tgz), '-C', dir]);
    root = path.join(dir, 'package');
  } else if (src.kind === 'pypi') {
    run('python3', ['-m', 'pip', 'download', '--quiet', '--no-deps', '--no-binary', ':all:', '--disable-pip-version-check', '-d', dir, src.spec]);
    const archive = readdirSync(dir).find((f) => /\.(tar\.gz|zip)$/.test(f));
    if (archive.endsWith('.zip')) run('unzip', ['-q', path.join(dir, archive), '-d', dir]);
    else run('tar', ['-xzf', path.join(dir, archive), '-C', dir]);
    root = path.join(dir, readdirSync(dir).find((f) => !/\.(tar\.gz|zip)$/.test(f) && f !== '.done'));
  } else if (src.kind === 'crate') {
    const [name, version] = src.spec.split('@');
    const proj = path.join(dir, 'fetch');
    mkdirSync(path.join(proj, 'src'), { recursive: true });
    writeFileSync(path.join(proj, 'Cargo.toml'), `[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\n${name} = "=${version}"\n`);
    writeFileSync(path.join(proj, 'src/main.rs'), 'fn main() {}\n');
    const home = path.join(cache, '.cargo-home');
    run('cargo', ['fetch', '--quiet'], { cwd: proj, env: { ...process.env, CARGO_HOME: home } });
    const reg = path.join(home, 'registry/src');
    const index = readdirSync(reg)[0];
    root = path.join(reg, index, `${name}-${version}`);
  } else if (src.kind === 'go') {
    const info = JSON.parse(run('go', ['mod', 'download', '-json', src.spec], { env: { ...process.env, GOFLAGS: '-mod=mod', GOPATH: path.join(cache, '.gopath') } }));
    root = info.Dir;
  }
  writeFileSync(path.join(dir, '.done'), root);
  return root;
}

/** Fenced blocks of a document by info word, counted with the tool's own parser. */
async function countBlocks(file) {
  const { loadMarkdownParser, parseMarkdown } = await import(path.join(ROOT, 'lib/plan/markdown.js'));
  await loadMarkdownParser();
  const { blocks } = parseMarkdown(readFileSync(file, 'utf8'));
  const langs = {};
  for (const b of blocks.filter((x) => x.fenced)) langs[b.lang || '(none)'] = (langs[b.lang || '(none)'] ?? 0) + 1;
  return { fenced: blocks.filter((b) => b.fenced).length, langs };
}

/**
 * The cause of a failure in a few words, from its message or output. A
 * doctest session's first failed example is its cause (the later ones fail
 * on the names it did not define), so only that part of its report is read.
 */
function why(c) {
  let err = c.stderr ?? '';
  let message = c.message ?? '';
  if (/doctest/.test(message)) err = err.split(/^\*{70}$/m).find((p) => p.trim()) ?? err;
  // A transcript's diff: what the command printed (`+` lines) says why, not what the document expected.
  if (c.reason === 'expectation' && /printed something else/.test(message)) {
    const actual = message.split('\n').filter((l) => l.startsWith('+ ')).join('\n');
    if (!/^\+ \[\d+\]$/.test(actual.trim()) || actual.split('\n').length > 1) message = `${actual}\nprinted something else`;
  }
  const text = `${message}\n${err}`;
  const m =
    /(ModuleNotFoundError: No module named '[^']+')/.exec(text) ??
    /(No module named [\w.]+)/.exec(text) ??
    /(Cannot find module '[^']+')/.exec(text) ??
    /(Cannot find package '[^']+')/.exec(text) ??
    /(ERR_MODULE_NOT_FOUND)/.exec(text) ??
    /(cannot find package "[^"]+")/.exec(text) ??
    /(externally-managed-environment)/.exec(text) ??
    /(Could not resolve host[^\n]{0,30})/.exec(text) ??
    /(Temporary failure in name resolution|getaddrinfo EAI_AGAIN [\w.-]+|ENOTFOUND [\w.-]+)/.exec(text) ??
    /(Could not read package\.json)/.exec(text) ??
    /(No rule to make target '[^']+')/.exec(text) ??
    /(invalid import path: [^\n]{0,40})/.exec(text) ??
    /(NameError: name '[^']+' is not defined)/.exec(text) ??
    /(ReferenceError: \w+ is not defined)/.exec(text) ??
    /(error\[E\d+\]: [^\n]{0,50})/.exec(text) ??
    /(error: [^\n]{0,60})/.exec(text) ??
    /(fatal error: [^\n]{0,50})/.exec(text) ??
    /((?:undefined|undeclared|not declared)[^\n]{0,40})/.exec(text) ??
    /(\S+: command not found)/.exec(text) ??
    /(\S+: No such file or directory)/.exec(text) ??
    /(\w+Error: [^\n]{0,50})/.exec(text) ??
    /(Unexpected token[^\n(]{0,30})/.exec(text) ??
    /(SIGABRT[^\n]{0,40})/.exec(text) ??
    /(printed something else|differs from the expected output|examples failed)/.exec(text);
  return `${c.status === 'timed_out' ? 'timeout' : c.reason}${m ? `: ${m[1].trim()}` : ''}`;
}

/** The name a failure says is not defined, if it says one. */
function undefinedName(w) {
  return (
    /ReferenceError: (\w+) is not defined/.exec(w)?.[1] ??
    /NameError: name '(\w+)'/.exec(w)?.[1] ??
    /undefined: (\w+)/.exec(w)?.[1] ??
    /cannot find (?:value|macro|type|function|attribute) `(\w+)`/.exec(w)?.[1] ??
    /‘(\w+)’ (?:was not declared|has not been declared|does not name a type)/.exec(w)?.[1]
  );
}

/** Does a code block above `line` define or import `name`? (Prose is not read: it says "define" too.) */
function definedAbove(doc, line, name) {
  let inside = false;
  const code = [];
  for (const l of doc.split('\n').slice(0, Math.max(0, line - 1))) {
    if (/^\s*(`{3,}|~{3,})/.test(l)) inside = !inside;
    else if (inside) code.push(l);
  }
  const above = code.join('\n');
  const n = name.replace(/[^\w$]/g, '');
  return new RegExp(`(\\b(const|let|var|function|class|def|func|type|fn|struct|enum|import|use|from)\\b[^\\n]*\\b${n}\\b|\\b${n}\\s*(:=|=[^=>]))`).test(above);
}

/** What a block without the network tried to fetch with (never a host name: the cause is the block's command). */
function fetcher(w, stderr) {
  if (/externally-managed/.test(w)) return 'pip install (refused by PEP 668 first)';
  if (/^(\+ )?npm error/m.test(stderr)) return 'npm install';
  if (/Cloning into/.test(stderr)) return 'git clone';
  if (/pip/.test(stderr)) return 'pip install';
  return 'an HTTP request in the code';
}

/** Why a failure is the document's: [reason, detail] (the detail names what it needs, for the table). */
function classify(c, doc) {
  const w = why(c);
  const name = undefinedName(w);
  const pkg =
    /No module named '?([\w.]+)/.exec(w)?.[1] ??
    /Cannot find (?:module|package) '([^']+)'/.exec(w)?.[1] ??
    /cannot find package "([^"]+)"/.exec(w)?.[1] ??
    /unresolved import `(\w+)/.exec(w)?.[1] ??
    /fatal error: ([\w./]+\.h)/.exec(w)?.[1];
  if (/^timeout/.test(w)) return ['did not finish in the 30 s timeout', c.language];
  if (/externally-managed|Could not resolve|name resolution|EAI_AGAIN|ENOTFOUND|ConnectionError|Failed to establish|Max retries/.test(w))
    return ['installs or fetches at run time (pip install, git clone, HTTP); the sandbox has no network', fetcher(w, `${c.stdout ?? ''}\n${c.stderr ?? ''}\n${c.message ?? ''}`)];
  if (/Cannot find module '\/workspace\//.test(w) || /Could not read package\.json|No rule to make target|No such file or directory/.test(w))
    return ['runs a project file the document does not contain', (/'\/workspace\/([^']+)'/.exec(w)?.[1] ?? /(package\.json|No rule to make target '[^']+'|\S+: No such file)/.exec(w)?.[1] ?? w).slice(0, 40)];
  if (/command not found/.test(w)) return ['runs a program that is not installed here', /(\S+): command not found/.exec(w)?.[1] ?? ''];
  // A C++ block against Node's addon headers fails first on a name they declare, whatever error comes first.
  const addon = c.language === 'cpp' && /‘(v8|Nan|node)’|\bv8::|\bNan::/.test(c.stderr ?? '') && !/#include\s*[<"](nan|v8|node)\.h/.test(c.message ?? '');
  if (pkg || addon || /ERR_MODULE_NOT_FOUND|‘v8’|'v8'|‘Nan’|bindings|PropertyCallbackInfo|FunctionCallbackInfo|ReturnValue/.test(w))
    return ['needs a package the document does not install', pkg ?? (/ERR_MODULE_NOT_FOUND/.test(w) ? 'an npm package (ES import)' : 'nan.h / v8.h')];
  if (name) {
    return definedAbove(doc, c.line ?? 0, name)
      ? ['uses a name an earlier block defines (blocks run alone; share = "file" joins them)', name]
      : ['uses a name no block defines or imports (a setup rule supplies it)', name];
  }
  if (/printed something else|differs from the expected output|examples failed/.test(w))
    return ['shows the output of another version than the one here', c.name];
  if (/SyntaxError|syntax error|compile|expected|invalid|illegal|already been declared|E\d{4}|error:/.test(w))
    return ['not code as written (a signature, a `...` placeholder, a fragment, config)', w.replace(/^\w+: /, '').slice(0, 50)];
  return ['not sorted by the benchmark (read the results JSON)', w.slice(0, 60)];
}

function runTool(label, cli, docDir, file, out) {
  const json = path.join(out, `${label}-${path.basename(docDir)}-${file.replace(/[^\w.-]+/g, '_')}.json`);
  const t = Date.now();
  const r0 = spawnSync(process.execPath, [cli, 'run', '--snippets', file, '--provider', 'local', '--concurrency', JOBS, '--json', json], {
    cwd: docDir,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', E2B_API_KEY: '' },
    timeout: 900_000,
  });
  const ms = Date.now() - t;
  if (!existsSync(json)) return /No checks to run/.test(r0.stderr) ? { checks: [], ms } : { error: `no results: ${r0.stderr.trim().split('\n').pop()}`, ms, checks: [] };
  const r = JSON.parse(readFileSync(json, 'utf8'));
  return { checks: r.checks, ms };
}

function summarise(checks, doc = '') {
  const s = { checks: checks.length, ran: 0, passed: 0, failed: 0, skipped: 0, whys: {} };
  for (const c of checks) {
    if (c.status === 'skipped') s.skipped++;
    else {
      s.ran++;
      if (c.status === 'passed') s.passed++;
      else {
        s.failed++;
        const [reason, detail] = classify(c, doc);
        const w = `${reason} :: ${detail}`;
        s.whys[w] = (s.whys[w] ?? 0) + 1;
      }
    }
  }
  return s;
}

function buildRef(ref) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-bench-ref-'));
  execFileSync('sh', ['-c', `git -C ${JSON.stringify(ROOT)} archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(dir)}`]);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: dir });
  return path.join(dir, 'lib/cli/index.js');
}

/** pytest-markdown-docs on a document's Python blocks: passed/failed counts from its summary line. */
function pytestMarkdownDocs(peerDir, docDir, file) {
  const r = spawnSync('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--markdown-docs', file], {
    cwd: docDir,
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: peerDir },
    timeout: 600_000,
  });
  const { passed, failed, line } = pytestCounts(r.stdout);
  return { passed, failed, line };
}

/** markdown-doctest on a document: every js/javascript/es6 block, in a Node vm, with no setup file. */
function markdownDoctest(peerJs, docDir, file) {
  // A block that starts a server keeps its process alive: it is stopped after 90 s.
  const r = spawnSync(process.execPath, [path.join(peerJs, 'node_modules/markdown-doctest/bin/cmd.js'), file], { cwd: docDir, encoding: 'utf8', timeout: 90_000 });
  const text = `${r.stdout}\n${r.stderr}`;
  const n = (w) => Number(new RegExp(`^${w}: (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { passed: n('Passed'), failed: n('Failed'), note: r.error ? 'did not finish in 90 s' : '' };
}

/** txm on a document: it runs only blocks annotated for it (`<!-- !test program … -->`). */
function txm(docDir, file) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/txm/src/cli.js'), file], { cwd: docDir, encoding: 'utf8', timeout: 600_000 });
  const text = `${r.stdout}\n${r.stderr}`;
  const ok = (text.match(/^ok /gm) ?? []).length;
  const notOk = (text.match(/^not ok /gm) ?? []).length;
  return { passed: ok, failed: notOk, note: ok + notOk === 0 ? (/no tests/i.test(text) ? 'no annotated blocks' : text.trim().split('\n')[0]?.slice(0, 60)) : '' };
}

async function main() {
  const report = opt('--report');
  if (report) return printTable(JSON.parse(readFileSync(report, 'utf8')));
  const resort = opt('--resort');
  if (resort) return printTable(resorted(resort));
  const cache = path.join(os.tmpdir(), 'sc-real-docs-cache');
  const out = mkdtempSync(path.join(os.tmpdir(), 'sc-real-docs-'));
  const after = path.join(ROOT, 'lib/cli/index.js');
  if (!existsSync(after)) throw new Error('build first: npm run build');
  const tools = args.includes('--no-after') ? [] : [['after', after]];
  const before = opt('--before');
  if (before) tools.unshift([`before (${before})`, buildRef(before)]);
  let peerDir;
  let peerJs;
  if (args.includes('--peers')) {
    peerDir = ensurePytestMarkdownDocs(path.join(cache, '.peers'));
    peerJs = path.join(cache, '.peers-js');
    if (!existsSync(path.join(peerJs, 'node_modules/markdown-doctest'))) {
      mkdirSync(peerJs, { recursive: true });
      run('npm', ['install', '--no-audit', '--no-fund', '--silent', '--prefix', peerJs, 'markdown-doctest@1.1.0']);
    }
  }

  const rows = [];
  const totals = {};
  const languages = new Set();
  let fencedTotal = 0;
  for (const src of SOURCES.filter((s) => !ONLY || s.project === ONLY)) {
    let root;
    try {
      root = fetchSource(src, cache);
    } catch (e) {
      console.error(`${src.project}: could not fetch ${src.spec}: ${String(e.stderr ?? e.message).trim().split('\n').pop()}`);
      continue;
    }
    for (const f of src.files) {
      const from = path.join(root, f);
      if (!existsSync(from)) {
        console.error(`${src.project}: ${f} is not in ${src.spec}`);
        continue;
      }
      // Each document alone in a folder, under its project's name, as a repository would have it.
      const docDir = path.join(out, 'docs', src.project);
      mkdirSync(path.join(docDir, path.dirname(f)), { recursive: true });
      cpSync(from, path.join(docDir, f));
      for (const c of src.context ?? []) if (existsSync(path.join(root, c))) cpSync(path.join(root, c), path.join(docDir, c));
      const counted = await countBlocks(from);
      fencedTotal += counted.fenced;
      const row = { doc: `${src.project}/${f}`, spec: src.spec, fenced: counted.fenced, langs: counted.langs, results: {} };
      for (const [label, cli] of tools) {
        const r = runTool(label.split(' ')[0], cli, docDir, f, out);
        row.results[label] = { ...summarise(r.checks, readFileSync(from, 'utf8')), ms: r.ms, error: r.error };
        for (const c of r.checks) if (c.status !== 'skipped') languages.add(c.language);
        const t = (totals[label] ??= { checks: 0, ran: 0, passed: 0, failed: 0, skipped: 0, whys: {} });
        for (const k of ['checks', 'ran', 'passed', 'failed', 'skipped']) t[k] += row.results[label][k];
        for (const [w, n] of Object.entries(row.results[label].whys)) t.whys[w] = (t.whys[w] ?? 0) + n;
      }
      if (peerDir) {
        row.peers = { 'pytest-markdown-docs': pytestMarkdownDocs(peerDir, docDir, f), 'markdown-doctest': markdownDoctest(peerJs, docDir, f), txm: txm(docDir, f) };
      }
      rows.push(row);
      for (const [l] of tools) {
        const a = row.results[l];
        console.error(`${row.doc} [${l}]: ${a.ran} ran, ${a.passed} passed, ${a.failed} failed (${Math.round(a.ms / 1000)}s)`);
      }
    }
  }

  const labels = tools.map(([l]) => l);
  const result = { labels, rows, totals, languages: [...languages].sort(), fencedTotal, peers: !!peerDir };
  printTable(result);
  writeFileSync(path.join(out, 'real-docs.json'), JSON.stringify(result, null, 2));
  console.error(`\nresults: ${path.join(out, 'real-docs.json')} (documents and per-tool results under ${out}); reprint with --report FILE`);
}

/** A saved run's table with its failures sorted again (from the per-document results and document copies it kept). */
function resorted(dir) {
  const result = JSON.parse(readFileSync(path.join(dir, 'real-docs.json'), 'utf8'));
  for (const label of result.labels) {
    const t = (result.totals[label] = { checks: 0, ran: 0, passed: 0, failed: 0, skipped: 0, whys: {} });
    for (const row of result.rows) {
      const [project, ...rest] = row.doc.split('/');
      const file = rest.join('/');
      const json = path.join(dir, `${label.split(' ')[0]}-${project}-${file.replace(/[^\w.-]+/g, '_')}.json`);
      if (!existsSync(json)) continue;
      const s = summarise(JSON.parse(readFileSync(json, 'utf8')).checks, readFileSync(path.join(dir, 'docs', project, file), 'utf8'));
      row.results[label] = { ...row.results[label], ...s };
      for (const k of ['checks', 'ran', 'passed', 'failed', 'skipped']) t[k] += s[k];
      for (const [w, n] of Object.entries(s.whys)) t.whys[w] = (t.whys[w] ?? 0) + n;
    }
  }
  return result;
}

/** A failure's reason and detail from its key (`reason :: detail`). */
const split = (w) => {
  const i = w.indexOf(' :: ');
  return i < 0 ? [w, ''] : [w.slice(0, i), w.slice(i + 4)];
};

/** "reason (a ×3, b)" with the most frequent details. */
function withDetails(reason, details, max = 4) {
  const top = Object.entries(details).sort((a, b) => b[1] - a[1]);
  const shown = top.slice(0, max).map(([d, n]) => (n > 1 ? `${d} ×${n}` : d)).filter(Boolean);
  return shown.length ? `${reason}: ${shown.join(', ')}${top.length > max ? ', …' : ''}` : reason;
}

function printTable({ labels, rows, totals, languages, fencedTotal, peers }) {
  const last = labels[labels.length - 1];
  const lines = [];
  lines.push(`| document | fenced blocks | ${labels.map((l) => `${l}: ran / passed / failed`).join(' | ')} | why they failed (${last}) |${peers ? ' pytest-markdown-docs (python) | markdown-doctest (js) | txm |' : ''}`);
  lines.push(`|---|---|${labels.map(() => '---|').join('')}---|${peers ? '---|---|---|' : ''}`);
  const byCategory = {};
  for (const r of rows) {
    const cells = labels.map((l) => {
      const x = r.results[l];
      return x.error ? x.error : `${x.ran} / ${x.passed} / ${x.failed}`;
    });
    const cats = {};
    for (const [w, n] of Object.entries(r.results[last].whys)) {
      const [c, d] = split(w);
      const x = (cats[c] ??= { n: 0, details: {} });
      x.n += n;
      x.details[d] = (x.details[d] ?? 0) + n;
      byCategory[c] = (byCategory[c] ?? 0) + n;
    }
    const whys = Object.entries(cats).sort((a, b) => b[1].n - a[1].n).map(([c, x]) => `${x.n} ${withDetails(c, x.details, 3)}`).join('; ');
    const p = r.peers;
    const md = p?.['markdown-doctest'];
    const peerCells = p ? ` ${p['pytest-markdown-docs'].passed} passed, ${p['pytest-markdown-docs'].failed} failed | ${md ? (md.note || `${md.passed} passed, ${md.failed} failed`) : 'not run'} | ${p.txm.passed + p.txm.failed ? `${p.txm.passed} passed, ${p.txm.failed} failed` : p.txm.note || 'none run'} |` : '';
    lines.push(`| ${r.doc} (${r.spec}) | ${r.fenced} | ${cells.join(' | ')} | ${whys.replace(/\|/g, '\\|')} |${peerCells}`);
  }
  const sum = (f) => rows.reduce((a, r) => a + f(r), 0);
  const peerTotal = peers
    ? ` ${sum((r) => r.peers['pytest-markdown-docs'].passed)} passed, ${sum((r) => r.peers['pytest-markdown-docs'].failed)} failed | ${sum((r) => r.peers['markdown-doctest']?.passed ?? 0)} passed, ${sum((r) => r.peers['markdown-doctest']?.failed ?? 0)} failed | ${sum((r) => r.peers.txm.passed)} passed, ${sum((r) => r.peers.txm.failed)} failed |`
    : '';
  lines.push(`| **total**: ${rows.length} documents, ${new Set(rows.map((r) => r.doc.split('/')[0])).size} projects; languages run: ${languages.join(', ')} | ${fencedTotal} | ${labels.map((l) => `${totals[l].ran} / ${totals[l].passed} / ${totals[l].failed}`).join(' | ')} | |${peerTotal}`);
  console.log(lines.join('\n'));
  console.log(`\nWhy blocks failed (${last}), over all documents:`);
  for (const [c, n] of Object.entries(byCategory).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${c}`);
  for (const l of labels) {
    console.log(`\n${l}, most frequent causes:`);
    for (const [w, n] of Object.entries(totals[l].whys).sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${String(n).padStart(4)}  ${w}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
