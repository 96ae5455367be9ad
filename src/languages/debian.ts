// Which Debian/Ubuntu package provides each program sandbox-checks may need:
// the sandbox itself (bubblewrap, prlimit and setpriv, slirp4netns and ip for
// the private network) and the languages' tools (each language module names
// its own). Read by the local provider's "install it with" hints, the
// Action's `install`, the E2B template and setup.sh's generated block.

import { LANGUAGES } from './index.js';

/** The local sandbox's own programs. */
const SANDBOX_PACKAGES: Readonly<Record<string, string>> = {
  bwrap: 'bubblewrap',
  prlimit: 'util-linux',
  setpriv: 'util-linux',
  slirp4netns: 'slirp4netns',
  ip: 'iproute2',
};

/** Tool → package, for the sandbox and every language defined when called. */
export function debianPackages(): Record<string, string> {
  return Object.assign({}, SANDBOX_PACKAGES, ...LANGUAGES.map((l) => l.debian)) as Record<string, string>;
}

/** The packages providing `tools`, each once, in the tools' order; tools without one are left out. */
export function debianPackagesFor(tools: string[]): string[] {
  const table = debianPackages();
  return [...new Set(tools.map((t) => table[t]).filter((p): p is string => !!p))];
}

/** Tools sandbox-checks itself runs on, expected on any machine it is set up on (Debian's nodejs is often too old). */
const OWN_RUNTIME = new Set(['node']);

/**
 * setup.sh's `--toolchains` lines: each language's programs (not its
 * package installers, which checks with `packages` need only) are installed
 * from their Debian package where missing. One line per package.
 */
export function setupToolchainLines(): string[] {
  const byPackage = new Map<string, string[]>();
  for (const lang of LANGUAGES) {
    for (const tool of lang.tools) {
      const pkg = lang.debian[tool];
      if (!pkg || OWN_RUNTIME.has(tool)) continue;
      const tools = byPackage.get(pkg) ?? [];
      if (!tools.includes(tool)) tools.push(tool);
      byPackage.set(pkg, tools);
    }
  }
  return [...byPackage].map(([pkg, tools]) => {
    const test = tools.map((t) => `command -v ${t} >/dev/null`).join(' && ');
    return `  ${tools.length > 1 ? `{ ${test}; }` : test} || need+=(${pkg})`;
  });
}

const BEGIN = /^ *# BEGIN toolchains\b.*\n/m;
const END = /^ *# END toolchains\b/m;

function markers(script: string): { from: number; to: number } {
  const b = BEGIN.exec(script);
  const e = END.exec(script);
  if (!b || !e || e.index < b.index) throw new Error('setup.sh: the "# BEGIN toolchains" and "# END toolchains" marker lines are missing');
  return { from: b.index + b[0].length, to: e.index };
}

/** The lines of setup.sh between its toolchains markers, as committed. */
export function setupToolchainBlock(script: string): string[] {
  const { from, to } = markers(script);
  return script.slice(from, to).split('\n').filter((l) => l !== '');
}

/** setup.sh with the generated lines between its markers, the rest as it is. */
export function withSetupToolchainBlock(script: string): string {
  const { from, to } = markers(script);
  return `${script.slice(0, from)}${setupToolchainLines().map((l) => `${l}\n`).join('')}${script.slice(to)}`;
}
