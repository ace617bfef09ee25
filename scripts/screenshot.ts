/**
 * Takes docs/screenshot.png: a finished LCE solution in the real built app (vite preview, same
 * headers as `npm start`), solved through the OpenAI-compatible engine against the scripted local
 * server, with Python run by the page's real Pyodide worker and the verdict from the real critic.
 *
 *   npx tsx scripts/screenshot.ts [--out PATH] [--tab solve|models|python] [--dark] [--width N] [--height N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launchChromium } from '../tests/e2e/support/browser';
import { lastOutputIn, startScriptedOpenAiServer, type Script } from '../tests/support/scripted-openai-server';
import { parseFlags, wholeFlag } from '../src/cli/args';

const QUESTION = 'How many positive divisors does $2024$ have?';

/** A three-round LCE solution whose later rounds quote the real execution outputs. */
const script: Script = ({ prompt }) => {
  const rounds = prompt.split('```output').length - 1;
  const out = lastOutputIn(prompt)?.trim() ?? '';
  if (rounds === 0) {
    return (
      'If $n = p_1^{a_1} p_2^{a_2} \\cdots p_k^{a_k}$, then $n$ has $d(n) = (a_1+1)(a_2+1)\\cdots(a_k+1)$ positive divisors. ' +
      'So I first factor $2024$.\n```python\nfrom sympy import factorint\n\nfactors = factorint(2024)\nprint(factors)\n```\n```output\n'
    );
  }
  if (rounds === 1) {
    return (
      `The factorisation is \`${out}\`, that is $2024 = 2^3 \\cdot 11 \\cdot 23$, so\n\n$$d(2024) = (3+1)(1+1)(1+1) = 16.$$\n\n` +
      'Let me check by counting the divisors directly.\n```python\ndivisors = [d for d in range(1, 2025) if 2024 % d == 0]\nprint(len(divisors), divisors[:6])\n```\n```output\n'
    );
  }
  return `Both ways agree (the count printed ${out.split(' ')[0]}). Therefore $2024$ has $\\boxed{${out.split(' ')[0]}}$ positive divisors.`;
};

async function main(): Promise<number> {
  const flags = parseFlags('screenshot', process.argv.slice(2), {
    out: { type: 'string' },
    tab: { type: 'string' },
    dark: { type: 'boolean' },
    width: { type: 'string' },
    height: { type: 'string' },
  });
  const out = flags.out ?? 'docs/screenshot.png';
  const tab = flags.tab ?? 'solve';
  const width = wholeFlag('screenshot', 'width', flags.width, 1280);
  const height = wholeFlag('screenshot', 'height', flags.height, 1180);
  const outDir = mkdtempSync(join(tmpdir(), 'lce-shot-'));
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const llm = await startScriptedOpenAiServer({ script, model: 'qwen2.5-math-1.5b-instruct', tokenDelayMs: 2 });
  const browser = await launchChromium();
  try {
    const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2, colorScheme: flags.dark ? 'dark' : 'light' });
    const page = await context.newPage();
    const q = new URLSearchParams({ engine: 'openai', baseUrl: llm.baseUrl, model: 'qwen2.5-math-1.5b-instruct' });
    await page.goto(`${base}/?${q}`);
    if (tab === 'solve') {
      await page.getByLabel('Problem', { exact: true }).fill(QUESTION);
      await page.getByLabel('Reference answer').fill('16');
      await page.getByRole('radio', { name: 'LCE' }).check();
      await page.getByRole('button', { name: 'Solve' }).click();
      await page.getByTestId('verdict').waitFor({ timeout: 120_000 });
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
    } else {
      await page.getByRole('tab', { name: tab === 'models' ? 'Models' : 'Python' }).click();
      if (tab === 'python') {
        await page.getByRole('button', { name: 'Run' }).click();
        await page.getByLabel('Python output').getByText(/\d/).waitFor({ timeout: 120_000 });
      } else await page.getByTestId('storage-estimate').getByText(/used|report/).waitFor();
    }
    await page.screenshot({ path: out });
    console.log(`Wrote ${out}`);
    return 0;
  } finally {
    await browser.close();
    await llm.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
