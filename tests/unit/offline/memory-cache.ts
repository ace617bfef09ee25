/**
 * MemoryCache / MemoryCacheStorage — test doubles of the browser's Cache API (Node has none), with
 * the behaviour the code under test relies on: keys are request URLs, `match` returns a clone,
 * opening a cache creates it.
 */
type Key = string | { url: string };
const urlOf = (k: Key) => (typeof k === 'string' ? new URL(k).href : k.url);

export class MemoryCache {
  private readonly entries = new Map<string, Response>();

  async put(key: Key, response: Response): Promise<void> {
    this.entries.set(urlOf(key), response.clone());
  }

  async match(key: Key): Promise<Response | undefined> {
    return this.entries.get(urlOf(key))?.clone();
  }

  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url));
  }

  async delete(key: Key): Promise<boolean> {
    return this.entries.delete(urlOf(key));
  }
}

export class MemoryCacheStorage {
  readonly caches = new Map<string, MemoryCache>();

  async open(name: string): Promise<MemoryCache> {
    let cache = this.caches.get(name);
    if (!cache) this.caches.set(name, (cache = new MemoryCache()));
    return cache;
  }

  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }

  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }

  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }

  async match(key: Key): Promise<Response | undefined> {
    for (const cache of this.caches.values()) {
      const hit = await cache.match(key);
      if (hit) return hit;
    }
    return undefined;
  }
}
