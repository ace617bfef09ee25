/** The public problem sets shipped with the app (public/problems/sets.json), one click from the Batch view. */
import { parseBundledSets, type BundledSet } from '../../../core/problem';
import { urlSource, type ImportSource } from './import-source';

/** Reads the manifest under `base` (the app's `problems/` folder). Throws a sentence when it cannot. */
export async function loadBundledSets(base: string, fetcher: typeof fetch = fetch): Promise<BundledSet[]> {
  const url = new URL('sets.json', base).href;
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`The list of shipped problem sets could not be read (${url} answered HTTP ${response.status}).`);
  const parsed = parseBundledSets(await response.json());
  if (parsed.kind === 'invalid') throw new Error(`The list of shipped problem sets is damaged: ${parsed.reason}.`);
  return parsed.sets;
}

/** The import source of one shipped set: its file beside the manifest, its name, source and licence. */
export function bundledSource(set: BundledSet, base: string): ImportSource {
  const source = urlSource(new URL(set.file, base).href, { name: set.name, licence: set.licence, kind: 'bundled' });
  return { ...source, source: set.source, origin: { ...source.origin, name: set.upstream } };
}
