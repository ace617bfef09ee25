/**
 * Where a command's results go: checked before any work starts (a folder that does not exist must
 * not cost 14 s of grading and then every result), and written line by line as they come, so an
 * interrupted command keeps what it finished.
 */
import { accessSync, constants, createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { usageError } from './args';

/** Throws a usage error unless `path` can be created or written (its folder exists and is writable, it is not a folder). */
export function checkOutputPath(command: string, flag: string, path: string): void {
  if (path === '-') return;
  const full = resolve(path);
  const dir = dirname(full);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw usageError(command, `--${flag} ${path}: the folder ${dir} does not exist; create it first`);
  if (existsSync(full) && statSync(full).isDirectory()) throw usageError(command, `--${flag} ${path} is a folder; give a file name such as ${join(path, 'out.jsonl')}`);
  try {
    accessSync(existsSync(full) ? full : dir, constants.W_OK);
  } catch {
    throw usageError(command, `--${flag} ${path}: ${existsSync(full) ? 'the file' : `the folder ${dir}`} is not writable`);
  }
}

/** Lines written as they come, waiting when the stream is full. */
export interface LineWriter {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

async function writeTo(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Lines to standard output. */
export function stdoutLines(): LineWriter {
  return { write: (line) => writeTo(process.stdout, `${line}\n`), close: async () => undefined };
}

/** Lines to `path` (`-` = standard output), created or truncated now; `append` keeps what is there. */
export async function fileLines(path: string, options: { append?: boolean } = {}): Promise<LineWriter> {
  if (path === '-') return stdoutLines();
  const stream: WriteStream = createWriteStream(path, { flags: options.append ? 'a' : 'w' });
  let failure: Error | null = null;
  stream.on('error', (err) => (failure ??= err));
  await Promise.race([once(stream, 'open'), once(stream, 'error')]).catch(() => undefined);
  if (failure) throw failure;
  return {
    async write(line) {
      if (failure) throw failure;
      await writeTo(stream, `${line}\n`);
    },
    async close() {
      stream.end();
      await once(stream, 'close').catch(() => undefined);
      if (failure) throw failure;
    },
  };
}
