import { preview } from 'vite';
import { launchChromium } from '/work/wt-dataui/tests/e2e/support/browser';
import { tempFiles, openDataTab, copies } from '/work/wt-dataui/tests/e2e/support/sample-files';
const server = await preview({ root: '/work/wt-dataui', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await launchChromium();
const context = await browser.newContext();
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (m) => console.log('pageerror:', String(m)));
await page.goto(base);
await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120000 });
await page.waitForTimeout(3000);
await openDataTab(page);
const f = tempFiles();
const path = f.write('a.jsonl', copies(6000, 'r').map((s) => JSON.stringify(s)));
const used = await page.evaluate(async () => (await navigator.storage.estimate()));
console.log('estimate', used);
const cdp = await context.newCDPSession(page);
console.log(await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(base).origin, quotaSize: (used.usage ?? 0) + 4 * 2 ** 20 }));
console.log('after', await page.evaluate(async () => (await navigator.storage.estimate())));
await page.getByLabel('Import samples files').setInputFiles([path]);
for (let i = 0; i < 8; i++) {
  await page.waitForTimeout(2000);
  console.log(i, await page.getByTestId('import-status').textContent(), await page.evaluate(async () => (await navigator.storage.estimate())));
}
await browser.close(); await server.close(); f.cleanup();
