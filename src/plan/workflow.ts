// The Action's inputs (and the config file they may name) → the Plan the
// engine runs: the same loader and planner as the TOML file and the CLI.
// Paths in the config file are relative to it; paths in inputs are relative
// to the workspace. Then the trust rules' guard (src/trust/plan.ts), which
// keeps the runner's secrets and files out of every sandbox, and the shard.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import { ProblemsError } from '../errors.js';
import { configFrom, loadConfigFile, type LoadedConfig } from '../config/load.js';
import type { Config } from '../config/spec.js';
import type { PlanOptions } from './checks.js';
import { planFromConfig } from './build.js';
import type { ChangedFiles } from './changed.js';
import { guardPlan } from '../trust/plan.js';
import { uniqueNames } from '../trust/text.js';
import type { Check, Plan } from '../types.js';
import { INPUT_SOURCE, inputChecks, inputKeyNames, inputLabel, mapProblems, overridesOf, type PlanInputs, type Shard } from './inputs.js';

const DEFAULT_CONFIG = 'sandbox-checks.toml';

export interface WorkflowPlanOptions {
  workspace: string;
  /** The job's environment (E2B_API_KEY fallback, E2B_API_URL, …); `${VAR}` reads it through the allow-env input. */
  env: NodeJS.ProcessEnv;
  /** Secret values that must never reach a sandbox. */
  secrets: string[];
  /**
   * `changed-only`: the pull request's changes, or undefined to run every
   * snippet. Called only when the plan has snippets and changed-only is on.
   */
  changes?: () => Promise<ChangedFiles | undefined>;
}

/** What changed-only did, for the log. */
interface ChangedOnlyInfo {
  /** A change set was applied (false: it could not be had, every snippet runs). */
  applied: boolean;
  /** Only blocks whose own lines changed. */
  lines: boolean;
  /** Snippet checks selected, and the Markdown files they come from. */
  checks: number;
  files: number;
}

export interface ActionPlan {
  plan: Plan;
  /** The config file used, workspace-relative. */
  configFile?: string;
  /** Checks in the whole plan before sharding. */
  planned: number;
  /** Set when changed-only was asked for (input or `[snippets] changed_only`) and the plan has snippets. */
  changedOnly?: ChangedOnlyInfo;
}


/** A path relative to the workspace, POSIX-style. */
function workspaceRelative(workspace: string, abs: string): string {
  return path.relative(workspace, abs).split(path.sep).join('/');
}

