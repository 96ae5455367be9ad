// Which Debian/Ubuntu package provides each program sandbox-checks may need:
// the sandbox itself (bubblewrap, prlimit and setpriv, slirp4netns and ip for the
// private network)
// and the languages' tools (registry.ts names them). One table, read by the
// local provider's "install it with" hints and by the Action's `install`.

export const DEBIAN_PACKAGES: Readonly<Record<string, string>> = {
  bwrap: 'bubblewrap',
  prlimit: 'util-linux',
  setpriv: 'util-linux',
  slirp4netns: 'slirp4netns',
  ip: 'iproute2',
  node: 'nodejs',
  npm: 'npm',
  python3: 'python3',
  pip: 'python3-pip',
  go: 'golang-go',
  rustc: 'rustc',
  cargo: 'cargo',
  ruby: 'ruby',
  gem: 'ruby',
  php: 'php-cli',
  composer: 'composer',
  java: 'default-jdk-headless',
  javac: 'default-jdk-headless',
  gcc: 'gcc',
  'g++': 'g++',
  mcs: 'mono-mcs',
  mono: 'mono-runtime',
  bash: 'bash',
};

/** The packages providing `tools`, each once, in the tools' order; tools without one are left out. */
export function debianPackagesFor(tools: string[]): string[] {
  return [...new Set(tools.map((t) => DEBIAN_PACKAGES[t]).filter((p): p is string => !!p))];
}
