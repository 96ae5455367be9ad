// Package layers for Go, Rust and PHP on real bwrap with the real toolchains:
// checks with the same packages share one install and build or run against
// it read-only with no network; a changed package set, project or lock file
// is another layer; a check cannot change its layer or what the next check
// sees (as root, and as uid 1000, who owns it: then only the read-only mount
// stops it); without layers the same installs run in each check's own
// sandbox. The packages come from the workspace, so no registry is needed: a Go
// module proxy folder (GOPROXY=file://) and a go.mod `replace`, a cargo local
// registry and a path crate, a composer path repository.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { runChecks } from '../../src/engine/run.js';
import { LocalProvider } from '../../src/providers/local.js';
import type { Check, CheckFile, RunSummary } from '../../src/types.js';
import { check, plan } from '../helpers.js';
import { counts, privateLayerCache, treeHash } from './packages.js';
import { unprivilegedEngine } from './unprivileged.js';

const tag = randomBytes(4).toString('hex');
const cache = privateLayerCache(`sc-layers-c-${tag}`);
const layersDir = cache.dir;
const layerKeys = cache.keys;

async function run(checks: Check[], notices: string[] = []): Promise<RunSummary> {
  const r = await runChecks(plan(checks, { concurrency: 2 }), { provider: new LocalProvider(), onNotice: (_c, m) => notices.push(m) });
  return r;
}

const detail = (r: RunSummary) => r.outcomes.map((o) => `${o.name}: ${o.status} ${o.message ?? ''} ${o.stderr.head.slice(0, 600)}`).join('\n');
const text = (p: string, c: string): CheckFile => ({ path: p, content: Buffer.from(c) });


/** The layer on disk is whole and unchanged by the checks, and not writable by the uid checks run as. */
function expectLayerUnchanged(before: Record<string, string>, key: string): void {
  const now = treeHash(path.join(layersDir(), key));
  expect(now).toEqual(before);
  for (const [rel, what] of Object.entries(now)) expect(`${rel} ${what}`).toMatch(/ (dir 755|755 \w+|644 \w+|link)$/);
}

// ---------------------------------------------------------------------------
// Go

/** A module proxy folder (what GOPROXY=file:// reads) holding example.com/<name> v1.0.0 whose Hello returns `says`. */
function goProxy(modules: Record<string, string>): CheckFile[] {
  const files: CheckFile[] = [];
  for (const [name, says] of Object.entries(modules)) {
    const mod = `module example.com/${name}\n\ngo 1.21\n`;
    const src = `package ${name}\n\nimport "runtime"\n\nfunc Hello() string { return ${JSON.stringify(says)} }\n\nfunc Where() string { _, f, _, _ := runtime.Caller(0); return f }\n`;
    const zip = execFileSync('python3', ['-c', `
import io, sys, zipfile
prefix, mod, src = sys.argv[1], sys.argv[2], sys.argv[3]
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    for n, c in (("go.mod", mod), ("${name}.go", src)):
        z.writestr(zipfile.ZipInfo(prefix + n, date_time=(2020, 1, 1, 0, 0, 0)), c)
sys.stdout.buffer.write(b.getvalue())
`, `example.com/${name}@v1.0.0/`, mod, src]);
    const at = `gp/example.com/${name}/@v`;
    files.push(text(`${at}/list`, 'v1.0.0\n'), text(`${at}/v1.0.0.info`, '{"Version":"v1.0.0","Time":"2020-01-01T00:00:00Z"}\n'), text(`${at}/v1.0.0.mod`, mod), { path: `${at}/v1.0.0.zip`, content: zip });
  }
  return files;
}

const GO_ENV = { GOPROXY: 'file:///workspace/gp', GOSUMDB: 'off' };

function goCheck(name: string, code: string, proxy: CheckFile[], packages: string[], more: CheckFile[] = []): Check {
  const c = check({ name, language: 'go', code, limits: { timeoutMs: 60_000 } });
  return { ...c, files: [...c.files, ...proxy, ...more], packages, env: { ...GO_ENV } };
}

