// The floor of any Node-based tool for the local rows: a Node process that
// spawns the tool's bwrap argv (bench/local.mjs captures it) once per
// workspace, sequentially, each with piped stdio as the tool has, waiting for
// 'close' before the next. No launcher, no limits, no cgroup, no reporting:
// only Node start-up and child_process.spawn around bare bubblewrap.
//
//   node bench/local-floor.mjs SPEC.json WORKSPACE...
//
// SPEC.json: { bwrap, args (a { ws: true } entry marks the workspace), fds: { "8": path, "9": path } }

import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

const [specFile, ...workspaces] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const fdNumbers = Object.keys(spec.fds).map(Number);
const top = Math.max(2, ...fdNumbers);

function one(ws) {
  // stdio[n] is the child's fd n: the files opened here, as the tool's exec line opens them.
  const stdio = ['pipe', 'pipe', 'pipe'];
  const opened = [];
  for (let fd = 3; fd <= top; fd++) {
    if (spec.fds[fd]) opened.push(openSync(spec.fds[fd], 'r'));
    stdio.push(spec.fds[fd] ? opened.at(-1) : 'ignore');
  }
  const args = spec.args.map((a) => (typeof a === 'string' ? a : ws));
  const child = spawn(spec.bwrap, args, { stdio });
  // spawn() has forked: the child holds its own copies.
  for (const h of opened) closeSync(h);
  child.stdin.end();
  child.stdout.resume();
  let err = '';
  child.stderr.on('data', (b) => (err += b));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`bwrap exited ${code}: ${err}`))));
  });
}

for (const ws of workspaces) await one(ws);
