/** Steps shared by the offline and static-host e2e tests: the service worker's state and the browser's caches. */
import type { Page } from 'playwright-core';

/** Waits until the service worker controls the page, i.e. its first install (the precache) is complete. */
export async function waitForOfflineCopy(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout, polling: 200 });
}

/** Names of the origin's caches. */
export function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/** What web-llm stores for one model, planted in the page's Cache Storage the way web-llm writes it. */
export interface PlantedModel {
  /** The weights base (`…/resolve/main/`) and the library URL, from the model's record. */
  weightsBase: string;
  library: string;
  withLibrary: boolean;
}

/**
 * Stands in for a finished web-llm download (no weights can be fetched on this machine): a
 * tensor-cache.json naming one shard, the shard, the tokenizer and chat config, and optionally the
 * compiled library, each under the cache and URL web-llm uses.
 */
export async function plantWebLlmModel(page: Page, model: PlantedModel): Promise<void> {
  await page.evaluate(async (m) => {
    const put = async (cache: string, url: string, body: string) => (await caches.open(cache)).put(url, new Response(body, { headers: { 'content-type': 'application/octet-stream' } }));
    await put('webllm/model', `${m.weightsBase}tensor-cache.json`, JSON.stringify({ metadata: {}, records: [{ dataPath: 'params_shard_0.bin', format: 'raw-shard', nbytes: 4, records: [] }] }));
    await put('webllm/model', `${m.weightsBase}params_shard_0.bin`, 'abcd');
    await put('webllm/model', `${m.weightsBase}tokenizer.json`, '{}');
    await put('webllm/config', `${m.weightsBase}mlc-chat-config.json`, '{}');
    if (m.withLibrary) await put('webllm/wasm', m.library, 'wasm');
  }, model);
}
