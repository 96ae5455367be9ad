// The emulator's second backend: E2B's real in-sandbox daemon. Each sandbox
// the control plane creates is one envd (the unmodified binary, see
// ../shared/e2b/README.md) in namespaces of its own — a network namespace
// with loopback only, its own mount, pid, ipc and uts namespaces, bwrap's
// init as pid 1 reaping orphans, the host read-only except a private
// /home/user (uid 1000), /tmp, /var/tmp, /dev, /run — initialised as E2B's
// orchestrator does (POST /init). The emulator forwards the SDK's data plane
// to it through a unix socket that a small bridge inside the namespace
// connects to envd's port. Killing the sandbox kills bwrap: the pid
// namespace, and everything in it, goes with it. Test code only.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { MOUNT_PROC, viewArgs, type SandboxDirs, type TemplateLayout } from './exec.js';

export const ENVD_PORT = 49983;
const ENVD_ENV_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const BRIDGE_DIR = '/run/sandbox-bridge';
const STARTUP_MS = 15_000;

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The envd binary to test against: SANDBOX_CHECKS_ENVD, else ../shared/e2b/envd beside the repository. */
export function envdBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.SANDBOX_CHECKS_ENVD || path.resolve(REPO, '../shared/e2b/envd');
}

/** Why the real-envd backend cannot run here; undefined when it can. */
export function envdUnavailable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const bin = envdBinary(env);
  if (!existsSync(bin)) return `no envd binary at ${bin} (set SANDBOX_CHECKS_ENVD to one)`;
  if (process.getuid?.() !== 0) return 'real envd runs as root in its own namespaces: run the tests as root';
  return undefined;
}

// The bridge runs inside the sandbox's network namespace (with the host's
// node, read-only): the unix socket envd.sock in → envd's loopback port, and
// loopback port PROXY_PORT in → the emulator's egress proxy (proxy.sock).
const BRIDGE_SOURCE = `import net from 'node:net';
const [dir, envdPort, proxyPort] = process.argv.slice(2);
const pipe = (c, u) => {
  const end = () => { c.destroy(); u.destroy(); };
  c.pipe(u).pipe(c);
  for (const s of [c, u]) { s.on('error', end); s.on('close', end); }
};
net.createServer((c) => pipe(c, net.connect(Number(envdPort), '127.0.0.1'))).listen(dir + '/envd.sock');
net.createServer((c) => pipe(c, net.connect(dir + '/proxy.sock'))).listen(Number(proxyPort), '127.0.0.1');
`;

/** Where a sandbox's programs find egress: an HTTP proxy on its loopback (set in /etc/profile). */
export const PROXY_PORT = 3128;

/**
 * The sandbox's egress, as E2B's firewall would apply it: an HTTP CONNECT
 * proxy that asks \`allowed\` for every connection (so opening and closing the
 * network of a running sandbox takes effect at once). Traffic that does not
 * go through it has nowhere to go: the namespace has only loopback.
 */
function egressProxy(socket: string, allowed: (host: string) => boolean): net.Server {
  const server = net.createServer((c) => {
    c.once('error', () => c.destroy());
    let head = '';
    const onData = (b: Buffer) => {
      head += b.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 16_384) c.destroy();
        return;
      }
      c.off('data', onData);
      const m = /^CONNECT ([^\s:]+|\[[^\]]+\]):(\d+) HTTP\/1\.[01]\r\n/.exec(head);
      if (!m) return void c.end('HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n');
      const host = m[1]!.replace(/^\[|\]$/g, '');
      if (!allowed(host)) return void c.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      const u = net.connect(Number(m[2]), host, () => {
        c.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const rest = Buffer.from(head.slice(end + 4), 'latin1');
        if (rest.length) u.write(rest);
        c.pipe(u).pipe(c);
      });
      const close = () => {
        c.destroy();
        u.destroy();
      };
      u.on('error', () => (c.writable && !u.readable ? c.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n') : close()));
      c.on('close', close);
    };
    c.on('data', onData);
  });
  server.listen(socket);
  return server;
}

export interface EnvdSpec {
  dirs: SandboxDirs;
  layout: TemplateLayout;
  hide?: readonly string[];
  accessToken: string;
  envVars: Record<string, string>;
  /** cgroup.procs files of the emulated VM (its memory and process count), joined before bwrap starts. */
  cgroupProcs?: readonly string[];
  /** Whether the sandbox's egress lets a connection to `host` through now. */
  egress: (host: string) => boolean;
}

export class EnvdBox {
  private constructor(
    readonly child: ChildProcess,
    readonly socket: string,
    private readonly logFile: string,
    private readonly proxy: net.Server,
  ) {}

