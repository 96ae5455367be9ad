// The local packages a project file points an installer at are install
// inputs of a package layer: found in go.mod, GOPROXY, a cargo config and
// composer.json, and only ever as workspace paths.
import { describe, expect, it } from 'vitest';

import { installInputs } from '../../src/engine/layers.js';
import { goLocalSources, goProxyPaths, goReplacePaths } from '../../src/languages/go-modules.js';
import { getLanguage } from '../../src/languages/index.js';
import { composerPathRepositories } from '../../src/languages/php.js';

const file = (p: string, c = p) => ({ path: p, content: Buffer.from(c) });

describe('Go', () => {
  it('go.mod replace directives with a file path, single and in a block, quoted or not; module replacements are not paths', () => {
    const goMod = [
      'module example.com/me',
      '',
      'replace example.com/a => ./a // kept here',
      'replace example.com/b v1.2.0 => ../b',
      'replace example.com/fork => example.com/other v1.0.0',
      '// replace example.com/commented => ./commented',
      'replace (',
      '\texample.com/c => "./third party/c"',
      '\texample.com/d v0.1.0 => /abs/d',
      '\texample.com/e => github.com/e/e v1.0.0',
      '\texample.com/f => `./raw`',
      ')',
    ].join('\n');
    expect(goReplacePaths(goMod).sort()).toEqual(['../b', './a', './raw', './third party/c', '/abs/d']);
    expect(goReplacePaths('module x\n\nrequire example.com/a v1.0.0\n')).toEqual([]);
  });

  it('GOPROXY file:// entries inside the workspace only', () => {
    expect(goProxyPaths('file:///workspace/gp,https://proxy.example|file:///workspace/other%20dir')).toEqual(['/workspace/gp', '/workspace/other dir']);
    expect(goProxyPaths('file:///etc/gp,off')).toEqual([]);
    expect(goProxyPaths(undefined)).toEqual([]);
  });

  it('the install sees the replaced folder and the proxy, and nothing outside the workspace', () => {
    const files = [file('main.go'), file('go.mod', 'module m\nreplace x => ./local\nreplace y => ../../etc\n'), file('local/go.mod'), file('local/x.go'), file('gp/x/@v/list'), file('docs/a.md')];
    const go = getLanguage('go').install!.layer!;
    const sources = go.localSources!(files, { GOPROXY: 'file:///workspace/gp' });
    expect(sources).toEqual(goLocalSources(files, { GOPROXY: 'file:///workspace/gp' }));
    expect(installInputs(files, ['x'], go.reads!, sources).map((f) => f.path)).toEqual(['go.mod', 'gp/x/@v/list', 'local/go.mod', 'local/x.go']);
    expect(installInputs(files, ['x'], go.reads!, go.localSources!(files, {})).map((f) => f.path)).toEqual(['go.mod', 'local/go.mod', 'local/x.go']);
  });
});

describe('Rust', () => {
  it('a .cargo/config.toml local registry or directory source, and path packages, are install inputs; Cargo.lock is read', () => {
    const config = '[source.crates-io]\nreplace-with = "mine"\n[source.mine]\nlocal-registry = "reg"\n[source.vendored]\ndirectory = \'/workspace/vendor\'\n';
    const files = [file('main.rs'), file('.cargo/config.toml', config), file('reg/index/gr/ee/greet'), file('vendor/a/Cargo.toml'), file('crate/Cargo.toml'), file('Cargo.lock'), file('other/x')];
    const rust = getLanguage('rust').install!.layer!;
    expect(rust.localSources!(files, {})).toEqual(['reg', '/workspace/vendor']);
    expect(installInputs(files, ['./crate', 'serde'], rust.reads!, rust.localSources!(files, {})).map((f) => f.path)).toEqual([
      '.cargo/config.toml',
      'Cargo.lock',
      'crate/Cargo.toml',
      'reg/index/gr/ee/greet',
      'vendor/a/Cargo.toml',
    ]);
  });

  it('cargo add takes registry crates together and each path with --path', () => {
    expect(getLanguage('rust').install!.command(['serde', './a', 'rand@0.8', '/workspace/b'])).toContain(" && cargo add --quiet 'serde' 'rand@0.8' && cargo add --quiet --path './a' && cargo add --quiet --path '/workspace/b' && ");
  });
});

describe('PHP', () => {
  it('composer.json path repositories (list or map, a wildcard meaning the folder before it); other repositories are not paths', () => {
    const json = (repositories: unknown) => [file('composer.json', JSON.stringify({ repositories }))];
    expect(composerPathRepositories(json([{ type: 'path', url: 'pkgs/*' }, { type: 'vcs', url: 'https://x/y.git' }, { 'packagist.org': false }, { type: 'path', url: './one' }]))).toEqual(['./pkgs', './one']);
    expect(composerPathRepositories(json({ a: { type: 'path', url: '/workspace/lib/{a,b}' }, b: { type: 'path', url: '*' } }))).toEqual(['/workspace/lib', '.']);
    expect(composerPathRepositories([file('composer.json', '{ not json')])).toEqual([]);
    expect(composerPathRepositories([file('main.php')])).toEqual([]);
  });

  it('the install sees composer.json, composer.lock and the path repository only', () => {
    const files = [file('main.php'), file('composer.json', JSON.stringify({ repositories: [{ type: 'path', url: 'pkgs/*' }] })), file('composer.lock'), file('pkgs/a/composer.json'), file('pkgsx/b'), file('README.md')];
    const php = getLanguage('php').install!.layer!;
    expect(installInputs(files, ['acme/a'], php.reads!, php.localSources!(files, {})).map((f) => f.path)).toEqual(['composer.json', 'composer.lock', 'pkgs/a/composer.json']);
  });
});
