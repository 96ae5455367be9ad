// Placeholder until the E2B provider lands; keeps the factory's import valid.
import { SandboxUnavailableError, type Provider } from './provider.js';
import type { E2BSettings } from '../types.js';

export class E2BProvider implements Provider {
  readonly name = 'e2b' as const;
  constructor(readonly settings: E2BSettings) {}
  async probe(): Promise<void> {
    throw new SandboxUnavailableError('the E2B provider is not available in this build.', 'Use --provider local.');
  }
  async missingTools(): Promise<string[]> {
    return [];
  }
  toolHint(): string {
    return '';
  }
  async create(): Promise<never> {
    await this.probe();
    throw new Error('unreachable');
  }
  async doctor() {
    return [];
  }
  async destroyAll(): Promise<void> {}
}
