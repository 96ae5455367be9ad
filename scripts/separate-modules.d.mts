// Types of scripts/separate-modules.mjs (plain JavaScript, run by the bundle step).
interface NccStats {
  entrypoints?: { main?: { chunks?: (string | number)[] } };
  modules: { id: string | number; name: string; chunks: (string | number)[] }[];
}
/** The ids of the modules of `pkg` that ncc put in the entry's own chunk. */
export function mainChunkModules(stats: NccStats, pkg: string): string[];
/** The main chunk with modules `ids` replaced by stubs that require `file`, and that file's text. */
export function separateModules(source: string, ids: string[], file: string): { source: string; separate: string };
