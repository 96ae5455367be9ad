// The runner's workflow-command protocol, as the Action's steps use it: log
// lines, annotations, masks, outputs, state and the job summary. It writes
// exactly what @actions/core writes (test/action/core.test.ts compares the
// two byte for byte), without importing that package: its entry module loads
// its HTTP client (undici, for OIDC tokens the Action never asks for) at
// import, which made a step's start-up several times that of `node -e 0`.

import { randomUUID } from '../crypto.js';
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';

import { escapeCommandData } from '../trust/runner.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function commandValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || v instanceof String) return String(v);
  return JSON.stringify(v);
}

const escapeData = (s: unknown) => escapeCommandData(commandValue(s));
const escapeProperty = (s: unknown) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  // Empty values are left out, as the runner reads `key=` as a value.
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function annotation(command: string, message: string | Error, p: AnnotationProperties): void {
  const props = Object.keys(p).length
    ? { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
    : {};
  issueCommand(command, props, message instanceof Error ? message.toString() : message);
}

/** A name=value pair for a file command; the delimiter is random so a value cannot end the record early. */
function fileCommand(file: 'OUTPUT' | 'STATE', name: string, value: unknown): void {
  const filePath = process.env[`GITHUB_${file}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const v = commandValue(value);
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (v.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${name}<<${delimiter}${EOL}${v}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

/** A foldable group of log lines, until endGroup. */
export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  annotation('warning', message, properties);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  annotation('error', message, properties);
}

/** An error annotation, and the step fails (exit code 1) when the process ends. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return fileCommand('OUTPUT', name, value);
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, commandValue(value));
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) return fileCommand('STATE', name, value);
  issueCommand('save-state', { name }, commandValue(value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

/** An optional input, trimmed (`with:` keys reach the step as INPUT_<NAME>). */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** Appends to the job summary (GITHUB_STEP_SUMMARY). */
export async function appendSummary(text: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  // Synchronous: node:fs/promises is start-up time for one small write.
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(file, text, { encoding: 'utf8' });
}
