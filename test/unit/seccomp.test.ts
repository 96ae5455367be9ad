// The seccomp program, decoded and run by a small classic-BPF interpreter:
// every listed syscall is denied with EPERM on both arches, ordinary ones are
// allowed, clone with namespace flags is denied, clone3 gets ENOSYS, x32 and
// foreign arches are denied, and the syscall numbers match the kernel headers.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import {
  AUDIT_ARCH_AARCH64,
  AUDIT_ARCH_X86_64,
  BPF,
  CHECKED,
  DENIED,
  ENOSYS,
  EPERM,
  SECCOMP_RET_ALLOW,
  SECCOMP_RET_ERRNO,
  seccompProgram,
} from '../../src/providers/local-seccomp.js';

interface Insn {
  code: number;
  jt: number;
  jf: number;
  k: number;
}

function decode(buf: Buffer): Insn[] {
  expect(buf.length % 8).toBe(0);
  const out: Insn[] = [];
  for (let i = 0; i < buf.length; i += 8) out.push({ code: buf.readUInt16LE(i), jt: buf[i + 2]!, jf: buf[i + 3]!, k: buf.readUInt32LE(i + 4) });
  return out;
}

/** Runs the program on a seccomp_data {nr, arch, ip, args[6]} (little-endian), as the kernel would. */
function run(prog: Insn[], nr: number, arch: number, args: number[] = []): number {
  const data = Buffer.alloc(64);
  data.writeUInt32LE(nr >>> 0, 0);
  data.writeUInt32LE(arch >>> 0, 4);
  args.forEach((a, i) => data.writeBigUInt64LE(BigInt(a >>> 0), 16 + 8 * i));
  let acc = 0;
  for (let pc = 0, steps = 0; pc < prog.length && steps < 10_000; steps++) {
    const i = prog[pc]!;
    switch (i.code) {
      case BPF.LD_W_ABS:
        expect(i.k % 4, 'aligned load').toBe(0);
        expect(i.k).toBeLessThan(64);
        acc = data.readUInt32LE(i.k);
        pc++;
        break;
      case BPF.JEQ_K:
        pc += 1 + (acc === i.k ? i.jt : i.jf);
        break;
      case BPF.JGE_K:
        pc += 1 + (acc >= i.k ? i.jt : i.jf);
        break;
      case BPF.JSET_K:
        pc += 1 + ((acc & i.k) >>> 0 ? i.jt : i.jf);
        break;
      case BPF.RET_K:
        return i.k;
      default:
        throw new Error(`unexpected opcode 0x${i.code.toString(16)} at ${pc}`);
    }
  }
  throw new Error('program fell off its end');
}

const prog = decode(seccompProgram());
const DENY = SECCOMP_RET_ERRNO | EPERM;
const X86 = { arch: AUDIT_ARCH_X86_64, idx: 0 as const, name: 'x86_64' };
const ARM = { arch: AUDIT_ARCH_AARCH64, idx: 1 as const, name: 'aarch64' };

