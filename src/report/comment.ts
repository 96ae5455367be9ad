// The sticky PR comment: the report under GitHub's 65,536-character comment
// limit, led by a hidden marker that names the workflow, job and comment-key,
// so the next run finds the same comment and updates it in place.

import { neutraliseMarkers } from '../trust/text.js';
import { runUrl } from './markdown.js';
import { chars, renderReport, type Rendered, type ReportInput } from './summary.js';

/** GitHub refuses comment bodies longer than this (422 "Body is too long"). */
export const COMMENT_LIMIT = 65_536;

export interface MarkerParts {
  workflow: string;
  job: string;
  key?: string;
}

/** Percent-encodes everything but [A-Za-z0-9_.~], so no value can end the HTML comment. */
function encode(v: string): string {
  return encodeURIComponent(v).replace(/[!'()*-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The hidden marker that identifies this workflow+job+key's comment. */
export function commentMarker(p: MarkerParts): string {
  return `<!-- sandbox-checks workflow=${encode(p.workflow)} job=${encode(p.job)} key=${encode(p.key ?? '')} -->`;
}

/**
 * The hidden marker that opens the body of this workflow+job+key's issue
 * (smoke tests): not the comment's, so a quoted comment marker never matches.
 */
export function issueMarker(p: MarkerParts): string {
  return `<!-- sandbox-checks-issue workflow=${encode(p.workflow)} job=${encode(p.job)} key=${encode(p.key ?? '')} -->`;
}

/** The comment body: the marker, then the report, fitted under `limit` characters. */
export function renderComment(r: ReportInput, marker: string, limit = COMMENT_LIMIT): Rendered {
  const url = runUrl(r.links);
  const rendered = renderReport(r, {
    limit,
    measure: chars,
    perCheck: 6_000,
    level: 3,
    prefix: marker,
    footer: true,
    tableShare: 0.5,
    fullReport: { label: 'the job summary', url },
  });
  // The marker stays the first line; any marker-like text below it (quoted output, names) is broken.
  const nl = rendered.text.indexOf('\n');
  return nl < 0 ? rendered : { ...rendered, text: `${rendered.text.slice(0, nl)}${neutraliseMarkers(rendered.text.slice(nl))}` };
}

/** The `report` output: the same compact report, without the marker. */
export function renderReportOutput(r: ReportInput, limit = COMMENT_LIMIT): Rendered {
  return renderReport(r, {
    limit,
    measure: chars,
    perCheck: 6_000,
    level: 3,
    footer: true,
    tableShare: 0.5,
    fullReport: { label: 'the job summary', url: runUrl(r.links) },
  });
}
