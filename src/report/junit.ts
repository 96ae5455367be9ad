// JUnit XML for test reporters: one testsuite, a testcase per check.

import { streamText } from '../engine/output.js';
import type { Outcome, Totals } from '../types.js';
import { stripControl } from './text.js';

/** XML 1.0 allows neither control characters nor lone surrogates. */
function xmlEscape(text: string): string {
  return stripControl(text)
    .replace(/[\uD800-\uDFFF]/g, '\uFFFD')
    .replace(/[\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const MAX_OUTPUT = 64 * 1024;
const cut = (s: string) => (s.length > MAX_OUTPUT ? `${s.slice(0, MAX_OUTPUT)}\n… [truncated]` : s);

export function toJUnit(outcomes: Outcome[], totals: Totals, suiteName = 'sandbox-checks'): string {
  const failures = totals.failed + totals.timed_out;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlEscape(suiteName)}" tests="${totals.total}" failures="${failures}" errors="${totals.error}" skipped="${totals.skipped}" time="${(totals.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${xmlEscape(suiteName)}" tests="${totals.total}" failures="${failures}" errors="${totals.error}" skipped="${totals.skipped}" time="${(totals.durationMs / 1000).toFixed(3)}">`,
  ];
  for (const o of outcomes) {
    const attrs = [
      `name="${xmlEscape(o.name)}"`,
      `classname="${xmlEscape(o.language)}"`,
      `time="${(o.durationMs / 1000).toFixed(3)}"`,
      ...(o.file ? [`file="${xmlEscape(o.file)}"`] : []),
      ...(o.line ? [`line="${o.line}"`] : []),
    ].join(' ');
    lines.push(`    <testcase ${attrs}>`);
    const msg = xmlEscape(o.message ?? o.reason ?? o.status);
    if (o.status === 'failed' || o.status === 'timed_out') {
      lines.push(`      <failure type="${o.reason ?? o.status}" message="${msg}">${xmlEscape(cut(o.message ?? ''))}</failure>`);
    } else if (o.status === 'error') {
      lines.push(`      <error type="${o.reason ?? 'error'}" message="${msg}">${xmlEscape(cut(o.message ?? ''))}</error>`);
    } else if (o.status === 'skipped') {
      lines.push(`      <skipped message="${msg}"/>`);
    }
    const out = streamText(o.stdout);
    const err = streamText(o.stderr);
    if (out) lines.push(`      <system-out>${xmlEscape(cut(out))}</system-out>`);
    if (err) lines.push(`      <system-err>${xmlEscape(cut(err))}</system-err>`);
    lines.push('    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
