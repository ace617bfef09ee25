/**
 * What every command shares: finding it, -h/--help, --version, how its errors are printed and what
 * they exit with. Each command lives in ./commands/<name>.ts and exports a one-line `summary`, its
 * `usage` (the --help text) and `run(args): Promise<number>` (the exit code, see exit-codes.ts).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { nearestFlag } from './args';
import { EXIT, EXIT_CODES_HELP } from './exit-codes';
import { describeFailure } from './failure';
import { versionLine } from './version';

export interface CommandModule {
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

const here = dirname(fileURLToPath(import.meta.url));
const commandsDir = join(here, 'commands');

function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts') && !f.includes('.test.'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function loadCommand(name: string): Promise<CommandModule | null> {
  if (!commandNames().includes(name)) return null;
  return (await import(`./commands/${name}.ts`)) as CommandModule;
}


async function help(): Promise<string> {
  const names = commandNames();
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const lines = [
    'lce: the LCE Playground core on the command line (the same solve loop, sandbox and critic as the page).',
    '',
    'Usage: lce <command> [flags]',
    '       npx lce <command> [flags]           in a clone of the repository, after npm install',
    '       npm run -s lce -- <command> [flags] the same (-s keeps npm\'s banner out of the output, -- passes the flags on)',
    '',
    'Commands:',
  ];
  for (const name of names) lines.push(`  ${name.padEnd(width)}${(await loadCommand(name))?.summary ?? ''}`);
  lines.push('', 'Run lce <command> --help for its flags. lce --version prints the version.', '', 'Results go to standard output (JSON, one object per line); progress, warnings and summaries to standard error.', EXIT_CODES_HELP);
  return lines.join('\n') + '\n';
}

/** `npm run lce` without `-s` writes a banner to standard output, which corrupts results piped on. */
export function npmPrintedBanner(env: NodeJS.ProcessEnv = process.env, stdoutIsTty = process.stdout.isTTY === true): boolean {
  return env.npm_lifecycle_event === 'lce' && env.npm_config_loglevel !== 'silent' && !stdoutIsTty;
}

/** True when `args` ask for help before any `--` terminator. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

/** Runs `lce` with `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${versionLine()}\n`);
    return EXIT.ok;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] ? await loadCommand(rest[0]) : null;
    process.stdout.write(topic ? topic.usage : await help());
    return EXIT.ok;
  }
  if (!name) {
    process.stderr.write(await help());
    return EXIT.usage;
  }
  const command = await loadCommand(name);
  if (!command) {
    const near = nearestFlag(name, commandNames());
    const hint = name.startsWith('-') ? 'put the command first, e.g. lce solve --help' : `${near ? `did you mean ${near}? ` : ''}The commands are ${commandNames().join(', ')}`;
    process.stderr.write(`lce: unknown command "${name}"; ${hint}.\n`);
    return EXIT.usage;
  }
  if (asksForHelp(rest)) {
    process.stdout.write(command.usage);
    return EXIT.ok;
  }
  if (npmPrintedBanner()) {
    process.stderr.write('lce: npm printed its "> lce-playground… lce" banner on standard output, ahead of the results; use npm run -s lce -- … (or npx lce …) to keep it out.\n');
  }
  try {
    return await command.run(rest);
  } catch (err) {
    const { code, text } = describeFailure(name, err);
    process.stderr.write(`${text}\n`);
    return code;
  }
}

