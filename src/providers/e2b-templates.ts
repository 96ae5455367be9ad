// What an E2B template holds: the stock templates' tools are known, the
// template of e2b-template/ has every tool of the registry, and a custom
// template is asked once per run (one sandbox listing what it has).

import { getLanguage, LANGUAGES } from '../languages/registry.js';
import { shellQuote as sh } from '../trust/shell.js';
import type { Sandbox, SandboxSpec } from './provider.js';

export const DEFAULT_TEMPLATE = 'code-interpreter-v1';
/** The template this repository defines in e2b-template/ (all twelve toolchains). */
export const FULL_TEMPLATE = 'sandbox-checks';

/**
 * What the stock templates ship (the code-interpreter template is python:3.13
 * with Node 20, OpenJDK and build-essential; `base` has no Java).
 */
export const TEMPLATE_TOOLS: Record<string, readonly string[]> = {
  [DEFAULT_TEMPLATE]: ['python3', 'pip', 'node', 'npm', 'java', 'javac', 'gcc', 'g++', 'bash'],
  base: ['python3', 'pip', 'node', 'npm', 'gcc', 'g++', 'bash'],
  // e2b-template/ verifies at build time that it has every tool of the registry.
  [FULL_TEMPLATE]: [...new Set(LANGUAGES.flatMap((l) => [...l.tools, ...(l.install ? [l.install.tool] : [])]))],
};

const PROBE_SPEC: SandboxSpec = {
  name: '(toolchain probe)',
  language: 'bash',
  network: false,
  env: {},
  limits: { timeoutMs: 30_000, memoryBytes: 256 * 1024 ** 2, processes: 64, outputBytes: 65_536, fileSizeBytes: 1 << 20, openFiles: 256 },
};

/** A custom template: ask one sandbox which tools it has; undefined when that failed. */
export async function probeTemplateTools(
  create: (spec: SandboxSpec) => Promise<Sandbox>,
  debug: (m: string) => void,
  template: string,
): Promise<Set<string> | undefined> {
  const all = TEMPLATE_TOOLS[FULL_TEMPLATE]!;
  let sandbox: Sandbox | undefined;
  try {
    sandbox = await create(PROBE_SPEC);
    let out = '';
    const script = `for t in ${all.map(sh).join(' ')}; do p=$(command -v "$t" 2>/dev/null) && [ -f "$p" ] && [ -x "$p" ] && echo "$t"; done; true`;
    const r = await sandbox.run({
      command: script,
      env: {},
      stdin: '',
      network: false,
      deadline: Date.now() + 30_000,
      onStdout: (b) => (out += b.toString()),
      onStderr: () => {},
      signal: new AbortController().signal,
    });
    if (r.exitCode !== 0) return undefined;
    return new Set(out.split('\n').map((s) => s.trim()).filter(Boolean));
  } catch (e) {
    debug(`toolchain probe of template ${template} failed: ${(e as Error).message}`);
    return undefined;
  } finally {
    await sandbox?.destroy();
  }
}

/** How to get a missing tool on E2B: which template to build or choose. */
export function templateToolHint(template: string, language: string): string {
  const label = getLanguage(language).label;
  if (template === DEFAULT_TEMPLATE || template === 'base') {
    return `the E2B template "${template}" has Python, Node.js, Java, gcc/g++ and bash only. For ${label}, build the template in e2b-template/ (see docs/e2b.md) and set [e2b] template = "${FULL_TEMPLATE}" (the Action input "template")`;
  }
  return `add it to the E2B template "${template}" (e2b-template/ has all twelve toolchains), or set [e2b] template = "…" to a template that has it`;
}
