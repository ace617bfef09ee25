// Plain-JS entry of the Node runner's worker thread. The worker code is TypeScript; a worker does not
// inherit the parent's loader (vitest's transform or the tsx CLI), and `execArgv: ['--import', 'tsx']`
// is not honoured by workers on Node 20, so load it through tsx's API, which works in any parent.
import { tsImport } from 'tsx/esm/api';

await tsImport('./python-node.worker.ts', import.meta.url);
