/**
 * The batch runner's `SampleSink` over a JSONL file, for `lce collect`: one sample per line,
 * appended whole as each finishes, so rerunning the command resumes from what the file holds.
 *
 * Opening it reads the ids already written. A last line a crash cut short (no newline, not a
 * sample) is dropped and its sample made again; a last line that is whole but lacks only its
 * newline gets one. A lock file beside it stops a second `lce collect` from writing the same file
 * at the same time (which could make a sample twice); a lock left by a process that died is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { modelKey, outcomeOf, type SampleOutcome, type SampleSink } from '../core/collect';
import type { Sample } from '../core/dataset/sample';
import { upgradeSample } from '../core/dataset/sample-upgrade';
import { usageError } from './args';
import { jsonlSource } from './jsonl-source';

/** What the first stored sample of a run says about how the run was made (to refuse a mismatched resume). */
export type RunSample = Pick<Sample, 'engine' | 'sampling' | 'caps' | 'method' | 'attempt'> & { problemId: string };

export interface JsonlSink extends SampleSink {
  /** A repaired last line: what was done, for the user. */
  readonly repaired: string | null;
  /** Lines that are not readable samples (left as they are, reported). */
  readonly unreadable: readonly string[];
  /** The first stored sample of `runId`, or null. */
  firstOf(runId: string): RunSample | null;
  /** Releases the file and its lock. */
  close(): Promise<void>;
}

/** The model key a stored sample was made with, as the runner computes it from the run's tag. */
const modelOf = (s: Sample) => modelKey({ engine: s.engine.kind, id: s.engine.model, ...(s.engine.quantization ? { quantization: s.engine.quantization } : {}) });

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `path.lock`, or says which live process holds it. */
function lock(command: string, path: string): () => void {
  const lockPath = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw usageError(command, `${path} is being written by another lce collect (process ${pid}); wait for it to finish or stop it, then run again`);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw usageError(command, `cannot lock ${path} (${lockPath} keeps coming back)`);
}

/** Finds a last line without its newline: keeps it (adding the newline) when it is a whole sample, else cuts it off. */
async function repairTail(file: FileHandle, size: number): Promise<string | null> {
  if (size === 0) return null;
  const last = Buffer.alloc(1);
  await file.read(last, 0, 1, size - 1);
  if (last[0] === 10) return null;
  // Walk back to the previous newline.
  let start = size;
  const chunk = Buffer.alloc(64 * 1024);
  while (start > 0) {
    const from = Math.max(0, start - chunk.length);
    const { bytesRead } = await file.read(chunk, 0, start - from, from);
    const nl = chunk.subarray(0, bytesRead).lastIndexOf(10);
    if (nl >= 0) {
      start = from + nl + 1;
      break;
    }
    start = from;
  }
  const tail = Buffer.alloc(size - start);
  await file.read(tail, 0, tail.length, start);
  let whole = false;
  try {
    whole = upgradeSample(JSON.parse(tail.toString('utf8'))).kind === 'ok';
  } catch {
    whole = false;
  }
  if (whole) {
    await file.appendFile('\n');
    return 'the last line lacked its newline (an interrupted write); it was added';
  }
  await file.truncate(start);
  return `dropped the last line (${tail.length} bytes), cut short by an interrupted write; its sample will be made again`;
}

/** Opens (or creates) `path` as the sink of `lce collect`. */
export async function openJsonlSink(command: string, path: string): Promise<JsonlSink> {
  const unlock = lock(command, path);
  let file: FileHandle | null = null;
  try {
    file = await open(path, 'a+');
    const repaired = await repairTail(file, (await file.stat()).size);
    const ids = new Set<string>();
    const byRun = new Map<string, SampleOutcome[]>();
    const first = new Map<string, RunSample>();
    const unreadable: string[] = [];
    const source = jsonlSource([path]);
    for await (const item of source.scan()) {
      if (item.kind !== 'record') {
        unreadable.push(`${item.where}: ${item.reason}`);
        continue;
      }
      const read = upgradeSample(item.value);
      if (read.kind !== 'ok') {
        unreadable.push(`${item.where}: ${read.kind === 'newer' ? `written by a newer version (schema ${read.version})` : read.reason}`);
        continue;
      }
      const s = read.sample;
      if (ids.has(s.id)) continue;
      ids.add(s.id);
      if (s.runId === undefined) continue;
      const list = byRun.get(s.runId) ?? byRun.set(s.runId, []).get(s.runId)!;
      list.push(outcomeOf(s, modelOf(s)));
      if (!first.has(s.runId)) first.set(s.runId, { engine: s.engine, sampling: s.sampling, caps: s.caps, method: s.method, attempt: s.attempt, problemId: s.problem.id });
    }
    await source.close();
    const handle = file;
    let queue: Promise<unknown> = Promise.resolve();
    return {
      repaired,
      unreadable,
      firstOf: (runId) => first.get(runId) ?? null,
      async stored(runId) {
        return [...(byRun.get(runId) ?? [])];
      },
      put(sample, outcome) {
        // One append at a time, each a whole line: concurrent samples never interleave.
        const next = queue.then(async (): Promise<'written' | 'exists'> => {
          if (ids.has(sample.id)) return 'exists';
          await handle.appendFile(`${JSON.stringify(sample)}\n`);
          ids.add(sample.id);
          if (outcome.runId !== null) (byRun.get(outcome.runId) ?? byRun.set(outcome.runId, []).get(outcome.runId)!).push(outcome);
          return 'written';
        });
        queue = next.catch(() => undefined);
        return next;
      },
      async close() {
        await queue;
        await handle.close();
        unlock();
      },
    };
  } catch (err) {
    await file?.close();
    unlock();
    throw err;
  }
}
