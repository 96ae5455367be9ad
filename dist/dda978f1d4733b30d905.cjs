// The session driver for JavaScript and TypeScript (src/languages/javascript.ts):
// each block runs as a script in this one context (vm.runInThisContext), so
// top-level declarations are shared; blocks were rewritten to scripts on the
// host (src/languages/js-blocks.ts). The markers the engine splits the
// output at are printed around each block (src/languages/language.ts).
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS program, run by node inside the sandbox */
'use strict';
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');
const root = process.cwd();
const spec = JSON.parse(fs.readFileSync(path.join(__dirname, 'session.json'), 'utf8'));
try {
  fs.unlinkSync(path.join(__dirname, 'session.json'));
} catch {
  // already gone
}
const m = spec.marker;
// What a CommonJS main module would have, for code run as scripts.
globalThis.require = createRequire(path.join(root, 'main.js'));
globalThis.module = { exports: {} };
globalThis.exports = globalThis.module.exports;
globalThis.__filename = path.join(root, 'main.js');
globalThis.__dirname = root;
let asyncFailure = false;
const report = (e) => {
  const text = e instanceof Error ? String(e.stack || e) : 'Uncaught ' + require('node:util').inspect(e);
  const lines = text.split('\n').filter((l) => !l.includes('node:vm') && !l.includes(__filename));
  process.stderr.write(lines.join('\n') + '\n');
};
process.on('uncaughtException', (e) => { report(e); asyncFailure = true; });
process.on('unhandledRejection', (e) => { report(e); asyncFailure = true; });
const write = (fd, s) => fs.writeSync(fd, s);
const baseline = new Map();
for (const r of process.getActiveResourcesInfo()) baseline.set(r, (baseline.get(r) || 0) + 1);
// Waits until what a block started (timers, sockets, child processes) is done.
const settle = async () => {
  for (;;) {
    await new Promise((r) => setImmediate(r));
    const now = new Map();
    for (const r of process.getActiveResourcesInfo()) if (r !== 'Immediate') now.set(r, (now.get(r) || 0) + 1);
    let busy = false;
    for (const [k, n] of now) if (n > (baseline.get(k) || 0) + (k === 'PipeWrap' || k === 'TTYWrap' ? 2 : 0)) busy = true;
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 5));
  }
};
(async () => {
  for (const [i, b] of spec.blocks.entries()) {
    write(1, '@@SC:' + m + ':B:' + i + '@@\n');
    const t = Date.now();
    let code = 0;
    asyncFailure = false;
    try {
      // The engine puts each block's program in session.json (one file to write, not one per block).
      const src = b.code;
      const script = new vm.Script(src, { filename: b.display, importModuleDynamically: vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
      if (!b.noRun) {
        const r = script.runInThisContext();
        // A promise nothing keeps alive would end a plain node run: do not wait for it forever.
        if (r && typeof r.then === 'function') await Promise.race([r, settle()]);
        await settle();
      }
    } catch (e) {
      report(e);
      code = 1;
    }
    if (asyncFailure) code = 1;
    if (process.exitCode) {
      code = Number(process.exitCode) & 0xff;
      process.exitCode = undefined;
    }
    write(1, '@@SC:' + m + ':E:' + i + ':' + code + ':' + (Date.now() - t) + '@@\n');
    write(2, '@@SC:' + m + ':E:' + i + '@@\n');
    if (b.want === 'nonzero' ? code === 0 : code !== b.want) process.exit(0);
  }
  process.exit(0);
})();
