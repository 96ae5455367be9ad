// The library front door: build a plan your own way, or from TOML, and run it.

export { runChecks, totalsOf, type RunOptions } from './engine/run.js';
export { buildPlan, type PlanOptions } from './config/plan.js';
export { DEFAULT_LIMITS } from './limits.js';
export { loadConfigFile, parseConfigText } from './config/load.js';
export { ConfigError, formatProblem, type Problem } from './config/errors.js';
export { LANGUAGES, findLanguage, getLanguage, languageForFile, type Language } from './languages/index.js';
export type { Provider, ProviderFacts, Sandbox, SandboxSpec } from './providers/provider.js';
export { toResultsJson, type ResultsJson } from './report/json.js';
export { toJUnit } from './report/junit.js';
export { addSnippetChecks } from './plan/snippets.js';
export { changedFromPullRequestFiles } from './plan/changed.js';
export type * from './types.js';