// Where the module was compiled from: the layer's module cache.
const GO_HELLO = 'package main\n\nimport (\n\t"fmt"\n\t"example.com/greet"\n)\n\nfunc main() { fmt.Println(greet.Hello(), greet.Where()) }\n';
const FROM_MODCACHE = 'hello from greet /workspace/.packages/go/mod/example.com/greet@v1.0.0/greet.go\n';

/** Tries every way of changing the layer, then checks its own go.mod is its own to change. */
const GO_PROBE = `package main

import (
\t"fmt"
\t"os"
\t"example.com/greet"
)

func main() {
\tsrc := "/workspace/.packages/go/mod/example.com/greet@v1.0.0/greet.go"
\ttries := []struct{ name string; f func() error }{
\t\t{"create", func() error { return os.WriteFile("/workspace/.packages/go/mod/example.com/evil.go", []byte("x"), 0o644) }},
\t\t{"append", func() error { f, err := os.OpenFile(src, os.O_APPEND|os.O_WRONLY, 0); if err == nil { f.Close() }; return err }},
\t\t{"truncate", func() error { return os.Truncate(src, 0) }},
\t\t{"unlink", func() error { return os.Remove(src) }},
\t\t{"rename", func() error { return os.Rename(src, src+".moved") }},
\t\t{"chmod", func() error { return os.Chmod(src, 0o777) }},
\t\t{"mkdir", func() error { return os.Mkdir("/workspace/.packages/go/evil", 0o755) }},
\t\t{"go.mod", func() error { return os.WriteFile("/workspace/.packages/go/project/go.mod", []byte("module evil\\n"), 0o644) }},
\t\t{"rmall", func() error { return os.RemoveAll("/workspace/.packages/go") }},
\t}
\tfor _, t := range tries {
\t\tif err := t.f(); err != nil { fmt.Println("denied", t.name) } else { fmt.Println("CHANGED", t.name) }
\t}
\tif f, err := os.OpenFile("go.mod", os.O_APPEND|os.O_WRONLY, 0); err == nil { f.Close(); fmt.Println("own go.mod writable") }
\tfmt.Println(greet.Hello())
}
`;

