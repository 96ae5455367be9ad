// The one list of providers: everything above src/providers/ reads a provider's
// facts from here (or from the instance) and never compares names. `auto`
// chooses E2B when a key is configured, else the local bubblewrap sandbox.
// Each provider's code (E2B's SDK with it) is loaded only when it is used.

import type { E2BSettings, ProviderChoice, ProviderName } from '../types.js';
import { E2B_FACTS, LOCAL_FACTS } from './catalog.js';
import type { Provider, ProviderFacts } from './provider.js';

export interface ProviderOptions {
  /** Where the provider's warnings go (the Action: `::warning::`; default: stderr). */
  warn?: (m: string) => void;
}

interface LeftoverCleanup {
  settings: E2BSettings;
  runId: string;
  warn?: (m: string) => void;
}

export interface ProviderEntry extends ProviderFacts {
  /** Checks run on the runner itself, so the Action sets it up (bubblewrap, toolchains) there. */
  readonly runsOnRunner: boolean;
  /**
   * Sandboxes of this provider can outlive the job (remote VMs): the Action's
   * post step calls this to end what the run `runId` left. Resolves to the
   * number ended, or undefined when this build has no such cleanup.
   */
  endLeftovers?(c: LeftoverCleanup): Promise<{ killed: number } | undefined>;
  create(e2b: E2BSettings, options?: ProviderOptions): Promise<Provider>;
}

export const PROVIDERS: readonly ProviderEntry[] = [
  {
    ...LOCAL_FACTS,
    runsOnRunner: true,
    async create() {
      const { LocalProvider } = await import('./local.js');
      return new LocalProvider();
    },
  },
  {
    ...E2B_FACTS,
    runsOnRunner: false,
    async endLeftovers({ settings, runId, warn }) {
      const mod = await import('./e2b.js').catch(() => undefined);
      if (typeof mod?.cleanupRun !== 'function') return undefined;
      const { killed } = await mod.cleanupRun(settings, runId, warn ? { warn } : {});
      return { killed };
    },
    async create(e2b, options = {}) {
      const { E2BProvider } = await import('./e2b.js');
      return new E2BProvider(e2b, options.warn ? { warn: options.warn } : {});
    },
  },
];

/** The names a config, an input or `--provider` may give, `auto` first. */
export const PROVIDER_CHOICES: readonly ProviderChoice[] = ['auto', ...PROVIDERS.map((p) => p.name)];

/** The entry of `name`; undefined for a name no provider has (e.g. saved state of another version). */
export function findProvider(name: string): ProviderEntry | undefined {
  return PROVIDERS.find((p) => p.name === name);
}

export function providerEntry(name: ProviderName): ProviderEntry {
  const entry = findProvider(name);
  if (!entry) throw new Error(`no provider is called "${name}"`);
  return entry;
}

export function resolveProviderName(choice: ProviderChoice, e2b: E2BSettings): ProviderName {
  if (choice === 'auto') return e2b.apiKey ? E2B_FACTS.name : LOCAL_FACTS.name;
  return choice;
}

export function createProvider(name: ProviderName, e2b: E2BSettings, options: ProviderOptions = {}): Promise<Provider> {
  return providerEntry(name).create(e2b, options);
}
