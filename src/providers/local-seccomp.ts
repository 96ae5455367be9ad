// The seccomp filter every local sandbox runs under, built here as a classic
// BPF program (the format bwrap's --seccomp reads) so no compiler or libseccomp
// is needed on the machine. It denies, with EPERM so programs degrade instead
// of dying, the kernel interfaces container runtimes keep from containers:
// each is either host-wide state no check needs, or a large attack surface
// for kernel exploits. docs/security.md lists them with the reasons.

/** One denied syscall family and why, as docs/security.md shows it. */
export interface DeniedFamily {
  why: string;
  /** name → [x86_64 number, aarch64 number (undefined where the arch lacks it)] */
  calls: Record<string, [number, number | undefined]>;
}

export const DENIED: DeniedFamily[] = [
  { why: 'io_uring bypasses the syscall filter for the operations it queues and has been a steady source of kernel exploits', calls: { io_uring_setup: [425, 425], io_uring_enter: [426, 426], io_uring_register: [427, 427] } },
  { why: 'the kernel keyring is not namespaced: keys of other processes of the same uid', calls: { keyctl: [250, 219], add_key: [248, 217], request_key: [249, 218] } },
  { why: 'loading a new kernel', calls: { kexec_load: [246, 104], kexec_file_load: [320, 294] } },
  {
    why: 'changing the mount table, which could uncover what the sandbox hides',
    calls: { mount: [165, 40], umount2: [166, 39], pivot_root: [155, 41], move_mount: [429, 429], open_tree: [428, 428], fsopen: [430, 430], fsconfig: [431, 431], fsmount: [432, 432], fspick: [433, 433], mount_setattr: [442, 442] },
  },
  { why: 'new or other namespaces: a nested user namespace gives back every capability, against a much larger kernel surface (clone with namespace flags is denied too; clone3 returns ENOSYS so libc falls back to clone, whose flags can be checked)', calls: { unshare: [272, 97], setns: [308, 268] } },
  { why: 'reading or changing other processes (ptrace is denied entirely: debuggers do not run in checks)', calls: { ptrace: [101, 117], process_vm_readv: [310, 270], process_vm_writev: [311, 271], kcmp: [312, 272], pidfd_getfd: [438, 438] } },
  { why: 'eBPF programs and performance counters: kernel attack surface and host-wide observation', calls: { bpf: [321, 280], perf_event_open: [298, 241] } },
  { why: 'lets a program stall the kernel at a chosen point, the usual way to win exploit races', calls: { userfaultfd: [323, 282] } },
  { why: 'kernel modules', calls: { init_module: [175, 105], finit_module: [313, 273], delete_module: [176, 106], create_module: [174, undefined], query_module: [178, undefined], get_kernel_syms: [177, undefined] } },
  { why: 'host-wide state: swap, reboot, process accounting, the clock, disk quotas, the kernel log', calls: { swapon: [167, 224], swapoff: [168, 225], reboot: [169, 142], acct: [163, 89], settimeofday: [164, 170], clock_settime: [227, 112], clock_adjtime: [305, 266], adjtimex: [159, 171], quotactl: [179, 60], quotactl_fd: [443, 443], syslog: [103, 116], vhangup: [153, 58] } },
  { why: 'opening files by handle skips path checks, so it can reach files outside the mounts', calls: { open_by_handle_at: [304, 265], name_to_handle_at: [303, 264] } },
  { why: 'hardware I/O ports and obsolete interfaces', calls: { iopl: [172, undefined], ioperm: [173, undefined], lookup_dcookie: [212, 18], nfsservctl: [180, 42], uselib: [134, undefined], _sysctl: [156, undefined], fanotify_init: [300, 262] } },
];

/** Syscalls whose arguments are checked rather than denied outright. */
export const CHECKED = {
  clone: [56, 220] as const,
  clone3: [435, 435] as const,
  personality: [135, 92] as const,
};

/** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET | NEWTIME. */
const CLONE_NAMESPACE_FLAGS = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000 | 0x00000080;
/** personality() values programs use (Linux, 32-bit, uname26, query); others change how the kernel treats the process. */
const PERSONALITY_ALLOWED = [0x0, 0x8, 0x20000, 0x20008, 0xffffffff];

export const AUDIT_ARCH_X86_64 = 0xc000003e;
export const AUDIT_ARCH_AARCH64 = 0xc00000b7;
const X32_SYSCALL_BIT = 0x40000000;

export const SECCOMP_RET_ALLOW = 0x7fff0000;
export const SECCOMP_RET_ERRNO = 0x00050000;
export const EPERM = 1;
export const ENOSYS = 38;