describe('Go package layers', () => {
  it('one install for every check with the same modules; the program builds against the read-only module cache with no network', async () => {
    const proxy = goProxy({ greet: 'hello from greet' });
    const notices: string[] = [];
    // The third is vetted only (no_run): go vet reads the same read-only modules.
    const checks = [0, 1].map((i) => goCheck(`go-${i}`, GO_HELLO, proxy, ['example.com/greet@v1.0.0']));
    const r = await run([...checks, { ...goCheck('vet', GO_HELLO.replace('greet.Where())', 'greet.Nope())'), proxy, ['example.com/greet@v1.0.0']), noRun: true }, { ...checks[0]!, name: 'vet ok', noRun: true }], notices);
    expect(r.outcomes.map((o) => o.status), detail(r)).toEqual(['passed', 'passed', 'failed', 'passed']);
    expect(r.outcomes.map((o) => o.stdout.head)).toEqual([FROM_MODCACHE, FROM_MODCACHE, '', '']);
    expect(r.outcomes[2]!.stderr.head).toMatch(/undefined: greet\.Nope/);
    expect(counts(r)).toEqual({ installs: 1, fromCache: 0, checks: 4 });
    expect(notices.filter((n) => n.startsWith('installing'))).toEqual(['installing example.com/greet@v1.0.0 with go']);
    const [key] = layerKeys();
    const layer = path.join(layersDir(), key!, '.packages/go');
    expect(readFileSync(path.join(layer, 'mod/example.com/greet@v1.0.0/greet.go'), 'utf8')).toContain('hello from greet');
    expect(readFileSync(path.join(layer, 'project/go.mod'), 'utf8')).toMatch(/require example\.com\/greet v1\.0\.0/);
    expect(readFileSync(path.join(layer, 'project/go.sum'), 'utf8')).toMatch(/^example\.com\/greet v1\.0\.0 h1:/);
  });

  it('a changed module set, go.mod or go.sum is another layer; a local module named by a `replace` is seen by the install and keyed', async () => {
    const proxy = goProxy({ greet: 'hello from greet', other: 'other' });
    const first = await run([goCheck('a', GO_HELLO, proxy, ['example.com/greet@v1.0.0'])]);
    expect(counts(first), detail(first)).toEqual({ installs: 1, fromCache: 0, checks: 1 });
    const again = await run([goCheck('a', GO_HELLO, proxy, ['example.com/greet@v1.0.0'])]);
    expect(counts(again)).toEqual({ installs: 0, fromCache: 1, checks: 1 });

    // Each of these differs from the first in one part of the key: in one run, four installs.
    const modFile = (m: string) => text('go.mod', `module ${m}\n\ngo 1.21\n`);
    const changed = await run([
      goCheck('+other', GO_HELLO, proxy, ['example.com/greet@v1.0.0', 'example.com/other@v1.0.0']),
      goCheck('own go.mod', GO_HELLO, proxy, ['example.com/greet@v1.0.0'], [modFile('mine')]),
      goCheck('another go.mod', GO_HELLO, proxy, ['example.com/greet@v1.0.0'], [modFile('mine2')]),
      goCheck('go.sum', GO_HELLO, proxy, ['example.com/greet@v1.0.0'], [modFile('mine'), text('go.sum', '')]),
    ]);
    expect(changed.outcomes.map((o) => o.status), detail(changed)).toEqual(Array(4).fill('passed'));
    expect(counts(changed)).toEqual({ installs: 4, fromCache: 0, checks: 4 });
    expect(layerKeys()).toHaveLength(5);

    // go.mod replaces a module with a folder of the workspace: the install needs that folder, and its content is part of the key.
    const local = (says: string) => [
      text('go.mod', 'module mine\n\ngo 1.21\n\nreplace example.com/local => ./local // kept in the repository\n'),
      text('local/go.mod', 'module example.com/local\n\ngo 1.21\n'),
      text('local/local.go', `package local\n\nfunc Hello() string { return ${JSON.stringify(says)} }\n`),
    ];
    const code = 'package main\n\nimport (\n\t"fmt"\n\t"example.com/local"\n)\n\nfunc main() { fmt.Println(local.Hello()) }\n';
    const l1 = await run([goCheck('local', code, [], ['example.com/local'], local('one'))]);
    const l2 = await run([goCheck('local', code, [], ['example.com/local'], local('two'))]);
    expect([l1, l2].map((r) => [r.outcomes[0]!.status, r.outcomes[0]!.stdout.head, r.packageLayers?.installs]), detail(l1) + detail(l2)).toEqual([
      ['passed', 'one\n', 1],
      ['passed', 'two\n', 1],
    ]);
  }, 300_000);

  it('a check cannot change its layer: every write is refused, the layer on disk is unchanged, the next check sees it whole', async () => {
    const proxy = goProxy({ greet: 'hello from greet' });
    const r1 = await run([goCheck('writer', GO_PROBE, proxy, ['example.com/greet@v1.0.0'])]);
    expect(r1.outcomes[0]!.status, detail(r1)).toBe('passed');
    const [key] = layerKeys();
    const before = treeHash(path.join(layersDir(), key!));
    const r2 = await run([goCheck('writer', GO_PROBE, proxy, ['example.com/greet@v1.0.0']), goCheck('reader', GO_HELLO, proxy, ['example.com/greet@v1.0.0'])]);
    expect(counts(r2)).toEqual({ installs: 0, fromCache: 1, checks: 2 });
    for (const out of [r1.outcomes[0]!.stdout.head, r2.outcomes[0]!.stdout.head]) {
      expect(out).not.toContain('CHANGED');
      expect(out.trim().split('\n')).toEqual([
        ...['create', 'append', 'truncate', 'unlink', 'rename', 'chmod', 'mkdir', 'go.mod', 'rmall'].map((n) => `denied ${n}`),
        'own go.mod writable',
        'hello from greet',
      ]);
    }
    expect(r2.outcomes[1]!.stdout.head, detail(r2)).toBe(FROM_MODCACHE);
    expectLayerUnchanged(before, key!);
  }, 300_000);
});

