// The E2B template definition in e2b-template/: it has every toolchain the
// language registry needs, and its own check fails a build that lacks one.
import { Template } from '@e2b/code-interpreter';
import { describe, expect, it } from 'vitest';

import { DEFAULT_TEMPLATE, FULL_TEMPLATE, TEMPLATE_TOOLS } from '../../src/providers/e2b.js';
import { BASE_TEMPLATE, PACKAGES, REQUIRED_TOOLS, template, TEMPLATE_NAME, VERIFY } from '../../e2b-template/template.js';
import { which } from '../../src/providers/local-toolchains.js';
import { NESTED_PROBE } from '../../src/providers/e2b-pack.js';
import { check } from '../helpers.js';
import { useEmulator } from './setup.js';

const h = useEmulator();

interface Step {
  type: string;
  args: string[];
}

describe('e2b-template', () => {
  it('extends the default template with the packages for the five missing toolchains', async () => {
    const def = JSON.parse(await Template.toJSON(template, false)) as { fromTemplate: string; steps: Step[] };
    expect(def.fromTemplate).toBe(BASE_TEMPLATE);
    expect(BASE_TEMPLATE).toBe(DEFAULT_TEMPLATE);
    expect(TEMPLATE_NAME).toBe(FULL_TEMPLATE);
    const apt = def.steps.find((s) => s.type === 'RUN' && s.args[0]!.includes('apt-get install'))!;
    expect(apt.args[1]).toBe('root');
    for (const pkg of Object.keys(PACKAGES)) expect(apt.args[0]!.split(/\s+/)).toContain(pkg);
    // Base template tools + added packages cover every tool of every language.
    const provided = new Set([...TEMPLATE_TOOLS[DEFAULT_TEMPLATE]!, ...Object.values(PACKAGES).flat()]);
    expect(REQUIRED_TOOLS.filter((t) => !provided.has(t))).toEqual([]);
    expect(def.steps.some((s) => s.type === 'RUN' && s.args[0] === VERIFY)).toBe(true);
    expect(def.steps.at(-2)).toMatchObject({ type: 'USER', args: ['user'] });
  });

  it('its verification passes where all toolchains are, and names the first missing one elsewhere', async () => {
    // The emulated full template has what this machine has.
    const hostMissing = REQUIRED_TOOLS.filter((t) => !which(t));
    const [full] = await h.run([check({ name: 'verify full', language: 'bash', code: VERIFY })], { template: 'sandbox-checks' });
    if (hostMissing.length === 0) expect(full!.status, full!.stderr.head).toBe('passed');
    else expect(full!.stderr.head).toBe(`missing toolchain: ${hostMissing[0]}\n`);
    const [partial] = await h.run([check({ name: 'verify default', language: 'bash', code: VERIFY })]);
    expect(partial).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(partial!.stderr.head).toMatch(/^missing toolchain: (go|rustc|cargo|ruby|gem|php|composer|mcs|mono|bwrap)\n$/);
  });

  it('has bubblewrap, and nested bubblewrap works in a sandbox made from it (what packed checks need)', async () => {
    expect(PACKAGES.bubblewrap).toEqual(['bwrap']);
    expect(REQUIRED_TOOLS).toContain('bwrap');
    const [o] = await h.run([check({ name: 'nested', language: 'bash', code: `${NESTED_PROBE} && echo nested ok` })], { template: 'sandbox-checks' });
    expect(o!.stdout.head, o!.stderr.head).toBe('nested ok\n');
  });
});
