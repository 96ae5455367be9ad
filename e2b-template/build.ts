// Builds the template of template.ts on E2B under the name "sandbox-checks".
// Needs E2B_API_KEY. Run from the repository root:
//   node --experimental-transform-types --no-warnings --import ./test/e2b-emulator/register.mjs e2b-template/build.ts
import { defaultBuildLogger, Template } from '@e2b/code-interpreter';

import { template, TEMPLATE_NAME } from './template.js';

const name = process.argv[2] ?? TEMPLATE_NAME;
const info = await Template.build(template, name, {
  // As the base template: 2 vCPU, 2 GiB (the cost estimate in docs/e2b.md assumes it).
  cpuCount: 2,
  memoryMB: 2048,
  onBuildLogs: defaultBuildLogger(),
});
process.stdout.write(`built template ${info.name} (${info.templateId}); use it with [e2b] template = "${info.name}"\n`);
