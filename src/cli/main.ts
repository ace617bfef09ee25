/**
 * `npm run -s lce -- <command> [flags]`: the Node shell over the same core the page uses.
 * Each command lives in ./commands/<name>.ts and exports `run(args): Promise<number>` (the exit code)
 * and a one-line `summary`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { isAbortError } from '../core/errors';

interface CommandModule {
  summary: string;
  run(args: string[]): Promise<number>;
}

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'commands');

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

async function printHelp(): Promise<void> {
  const lines = ['Usage: npm run -s lce -- <command> [flags]', '', 'Commands:'];
  for (const name of commandNames()) {
    const mod = await loadCommand(name);
    lines.push(`  ${name.padEnd(10)} ${mod?.summary ?? ''}`);
  }
  lines.push('', 'Run `npm run -s lce -- <command> --help` for its flags.');
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await printHelp();
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    process.stderr.write(`Unknown command "${name}". Commands: ${commandNames().join(', ')}.\n`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (isAbortError(err)) {
      process.exitCode = 130;
      return;
    }
    const e = err as { name?: string; message?: string };
    process.stderr.write(`${e.name ?? 'Error'}: ${e.message ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
