// Packages are installed by each language's own installer in a separate
// sandboxed step that has the network; the program then runs without it.
import { describe, expect, it } from 'vitest';

import { runOneLocal } from '../helpers.js';

const slow = { timeoutMs: 120_000 };

describe('package installs on the local provider', () => {
  it('pip installs numpy, and the program runs offline (the E2B document example)', async () => {
    const o = await runOneLocal({
      language: 'python',
      code: "import subprocess\nsubprocess.run(['pip', 'install', 'numpy'])\nimport numpy as np\nprint(np.array([1, 2, 3]).mean())\nimport socket\ntry:\n    socket.create_connection(('1.1.1.1', 443), timeout=2); print('online')\nexcept OSError:\n    print('offline')",
      packages: ['numpy'],
      limits: slow,
    });
    expect(o.status, o.message).toBe('passed');
    expect(o.stdout.head).toContain('2.0');
    expect(o.stdout.head).toContain('offline');
  });

  it('npm installs a package into the workspace', async () => {
    const o = await runOneLocal({
      language: 'javascript',
      code: 'const isNumber = require("is-number"); console.log(isNumber(5), isNumber("x"))',
      packages: ['is-number@7.0.0'],
      limits: slow,
    });
    expect(o.status, o.message).toBe('passed');
    expect(o.stdout.head).toBe('true false\n');
  });

  it('go get fetches a module and the program builds against it', async () => {
    const o = await runOneLocal({
      language: 'go',
      code: 'package main\nimport ("fmt"; "github.com/google/uuid")\nfunc main() { fmt.Println(len(uuid.NewString())) }',
      packages: ['github.com/google/uuid@v1.6.0'],
      limits: slow,
    });
    expect(o.status, `${o.message}\n${o.stderr.head}`).toBe('passed');
    expect(o.stdout.head).toBe('36\n');
  });

  it('an unreachable package index fails with a message that says so', async () => {
    const o = await runOneLocal({
      language: 'python',
      code: 'import six',
      packages: ['six'],
      env: { PIP_INDEX_URL: 'http://127.0.0.1:9/simple', PIP_RETRIES: '1', PIP_TIMEOUT: '2', PIP_FIND_LINKS: '' },
      limits: slow,
    });
    expect(o).toMatchObject({ status: 'error', reason: 'package_install' });
    expect(o.message).toMatch(/^installing six with pip failed: the package index could not be reached from the sandbox \(.+\); check the machine's network access/);
  });

  it('a package that does not exist fails with the installer message', async () => {
    const o = await runOneLocal({
      language: 'javascript',
      code: 'console.log(1)',
      packages: ['this-package-does-not-exist-sandbox-checks-0000'],
      limits: slow,
    });
    expect(o).toMatchObject({ status: 'error', reason: 'package_install' });
    expect(o.message).toMatch(/installing this-package-does-not-exist-sandbox-checks-0000 with npm failed/);
    expect(o.message).toMatch(/404|Not Found/i);
  });

  it('languages without an installer refuse packages clearly', async () => {
    const o = await runOneLocal({ language: 'c', code: 'int main(void){return 0;}', packages: ['zlib'] });
    expect(o).toMatchObject({ status: 'error', reason: 'package_install' });
    expect(o.message).toBe('packages are not supported for C checks (no installer); remove "packages" from check "c check" or vendor the dependency in its files');
  });
});
