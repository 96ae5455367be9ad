// Go: built with go build (module mode when the workspace has a go.mod), run
// as a binary; `go get` installs packages; blocks follow Go documentation's
// habits — Example functions with `// Output:`, fragments wrapped in main
// (go-example.ts). The local provider warms Go's build cache once per run.
//
// Packages are a shared layer (.packages/go, read-only): the module cache
// (GOMODCACHE), which Go only reads once every module is in it, and the
// go.mod/go.sum `go get` wrote, which the build copies into the workspace:
// with -mod=mod `go build` may still tidy go.mod (an `// indirect` mark), so
// it needs a copy of its own. The program is built with no network, so a
// module missing from the layer is an error, never a download.

import { defineLanguage } from './catalog.js';
import { quoteAll, restoreProject, sh } from './commands.js';
import { goShape } from './go-example.js';
import { goLocalSources } from './go-modules.js';
import type { ShapeInput, Shaped } from './language.js';

function shape(i: ShapeInput): Shaped | undefined {
  const { block } = i;
  const g = goShape(block.code, block.codeLine, i.setups);
  if (!g) return undefined;
  const shaped: Shaped = { program: g.program, expect: {} };
  if (g.how === 'declarations' || g.how === 'other_package') {
    shaped.noRun = true;
    shaped.note = g.how === 'declarations' ? 'compiled only (declarations)' : 'compiled only (not package main)';
  } else if (g.how === 'wrapped') shaped.note = 'wrapped in main';
  else if (g.how === 'examples') {
    shaped.expect.sections = g.sections;
    shaped.bless = {
      kind: 'sections',
      file: i.file,
      style: 'go',
      ranges: g.examples!.map((e) => ({
        from: block.codeLine + e.comment.from,
        to: block.codeLine + e.comment.to,
        prefix: (i.prefix ?? '') + e.comment.indent,
        header: e.unordered ? 'Unordered output:' : 'Output:',
      })),
    };
    shaped.note = `Go examples: ${g.sections!.items.map((x) => x.label).join(', ')} compared with their // Output:`;
  }
  return shaped;
}

const LAYER = '.packages/go';
const PROJECT = `${LAYER}/project`;
const restore = restoreProject(PROJECT, ['go.mod', 'go.sum']);

export const go = defineLanguage({
  id: 'go',
  label: 'Go',
  aliases: ['golang'],
  extensions: ['.go'],
  fileName: 'main.go',
  tools: ['go'],
  debian: { go: 'golang-go' },
  compile: (e) =>
    `${restore}mkdir -p .bin && if [ -f go.mod ]; then go build -o .bin/main ${sh(e)}; else GO111MODULE=off go build -o .bin/main ${sh(e)}; fi`,
  check: (e) => `${restore}if [ -f go.mod ]; then go vet ${sh(e)}; else GO111MODULE=off go vet ${sh(e)}; fi`,
  run: () => `./.bin/main`,
  env: {
    GOCACHE: '/workspace/.cache/go-build',
    GOPATH: '/workspace/.cache/go',
    GOMODCACHE: `/workspace/${LAYER}/mod`,
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=mod',
    CGO_ENABLED: '0',
  },
  install: {
    tool: 'go',
    command: (p) =>
      `go mod init sandbox.check >/dev/null 2>&1; go get ${quoteAll(p)} && mkdir -p ${PROJECT} && cp go.mod ${PROJECT}/ && if [ -f go.sum ]; then cp go.sum ${PROJECT}/; fi`,
    layer: { outputs: [LAYER], reads: ['go.mod', 'go.sum'], localSources: goLocalSources },
  },
  // Go compiles the standard library into its build cache on first use (~8 s):
  // the packages documentation uses most, built once.
  cacheSeed: {
    files: {
      'main.go':
        'package main\nimport (\n"bufio"\n"encoding/json"\n"errors"\n"fmt"\n"math"\n"os"\n"sort"\n"strconv"\n"strings"\n"sync"\n"time"\n)\nvar _ = []any{bufio.NewReader, json.Marshal, errors.New, math.Sqrt, os.Exit, sort.Ints, strconv.Itoa, strings.Split, sync.NewCond, time.Now}\nfunc main(){ fmt.Println() }\n',
    },
    command: 'GO111MODULE=off go build -o /tmp/seed main.go',
  },
  snippets: { shape },
});