export async function planFromInputs(inputs: PlanInputs, o: WorkflowPlanOptions): Promise<ActionPlan> {
  const workspace = path.resolve(o.workspace);
  // 1. The inputs as config tables (already validated by readInputs, so typing them finds no problem).
  const overrides = configFrom(overridesOf(inputs).raw, INPUT_SOURCE).config;
  const fromInputs = configFrom({ check: inputChecks(inputs).checks }, INPUT_SOURCE).config.check ?? [];
  const names = inputKeyNames(inputs);

  // 2. The config file: named, or the default one when no input names checks.
  const ownChecks = fromInputs.length > 0 || inputs.snippets.length > 0;
  let configAbs: string | undefined;
  if (inputs.config) {
    configAbs = path.resolve(workspace, inputs.config);
    if (!existsSync(configAbs) || !statSync(configAbs).isFile()) {
      throw new ProblemsError([{ source: inputLabel('config'), message: `file not found: ${inputs.config} (paths are relative to the workspace, ${workspace})` }], 'inputs');
    }
  } else if (!ownChecks && existsSync(path.join(workspace, DEFAULT_CONFIG))) {
    configAbs = path.join(workspace, DEFAULT_CONFIG);
  }
  if (!configAbs && !ownChecks) {
    throw new ProblemsError(
      [{ source: '', message: `nothing to run: set the input "files", "code", "snippets" or "config", or add ${DEFAULT_CONFIG} at the root of the repository` }],
      'inputs',
    );
  }

  let config: LoadedConfig | undefined;
  let merged: Config = { ...overrides };
  if (configAbs) {
    const rel = workspaceRelative(workspace, configAbs);
    // Read relative to the working directory when it is the workspace (the runner's case), so messages show short paths.
    const readAs = path.resolve(process.cwd()) === workspace ? rel : configAbs;
    config = loadConfigFile(readAs, { env: o.env, allow: inputs.allowEnv, allowHint: 'the allow-env input' });
    config.source = rel;
    const base = config.config;
    merged = {
      ...base,
      ...overrides,
      e2b: { ...base.e2b, ...overrides.e2b },
      defaults: { ...base.defaults, ...overrides.defaults },
    };
    if (!Object.keys(merged.e2b!).length) delete merged.e2b;
    if (!Object.keys(merged.defaults!).length) delete merged.defaults;
  }

  const planOptions = (baseDir: string): PlanOptions => ({
    baseDir,
    root: workspace,
    env: o.env,
    provider: merged.provider,
  });

  // changed-only (the input, or `[snippets] changed_only` in the config): the
  // Action takes the change set from the pull request's files, not from git,
  // so `changed_only` is taken out of the table the snippet planner reads.
  let changedOnly: ChangedOnlyInfo | undefined;
  let changes: Promise<ChangedFiles | undefined> | undefined;
  const snippetsOf = async (raw: Config): Promise<{ changed?: ChangedFiles; counted?: (checks: Check[]) => void }> => {
    if (!raw.snippets) return {};
    const snippets = { ...raw.snippets };
    const wanted = inputs.changedOnly || snippets.changed_only === true;
    delete snippets.changed_only;
    if (inputs.changedLines) snippets.changed_lines = true;
    raw.snippets = snippets;
    if (!wanted) return {};
    changes ??= o.changes ? o.changes() : Promise.resolve(undefined);
    const changed = await changes;
    return {
      changed,
      counted: (checks) => {
        const files = new Set(checks.map((c) => c.source?.file));
        changedOnly = {
          applied: !!changed,
          lines: snippets.changed_lines === true,
          checks: (changedOnly?.checks ?? 0) + checks.length,
          files: (changedOnly?.files ?? 0) + files.size,
        };
      },
    };
  };

  // 3. Plan A: the config file's checks (and its snippets unless the input replaces them).
  let planA: Plan | undefined;
  const configDir = configAbs ? path.dirname(configAbs) : workspace;
  if (config) {
    const raw: Config = { ...merged };
    if (inputs.snippets.length) delete raw.snippets;
    if (!ownChecks || raw.check !== undefined || raw.snippets !== undefined || config.problems.length > 0) {
      const sn = await snippetsOf(raw);
      planA = await planFromConfig({ ...config, config: raw }, { ...planOptions(configDir), changed: sn.changed }, sn.counted);
      for (const c of planA.checks) relocate(c, config.source, configDir, workspace);
    }
  }

  // 4. Plan B: the checks the inputs name, relative to the workspace.
  let planB: Plan | undefined;
  if (ownChecks) {
    const raw: Config = { ...merged };
    delete raw.check;
    delete raw.snippets;
    if (fromInputs.length) raw.check = fromInputs;
    if (inputs.snippets.length) raw.snippets = { ...config?.config.snippets, paths: inputs.snippets };
    const sn = await snippetsOf(raw);
    try {
      // The inputs are the workflow author's: their paths may be anywhere readable.
      planB = await planFromConfig({ config: raw, source: INPUT_SOURCE, problems: [] }, { ...planOptions(workspace), confine: false, trustedSnippetPaths: true, changed: sn.changed }, sn.counted);
    } catch (e) {
      if (e instanceof ProblemsError && e.kind === 'config') throw new ProblemsError(mapProblems(e.problems, names), 'inputs');
      throw e;
    }
    for (const c of planB.checks) if (c.source?.file === INPUT_SOURCE) delete c.source;
  }

  const first = (planA ?? planB)!;
  const checks = uniqueNames([...(planA?.checks ?? []), ...(planB?.checks ?? [])]);
  const plan: Plan = { ...first, checks };
  guardPlan(plan, workspace, o.secrets, new Set(planB?.checks));
  const planned = checks.length;
  if (inputs.shard) plan.checks = shardOf(checks, inputs.shard);
  return { plan, configFile: config?.source, planned, changedOnly };
}

/** Points a config check's source at its workspace-relative file. */
function relocate(c: Check, configSource: string, configDir: string, workspace: string): void {
  if (!c.source) return;
  if (c.source.file === configSource) return;
  c.source.file = workspaceRelative(workspace, path.resolve(configDir, c.source.file));
}

/** Shard i of n: every n-th check of the plan, starting at the i-th. Deterministic for a given plan. */
export function shardOf<T>(checks: T[], shard: Shard): T[] {
  return checks.filter((_, k) => k % shard.total === shard.index - 1);
}
