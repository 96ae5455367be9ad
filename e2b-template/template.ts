// The E2B template with all twelve toolchains of sandbox-checks, in E2B's
// template build format (the SDK's Template builder). It extends E2B's
// default code-interpreter template (Python, Node.js, Java, gcc/g++, bash and
// the Jupyter kernels that runCode uses) with Go, Rust, Ruby, PHP and C#
// (Mono) and bubblewrap (for [e2b] checks_per_sandbox: each packed check runs
// in a bubblewrap sandbox of its own inside the VM), then checks that every
// tool the language modules name is there, so a build that lacks one fails
// instead of a check later. The packages come from the modules too.
//
// Build it once per E2B team (see build.ts and docs/e2b.md), then use it with
//   [e2b] template = "sandbox-checks"

import { Template } from '@e2b/code-interpreter';

import { debianPackages } from '../src/languages/debian.js';
import { LANGUAGES, toolsOf } from '../src/languages/index.js';
import { DEFAULT_TEMPLATE, TEMPLATE_TOOLS } from '../src/providers/e2b.js';

export const TEMPLATE_NAME = 'sandbox-checks';
export const BASE_TEMPLATE = DEFAULT_TEMPLATE;

/** Every program and installer the languages run, and bubblewrap for packed checks ([e2b] checks_per_sandbox). */
export const REQUIRED_TOOLS = [...new Set([...LANGUAGES.flatMap(toolsOf), 'bwrap'])];

/**
 * Debian packages added to the base template, and the tools each brings: the
 * package of every required tool the base template lacks, as the language
 * modules name them, with the packages a toolchain needs besides.
 */
export const PACKAGES: Record<string, string[]> = (() => {
  const table = debianPackages();
  const base = new Set(TEMPLATE_TOOLS[DEFAULT_TEMPLATE]);
  const out: Record<string, string[]> = {};
  for (const lang of LANGUAGES) {
    const missing = toolsOf(lang).filter((t) => !base.has(t));
    for (const t of new Set(missing)) (out[table[t]!] ??= []).push(t);
    if (missing.length) for (const p of lang.debianAlso ?? []) out[p] ??= [];
  }
  out[table.bwrap!] = ['bwrap'];
  return out;
})();

export const VERIFY = `for t in ${REQUIRED_TOOLS.join(' ')}; do command -v "$t" >/dev/null || { echo "missing toolchain: $t" >&2; exit 1; }; done`;

export const template = Template()
  .fromTemplate(BASE_TEMPLATE)
  .setUser('root')
  .aptInstall(Object.keys(PACKAGES), { noInstallRecommends: true })
  .runCmd(VERIFY)
  .setUser('user')
  .setWorkdir('/home/user');