// ---------------------------------------------------------------------------
// Rust

/** A gzipped tar of `files` with fixed times and owners (a .crate file). */
function tarGz(files: Record<string, string>): Buffer {
  return execFileSync('python3', ['-c', `
import gzip, io, json, sys, tarfile
files = json.loads(sys.argv[1])
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w") as t:
    for name, content in files.items():
        data = content.encode()
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = len(data), 1577836800, 0o644
        t.addfile(info, io.BytesIO(data))
sys.stdout.buffer.write(gzip.compress(b.getvalue(), mtime=0))
`, JSON.stringify(files)]);
}

const crateToml = (name: string) => `[package]\nname = "${name}"\nversion = "1.0.0"\nedition = "2021"\n`;
const crateLib = (says: string) => `pub fn hello() -> &'static str { ${JSON.stringify(says)} }\npub fn dir() -> &'static str { env!("CARGO_MANIFEST_DIR") }\n`;

/** A cargo local registry in reg/ with <name> 1.0.0 for each entry, and the .cargo/config.toml that makes it crates.io. */
function localRegistry(crates: Record<string, string>): CheckFile[] {
  const files: CheckFile[] = [text('.cargo/config.toml', '[source.crates-io]\nreplace-with = "local-reg"\n\n[source.local-reg]\nlocal-registry = "reg"\n')];
  for (const [name, says] of Object.entries(crates)) {
    const crate = tarGz({ [`${name}-1.0.0/Cargo.toml`]: crateToml(name), [`${name}-1.0.0/src/lib.rs`]: crateLib(says) });
    const cksum = createHash('sha256').update(crate).digest('hex');
    files.push({ path: `reg/${name}-1.0.0.crate`, content: crate });
    files.push(text(`reg/index/${name.slice(0, 2)}/${name.slice(2, 4)}/${name}`, `${JSON.stringify({ name, vers: '1.0.0', deps: [], cksum, features: {}, yanked: false })}\n`));
  }
  return files;
}

function rustCheck(name: string, code: string, packages: string[], files: CheckFile[]): Check {
  const c = check({ name, language: 'rust', code, limits: { timeoutMs: 120_000 } });
  return { ...c, files: [...c.files, ...files], packages };
}

// Where the crate was built from: the layer's vendored copy, not the registry the check also has.
const RS_HELLO = 'fn main() { println!("{} {}", greetreg::hello(), greetreg::dir()); }\n';
const FROM_VENDOR = 'hello from the registry /workspace/.packages/rust/vendor/greetreg-1.0.0\n';

const RS_PROBE = `use std::fs;
fn main() {
    let src = "/workspace/.packages/rust/vendor/greetreg-1.0.0/src/lib.rs";
    let tries: Vec<(&str, Box<dyn Fn() -> std::io::Result<()>>)> = vec![
        ("create", Box::new(|| fs::write("/workspace/.packages/rust/vendor/evil.rs", "x"))),
        ("append", Box::new(move || fs::OpenOptions::new().append(true).open(src).map(|_| ()))),
        ("truncate", Box::new(move || fs::OpenOptions::new().write(true).truncate(true).open(src).map(|_| ()))),
        ("unlink", Box::new(move || fs::remove_file(src))),
        ("rename", Box::new(move || fs::rename(src, "/workspace/.packages/rust/vendor/moved.rs"))),
        ("mkdir", Box::new(|| fs::create_dir("/workspace/.packages/rust/evil"))),
        ("vendor.toml", Box::new(|| fs::write("/workspace/.packages/rust/vendor.toml", "[source.x]\\n"))),
        ("Cargo.lock", Box::new(|| fs::write("/workspace/.packages/rust/project/Cargo.lock", "x"))),
        ("rmall", Box::new(|| fs::remove_dir_all("/workspace/.packages/rust"))),
    ];
    for (name, f) in tries.iter() {
        match f() { Ok(_) => println!("CHANGED {}", name), Err(_) => println!("denied {}", name) }
    }
    if fs::OpenOptions::new().append(true).open("Cargo.lock").is_ok() { println!("own Cargo.lock writable"); }
    println!("{}", greetreg::hello());
}
`;

