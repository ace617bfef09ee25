/**
 * Where a problem set's text comes from: a File decoded piece by piece (bad bytes reported, not
 * lost), a download from a real local HTTP server (its errors as sentences), Cancel mid-way.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getProblems } from '../../../src/store';
import { createProblemImport } from '../../../src/ui/state/batch/problem-import';
import { fileSource, sourceFromName, urlSource } from '../../../src/ui/state/batch/import-source';
import { freshStore } from '../store/support';

let server: Server;
let origin = '';
const BIG = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ question: `What is ${i} + 1?`, answer: String(i + 1) })).join('\n');

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/sums.jsonl') {
      res.writeHead(200, { 'content-type': 'application/jsonl', 'content-length': Buffer.byteLength(BIG) });
      res.end(BIG);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('no such file');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const importer = async () => {
  const db = await freshStore();
  return Object.assign(createProblemImport({ store: async () => db, breathe: async () => undefined }), { db });
};

describe('problem set sources', () => {
  describe('should read a file piece by piece and report what was not UTF-8', () => {
    test('for a JSONL file with a Latin-1 line', async () => {
      const bytes = Buffer.concat([Buffer.from('{"question":"What is 1 + 1?","answer":"2"}\n{"question":"Caf'), Buffer.from([0xe9]), Buffer.from('?"}\n')]);
      const imp = await importer();
      const result = await imp.read(fileSource(new File([bytes], 'my set.jsonl')));
      expect(result!.issues[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/not UTF-8/) });
      const saved = await imp.save('my set');
      expect((await getProblems(imp.db, saved.id)).map((p) => p.id)).toEqual(['my-set#0']);
    });
  });

  describe('should download a set with progress against its length', () => {
    test('for 20,000 lines from a local server', async () => {
      const imp = await importer();
      const fractions: number[] = [];
      const stop = imp.state.subscribe((s) => {
        if (s.kind === 'reading' && s.progress?.totalChars) fractions.push(s.progress.charsRead / s.progress.totalChars);
      });
      const result = await imp.read(urlSource(`${origin}/sums.jsonl`));
      stop();
      expect(result!.counts.kept).toBe(20_000);
      expect(fractions.length).toBeGreaterThan(2);
      expect(fractions.at(-1)).toBe(1);
    });
  });

  describe('should say in a sentence why a download gave nothing', () => {
    test('for a 404 and for a server that is not there', async () => {
      const imp = await importer();
      await imp.read(urlSource(`${origin}/missing.jsonl`));
      expect(imp.state.value).toMatchObject({ kind: 'failed', message: `${origin}/missing.jsonl answered HTTP 404 Not Found; nothing was imported.` });
      await imp.read(urlSource('http://127.0.0.1:9/x.jsonl'));
      expect(imp.state.value).toMatchObject({ kind: 'failed', message: expect.stringMatching(/could not be fetched \(fetch failed\)\. Check the address.*\(CORS\)\.$/) });
      expect(() => urlSource('not a url at all')).toThrow(/is not a URL/);
    });
  });

  describe('should stop when cancelled and keep nothing', () => {
    test('for Cancel after the first piece', async () => {
      const imp = await importer();
      let cancelled = false;
      const reading = imp.read({ ...urlSource(`${origin}/sums.jsonl`) });
      const stop = imp.state.subscribe((s) => {
        if (s.kind === 'reading' && s.progress && !cancelled) {
          cancelled = true;
          imp.cancel();
        }
      });
      expect(await reading).toBeNull();
      stop();
      expect(imp.state.value).toEqual({ kind: 'idle' });
    });
  });

  describe('should make a problem-id prefix from a name', () => {
    test.each([['gsm8k test.jsonl', 'gsm8k-test'], ['Ünïcode!.csv', 'n-code'], ['...', '...'], ['', 'set']])('for %j', (name, source) => {
      expect(sourceFromName(name)).toBe(source);
    });
  });
});
