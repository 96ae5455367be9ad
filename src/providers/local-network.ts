// Network for local sandboxes that have it (network = true, and every package
// install): a network namespace of their own behind slirp4netns, user-mode
// networking whose connections leave from this machine as ordinary sockets.
// What the host can reach but a check must not is cut off inside that
// namespace, where the check cannot change it (it has no capability over it):
// the host's loopback (slirp4netns --disable-host-loopback), link-local and
// metadata addresses, the host's own addresses and, unless the workflow allows
// them, private ranges and the host's own networks, by `prohibit` routing
// rules. There is no IPv6 at all, so fd00:ec2::254 and every IPv6 private
// range are unreachable too. The namespace is new, so the host's abstract unix
// sockets are not in it.
//
// The choice is the workflow's, never the repository's: the job's env sets
// SANDBOX_CHECKS_LOCAL_NETWORK=host (the host's network itself, unsafe) or
// SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS=1.

import { accessSync, constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { which } from './local-toolchains.js';
import { SandboxChecksError } from '../errors.js';

type NetworkMode = 'private' | 'host';

export interface NetworkSettings {
  mode: NetworkMode;
  allowPrivate: boolean;
}

/** Thrown when the workflow's env names a network mode that does not exist; the provider turns it into SandboxUnavailableError with what to do. */
export class NetworkSettingError extends SandboxChecksError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'NetworkSettingError';
  }
}

/** Reads the workflow's network settings; a value it does not know is an error, never a silent default. */
function networkSettings(env: NodeJS.ProcessEnv = process.env): NetworkSettings {
  const mode = (env.SANDBOX_CHECKS_LOCAL_NETWORK ?? '').trim() || 'private';
  if (mode !== 'private' && mode !== 'host') {
    throw new NetworkSettingError(
      `SANDBOX_CHECKS_LOCAL_NETWORK is "${mode}"; it must be "private" (the default: a network namespace of the sandbox's own) or "host" (unsafe: the host's own network).`,
    );
  }
  const allow = (env.SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS ?? '').trim();
  if (allow && !['0', '1', 'true', 'false'].includes(allow)) {
    throw new NetworkSettingError(`SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS is "${allow}"; it must be 1/true or 0/false.`);
  }
  return { mode, allowPrivate: allow === '1' || allow === 'true' };
}

/** The fd a private-network sandbox's bwrap keeps open (--sync-fd) so slirp4netns ends with it. */
const NET_SYNC_FD = 7;

/** slirp4netns's fixed addresses: the namespace is 10.0.2.100, the gateway 10.0.2.2, its DNS forwarder 10.0.2.3. */
const SLIRP_DNS = '10.0.2.3';
const SLIRP_GATEWAY = '10.0.2.2';

/** Never reachable, whatever is configured. */
const ALWAYS_BLOCKED = ['169.254.0.0/16', '0.0.0.0/8', '224.0.0.0/4', '240.0.0.0/4', `${SLIRP_GATEWAY}/32`];
/** Private and shared ranges: reachable only with SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS=1. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '198.18.0.0/15'];

function prefixLength(netmask: string): number {
  return netmask.split('.').reduce((n, o) => n + (Number(o) >>> 0).toString(2).replace(/0/g, '').length, 0);
}

function networkOf(address: string, prefix: number): string {
  const n = address.split('.').reduce((a, o) => (a << 8) | Number(o), 0) >>> 0;
  const masked = prefix === 0 ? 0 : (n & (~0 << (32 - prefix))) >>> 0;
  return `${[24, 16, 8, 0].map((s) => (masked >>> s) & 255).join('.')}/${prefix}`;
}

/** The IPv4 ranges a sandbox's connections may not go to. */
function blockedRanges(allowPrivate: boolean, interfaces = os.networkInterfaces()): string[] {
  const own: string[] = [];
  const lans: string[] = [];
  for (const addrs of Object.values(interfaces)) {
    for (const a of addrs ?? []) {
      if (a.family !== 'IPv4' || a.internal) continue;
      own.push(`${a.address}/32`);
      lans.push(networkOf(a.address, prefixLength(a.netmask)));
    }
  }
  return [...new Set([...ALWAYS_BLOCKED, ...own, ...(allowPrivate ? [] : [...PRIVATE_RANGES, ...lans])])];
}

/** /etc/resolv.conf of a sandbox with private network: slirp4netns answers DNS there, from the host's resolver. */
export const RESOLV_CONF = `nameserver ${SLIRP_DNS}\n`;

/**
 * The script that gives the command after it a network namespace of its own:
 * it starts slirp4netns for that namespace (from outside, once unshare made
 * it), waits until slirp4netns is ready, adds the prohibit rules, then execs
 * the command, which keeps this process's pid. Exit 123 when any of it fails.
 */