describe('Rust package layers', () => {
  it('one install (cargo vendor) for every check with the same crates; cargo builds them offline from the read-only layer', async () => {
    const reg = localRegistry({ greetreg: 'hello from the registry' });
    const notices: string[] = [];
    const r = await run([0, 1].map((i) => rustCheck(`rs-${i}`, RS_HELLO, ['greetreg@1.0.0'], reg)), notices);
    expect(r.outcomes.map((o) => o.status), detail(r)).toEqual(['passed', 'passed']);
    expect(r.outcomes.map((o) => o.stdout.head)).toEqual([FROM_VENDOR, FROM_VENDOR]);
    expect(counts(r)).toEqual({ installs: 1, fromCache: 0, checks: 2 });
    expect(notices.filter((n) => n.startsWith('installing'))).toEqual(['installing greetreg@1.0.0 with cargo']);
    const layer = path.join(layersDir(), layerKeys()[0]!, '.packages/rust');
    expect(readFileSync(path.join(layer, 'vendor/greetreg-1.0.0/src/lib.rs'), 'utf8')).toContain('hello from the registry');
    expect(readFileSync(path.join(layer, 'vendor.toml'), 'utf8')).toContain('directory = "/workspace/.packages/rust/vendor"');
    expect(readFileSync(path.join(layer, 'project/Cargo.lock'), 'utf8')).toMatch(/name = "greetreg"\nversion = "1\.0\.0"/);
  }, 300_000);

  it('a changed crate set, Cargo.lock or cargo config is another layer; a path crate is seen by the install and keyed', async () => {
    const reg = localRegistry({ greetreg: 'hello from the registry', otherreg: 'other' });
    const first = await run([rustCheck('a', RS_HELLO, ['greetreg@1.0.0'], reg)]);
    expect(counts(first), detail(first)).toEqual({ installs: 1, fromCache: 0, checks: 1 });
    const again = await run([rustCheck('a', RS_HELLO, ['greetreg@1.0.0'], reg)]);
    expect(counts(again), detail(again)).toEqual({ installs: 0, fromCache: 1, checks: 1 });
    const lock = readFileSync(path.join(layersDir(), layerKeys()[0]!, '.packages/rust/project/Cargo.lock'), 'utf8');
    const config = reg.find((f) => f.path === '.cargo/config.toml')!;
    const changed = await run([
      rustCheck('+otherreg', RS_HELLO, ['greetreg@1.0.0', 'otherreg@1.0.0'], reg),
      rustCheck('Cargo.lock', RS_HELLO, ['greetreg@1.0.0'], [...reg, text('Cargo.lock', lock)]),
      rustCheck('config', RS_HELLO, ['greetreg@1.0.0'], [...reg.filter((f) => f !== config), text(config.path, `# a comment\n${config.content.toString()}`)]),
    ]);
    expect(changed.outcomes.map((o) => o.status), detail(changed)).toEqual(Array(3).fill('passed'));
    expect(counts(changed)).toEqual({ installs: 3, fromCache: 0, checks: 3 });
    expect(layerKeys()).toHaveLength(4);

    const pathCrate = (says: string) => [text('greet/Cargo.toml', crateToml('greet')), text('greet/src/lib.rs', crateLib(says))];
    const code = 'fn main() { println!("{}", greet::hello()); }\n';
    const p = await run([rustCheck('path one', code, ['./greet'], pathCrate('one')), rustCheck('path two', code, ['./greet'], pathCrate('two'))]);
    expect(p.outcomes.map((o) => [o.status, o.stdout.head]), detail(p)).toEqual([
      ['passed', 'one\n'],
      ['passed', 'two\n'],
    ]);
    expect(counts(p)).toEqual({ installs: 2, fromCache: 0, checks: 2 });
  }, 600_000);

  it('a check cannot change its layer: every write is refused, the layer on disk is unchanged, the next check sees it whole', async () => {
    const reg = localRegistry({ greetreg: 'hello from the registry' });
    const r1 = await run([rustCheck('writer', RS_PROBE, ['greetreg@1.0.0'], reg)]);
    expect(r1.outcomes[0]!.status, detail(r1)).toBe('passed');
    const [key] = layerKeys();
    const before = treeHash(path.join(layersDir(), key!));
    const r2 = await run([rustCheck('writer', RS_PROBE, ['greetreg@1.0.0'], reg), rustCheck('reader', RS_HELLO, ['greetreg@1.0.0'], reg)]);
    expect(counts(r2)).toEqual({ installs: 0, fromCache: 1, checks: 2 });
    for (const out of [r1.outcomes[0]!.stdout.head, r2.outcomes[0]!.stdout.head]) {
      expect(out.trim().split('\n')).toEqual([
        ...['create', 'append', 'truncate', 'unlink', 'rename', 'mkdir', 'vendor.toml', 'Cargo.lock', 'rmall'].map((n) => `denied ${n}`),
        'own Cargo.lock writable',
        'hello from the registry',
      ]);
    }
    expect(r2.outcomes[1]!.stdout.head, detail(r2)).toBe(FROM_VENDOR);
    expectLayerUnchanged(before, key!);
  }, 300_000);
});