// Classic BPF opcodes.
export const BPF = {
  LD_W_ABS: 0x20,
  JEQ_K: 0x15,
  JGE_K: 0x35,
  JSET_K: 0x45,
  RET_K: 0x06,
} as const;

/** Offsets in struct seccomp_data. */
const NR = 0;
const ARCH = 4;
const ARG0_LOW = 16; // little-endian: the low 32 bits of args[0]

interface Insn {
  code: number;
  jt: number;
  jf: number;
  k: number;
}

/** A section of the program for one arch, with symbolic jumps resolved at the end. */
function archSection(arch: 0 | 1, x32Check: boolean): Insn[] {
  const denied = DENIED.flatMap((f) => Object.values(f.calls).map((n) => n[arch])).filter((n): n is number => n !== undefined);
  // Labels: 'deny', 'allow', 'enosys', 'clone', 'personality'.
  type Jump = number | string;
  const out: { code: number; jt: Jump; jf: Jump; k: number; label?: string }[] = [];
  const at = (label: string) => (out[out.length - 1]!.label = label);
  out.push({ code: BPF.LD_W_ABS, jt: 0, jf: 0, k: NR });
  if (x32Check) out.push({ code: BPF.JGE_K, jt: 'deny', jf: 0, k: X32_SYSCALL_BIT });
  for (const n of denied) out.push({ code: BPF.JEQ_K, jt: 'deny', jf: 0, k: n });
  out.push({ code: BPF.JEQ_K, jt: 'enosys', jf: 0, k: CHECKED.clone3[arch] });
  out.push({ code: BPF.JEQ_K, jt: 'clone', jf: 0, k: CHECKED.clone[arch] });
  out.push({ code: BPF.JEQ_K, jt: 'personality', jf: 'allow', k: CHECKED.personality[arch] });
  out.push({ code: BPF.LD_W_ABS, jt: 0, jf: 0, k: ARG0_LOW });
  at('clone');
  out.push({ code: BPF.JSET_K, jt: 'deny', jf: 'allow', k: CLONE_NAMESPACE_FLAGS });
  out.push({ code: BPF.LD_W_ABS, jt: 0, jf: 0, k: ARG0_LOW });
  at('personality');
  for (const p of PERSONALITY_ALLOWED) out.push({ code: BPF.JEQ_K, jt: 'allow', jf: 0, k: p });
  out.push({ code: BPF.RET_K, jt: 0, jf: 0, k: SECCOMP_RET_ERRNO | EPERM });
  at('deny');
  out.push({ code: BPF.RET_K, jt: 0, jf: 0, k: SECCOMP_RET_ALLOW });
  at('allow');
  out.push({ code: BPF.RET_K, jt: 0, jf: 0, k: SECCOMP_RET_ERRNO | ENOSYS });
  at('enosys');
  const where = new Map(out.map((i, idx) => [i.label, idx] as const));
  const rel = (j: Jump, idx: number) => {
    if (typeof j === 'number') return j;
    const off = where.get(j)! - idx - 1;
    if (off < 0 || off > 255) throw new Error(`seccomp jump to ${j} out of range (${off})`);
    return off;
  };
  return out.map((i, idx) => ({ code: i.code, jt: rel(i.jt, idx), jf: rel(i.jf, idx), k: i.k >>> 0 }));
}

/** The whole program: dispatch on the arch, then that arch's rules; any other arch (i386 via int 0x80, …) is denied. */
function seccompInstructions(): Insn[] {
  const x86 = archSection(0, true);
  const arm = archSection(1, false);
  const head: Insn[] = [
    { code: BPF.LD_W_ABS, jt: 0, jf: 0, k: ARCH },
    { code: BPF.JEQ_K, jt: 2, jf: 0, k: AUDIT_ARCH_X86_64 },
    { code: BPF.JEQ_K, jt: 1 + x86.length, jf: 0, k: AUDIT_ARCH_AARCH64 },
    { code: BPF.RET_K, jt: 0, jf: 0, k: SECCOMP_RET_ERRNO | EPERM },
  ];
  return [...head, ...x86, ...arm];
}

/** struct sock_filter[] as bwrap reads it: u16 code, u8 jt, u8 jf, u32 k, host byte order (little-endian on both arches). */
export function seccompProgram(): Buffer {
  const insns = seccompInstructions();
  const buf = Buffer.alloc(insns.length * 8);
  insns.forEach((i, n) => {
    buf.writeUInt16LE(i.code, n * 8);
    buf.writeUInt8(i.jt, n * 8 + 2);
    buf.writeUInt8(i.jf, n * 8 + 3);
    buf.writeUInt32LE(i.k, n * 8 + 4);
  });
  return buf;
}

/** Every denied syscall name, for doctor and the docs. */
export function deniedNames(): string[] {
  return DENIED.flatMap((f) => Object.keys(f.calls));
}
