/**
 * Samples files for the Data view tests and bench, written to a temporary folder (the page reads
 * them through a real file input): the 26 real fixture samples as `lce collect` wrote them, and
 * copies of them under new ids, runs and dates for volume.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readSampleLine } from '../../../src/core/dataset/sample-line';
import type { Sample } from '../../../src/core/dataset/sample';

const FIXTURE = new URL('../../fixtures/dataset/samples.jsonl', import.meta.url);

/** The fixture's lines, as written (sample schema 1). */
export function fixtureLines(): string[] {
  return readFileSync(FIXTURE, 'utf8').trim().split('\n');
}

/** The fixture samples upgraded to the current schema, as the store keeps them. */
export function fixtureSamples(): Sample[] {
  return fixtureLines().map((l) => {
    const r = readSampleLine(l);
    if (r.kind !== 'sample') throw new Error(r.reason);
    return r.sample;
  });
}

/** `n` samples copied round-robin from the fixtures, in run `runId`, each with its own id, problem id and time. */
export function copies(n: number, runId: string, start = 0): Sample[] {
  const base = fixtureSamples();
  return Array.from({ length: n }, (_, k) => {
    const i = start + k;
    const s = base[i % base.length]!;
    const problem = { ...s.problem, id: `${s.problem.id}~${Math.floor(i / base.length)}` };
    return { ...s, id: `${runId}/${problem.id}/${s.method}/${i}`, runId, attempt: 0, problem, createdAt: new Date(Date.UTC(2026, 11, 1) + i * 1000).toISOString() };
  });
}

/** A temporary folder for files; `cleanup` removes it. */
export function tempFiles(): { write(name: string, text: string | string[]): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lce-samples-'));
  return {
    write(name, text) {
      const path = join(dir, name);
      writeFileSync(path, Array.isArray(text) ? `${text.join('\n')}\n` : text);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Opens the Data tab and waits for its count. */
export async function openDataTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByTestId('sample-count').or(page.getByTestId('storage-off')).waitFor();
}

/** The count the Data view shows, as a number (null while counting). */
export async function shownCount(page: Page): Promise<number | null> {
  const text = (await page.getByTestId('sample-count').textContent()) ?? '';
  const m = /^([\d,]+) samples?$/.exec(text);
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}

/** Imports `paths` through the page's file input and waits for the summary. */
export async function importFiles(page: Page, paths: string[], timeout = 120_000): Promise<string> {
  await page.getByLabel('Import samples files').setInputFiles(paths);
  // Plain Playwright waiting (no vitest): the bench imports through this too.
  await page.waitForFunction(() => document.querySelector('[data-testid="import-summary"]')?.textContent?.startsWith('Imported: ') === true, undefined, { timeout, polling: 200 });
  return (await page.getByTestId('import-summary').textContent()) ?? '';
}
