// Lets Node (>= 22.6, with --experimental-transform-types) run the emulator's
// TypeScript straight from the source tree: the project's imports say `.js`
// (NodeNext style) and this hook finds the `.ts` file behind them.
import { register } from 'node:module';

register(new URL('./resolve-ts.mjs', import.meta.url));
