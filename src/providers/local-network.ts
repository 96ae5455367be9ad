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

import os from 'node:os';

export type NetworkMode = 'private' | 'host';

export interface NetworkSettings {
  mode: NetworkMode;
  allowPrivate: boolean;
}

export class NetworkSettingError extends Error {
  override name = 'NetworkSettingError';
}

/** Reads the workflow's network settings; a value it does not know is an error, never a silent default. */
export function networkSettings(env: NodeJS.ProcessEnv = process.env): NetworkSettings {
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

/** slirp4netns's fixed addresses: the namespace is 10.0.2.100, the gateway 10.0.2.2, its DNS forwarder 10.0.2.3. */
export const SLIRP_DNS = '10.0.2.3';
export const SLIRP_GATEWAY = '10.0.2.2';

/** Never reachable, whatever is configured. */
export const ALWAYS_BLOCKED = ['169.254.0.0/16', '0.0.0.0/8', '224.0.0.0/4', '240.0.0.0/4', `${SLIRP_GATEWAY}/32`];
/** Private and shared ranges: reachable only with SANDBOX_CHECKS_ALLOW_PRIVATE_NETWORKS=1. */
export const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '198.18.0.0/15'];

function prefixLength(netmask: string): number {
  return netmask.split('.').reduce((n, o) => n + (Number(o) >>> 0).toString(2).replace(/0/g, '').length, 0);
}

function networkOf(address: string, prefix: number): string {
  const n = address.split('.').reduce((a, o) => (a << 8) | Number(o), 0) >>> 0;
  const masked = prefix === 0 ? 0 : (n & (~0 << (32 - prefix))) >>> 0;
  return `${[24, 16, 8, 0].map((s) => (masked >>> s) & 255).join('.')}/${prefix}`;
}

/** The IPv4 ranges a sandbox's connections may not go to. */
export function blockedRanges(allowPrivate: boolean, interfaces = os.networkInterfaces()): string[] {
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
  'rm -f "$d/net-ns" "$d/net-up"; mkfifo -m 600 "$d/net-ns" "$d/net-up" || exit 123',
  '( read _ < "$d/net-ns" && exec "$slirp" --configure --mtu=65520 --disable-host-loopback --ready-fd=3 $userns $$ tap0 3>"$d/net-up" </dev/null >/dev/null 2>&1 ) &',
  'exec "$unshare" $user --net -- /bin/sh -c \'' +
    [
      'echo > "$0/net-ns"; read -r ok < "$0/net-up"',
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
export function privateNetworkArgv(tools: NetTools, stateDir: string, blocked: string[], asRoot: boolean): string[] {
  return ['/bin/sh', '-c', NET_SCRIPT, 'sandbox-net', stateDir, tools.slirp, tools.unshare, tools.ip, blocked.join(' '), asRoot ? '' : '--map-root-user'];
}
