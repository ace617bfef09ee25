/**
 * Steps of the Batch view e2e tests: a scripted model that answers sums (in words for CoT, with a
 * real Python cell for LCE), importing a pasted set, starting a run, and reading the app's real
 * IndexedDB from the page.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { lastOutputIn, type Script } from '../support/scripted-openai-server';

/** `n` sums as JSONL, with references. */
export function sumsJsonl(n: number): string {
  return Array.from({ length: n }, (_, i) => JSON.stringify({ id: `q${i}`, question: `What is ${i + 2} + ${i + 3}?`, answer: String(2 * i + 5) })).join('\n');
}

/**
 * The model: CoT boxes the sum; LCE writes a cell that prints it and then boxes what the real
 * sandbox printed. `tokenDelayMs` paces it so a run lasts long enough to be interrupted.
 */
export function sumsScript(tokenDelayMs: number): Script {
  return ({ prompt, body }) => {
    const asked = [...prompt.matchAll(/What is (\d+) \+ (\d+)\?/g)].at(-1);
    const sum = Number(asked?.[1]) + Number(asked?.[2]);
    const stops = [body.stop ?? []].flat();
    if (!stops.some((s) => s?.includes('```output'))) return { text: `Adding the two numbers step by step gives $\\boxed{${sum}}$.`, tokenDelayMs };
    const out = lastOutputIn(prompt);
    if (out === null) return { text: `Let me add.\n\`\`\`python\nprint(${asked?.[1]} + ${asked?.[2]})\n\`\`\`\n\`\`\`output\n`, tokenDelayMs };
    return { text: `The program printed ${out.trim()}, so the answer is $\\boxed{${out.trim()}}$.`, tokenDelayMs };
  };
}

/** Opens the Batch tab and waits for the database. */
export async function openBatch(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Batch' }).click();
  await page.getByRole('heading', { name: 'Problem sets' }).waitFor();
  await expect.poll(() => page.getByText('Opening the local database…').count(), { timeout: 30_000 }).toBe(0);
}

/** Pastes `jsonl`, reads it and saves it as a set named `name`. */
export async function importPasted(page: Page, jsonl: string, name: string): Promise<void> {
  await page.getByRole('radio', { name: 'Paste', exact: true }).check();
  await page.getByLabel('Pasted problems').fill(jsonl);
  await page.getByRole('button', { name: 'Read pasted problems' }).click();
  await page.getByTestId('import-summary').waitFor();
  await page.getByLabel('Problem set name').fill(name);
  await page.getByRole('button', { name: /^Save \d+ problems$/ }).click();
  await page.getByRole('radio', { name: new RegExp(name) }).waitFor();
}

/** Sets the methods (by label) and k, then starts the run; returns the run id shown. */
export async function startRun(page: Page, methods: string[], k: number): Promise<string> {
  for (const m of ['CoT', 'Code', 'LCE', 'Auto']) {
    const box = page.getByRole('group', { name: 'Methods' }).getByLabel(m, { exact: true });
    if ((await box.isChecked()) !== methods.includes(m)) await box.click();
  }
  await page.getByLabel('Attempts per problem (k)').fill(String(k));
  await page.getByLabel('Attempts per problem (k)').blur();
  await page.getByRole('button', { name: 'Start run' }).click();
  const heading = page.getByRole('heading', { name: /^Run run-/ });
  await heading.waitFor({ timeout: 30_000 });
  return ((await heading.textContent()) ?? '').replace(/^Run /, '');
}

/** "done / total" as numbers. */
export async function doneOf(page: Page): Promise<{ done: number; total: number }> {
  const text = (await page.getByTestId('run-done').textContent().catch(() => null)) ?? '0 / 0';
  const [done, total] = text.split('/').map((x) => Number(x.replace(/[^\d]/g, '')));
  return { done: done ?? 0, total: total ?? 0 };
}

export interface StoredSample {
  id: string;
  createdAt: string;
  runId: string | undefined;
  answer: string | null;
}

/** Every sample and row in the app's IndexedDB, read in the page. */
export function readStore(page: Page): Promise<{ samples: StoredSample[]; rows: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ samples: StoredSample[]; rows: string[] }>((resolve, reject) => {
        const open = indexedDB.open('lce-playground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['samples', 'rows'], 'readonly');
          const samples = tx.objectStore('samples').getAll();
          const rows = tx.objectStore('rows').getAllKeys();
          tx.oncomplete = () => {
            db.close();
            resolve({
              samples: (samples.result as StoredSample[]).map((s) => ({ id: s.id, createdAt: s.createdAt, runId: s.runId, answer: s.answer })),
              rows: rows.result as string[],
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The ids a run of `problems` sums × `methods` × k must end with. */
export function plannedIds(runId: string, problems: number, methods: string[], k: number): string[] {
  const ids: string[] = [];
  for (let p = 0; p < problems; p++) for (let a = 0; a < k; a++) for (const m of methods) ids.push(`${runId}/pasted#q${p}/${m}/${a}`);
  return ids.sort();
}