describe('the seccomp program', () => {
  it('is well formed: known opcodes only, every jump inside the program, ends in a return', () => {
    expect(prog.length).toBeLessThan(4096);
    prog.forEach((i, pc) => {
      expect(Object.values(BPF)).toContain(i.code);
      if (i.code !== BPF.RET_K && i.code !== BPF.LD_W_ABS) {
        expect(pc + 1 + i.jt).toBeLessThan(prog.length);
        expect(pc + 1 + i.jf).toBeLessThan(prog.length);
      }
    });
    expect(prog[prog.length - 1]!.code).toBe(BPF.RET_K);
    // The first instruction loads the arch: no decision is taken on a number before it is known.
    expect(prog[0]).toEqual({ code: BPF.LD_W_ABS, jt: 0, jf: 0, k: 4 });
  });

  for (const a of [X86, ARM]) {
    it(`${a.name}: every listed syscall is denied with EPERM, ordinary ones are allowed`, () => {
      let listed = 0;
      for (const fam of DENIED) {
        for (const [name, nums] of Object.entries(fam.calls)) {
          const nr = nums[a.idx];
          if (nr === undefined) continue;
          listed++;
          expect(run(prog, nr, a.arch), name).toBe(DENY);
        }
      }
      expect(listed).toBeGreaterThan(40);
      // read, write, openat, mmap, futex, exit_group, getpid on each arch
      const ordinary = a.idx === 0 ? [0, 1, 257, 9, 202, 231, 39, 59, 61] : [63, 64, 56, 222, 98, 94, 172, 221, 260];
      for (const nr of ordinary) expect(run(prog, nr, a.arch), `nr ${nr}`).toBe(SECCOMP_RET_ALLOW);
    });

    it(`${a.name}: clone with a namespace flag is denied, a thread or fork clone is allowed, clone3 gets ENOSYS`, () => {
      const clone = CHECKED.clone[a.idx];
      const THREAD = 0x3d0f00; // CLONE_VM|FS|FILES|SIGHAND|THREAD|SYSVSEM|SETTLS|PARENT_SETTID|CHILD_CLEARTID
      expect(run(prog, clone, a.arch, [THREAD])).toBe(SECCOMP_RET_ALLOW);
      expect(run(prog, clone, a.arch, [17 /* SIGCHLD: fork */])).toBe(SECCOMP_RET_ALLOW);
      for (const ns of [0x10000000, 0x20000000, 0x40000000, 0x00020000, 0x08000000, 0x04000000, 0x02000000, 0x80]) {
        expect(run(prog, clone, a.arch, [ns | 17]), `flag 0x${ns.toString(16)}`).toBe(DENY);
      }
      expect(run(prog, CHECKED.clone3[a.idx], a.arch)).toBe(SECCOMP_RET_ERRNO | ENOSYS);
    });

    it(`${a.name}: personality only with the values programs use`, () => {
      const nr = CHECKED.personality[a.idx];
      for (const ok of [0, 8, 0x20000, 0xffffffff]) expect(run(prog, nr, a.arch, [ok])).toBe(SECCOMP_RET_ALLOW);
      for (const odd of [0x0400000 /* ADDR_NO_RANDOMIZE */, 0x0200000, 0x1]) expect(run(prog, nr, a.arch, [odd])).toBe(DENY);
    });
  }

  it('x32 syscalls on x86_64 and any other arch (i386 through int 0x80) are denied', () => {
    expect(run(prog, 0x40000000 | 39, AUDIT_ARCH_X86_64)).toBe(DENY);
    expect(run(prog, 0x40000000 | 1, AUDIT_ARCH_X86_64)).toBe(DENY);
    expect(run(prog, 20 /* i386 getpid */, 0x40000003 /* AUDIT_ARCH_I386 */)).toBe(DENY);
  });

  const headers = { x86: '/usr/include/x86_64-linux-gnu/asm/unistd_64.h', generic: '/usr/include/asm-generic/unistd.h' };
  it.runIf(existsSync(headers.x86) && existsSync(headers.generic))('the numbers are the kernel headers’ numbers', () => {
    const table = (file: string) => {
      const m = new Map<string, number>();
      for (const [, name, nr] of readFileSync(file, 'utf8').matchAll(/#define __NR(?:3264)?_(\w+)\s+(\d+)/g)) m.set(name!, Number(nr));
      return m;
    };
    const x86 = table(headers.x86);
    const generic = table(headers.generic);
    const all = { ...Object.assign({}, ...DENIED.map((f) => f.calls)), ...CHECKED } as Record<string, readonly [number, number | undefined]>;
    for (const [name, [x, a]] of Object.entries(all)) {
      expect(x86.get(name), `${name} on x86_64`).toBe(x);
      expect(generic.get(name), `${name} on aarch64`).toBe(a);
    }
  });
});
