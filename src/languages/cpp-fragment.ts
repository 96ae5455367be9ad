// C++ blocks without `main`: declarations are compiled only, statements are
// wrapped in `int main()`, with the whole standard library included
// (`<bits/stdc++.h>`: documentation rarely shows its includes). Rules:
// src/languages/fragments.ts.

import type { FragmentRules, Item, ItemKind } from './fragments.js';
import { cKind } from './c-fragment.js';

const TYPE_START = /^(class|namespace|template|using|typedef|struct|union|enum|concept|export|module|import)\b/;
/** `std::vector<int> v{…};`, `auto x = …;`: a declaration of a variable. */
const CPP_VARIABLE = /^(?:(?:static|extern|const|constexpr|inline|thread_local|unsigned|signed|volatile|long|short)\s+)*[A-Za-z_][\w:]*(?:<[^;=]*>)?(?:\s*[*&]+\s*|\s+)[\s*&]*[A-Za-z_]\w*\s*(?:\[[^\]]*\]\s*)*(?:=|;|,|\{|\()/;

export function cppKind(it: Item): ItemKind {
  const h = it.head;
  if (TYPE_START.test(h)) return 'type';
  const k = cKind(it);
  if (k !== 'statement') return k;
  if (CPP_VARIABLE.test(h) && !/^[\w:]+\s*(<<|>>)/.test(h) && !/^return\b/.test(h)) return 'variable';
  return 'statement';
}

export const CPP_RULES: FragmentRules = {
  kind: cppKind,
  prelude: ['#include <bits/stdc++.h>'],
  entryOpen: () => 'int main() {',
  entryClose: 'return 0; }',
  declarationsTail: '',
};