const NET_SCRIPT = [
  'd=$1 slirp=$2 unshare=$3 ip=$4 blocked=$5 user=$6; shift 6; userns=',
  // A normal user needs a user namespace for unshare --net, and slirp4netns must join it.
  '[ -n "$user" ] && userns="--userns-path=/proc/$$/ns/user"',
  'rm -f "$d/net-ns" "$d/net-up" "$d/net-end"; mkfifo -m 600 "$d/net-ns" "$d/net-up" "$d/net-end" || exit 123',
  // Redirections open left to right: net-end first, which the command holds open (bwrap --sync-fd) until the sandbox is gone.
  `( read _ < "$d/net-ns" && exec "$slirp" --configure --mtu=65520 --disable-host-loopback --ready-fd=3 --exit-fd=4 $userns $$ tap0 4<"$d/net-end" 3>"$d/net-up" </dev/null >/dev/null 2>&1 ) &`,
  'exec "$unshare" $user --net -- /bin/sh -c \'' +
    [
      `echo > "$0/net-ns"; exec ${NET_SYNC_FD}>"$0/net-end"; read -r ok < "$0/net-up"`,
      '[ "$ok" = 1 ] || { echo "sandbox-checks: the sandbox network (slirp4netns) did not start" >&2; exit 123; }',
      `"$1" rule add to ${SLIRP_DNS} lookup main pref 10 || exit 123`,
      'for r in $2; do "$1" rule add to "$r" prohibit pref 20 || exit 123; done',
      'shift 2; exec "$@"',
    ].join('; ') +
    '\' "$d" "$ip" "$blocked" "$@"',
].join('\n');

export interface NetTools {
  slirp: string;
  unshare: string;
  ip: string;
}

/** The argv prefix that runs what follows it in a private network namespace. */
function privateNetworkArgv(tools: NetTools, stateDir: string, blocked: string[], asRoot: boolean): string[] {
  return ['/bin/sh', '-c', NET_SCRIPT, 'sandbox-net', stateDir, tools.slirp, tools.unshare, tools.ip, blocked.join(' '), asRoot ? '' : '--map-root-user'];
}

/** slirp4netns opens /dev/net/tun as the user it runs as: root, or a normal user when the device is 0666 as udev makes it. */
function tunUsable(): boolean {
  try {
    accessSync('/dev/net/tun', constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The network a provider gives its steps with the network, as probed once. */
export class SandboxNetwork {
  constructor(
    readonly settings: NetworkSettings = { mode: 'private', allowPrivate: false },
    /** undefined when slirp4netns, ip or a usable /dev/net/tun is missing. */
    public tools?: NetTools,
    readonly blocked: string[] = [],
  ) {}

  /** @throws NetworkSettingError when the workflow's env names a mode that does not exist. */
  static probe(): SandboxNetwork {
    const settings = networkSettings();
    const dirs = ['/usr/bin', '/bin', '/usr/sbin', '/sbin'];
    const [slirp, unshare, ip] = ['slirp4netns', 'unshare', 'ip'].map((t) => which(t, dirs));
    const tools = slirp && unshare && ip && tunUsable() ? { slirp, unshare, ip } : undefined;
    return new SandboxNetwork(settings, tools, blockedRanges(settings.allowPrivate));
  }

  /** Why a step with the network cannot run here, or undefined when it can. */
  refusal(): string | undefined {
    if (this.settings.mode === 'host' || this.tools) return undefined;
    return (
      'this step needs the network, and the local sandbox gives it a private network only through slirp4netns, ip and a /dev/net/tun this user can open, which this machine lacks. ' +
      'Install them (Debian/Ubuntu: sudo apt-get install -y slirp4netns iproute2; sudo chmod 0666 /dev/net/tun, its usual mode), or set SANDBOX_CHECKS_LOCAL_NETWORK=host in the workflow env to share the host network (unsafe: the check reaches every service of the runner)'
    );
  }

  /** The argv prefix giving a step its own network namespace; empty for the host's network. */
  argv(stateDir: string, asRoot: boolean): string[] {
    if (this.settings.mode === 'host' || !this.tools) return [];
    return privateNetworkArgv(this.tools, stateDir, this.blocked, asRoot);
  }

  /** The fd bwrap must hold for a private network (see NET_SYNC_FD). */
  syncFd(): number | undefined {
    return this.settings.mode === 'host' || !this.tools ? undefined : NET_SYNC_FD;
  }

  /** The sandbox's resolv.conf (RESOLV_CONF, written in etcDir), or undefined for the host's. */
  resolvConf(etcDir: string): string | undefined {
    return this.settings.mode === 'host' ? undefined : path.join(etcDir, 'resolv.conf');
  }

  describe(): string {
    if (this.settings.mode === 'host') {
      return 'network (for network = true and package installs): the HOST network (SANDBOX_CHECKS_LOCAL_NETWORK=host, unsafe: checks reach every service of this machine)';
    }
    if (!this.tools) {
      return 'network: unavailable (needs slirp4netns, ip and a usable /dev/net/tun: sudo apt-get install -y slirp4netns iproute2; sudo chmod 0666 /dev/net/tun); steps that need the network are refused';
    }
    const priv = this.settings.allowPrivate ? '; private ranges allowed (SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS)' : ', private ranges blocked';
    return `network (for network = true and package installs): private namespace through slirp4netns; host loopback, link-local/metadata and this machine's addresses blocked${priv}; no IPv6`;
  }
}