// ---------------------------------------------------------------------------
// PHP

/** composer.json with a path repository of pkgs/* (copied, not linked, so the package is in vendor/) and no other repository. */
const composerJson = (extra: Record<string, unknown> = {}) =>
  text('composer.json', JSON.stringify({ repositories: [{ type: 'path', url: 'pkgs/*', options: { symlink: false } }, { 'packagist.org': false }], ...extra }, null, 2));

/** A composer package acme/<name> 1.0.0 in pkgs/<name>, whose class Acme\<Name>\Hello says `says`. */
function composerPackage(name: string, says: string): CheckFile[] {
  const ns = name[0]!.toUpperCase() + name.slice(1);
  return [
    text(`pkgs/${name}/composer.json`, JSON.stringify({ name: `acme/${name}`, version: '1.0.0', autoload: { 'psr-4': { [`Acme\\${ns}\\`]: 'src/' } } })),
    text(`pkgs/${name}/src/Hello.php`, `<?php\nnamespace Acme\\${ns};\nclass Hello { public static function say(): string { return ${JSON.stringify(says)}; } public static function where(): string { return __FILE__; } }\n`),
  ];
}

function phpCheck(name: string, code: string, packages: string[], files: CheckFile[]): Check {
  const c = check({ name, language: 'php', code, limits: { timeoutMs: 60_000 } });
  return { ...c, files: [...c.files, ...files], packages };
}

const PHP_HELLO = '<?php\nrequire "vendor/autoload.php";\necho \\Acme\\Greet\\Hello::say(), " ", \\Acme\\Greet\\Hello::where(), "\\n";\n';
const FROM_VENDOR_PHP = 'hello from composer /workspace/vendor/acme/greet/src/Hello.php\n';

const PHP_PROBE = `<?php
$src = "vendor/acme/greet/src/Hello.php";
$tries = [
  "create" => fn () => file_put_contents("vendor/evil.php", "<?php echo 1;"),
  "append" => fn () => file_put_contents($src, "// pwned", FILE_APPEND),
  "truncate" => fn () => ($f = fopen($src, "r+")) && ftruncate($f, 0),
  "unlink" => fn () => unlink($src),
  "rename" => fn () => rename($src, "vendor/moved.php"),
  "chmod" => fn () => chmod($src, 0777),
  "mkdir" => fn () => mkdir("vendor/evil"),
  "autoload" => fn () => file_put_contents("vendor/autoload.php", "<?php echo 'pwned';"),
  "rmdir" => fn () => rmdir("vendor/acme/greet/src"),
];
foreach ($tries as $name => $f) { error_clear_last(); echo (@$f() ? "CHANGED $name" : "denied $name: " . (error_get_last()["message"] ?? "")), "\\n"; }
require "vendor/autoload.php";
echo \\Acme\\Greet\\Hello::say(), "\\n";
`;

