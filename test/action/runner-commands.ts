// What the Actions runner would do with a step's output: it reads each line
// as a possible workflow command — `::cmd props::data` at the start of the
// line (after leading spaces), or the older `##[cmd props]data` anywhere in
// it — and honours `::stop-commands::TOKEN` until `::TOKEN::` (or
// `##[TOKEN]`). Modelled on the runner's ActionCommandManager so tests can
// assert which commands a log would really trigger.

export interface ProcessedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  line: number;
}

const REGISTERED = [
  'set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher',
  'debug', 'notice', 'warning', 'error', 'group', 'endgroup', 'echo', 'stop-commands',
];

function parseV2(line: string, registered: Set<string>): Omit<ProcessedCommand, 'line'> | undefined {
  const msg = line.trimStart();
  if (!msg.startsWith('::')) return undefined;
  const end = msg.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = msg.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const p of info.slice(space + 1).trim().split(',')) {
      const [k, v] = p.split(/=(.*)/s);
      if (k && v !== undefined) properties[k] = v;
    }
  }
  return { command: command.toLowerCase(), properties, data: msg.slice(end + 2) };
}

function parseV1(line: string, registered: Set<string>): Omit<ProcessedCommand, 'line'> | undefined {
  const at = line.indexOf('##[');
  if (at < 0) return undefined;
  const rb = line.indexOf(']', at);
  if (rb < 0) return undefined;
  const info = line.slice(at + 3, rb);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  return { command: command.toLowerCase(), properties: {}, data: line.slice(rb + 1) };
}

/** The commands the runner would act on, in order. */
export function processedCommands(output: string): ProcessedCommand[] {
  const registered = new Set(REGISTERED);
  const out: ProcessedCommand[] = [];
  let stopToken: string | undefined;
  output.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const cmd = parseV2(line, registered) ?? parseV1(line, registered);
    if (!cmd) return;
    if (stopToken !== undefined) {
      if (cmd.command === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
      }
      return;
    }
    if (cmd.command === 'stop-commands') {
      stopToken = cmd.data;
      registered.add(cmd.data.toLowerCase());
      out.push({ ...cmd, line: i + 1 });
      return;
    }
    out.push({ ...cmd, line: i + 1 });
  });
  return out;
}
