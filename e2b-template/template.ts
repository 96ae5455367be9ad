// The E2B template with all twelve toolchains of sandbox-checks, in E2B's
// template build format (the SDK's Template builder). It extends E2B's
// default code-interpreter template (Python, Node.js, Java, gcc/g++, bash and
// the Jupyter kernels that runCode uses) with Go, Rust, Ruby, PHP and C#
// (Mono) and bubblewrap (for [e2b] checks_per_sandbox: each packed check runs
// in a bubblewrap sandbox of its own inside the VM), then checks that every
// tool the language registry names is there, so a build that lacks one fails
// instead of a check later.
//
// Build it once per E2B team (see build.ts and docs/e2b.md), then use it with
//   [e2b] template = "sandbox-checks"

import { Template } from '@e2b/code-interpreter';

import { LANGUAGES } from '../src/languages/registry.js';

export const TEMPLATE_NAME = 'sandbox-checks';
export const BASE_TEMPLATE = 'code-interpreter-v1';

/** Debian packages added to the base template, and the tools each brings. */
export const PACKAGES: Record<string, string[]> = {
  'golang-go': ['go'],
  rustc: ['rustc'],
  cargo: ['cargo'],
  ruby: ['ruby', 'gem'],
  'php-cli': ['php'],
  composer: ['composer'],
  unzip: [], // composer unpacks packages with it
  'mono-mcs': ['mcs'],
  'mono-runtime': ['mono'],
  bubblewrap: ['bwrap'], // packed checks ([e2b] checks_per_sandbox)
};

/** Every program and installer the registry runs. */
export const REQUIRED_TOOLS = [...new Set([...LANGUAGES.flatMap((l) => [...l.tools, ...(l.install ? [l.install.tool] : [])]), 'bwrap'])];

export const VERIFY = `for t in ${REQUIRED_TOOLS.join(' ')}; do command -v "$t" >/dev/null || { echo "missing toolchain: $t" >&2; exit 1; }; done`;

export const template = Template()
  .fromTemplate(BASE_TEMPLATE)
  .setUser('root')
  .aptInstall(Object.keys(PACKAGES), { noInstallRecommends: true })
  .runCmd(VERIFY)
  .setUser('user')
  .setWorkdir('/home/user');
