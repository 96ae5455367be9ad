// Chooses the provider: E2B when a key is configured (or asked for), else the
// local bubblewrap sandbox. E2B's SDK is loaded only when it is used.

import type { E2BSettings, ProviderChoice, ProviderName } from '../types.js';
import type { Provider } from './provider.js';

export function resolveProviderName(choice: ProviderChoice, e2b: E2BSettings): ProviderName {
  if (choice === 'auto') return e2b.apiKey ? 'e2b' : 'local';
  return choice;
}

/** `warn`: where the provider's warnings go (the Action: `::warning::`; default: stderr). */
export async function createProvider(name: ProviderName, e2b: E2BSettings, options: { warn?: (m: string) => void } = {}): Promise<Provider> {
  if (name === 'local') {
    const { LocalProvider } = await import('./local.js');
    return new LocalProvider();
  }
  const { E2BProvider } = await import('./e2b.js');
  return new E2BProvider(e2b, options.warn ? { warn: options.warn } : {});
}
