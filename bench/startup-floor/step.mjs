// The least a step with a config must do when its plan is empty, as a
// program of its own (bench/startup-floor.mjs bundles and times it): read
// the inputs, read and validate the TOML config (smol-toml, valibot), list
// its Markdown files (tinyglobby) and look for a fence in each, then write
// what the Action writes for an empty plan: results.json, junit.xml, its nine
// outputs and two state entries, two log lines. No trust rules, no planner,
// no language catalogue, no reports: the product cannot be cheaper than this
// with the same libraries.

import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'smol-toml';
import { globSync } from 'tinyglobby';
import * as v from 'valibot';

const env = process.env;
const Config = v.strictObject({
  provider: v.optional(v.picklist(['local', 'e2b'])),
  snippets: v.optional(v.strictObject({ paths: v.optional(v.array(v.string())), exclude: v.optional(v.array(v.string())) })),
});

const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
const configFile = path.join(workspace, env.INPUT_CONFIG || 'sandbox-checks.toml');
if (!existsSync(configFile)) {
  process.stdout.write('::error::nothing to run\n');
  process.exit(1);
}
const config = v.parse(Config, parse(readFileSync(configFile, 'utf8')));
const files = globSync(config.snippets?.paths ?? ['**/*.md'], { cwd: workspace, ignore: config.snippets?.exclude });
let blocks = 0;
for (const f of files) if (/^ {0,3}(`{3,}|~{3,})/m.test(readFileSync(path.join(workspace, f), 'utf8'))) blocks++;

const out = path.join(env.RUNNER_TEMP ?? '/tmp', 'floor-out');
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, timed_out: 0, error: 0, skipped: 0, total: blocks, durationMs: 0 };
writeFileSync(path.join(out, 'results.json'), `${JSON.stringify({ version: 1, totals, checks: [] }, null, 2)}\n`);
writeFileSync(path.join(out, 'junit.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${blocks}"></testsuites>\n`);

const fileCommand = (file, name, value) => {
  const d = `ghadelimiter_${Math.random().toString(16).slice(2)}`;
  appendFileSync(file, `${name}<<${d}\n${value}\n${d}\n`);
};
fileCommand(env.GITHUB_STATE, 'provider', config.provider ?? 'local');
fileCommand(env.GITHUB_STATE, 'run-id', 'floor-out');
process.stdout.write(`floor: ${blocks} checks from ${files.length} Markdown files\n`);
for (const k of ['passed', 'failed', 'errored', 'skipped', 'total']) fileCommand(env.GITHUB_OUTPUT, k, '0');
fileCommand(env.GITHUB_OUTPUT, 'results', JSON.stringify({ version: 1, totals, checks: [] }));
fileCommand(env.GITHUB_OUTPUT, 'results-path', path.join(out, 'results.json'));
fileCommand(env.GITHUB_OUTPUT, 'report', '### no checks to run\n');
fileCommand(env.GITHUB_OUTPUT, 'junit-path', path.join(out, 'junit.xml'));
process.stdout.write('floor: 0 passed of 0\n');
