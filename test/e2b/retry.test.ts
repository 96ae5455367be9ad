// Retry policy and error classification, with the SDK's own error classes.
import { AuthenticationError, RateLimitError, SandboxError, ServiceBusyError, TimeoutError } from '@e2b/code-interpreter';
import { describe, expect, it } from 'vitest';

import { backoffMs, errorKind, Pacer, RetriesExhausted, withRetries } from '../../src/providers/e2b-retry.js';
import { explainE2BError } from '../../src/providers/e2b.js';

describe('E2B retry policy', () => {
  it('classifies the SDK errors', () => {
    expect(errorKind(new AuthenticationError('Unauthorized'))).toBe('auth');
    expect(errorKind(new RateLimitError('Rate limit exceeded'))).toBe('rate');
    expect(errorKind(new ServiceBusyError('busy'))).toBe('busy');
    expect(errorKind(new TimeoutError('timed out'))).toBe('timeout');
    expect(errorKind(Object.assign(new SandboxError('500: boom'), { statusCode: 500 }))).toBe('server');
    expect(errorKind(Object.assign(new SandboxError('400: bad timeout'), { statusCode: 400 }))).toBe('fatal');
    expect(errorKind(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }))).toBe('network');
    expect(errorKind(new Error('something else'))).toBe('fatal');
  });

  it('backs off exponentially with jitter, within the cap', () => {
    const p = { attempts: 5, baseMs: 100, capMs: 500 };
    expect(backoffMs(1, p, () => 0)).toBe(50);
    expect(backoffMs(1, p, () => 1)).toBe(100);
    expect(backoffMs(3, p, () => 0)).toBe(200);
    expect(backoffMs(10, p, () => 1)).toBe(500);
  });

  it('retries what is transient, never a rejected key, and stops at the budget', async () => {
    let calls = 0;
    const ok = await withRetries(async () => {
      if (++calls < 3) throw new ServiceBusyError('busy');
      return 'made';
    }, { attempts: 5, baseMs: 1, capMs: 2 });
    expect(ok).toEqual({ value: 'made', attempts: 3 });

    calls = 0;
    const auth = withRetries(async () => {
      calls++;
      throw new AuthenticationError('no');
    }, { attempts: 5, baseMs: 1, capMs: 2 });
    await expect(auth).rejects.toBeInstanceOf(RetriesExhausted);
    expect(calls).toBe(1);

    calls = 0;
    const rate = withRetries(async () => {
      calls++;
      throw new RateLimitError('slow down');
    }, { attempts: 3, baseMs: 1, capMs: 2 });
    await expect(rate).rejects.toMatchObject({ kind: 'rate', attempts: 3 });
    expect(calls).toBe(3);
  });

  it('paces callers one interval apart', async () => {
    const pacer = new Pacer(60);
    const at: number[] = [];
    const t0 = Date.now();
    await Promise.all([0, 1, 2].map(async () => {
      await pacer.wait();
      at.push(Date.now() - t0);
    }));
    at.sort((a, b) => a - b);
    expect(at[0]).toBeLessThan(30);
    expect(at[1]).toBeGreaterThanOrEqual(55);
    expect(at[2]).toBeGreaterThanOrEqual(115);
  });

  it('explains errors in words a person can act on', () => {
    const s = { apiUrl: 'http://127.0.0.1:1' };
    expect(explainE2BError(new AuthenticationError('Unauthorized, please check your credentials. - Invalid API key'), s, 'create a sandbox')).toMatch(
      /^the E2B API key was rejected: Unauthorized.*Check E2B_API_KEY/,
    );
    expect(explainE2BError(new AuthenticationError('API key is required, please visit …'), s, 'x')).toMatch(/^no E2B API key is configured: set E2B_API_KEY/);
    expect(explainE2BError(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }), s, 'create a sandbox')).toBe(
      'could not reach http://127.0.0.1:1 to create a sandbox: fetch failed. Check this machine\'s network and [e2b] api_url / E2B_API_URL',
    );
    expect(explainE2BError(Object.assign(new SandboxError("404: template 'nope' not found"), { statusCode: 404 }), { template: 'nope' }, 'create a sandbox')).toMatch(
      /^E2B does not know the template "nope"/,
    );
  });
});
