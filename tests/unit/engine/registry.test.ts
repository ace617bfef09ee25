import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import {
  createEngine,
  ENGINES,
  engineEntry,
  engineContextFromFlags,
  engineFlagSpec,
  engineFlagsHelp,
  engineKey,
  engineSecretsFromFlags,
  engineSettingsFromFlags,
  engineSettingsToFlags,
  engineSettingsToParams,
  parseEngineSettings,
  type EngineSettings,
} from '../../../src/engine/registry';
import { loadRecordingsFromDir, REPLAY_DIR } from '../../../src/engine/node/replay-files';
import { loadRecordings, recordingsOverHttp } from '../../../src/engine/replay/load';
import { DEFAULT_MODEL_ID } from '../../../src/engine/webllm/catalog-ids';
import { fakeGpu } from './support/fake-gpu';
import { FakeMlcWorker } from './support/fake-mlc-worker';
import { type LocalServer, startLocalServer } from './support/local-http-server';

let server: LocalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Serves public/replay/ over real HTTP, as vite preview would. */
async function serveReplayDir() {
  server = await startLocalServer((req, _b, res) => {
    const name = decodeURIComponent((req.url ?? '').replace(/^\/replay\//, ''));
    try {
      const body = readFileSync(join(REPLAY_DIR, name));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  return server.baseUrl.replace(/\/v1$/, '/replay/');
}

/** Parses `argv` the way a command does, with the registry's engine flags. */
function flagsOf(argv: string[]) {
  return parseArgs({ args: argv, options: engineFlagSpec(), strict: true }).values;
}

const EXAMPLES: EngineSettings[] = [
  { kind: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: 'qwen2.5-math-1.5b' },
  { kind: 'webllm', model: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' },
  { kind: 'webllm', model: 'My-Math-7B-q4f16_1-MLC', modelUrl: 'http://127.0.0.1:8000/m/', modelLibUrl: 'http://127.0.0.1:8000/m.wasm' },
  { kind: 'replay' },
  { kind: 'replay', recording: 'tora-gsm8k-0' },
];

describe('the engine registry', () => {
  describe('should round-trip settings through URL parameters', () => {
    test.each(EXAMPLES)('for %o', (settings) => {
      const query = engineSettingsToParams(settings).toString();
      expect(parseEngineSettings(new URLSearchParams(query))).toEqual(settings);
    });
  });

  describe('should round-trip settings through CLI flags', () => {
    test.each(EXAMPLES.filter((s) => s.kind !== 'webllm'))('for %o', (settings) => {
      expect(engineSettingsFromFlags(flagsOf(engineSettingsToFlags(settings)), 'solve')).toEqual(settings);
    });
  });

  describe('should read the documented URL forms', () => {
    test('for each kind', () => {
      expect(parseEngineSettings(new URLSearchParams('?engine=openai&baseUrl=http://127.0.0.1:8080/v1&model=qwen2.5-math-1.5b'))).toEqual(EXAMPLES[0]);
      expect(parseEngineSettings(new URLSearchParams('?engine=webllm'))).toEqual({ kind: 'webllm', model: DEFAULT_MODEL_ID });
      expect(parseEngineSettings(new URLSearchParams('?engine=replay&recording=tora-gsm8k-0'))).toEqual(EXAMPLES[4]);
    });

    test('for no engine named, which gives none', () => {
      expect(parseEngineSettings(new URLSearchParams('?method=lce'))).toBeNull();
    });

    test('for incomplete settings kept for the page to show, when not checked', () => {
      expect(parseEngineSettings(new URLSearchParams('?engine=openai&baseUrl=http://h/v1'), { check: false })).toEqual({ kind: 'openai', baseUrl: 'http://h/v1' });
    });

    test('for an API key in the URL, which is never read', () => {
      expect(parseEngineSettings(new URLSearchParams('?engine=openai&baseUrl=http://h/v1&model=m&apiKey=sk-1'))).toEqual({ kind: 'openai', baseUrl: 'http://h/v1', model: 'm' });
    });
  });

  describe('should print no key, whatever the settings object holds', () => {
    test('for URL parameters and flags made from settings with a stray apiKey', () => {
      const settings = { kind: 'openai', baseUrl: 'http://h/v1', model: 'm', apiKey: 'sk-secret' } as EngineSettings;
      expect(engineSettingsToParams(settings).toString()).toBe('engine=openai&baseUrl=http%3A%2F%2Fh%2Fv1&model=m');
      expect(engineSettingsToFlags(settings)).toEqual(['--engine', 'openai', '--base-url', 'http://h/v1', '--model', 'm']);
    });

    test('for the key given as a flag, which comes back apart from the settings', () => {
      const flags = flagsOf(['--engine', 'openai', '--base-url', 'http://h/v1', '--model', 'm', '--api-key', ' sk-1 ']);
      expect(engineSettingsFromFlags(flags, 'solve')).toEqual({ kind: 'openai', baseUrl: 'http://h/v1', model: 'm' });
      expect(engineSecretsFromFlags(flags)).toEqual({ apiKey: 'sk-1' });
    });
  });

  test('should list in --help the flags of the kinds a command line can run, and no others', () => {
    const help = engineFlagsHelp();
    for (const flag of ['--engine replay|openai', '--recording ID', '--base-url URL', '--model NAME', '--context-window TOKENS', '--api-key KEY']) expect(help).toContain(flag);
    expect(help).not.toContain('--model-url');
    expect(help).not.toContain('--continuation');
    expect(Object.keys(engineFlagSpec()).sort()).toEqual(['api-key', 'base-url', 'connect-timeout-ms', 'context-window', 'engine', 'first-token-timeout-ms', 'idle-timeout-ms', 'model', 'recording']);
    expect(help).toMatch(/--connect-timeout-ms N +time limit until the server answers a request \(default 60000; openai\)/);
  });

  describe('should read the context window and the continuation mode', () => {
    test.each([
      ['for a server whose window the user knows', '?engine=openai&baseUrl=http://h/v1&model=m&contextWindow=8192', { kind: 'openai', baseUrl: 'http://h/v1', model: 'm', contextWindow: '8192' }, 8192],
      ['for a server whose window is left to it', '?engine=openai&baseUrl=http://h/v1&model=m', { kind: 'openai', baseUrl: 'http://h/v1', model: 'm' }, undefined],
      ['for a web-llm model, with its record’s window', `?engine=webllm&model=Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC`, { kind: 'webllm', model: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' }, 4096],
      ['for a web-llm model run with a smaller window and the completions fallback', `?engine=webllm&model=Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC&contextWindow=2048&continuation=completions`, { kind: 'webllm', model: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC', contextWindow: '2048', continuation: 'completions' }, 2048],
      ['for a self-hosted model', '?engine=webllm&model=m-q4f16_1-MLC&modelUrl=http://h/m/&modelLibUrl=http://h/m.wasm', { kind: 'webllm', model: 'm-q4f16_1-MLC', modelUrl: 'http://h/m/', modelLibUrl: 'http://h/m.wasm' }, 4096],
      ['for a replay, which has no window', '?engine=replay', { kind: 'replay' }, undefined],
    ])('%s', (_, query, settings, window) => {
      const parsed = parseEngineSettings(new URLSearchParams(query))!;
      expect(parsed).toEqual(settings);
      expect(engineSettingsToParams(parsed).toString()).toBe(query.slice(1).replace(/:/g, '%3A').replace(/\//g, '%2F'));
      expect(engineEntry(parsed.kind)!.contextWindow?.(parsed as never)).toBe(window);
    });

    test.each([
      ['?engine=openai&baseUrl=http://h/v1&model=m&contextWindow=lots', 'Engine settings: engine=openai: contextWindow must be a whole number of tokens of at least 256, not "lots"'],
      ['?engine=openai&baseUrl=http://h/v1&model=m&contextWindow=100', /at least 256, not "100"/],
      ['?engine=webllm&contextWindow=4096.5', /contextWindow must be a whole number/],
      ['?engine=webllm&continuation=fast', 'Engine settings: engine=webllm: continuation must be chat or completions, not "fast"'],
    ])('and refuse %s with a sentence naming the parameter', (query, message) => {
      expect(() => parseEngineSettings(new URLSearchParams(query))).toThrow(message);
    });

    test('and take the window as a CLI flag for a server', () => {
      const flags = flagsOf(['--engine', 'openai', '--base-url', 'http://h/v1', '--model', 'm', '--context-window', '4096']);
      expect(engineSettingsFromFlags(flags, 'solve')).toEqual({ kind: 'openai', baseUrl: 'http://h/v1', model: 'm', contextWindow: '4096' });
      expect(() => engineSettingsFromFlags(flagsOf(['--engine', 'openai', '--base-url', 'http://h/v1', '--model', 'm', '--context-window', 'x']), 'solve')).toThrow('lce solve: --engine openai: --context-window must be a whole number of tokens of at least 256, not "x"');
    });
  });

  describe('should read the request time limits apart from the settings', () => {
    test('for each of the three limits, in milliseconds', () => {
      const flags = flagsOf(['--engine', 'openai', '--base-url', 'http://h/v1', '--model', 'm', '--connect-timeout-ms', '500', '--first-token-timeout-ms', '9000', '--idle-timeout-ms', '2000']);
      expect(engineSettingsFromFlags(flags, 'solve')).toEqual({ kind: 'openai', baseUrl: 'http://h/v1', model: 'm' });
      expect(engineContextFromFlags(flags, 'solve')).toEqual({ timeouts: { connectMs: 500, firstTokenMs: 9000, idleMs: 2000 } });
    });

    test.each([['0'], ['-5'], ['1.5'], ['soon']])('for a limit of %s, refused', (value) => {
      expect(() => engineContextFromFlags(flagsOf([`--idle-timeout-ms=${value}`]), 'collect')).toThrow(`lce collect: --idle-timeout-ms must be a whole number of milliseconds, at least 1, got "${value}".`);
    });

    test('for a limit given to an engine that makes no requests', () => {
      expect(() => engineSettingsFromFlags(flagsOf(['--engine', 'replay', '--idle-timeout-ms', '5']), 'solve')).toThrow('lce solve: --idle-timeout-ms does not apply to --engine replay.');
    });
  });

  test('should give equal keys for equal settings and different keys for different ones', () => {
    expect(engineKey({ kind: 'openai', model: 'm', baseUrl: 'http://h/v1' })).toBe(engineKey({ kind: 'openai', baseUrl: 'http://h/v1', model: 'm' }));
    expect(engineKey({ kind: 'openai', baseUrl: 'http://h/v1', model: 'm' })).not.toBe(engineKey({ kind: 'openai', baseUrl: 'http://h/v1', model: 'n' }));
  });

  describe('should refuse unusable settings with a sentence naming the field as its source spells it', () => {
    test.each([
      ['?engine=openai&model=m', 'Engine settings: engine=openai needs baseUrl: the API root of the server, e.g. http://127.0.0.1:8080/v1'],
      ['?engine=openai&baseUrl=http://h/v1', /^Engine settings: engine=openai needs model: the name the server serves/],
      ['?engine=webllm&modelUrl=http://h/m/', /needs both modelUrl \(its weights\) and modelLibUrl/],
      ['?engine=gpt', 'Engine settings: engine must be replay, openai or webllm, not "gpt"'],
    ])('for the URL %s', (query, message) => {
      expect(() => parseEngineSettings(new URLSearchParams(query))).toThrow(message);
    });

    test.each([
      [['--engine', 'openai', '--model', 'm'], 'lce solve: --engine openai needs --base-url: the API root of the server, e.g. http://127.0.0.1:8080/v1'],
      [[], 'lce solve: --engine is required: replay or openai.'],
      [['--engine', 'gpt'], 'lce solve: --engine must be replay or openai, not "gpt".'],
      [['--engine', 'webllm'], 'lce solve: --engine webllm runs only in a browser (the In-browser model); use replay or openai.'],
      [['--engine', 'replay', '--base-url', 'http://h/v1'], 'lce solve: --base-url does not apply to --engine replay.'],
      [['--engine', 'replay', '--api-key', 'k'], 'lce solve: --api-key does not apply to --engine replay.'],
    ])('for the flags %j', (argv, message) => {
      expect(() => engineSettingsFromFlags(flagsOf(argv), 'solve')).toThrow(message);
    });

    test('for settings made in the page, named by their field labels', async () => {
      await expect(createEngine({ kind: 'openai', baseUrl: 'http://h/v1', model: '' })).rejects.toThrow(/^Engine settings: The OpenAI-compatible server needs Model: the name the server serves/);
    });
  });

  describe('should build each kind', () => {
    test('for openai', async () => {
      const engine = await createEngine({ kind: 'openai', baseUrl: 'http://127.0.0.1:1/v1', model: 'Qwen2.5-Math-7B-Instruct' });
      expect(engine.info).toMatchObject({ kind: 'openai', model: 'Qwen2.5-Math-7B-Instruct', family: 'qwen2.5-math', isRecording: false });
    });

    test('for webllm with an injected worker', async () => {
      const engine = await createEngine({ kind: 'webllm', model: DEFAULT_MODEL_ID }, { createWorker: () => new FakeMlcWorker({ script: () => ({ text: '' }) }) });
      expect(engine.info).toMatchObject({ kind: 'webllm', model: DEFAULT_MODEL_ID, contextWindow: 4096 });
    });

    test.each<[string, { continuation?: 'completions' }, string, boolean]>([
      ['the chat continuation by default, loaded with its text-appender template', {}, 'chatCompletionStreamInit', true],
      ['the completions fallback when the settings ask for it', { continuation: 'completions' }, 'completionStreamInit', false],
    ])('for webllm with %s', async (_, extra, request, template) => {
      const worker = new FakeMlcWorker({ script: () => ({ text: 'ok' }) });
      // The pre-load check reads navigator.gpu: give it a FakeGpuAdapter (no GPU here).
      vi.stubGlobal('navigator', { ...globalThis.navigator, gpu: fakeGpu() });
      onTestFinished(() => void vi.unstubAllGlobals());
      const engine = await createEngine({ kind: 'webllm', model: DEFAULT_MODEL_ID, contextWindow: '2048', ...extra }, { createWorker: () => worker });
      expect(engine.info.contextWindow).toBe(2048);
      await engine.load();
      const reload = worker.received.find((m) => m.kind === 'reload')!.content as { chatOpts?: { context_window_size?: number; conv_config?: unknown }[] };
      expect(reload.chatOpts?.[0]?.context_window_size).toBe(2048);
      expect(reload.chatOpts?.[0]?.conv_config !== undefined).toBe(template);
      // Only the request's kind matters here: the fake worker answers the raw-prompt protocol alone.
      await (async () => {
        for await (const _e of engine.generate({ prompt: 'p', stop: [], maxTokens: 4 }));
      })().catch(() => undefined);
      expect(worker.kinds()).toContain(request);
    });

    test('for replay over HTTP, labelled as a recording', async () => {
      const replayBaseUrl = await serveReplayDir();
      const engine = await createEngine({ kind: 'replay', recording: 'tora-gsm8k-0' }, { replayBaseUrl });
      expect(engine.info).toMatchObject({ kind: 'replay', isRecording: true, model: 'ToRA-Code-34B v1.0' });
    });

    test('for every entry, whose engine reports the entry kind', () => {
      expect(ENGINES.map((e) => e.kind)).toEqual(['replay', 'openai', 'webllm']);
      for (const e of ENGINES) expect(e.initial.kind).toBe(e.kind);
    });
  });

  describe('should send the API key only to the engine, from the context', () => {
    test('for openai, as a bearer token', async () => {
      server = await startLocalServer((_req, _b, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: [] }));
      });
      const engine = await createEngine({ kind: 'openai', baseUrl: server.baseUrl, model: 'm' }, { apiKey: 'sk-ctx' });
      await engine.load();
      expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-ctx');
    });
  });
});

describe('loadRecordings', () => {
  describe('should load the demo set the same way from any source', () => {
    test('for every recording over HTTP, the same as read from disk', async () => {
      const replayBaseUrl = await serveReplayDir();
      expect(await loadRecordings(recordingsOverHttp(replayBaseUrl))).toEqual(await loadRecordingsFromDir());
    });

    test('for one recording by id', async () => {
      expect((await loadRecordingsFromDir(REPLAY_DIR, 'tora-gsm8k-0')).map((r) => r.id)).toEqual(['tora-gsm8k-0']);
    });
  });

  describe('should say what is wrong', () => {
    test('for an unknown recording id', async () => {
      const replayBaseUrl = await serveReplayDir();
      await expect(loadRecordings(recordingsOverHttp(replayBaseUrl), 'nope')).rejects.toThrow(/no recording "nope"; available: tora-gsm8k-0/);
      await expect(loadRecordingsFromDir(REPLAY_DIR, 'nope')).rejects.toThrow(/no recording "nope"; available: tora-gsm8k-0/);
    });

    test('for a server without the recordings', async () => {
      const replayBaseUrl = await serveReplayDir();
      await expect(loadRecordings(recordingsOverHttp(replayBaseUrl.replace('/replay/', '/missing/')))).rejects.toThrow(/HTTP 404.*build-replay-demo/);
    });

    test('for a directory without the recordings', async () => {
      await expect(loadRecordingsFromDir('/nonexistent-replay-dir')).rejects.toThrow(/index\.json: cannot read this replay file .*build-replay-demo/);
    });
  });
});
