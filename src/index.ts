// The library front door: load a config (or give one as a value), plan it,
// run the plan, render reports. `planFromConfig` plans everything a config
// names ([[check]] sections and [snippets]); `buildPlan` only its [[check]]
// sections, synchronously.

export { runChecks, type RunOptions } from './engine/run.js';
export { totalsOf } from './engine/summary.js';
export type { RemoteLayerCache } from './engine/layers.js';
export { buildPlan, type PlanOptions } from './plan/checks.js';
export { planFromConfig } from './plan/build.js';
export type { SnippetPlanOptions } from './plan/snippets.js';
export { DEFAULT_LIMITS } from './limits.js';
export { configFrom, loadConfigFile, parseConfigText, type LoadedConfig } from './config/load.js';
export type { Config } from './config/spec.js';
export { ConfigError } from './config/errors.js';
export { formatProblem, ProblemsError, SandboxChecksError, type Problem, type ProblemKind } from './errors.js';
export { LANGUAGES, findLanguage, getLanguage, languageForFile, type Language } from './languages/index.js';
export type { Provider, ProviderFacts, Sandbox, SandboxSpec } from './providers/provider.js';
export { toResultsJson, type ResultsJson } from './report/json.js';
export { toJUnit } from './report/junit.js';
export { addSnippetChecks } from './plan/snippets.js';
export { changedFromPullRequestFiles } from './plan/changed.js';
export type * from './types.js';
