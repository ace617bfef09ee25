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

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${describeFailure(process.argv[2] ?? '', err).text}\n`);
    process.exitCode = EXIT.failure;
  },
);
