#!/usr/bin/env node
// The `lce` command (`npx lce …` in a clone after `npm install`): the TypeScript CLI loaded through
// tsx's API, the same way `npm run lce` runs it, without npm's banner or its `--`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
