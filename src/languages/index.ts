// The languages sandbox-checks runs: one module each, one line here. Adding a
// language is a new src/languages/<id>.ts (a Language, language.ts, passed to
// defineLanguage) and its import below; the planner, the engine, the
// providers, the E2B template and setup.sh read it from here. The order of
// the lines is the order reports and messages list the languages in.

import './javascript.js';
import './typescript.js';
import './python.js';
import './go.js';
import './rust.js';
import './ruby.js';
import './php.js';
import './java.js';
import './c.js';
import './cpp.js';
import './csharp.js';
import './bash.js';

export {
  defineLanguage,
  findLanguage,
  getLanguage,
  knownLanguages,
  LANGUAGES,
  languageForFile,
  prepareSnippetConventions,
  sessionLanguages,
  toolsOf,
  UnknownLanguageError,
} from './catalog.js';
export { SourceError } from './language.js';
export type { InfoOption, Language, PackageInstaller, RunContext, SessionBlock, SetupCode, ShapeInput, Shaped, SnippetBlock } from './language.js';
export { transpileTypeScript } from './typescript.js';
