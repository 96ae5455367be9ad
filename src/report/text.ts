// Makes untrusted text safe for every report: no control characters (ANSI,
// OSC, carriage returns that overwrite lines), valid Unicode only.

/** Removes ANSI/OSC escape sequences and other control characters except \n and \t. */
export function stripControl(text: string): string {
  return text
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, '')
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b[@-_]/g, '')
    .replace(/\r\n/g, '\n')
    .replace(/[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f]/g, (c) => (c === '\r' ? '\n' : c === '\x00' ? '\u2400' : '\uFFFD'));
}