const PHP_TRIES = ['create', 'append', 'truncate', 'unlink', 'rename', 'chmod', 'mkdir', 'autoload', 'rmdir'];

describe('PHP package layers', () => {
  it('one install for every check with the same packages; vendor/ is the read-only layer the program loads', async () => {
    const files = [composerJson(), ...composerPackage('greet', 'hello from composer')];
    const notices: string[] = [];
    const r = await run([0, 1].map((i) => phpCheck(`php-${i}`, PHP_HELLO, ['acme/greet'], files)), notices);
    expect(r.outcomes.map((o) => o.status), detail(r)).toEqual(['passed', 'passed']);
    expect(r.outcomes.map((o) => o.stdout.head)).toEqual([FROM_VENDOR_PHP, FROM_VENDOR_PHP]);
    expect(counts(r)).toEqual({ installs: 1, fromCache: 0, checks: 2 });
    expect(notices.filter((n) => n.startsWith('installing'))).toEqual(['installing acme/greet with composer']);
    const vendor = path.join(layersDir(), layerKeys()[0]!, 'vendor');
    expect(lstatSync(path.join(vendor, 'acme/greet')).isDirectory()).toBe(true);
    expect(readFileSync(path.join(vendor, 'composer/installed.json'), 'utf8')).toContain('"acme/greet"');
  }, 300_000);

  it('a changed package set, composer.json or composer.lock is another layer; the path repository is seen by the install and keyed', async () => {
    const files = [composerJson(), ...composerPackage('greet', 'hello from composer'), ...composerPackage('other', 'other')];
    const first = await run([phpCheck('a', PHP_HELLO, ['acme/greet'], files)]);
    expect(counts(first), detail(first)).toEqual({ installs: 1, fromCache: 0, checks: 1 });
    const again = await run([phpCheck('a', PHP_HELLO, ['acme/greet'], files)]);
    expect(counts(again), detail(again)).toEqual({ installs: 0, fromCache: 1, checks: 1 });
    const noJson = files.filter((f) => f.path !== 'composer.json');
    const greetChanged = [...files.filter((f) => f.path !== 'pkgs/greet/src/Hello.php'), ...composerPackage('greet', 'changed').slice(1)];
    const changed = await run([
      phpCheck('+other', PHP_HELLO, ['acme/greet', 'acme/other'], files),
      phpCheck('composer.json', PHP_HELLO, ['acme/greet'], [...noJson, composerJson({ description: 'another project file' })]),
      phpCheck('composer.lock', PHP_HELLO, ['acme/greet'], [...files, text('composer.lock', '{"packages": [], "packages-dev": [], "content-hash": ""}\n')]),
      phpCheck('package changed', PHP_HELLO, ['acme/greet'], greetChanged),
    ]);
    expect(changed.outcomes.map((o) => o.status), detail(changed)).toEqual(Array(4).fill('passed'));
    expect(changed.outcomes[3]!.stdout.head).toBe('changed /workspace/vendor/acme/greet/src/Hello.php\n');
    expect(counts(changed)).toEqual({ installs: 4, fromCache: 0, checks: 4 });
    expect(layerKeys()).toHaveLength(5);
  }, 600_000);

  it('a check cannot change its layer: every write is refused, the layer on disk is unchanged, the next check sees it whole', async () => {
    const files = [composerJson(), ...composerPackage('greet', 'hello from composer')];
    const r1 = await run([phpCheck('writer', PHP_PROBE, ['acme/greet'], files)]);
    expect(r1.outcomes[0]!.status, detail(r1)).toBe('passed');
    const [key] = layerKeys();
    const before = treeHash(path.join(layersDir(), key!));
    const r2 = await run([phpCheck('writer', PHP_PROBE, ['acme/greet'], files), phpCheck('reader', PHP_HELLO, ['acme/greet'], files)]);
    expect(counts(r2)).toEqual({ installs: 0, fromCache: 1, checks: 2 });
    for (const out of [r1.outcomes[0]!.stdout.head, r2.outcomes[0]!.stdout.head]) {
      expect(out.trim().split('\n').map((l) => l.replace(/:.*/, ''))).toEqual([...PHP_TRIES.map((n) => `denied ${n}`), 'hello from composer']);
    }
    expect(r2.outcomes[1]!.stdout.head, detail(r2)).toBe(FROM_VENDOR_PHP);
    expectLayerUnchanged(before, key!);
  }, 300_000);
});

