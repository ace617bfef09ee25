/**
 * `lce <command> [flags]` (or `npx lce …`, or `npm run -s lce -- …`): the Node shell over the same
 * core the page uses. The commands and their conventions are in cli.ts.
 */
import { EXIT } from './exit-codes';
import { runCli } from './cli';
import { describeFailure } from './failure';

// `lce … | head` closes the pipe early: stop quietly instead of dying on EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(EXIT.ok);
  throw err;
});

let settled = false;
runCli(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (err: unknown) => {
    settled = true;
    process.stderr.write(`${describeFailure(process.argv[2] ?? '', err).text}\n`);
    process.exitCode = EXIT.failure;
  },
);

// Node ends a process whose event loop is empty even while a promise still waits (on a helper
// process that died, say), with exit code 0. A command that did not finish must never look done.
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.stderr.write(`lce ${process.argv[2] ?? ''}: stopped before finishing: an operation was left waiting on something that had gone away (run with LCE_DEBUG=1 and report it). What was written is kept.\n`);
  process.exitCode = EXIT.failure;
});