  static async start(spec: EnvdSpec): Promise<EnvdBox> {
    const bridgeDir = path.join(spec.dirs.root, 'bridge');
    mkdirSync(bridgeDir, { recursive: true });
    writeFileSync(path.join(bridgeDir, 'bridge.mjs'), BRIDGE_SOURCE);
    const socket = path.join(bridgeDir, 'envd.sock');
    const logFile = path.join(bridgeDir, 'envd.log');
    const proxy = egressProxy(path.join(bridgeDir, 'proxy.sock'), spec.egress);
    const args = [
      '--unshare-pid', '--unshare-net', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try', '--die-with-parent',
      ...viewArgs(spec.dirs, spec.layout, spec.hide, `http://127.0.0.1:${PROXY_PORT}`),
      '--tmpfs', '/run', '--bind', bridgeDir, BRIDGE_DIR,
      '--ro-bind', envdBinary(), '/run/sandbox-envd',
      '--ro-bind', process.execPath, `${BRIDGE_DIR}-node`,
      '--chdir', '/', '--clearenv', '--setenv', 'PATH', ENVD_ENV_PATH,
      '--', '/bin/sh', '-c',
      `${MOUNT_PROC} && /run/sandbox-envd -isnotfc -no-cgroups -port ${ENVD_PORT} > ${BRIDGE_DIR}/envd.log 2>&1 & exec ${BRIDGE_DIR}-node ${BRIDGE_DIR}/bridge.mjs ${BRIDGE_DIR} ${ENVD_PORT} ${PROXY_PORT}`,
    ];
    const procs = spec.cgroupProcs ?? [];
    const [cmd, argv] = procs.length
      ? ['/bin/sh', ['-c', 'n=$0; while [ "$n" -gt 0 ]; do echo $$ > "$1" || exit 125; shift; n=$((n-1)); done; exec "$@"', String(procs.length), ...procs, 'bwrap', ...args]]
      : ['bwrap', args];
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: { PATH: ENVD_ENV_PATH } });
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    const box = new EnvdBox(child, socket, logFile, proxy);
    const until = Date.now() + STARTUP_MS;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`envd sandbox ended while starting: ${stderr.trim()} ${box.log()}`);
      if (existsSync(socket) && (await box.call('GET', '/health').catch(() => 0)) === 204) break;
      if (Date.now() > until) {
        box.kill();
        throw new Error(`envd did not answer /health within ${STARTUP_MS} ms: ${stderr.trim()} ${box.log()}`);
      }
      await new Promise((r) => setTimeout(r, 15));
    }
    // As E2B's orchestrator: the token, the default user and the create-time env (never `timestamp`).
    const status = await box.call('POST', '/init', { accessToken: spec.accessToken, defaultUser: 'user', envVars: spec.envVars });
    if (status !== 204) {
      box.kill();
      throw new Error(`envd refused /init (${status}): ${box.log()}`);
    }
    return box;
  }

  log(): string {
    try {
      return readFileSync(this.logFile, 'utf8').slice(-2000);
    } catch {
      return '';
    }
  }

  private call(method: string, p: string, body?: unknown): Promise<number> {
    return new Promise((resolve, reject) => {
      const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const req = http.request(
        { socketPath: this.socket, method, path: p, headers: data ? { 'content-type': 'application/json', 'content-length': data.length } : {} },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  }

  /** Passes one SDK request on to envd and its answer back, streamed. */
  forward(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const headers = { ...req.headers, host: `localhost:${ENVD_PORT}`, 'content-length': String(body.length) };
    delete headers['transfer-encoding'];
    const up = http.request({ socketPath: this.socket, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    up.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 502, message: `envd: ${e.message}` }));
      else res.destroy();
    });
    // The SDK went away: so does the connection to envd (as E2B's proxy would).
    res.on('close', () => up.destroy());
    up.end(body);
  }

  /** Processes of the sandbox user (uid 1000) still running in the sandbox. */
  userProcesses(): number {
    if (this.child.pid === undefined) return 0;
    const kids = new Map<number, number[]>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const list = kids.get(ppid) ?? [];
        list.push(Number(name));
        kids.set(ppid, list);
      } catch {
        /* gone */
      }
    }
    let n = 0;
    const walk = (pid: number) => {
      for (const c of kids.get(pid) ?? []) {
        try {
          const status = readFileSync(`/proc/${c}/status`, 'utf8');
          if (/^Uid:\s+1000\s/m.test(status) && !/^State:\s+Z/m.test(status)) n++;
        } catch {
          /* gone */
        }
        walk(c);
      }
    };
    walk(this.child.pid);
    return n;
  }

  /** The whole sandbox: bwrap dies, its pid namespace with it. */
  kill(): void {
    this.proxy.close();
    if (this.child.pid === undefined || this.child.exitCode !== null || this.child.signalCode !== null) return;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}
