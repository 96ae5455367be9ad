// The release process and the name the Action is used by: one owner name in
// every example and document (package.json's repository), a release workflow
// that refuses a stale dist/ and moves the major tag, a CHANGELOG it reads.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ROOT } from './harness.js';

const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json'));
const OWNER_REPO = /github\.com\/([^/]+\/[^/.]+)(\.git)?$/.exec(pkg.repository.url)![1]!;

const documents = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
  ...readdirSync(path.join(ROOT, 'examples/workflows')).map((f) => `examples/workflows/${f}`),
];

describe('the Action\'s name', () => {
  it('is the same owner/repo everywhere it is used, always with a ref', () => {
    expect(OWNER_REPO).toBe('sandbox-checks/sandbox-checks');
    let uses = 0;
    for (const f of documents) {
      for (const m of read(f).matchAll(/uses:\s*([^\s@#]+)(@\S+)?/g)) {
        const [, name, ref] = m;
        if (!/sandbox-checks/.test(name!)) continue;
        uses++;
        expect(`${f}: ${name}`).toBe(`${f}: ${OWNER_REPO}`);
        expect(ref, `${f}: uses ${name} without @ref`).toMatch(/^@v1$/);
      }
    }
    expect(uses).toBeGreaterThanOrEqual(7);
  });

  it('workflows in the README and examples need no setup step for the local sandbox', () => {
    const yamlBlocks = (text: string) => [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const workflows = [
      ...yamlBlocks(read('README.md')).map((y) => ['README.md', y] as const),
      ...documents.filter((d) => d.startsWith('examples/')).map((f) => [f, read(f)] as const),
    ];
    expect(workflows.length).toBeGreaterThanOrEqual(4);
    for (const [f, y] of workflows) expect(y, f).not.toMatch(/apt-get install[^\n]*bubblewrap|apparmor_restrict_unprivileged_userns|setup\.sh/);
  });
});

describe('release workflow', () => {
  const yml = read('.github/workflows/release.yml');

  it('runs on v1.x.y tags only, with write access only where it needs it', () => {
    expect(yml).toMatch(/^on:\n {2}push:\n {4}tags: \['v1\.\[0-9\]\+\.\[0-9\]\+'\]\n/m);
    expect(yml).toMatch(/^permissions:\n {2}contents: read\n/m);
    expect(yml).toMatch(/ {4}permissions:\n {6}contents: write/);
  });

  it('builds dist/, fails when the committed one is stale, then creates the release and moves the major tag', () => {
    const order = ['node scripts/bundle.mjs', 'git status --porcelain -- dist/', 'exit 1', 'gh release create "$TAG" --verify-tag', 'git tag -f "$major" "$GITHUB_SHA"', 'git push -f origin "refs/tags/$major"'];
    let at = -1;
    for (const step of order) {
      const i = yml.indexOf(step, at + 1);
      expect(i, `release.yml: "${step}" after the step before it`).toBeGreaterThan(at);
      at = i;
    }
    expect(yml).toContain('major="${TAG%%.*}"');
    expect(yml).toContain('"v$version" != "$TAG"');
  });

  it('reads the release notes from a CHANGELOG section the awk program really finds', async () => {
    const { execFileSync } = await import('node:child_process');
    const awk = /awk -v v="\$version" '([^']+)' CHANGELOG\.md/.exec(yml)![1]!;
    const notes = execFileSync('awk', ['-v', 'v=0.1.0', awk, path.join(ROOT, 'CHANGELOG.md')], { encoding: 'utf8' });
    expect(notes).toContain('The CLI (`execute`, `run`, `doctor`) and the GitHub Action');
    expect(notes).not.toContain('## [');
    expect(read('CHANGELOG.md')).toMatch(/^## \[Unreleased\]$/m);
    expect(read('CHANGELOG.md')).toMatch(new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]$`, 'm'));
  });
});