describe('a provider without layers (E2B) runs the same installs in each check’s own sandbox', () => {
  it('Go, Rust and PHP checks install into their workspace and pass, with no layer', async () => {
    const provider = new LocalProvider();
    Object.defineProperty(provider, 'layers', { value: undefined });
    const checks = [
      goCheck('go', GO_HELLO, goProxy({ greet: 'hello from greet' }), ['example.com/greet@v1.0.0']),
      rustCheck('rust', RS_HELLO, ['greetreg@1.0.0'], localRegistry({ greetreg: 'hello from the registry' })),
      phpCheck('php', PHP_HELLO, ['acme/greet'], [composerJson(), ...composerPackage('greet', 'hello from composer')]),
    ];
    const r = await runChecks(plan(checks, { concurrency: 2 }), { provider });
    expect(r.outcomes.map((o) => o.status), detail(r)).toEqual(['passed', 'passed', 'passed']);
    expect(r.outcomes.map((o) => o.stdout.head)).toEqual([FROM_MODCACHE, FROM_VENDOR, FROM_VENDOR_PHP]);
    expect(r.packageLayers).toBeUndefined();
    expect(readdirSync(cache.home)).toEqual([]);
  }, 300_000);
});

describe.runIf(process.getuid?.() === 0)('as an unprivileged user (uid 1000, who owns the layer), only the read-only mount stops a check', () => {
  const engine = unprivilegedEngine('layers-c');

  it('PHP: every write into vendor/ fails with EROFS, in a run that installs and in one that finds the layer on disk', async () => {
    const checks = [phpCheck('writer', PHP_PROBE, ['acme/greet'], [composerJson(), ...composerPackage('greet', 'hello from composer')])];
    const { code, stderr, runs, home } = await engine.run(checks, 2);
    try {
      expect(code, stderr).toBe(0);
      expect(runs.map((r) => ({ ...r.layers, keys: r.layers?.keys.length }))).toEqual([
        { installs: 1, fromCache: 0, restored: 0, checks: 1, keys: 1 },
        { installs: 0, fromCache: 1, restored: 0, checks: 1, keys: 1 },
      ]);
      for (const r of runs) {
        const o = r.outcomes[0]!;
        expect(o.status, `${o.message} ${o.stderr.head}`).toBe('passed');
        const lines = o.stdout.head.trim().split('\n');
        expect(lines.slice(0, -1).map((l) => l.replace(/:.*/, ''))).toEqual(PHP_TRIES.map((n) => `denied ${n}`));
        for (const l of lines.slice(0, -1)) expect(l).toMatch(/Read-only file system$/);
        expect(lines.at(-1)).toBe('hello from composer');
      }
      const layers = path.join(home, '.cache', 'sandbox-checks', 'layers');
      const [key] = readdirSync(layers).filter((n) => /^[0-9a-f]{40}$/.test(n));
      const hello = path.join(layers, key!, 'vendor/acme/greet/src/Hello.php');
      expect(statSync(hello).uid).toBe(1000);
      expect(readFileSync(hello, 'utf8')).not.toContain('pwned');
      expect(Object.keys(treeHash(path.join(layers, key!))).filter((f) => /evil|moved/.test(f))).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 300_000);
});
