#!/usr/bin/env bash
# Installs what sandbox-checks needs on a Debian/Ubuntu machine, only where it
# is missing: bubblewrap, prlimit, setpriv, slirp4netns and ip for the local
# sandbox; with --toolchains also the programs of every language sandbox-checks
# runs that such a machine lacks (the block between the toolchains markers is
# generated from the language modules), and the Mono library the runner
# simulator needs. Node.js 20.18+ is expected to be there.
# Safe to run again. Uses sudo when not run as root.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need=()
command -v bwrap >/dev/null || need+=(bubblewrap)
command -v prlimit >/dev/null || need+=(util-linux)
# Run as root, checks are mapped to an unprivileged uid with unshare and setpriv.
command -v setpriv >/dev/null || need+=(util-linux)
# Steps with the network get a private one through slirp4netns and ip rules.
command -v slirp4netns >/dev/null || need+=(slirp4netns)
command -v ip >/dev/null || [ -x /usr/sbin/ip ] || [ -x /sbin/ip ] || need+=(iproute2)
if [ "${1:-}" = "--toolchains" ]; then
  # BEGIN toolchains: generated from src/languages/ by `npm run -s setup-packages`; do not edit
  command -v python3 >/dev/null || need+=(python3)
  command -v go >/dev/null || need+=(golang-go)
  command -v rustc >/dev/null || need+=(rustc)
  command -v ruby >/dev/null || need+=(ruby)
  command -v php >/dev/null || need+=(php-cli)
  { command -v java >/dev/null && command -v javac >/dev/null; } || need+=(default-jdk-headless)
  command -v gcc >/dev/null || need+=(gcc)
  command -v g++ >/dev/null || need+=(g++)
  command -v mcs >/dev/null || need+=(mono-mcs)
  command -v mono >/dev/null || need+=(mono-runtime)
  command -v bash >/dev/null || need+=(bash)
  # END toolchains
  # Installers the package-layer tests run (the block above lists the languages' own tools).
  command -v cargo >/dev/null || need+=(cargo)
  command -v composer >/dev/null || need+=(composer)
  # The runner simulator (shared/tools/runner-sim) the log samples are checked with.
  [ -e /usr/lib/mono/4.5/System.Runtime.Serialization.dll ] || need+=(libmono-system-runtime-serialization4.0-cil)
fi

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# slirp4netns run by a normal user opens /dev/net/tun, which udev makes 0666;
# some images leave it 0600. The device only makes interfaces in namespaces
# where the opener holds CAP_NET_ADMIN.
if [ -c /dev/net/tun ] && [ "$(stat -c %a /dev/net/tun)" != 666 ]; then
  echo "setup: making /dev/net/tun usable by normal users (mode 0666, as udev sets it) for the sandbox network"
  $SUDO chmod 0666 /dev/net/tun
fi

# Ubuntu 24.04 confines unprivileged user namespaces with AppArmor, which
# bubblewrap needs; lift that only when the sandbox cannot start otherwise.
if ! bwrap --unshare-all --unshare-user --ro-bind / / /bin/sh -c : 2>/dev/null; then
  if [ "$(cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns 2>/dev/null || echo 0)" = "1" ]; then
    echo "setup: allowing unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns=0) for bubblewrap"
    $SUDO sysctl -qw kernel.apparmor_restrict_unprivileged_userns=0
  fi
  bwrap --unshare-all --unshare-user --ro-bind / / /bin/sh -c : ||
    { echo "setup: bubblewrap cannot create a sandbox here; run: npx sandbox-checks doctor" >&2; exit 1; }
fi
echo "setup: ready"
