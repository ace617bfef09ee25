/** Helpers of the data-io tests: the real fixture samples as file lines, files made of text or bytes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SampleFile } from '../../../src/data-io/import-job';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'dataset', 'samples.jsonl');

/** The 26 real fixture samples' lines (written at sample schema 1, so importing them upgrades them). */
export function fixtureLines(): string[] {
  return readFileSync(FIXTURE, 'utf8').trim().split('\n');
}

/** A file of `parts` (text or raw bytes), streamed in chunks of `chunk` bytes to cross every boundary. */
export function fileOf(name: string, parts: Array<string | Uint8Array>, chunk = 1000): SampleFile {
  const bytes = new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));
  return {
    name,
    size: bytes.length,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += chunk) controller.enqueue(bytes.slice(i, i + chunk));
          controller.close();
        },
      }),
  };
}
