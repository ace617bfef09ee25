/**
 * The sandbox's isolation claims as an adversarial corpus: Python that tries to reach what it must
 * not, by every route we know of, with the exact error each runtime must answer. Run against the
 * Node runner (tests/unit/sandbox/isolation-corpus.test.ts), the browser worker
 * (tests/e2e/sandbox-isolation.test.ts) and by a user on the self-test page (/diagnostics.html).
 * The tests check each probe from the outside too: a counting server, a canary file, a marker file
 * and the runner's liveness (see `ProbeTargets`).
 */
import type { CellResult } from '../../core/ports/python-runner';
import { CRAWL_PY } from './crawl-py';

/** What a probe tries to reach. */
export type Capability = 'network' | 'file' | 'process' | 'thread' | 'addon' | 'environment' | 'signal' | 'code' | 'storage' | 'page' | 'liveness';

/** The runtimes the corpus runs in. */
export type ProbeRuntime = 'node' | 'browser';

/** One isolation claim and the code that tries to break it. */
export interface IsolationProbe {
  id: string;
  claim: string;
  capability: Capability;
  /** Python; the placeholders of `ProbeTargets` are filled in by `probeCode`. */
  code: string;
  /** The error type the cell must report (per runtime when they differ); null: the cell must succeed. */
  expect: string | null | Record<ProbeRuntime, string | null>;
  /** When the cell succeeds, its value must be exactly this (e.g. `[]` for a search that finds nothing). */
  value?: string;
  /**
   * The probe only schedules work (asyncio, a timer) and leaves a future in `_t`: once it is done,
   * `_t.result()` must raise `expect`.
   */
  pending?: true;
  /** The cell's time limit when it needs more than `PROBE_LIMIT_MS`. */
  limitMs?: number;
  /** It leaves work behind that may cost the next cell a TimeoutError; the cell after that must run normally. */
  disturbsNext?: true;
}

/** Each probe cell's time limit: generous for a busy machine, short enough that a probe that hangs is caught. */
export const PROBE_LIMIT_MS = 5000;

/** What the probes aim at; the tests own each of them and check it afterwards. */
export interface ProbeTargets {
  /** Base URL of a server that counts requests (each probe adds `/<probe id>`). */
  url: string;
  /** Host and TCP port of that server, and a UDP port whose datagrams are counted. */
  host: string;
  port: number;
  udpPort: number;
  /** A host file holding `secret`, and its directory. */
  canary: string;
  dir: string;
  /** A host path that must not exist afterwards (a process or a write would create it). */
  marker: string;
  /** A host environment variable's name whose value is `secret`. */
  secretName: string;
}

const network = (id: string, claim: string, code: string, expect: IsolationProbe['expect'] = 'PermissionError'): IsolationProbe => ({ id, claim, capability: 'network', code, expect });

/** Every route we know of, grouped by what it tries to reach. */
export const ISOLATION_PROBES: IsolationProbe[] = [
  // Network: HTTP, WebSocket, raw sockets, DNS, through js, Pyodide's helpers and its package loader.
  network('js-fetch', 'no fetch() through js', 'import js\njs.fetch("{{URL}}/js-fetch")'),
  network('js-xhr', 'no XMLHttpRequest', 'import js\nx = js.XMLHttpRequest.new()\nx.open("GET", "{{URL}}/js-xhr", False)\nx.send()'),
  network('js-websocket', 'no WebSocket', 'import js\njs.WebSocket.new("ws://{{HOST}}:{{PORT}}/js-websocket")'),
  network('js-eventsource', 'no EventSource', 'import js\njs.EventSource.new("{{URL}}/js-eventsource")'),
  network('open-url', 'no pyodide.http.open_url', 'from pyodide.http import open_url\nopen_url("{{URL}}/open-url")'),
  { id: 'pyfetch', claim: 'no pyodide.http.pyfetch', capability: 'network', code: 'import asyncio\nfrom pyodide.http import pyfetch\n_t = asyncio.ensure_future(pyfetch("{{URL}}/pyfetch"))', expect: 'PermissionError', pending: true },
  network('socket-tcp', 'no raw TCP socket', 'import socket\ns = socket.socket()\ns.settimeout(3)\ns.connect(("{{HOST}}", {{PORT}}))\ns.sendall(b"GET /socket-tcp HTTP/1.0\\r\\n\\r\\n")', 'OSError'),
  network('socket-udp', 'no UDP datagram', 'import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.sendto(b"socket-udp", ("{{HOST}}", {{UDP_PORT}}))', 'OSError'),
  network('node-http', "no request through Node's http", 'import js\njs.process.getBuiltinModule("http").get("{{URL}}/node-http")'),
  network('node-net', "no connection through Node's net", 'import js\njs.process.getBuiltinModule("net").connect({{PORT}}, "{{HOST}}")'),
  network('urllib', 'no urllib request', 'import urllib.request\nurllib.request.urlopen("{{URL}}/urllib", timeout=3)', 'URLError'),
  // Emscripten resolves names itself (a made-up address): the proof is that no lookup leaves, and the connection fails.
  network('dns', 'no DNS lookup that leads anywhere', 'import socket\naddr = socket.getaddrinfo("localhost", {{PORT}})[0][4]\ns = socket.socket()\ns.settimeout(3)\ns.connect(addr)', 'OSError'),
  network('node-sockets', 'no Node sockets for Python (pyodide.useNodeSockFS)', 'import pyodide_js\npyodide_js.useNodeSockFS()\nimport socket\nsocket.create_connection(("{{HOST}}", {{PORT}}), timeout=3)'),
  network('node-sockets-internal', 'no Node sockets through the internal API', 'import pyodide_js\npyodide_js._api.initializeNodeSockFS()'),
  network('load-package-url', 'no package from an arbitrary URL', 'import pyodide_js\npyodide_js.loadPackage("{{URL}}/load-package-url/evil-1.0-py3-none-any.whl")'),
  network('package-manager', 'no package loading through the internal package manager', 'import pyodide_js\npyodide_js._api.packageManager.loadPackage("{{URL}}/package-manager/evil-1.0-py3-none-any.whl")'),
  network('load-binary-file', 'no file or URL through the internal loader', 'import pyodide_js\npyodide_js._api.loadBinaryFile("{{URL}}/load-binary-file")'),
  { id: 'micropip', claim: 'no micropip', capability: 'network', code: 'import micropip\nmicropip.install("{{URL}}/micropip/evil-1.0-py3-none-any.whl")', expect: 'ModuleNotFoundError' },
  // Code generation from strings: the way back to everything stripped.
  { id: 'constructor-chain', claim: 'no Function constructor through any JS object', capability: 'code', code: 'import js\njs.Object.constructor.constructor("return fetch(\'{{URL}}/constructor-chain\')")()', expect: 'PermissionError' },
  { id: 'proxy-constructor', claim: 'no Function constructor through a Python object converted to JS', capability: 'code', code: 'from pyodide.ffi import to_js\nto_js([1]).constructor.constructor("return globalThis")()', expect: 'PermissionError' },
  { id: 'js-eval', claim: 'no eval', capability: 'code', code: 'import js\njs.eval("fetch(\'{{URL}}/js-eval\')")', expect: 'PermissionError' },
  { id: 'run-js', claim: 'no pyodide.code.run_js', capability: 'code', code: 'from pyodide.code import run_js\nrun_js("fetch(\'{{URL}}/run-js\')")', expect: 'PermissionError' },
  { id: 'dynamic-import', claim: 'no dynamic import()', capability: 'code', code: 'from pyodide.code import run_js\nrun_js("import(\'data:text/javascript,fetch(%22{{URL}}/dynamic-import%22)\')")', expect: 'PermissionError' },
  { id: 'string-timer', claim: 'no timer from a string', capability: 'code', code: 'import js\njs.setTimeout("fetch(\'{{URL}}/string-timer\')", 0)', expect: { node: 'JsException', browser: null } },
  // Host files: Node's fs, Emscripten's and Pyodide's host mounts, Python's own file API.
  { id: 'open-host-file', claim: 'no host file through open()', capability: 'file', code: 'open("{{CANARY}}").read()', expect: 'FileNotFoundError' },
  { id: 'list-host-dir', claim: 'no host directory listing', capability: 'file', code: 'import os\nos.listdir("{{DIR}}")', expect: 'FileNotFoundError' },
  { id: 'fs-read', claim: "no host file through Node's fs", capability: 'file', code: 'import js\njs.process.getBuiltinModule("fs").readFileSync("{{CANARY}}", "utf8")', expect: 'PermissionError' },
  { id: 'fs-write', claim: "no host file written through Node's fs", capability: 'file', code: 'import js\njs.process.getBuiltinModule("fs").writeFileSync("{{MARKER}}", "x")', expect: 'PermissionError' },
  { id: 'mount-node-fs', claim: 'no host directory mounted (pyodide.mountNodeFS)', capability: 'file', code: 'import pyodide_js, os\npyodide_js.mountNodeFS("/mnt/host", "{{DIR}}")\nos.listdir("/mnt/host")', expect: 'PermissionError' },
  { id: 'nodefs', claim: "no host directory mounted with Emscripten's NODEFS", capability: 'file', code: 'import pyodide_js, os\nfrom pyodide.ffi import to_js\npyodide_js.FS.mkdirTree("/mnt/nodefs")\npyodide_js.FS.mount(pyodide_js.FS.filesystems.NODEFS, to_js({"root": "{{DIR}}"}, dict_converter=__import__("js").Object.fromEntries), "/mnt/nodefs")\nos.listdir("/mnt/nodefs")', expect: 'PermissionError' },
  { id: 'native-fs', claim: 'no File System Access API mount', capability: 'file', code: 'import pyodide_js\npyodide_js.mountNativeFS("/mnt/native", None)', expect: 'PermissionError' },
  // Processes, threads, addons, signals, the environment and the working directory.
  { id: 'os-system', claim: 'no shell command (os.system)', capability: 'process', code: 'import os\nos.system("touch {{MARKER}}")', expect: 'PermissionError' },
  { id: 'subprocess', claim: 'no subprocess', capability: 'process', code: 'import subprocess\nsubprocess.run(["touch", "{{MARKER}}"])', expect: 'OSError' },
  { id: 'child-process', claim: "no process through Node's child_process", capability: 'process', code: 'import js\njs.process.getBuiltinModule("child_process").execSync("touch {{MARKER}}")', expect: 'PermissionError' },
  { id: 'js-require', claim: 'no require()', capability: 'process', code: 'import js\njs.require("child_process").execSync("touch {{MARKER}}")', expect: 'PermissionError' },
  { id: 'create-require', claim: 'no module.createRequire', capability: 'process', code: 'import js\njs.process.getBuiltinModule("module").createRequire("/")("child_process").execSync("touch {{MARKER}}")', expect: 'PermissionError' },
  { id: 'process-binding', claim: 'no process.binding', capability: 'process', code: 'import js\njs.process.binding("spawn_sync")', expect: 'PermissionError' },
  { id: 'dlopen', claim: 'no native addon', capability: 'addon', code: 'import js\njs.process.dlopen(js.Object.new(), "{{DIR}}/addon.node")', expect: 'PermissionError' },
  { id: 'thread', claim: 'no Python thread', capability: 'thread', code: 'import threading\nthreading.Thread(target=print).start()', expect: 'RuntimeError' },
  { id: 'js-worker', claim: 'no worker thread through js', capability: 'thread', code: 'import js\njs.Worker.new("{{URL}}/js-worker.js")', expect: 'PermissionError' },
  { id: 'worker-threads', claim: "no worker thread through Node's worker_threads", capability: 'thread', code: 'import js\njs.process.getBuiltinModule("worker_threads").Worker.new("{{URL}}/worker-threads.js")', expect: 'PermissionError' },
  { id: 'env', claim: "no host environment variable through js", capability: 'environment', code: 'import js\njs.process.env.{{SECRET_NAME}}', expect: 'PermissionError' },
  { id: 'os-environ', claim: 'no host environment variable in os.environ', capability: 'environment', code: 'import os\nos.environ.get("{{SECRET_NAME}}")', expect: null },
  { id: 'cwd', claim: 'no host working directory', capability: 'environment', code: 'import js\njs.process.cwd()', expect: 'PermissionError' },
  { id: 'chdir', claim: 'no change of the working directory', capability: 'environment', code: 'import js\njs.process.chdir("/")', expect: 'PermissionError' },
  { id: 'exit', claim: 'no end of the runner (process.exit)', capability: 'signal', code: 'import js\njs.process.exit(3)', expect: 'PermissionError' },
  { id: 'kill', claim: 'no signal to the host (process.kill)', capability: 'signal', code: 'import js\njs.process.kill(js.process.ppid, 9)', expect: 'PermissionError' },
  { id: 'abort', claim: 'no abort of the runner', capability: 'signal', code: 'import js\njs.process.abort()', expect: 'PermissionError' },
  { id: 'ctypes-system', claim: "no shell command through libc's system()", capability: 'process', code: 'import ctypes\nctypes.CDLL(None).system(b"touch {{MARKER}}")', expect: { node: 'SandboxCrash', browser: null } },
  // Browser storage and the page.
  { id: 'indexeddb', claim: "no IndexedDB (the app's storage)", capability: 'storage', code: 'import js\njs.indexedDB.open("lce-playground")', expect: 'PermissionError' },
  { id: 'caches', claim: 'no Cache Storage', capability: 'storage', code: 'import js\njs.caches.keys()', expect: 'PermissionError' },
  { id: 'navigator-storage', claim: 'no navigator.storage (OPFS)', capability: 'storage', code: 'import js\njs.navigator.storage.getDirectory()', expect: 'PermissionError' },
  { id: 'document', claim: 'no DOM', capability: 'page', code: 'import js\njs.document.body', expect: 'PermissionError' },
  { id: 'post-message', claim: 'no messages to the page', capability: 'page', code: 'import js\njs.postMessage("forged")', expect: 'PermissionError' },
  { id: 'broadcast', claim: 'no BroadcastChannel to other tabs or threads', capability: 'page', code: 'import js\njs.BroadcastChannel.new("lce")', expect: 'PermissionError' },
  { id: 'import-scripts', claim: 'no importScripts', capability: 'page', code: 'import js\njs.importScripts("{{URL}}/import-scripts.js")', expect: 'PermissionError' },
  { id: 'own-messages', claim: "no snooping on the worker's own messages", capability: 'page', code: 'import js\njs.self.onmessage', expect: 'PermissionError' },
  // A search of everything Python can reach in JavaScript for a function that reaches the host.
  { id: 'crawl', claim: 'no host-reaching function anywhere under js or pyodide_js', capability: 'code', code: CRAWL_PY, expect: null, value: '[]', limitMs: 120_000 },
  // Liveness: nothing a cell leaves behind keeps the runner from answering the next one.
  { id: 'interrupt-off', claim: 'no switching the interrupt off', capability: 'liveness', code: 'import pyodide_js\npyodide_js.setInterruptBuffer(None)', expect: 'PermissionError' },
  { id: 'atomics-wait', claim: 'no blocking the runner in Atomics.wait', capability: 'liveness', code: 'import js\njs.Atomics.wait(js.Int32Array.new(js.SharedArrayBuffer.new(4)), 0, 0)', expect: 'TimeoutError' },
  { id: 'stray-timer', claim: 'no blocking the runner from a timer left behind', capability: 'liveness', code: 'import js\nfrom pyodide.ffi import create_proxy\ndef spin():\n    while True:\n        try:\n            while True: pass\n        except BaseException: pass\njs.setTimeout(create_proxy(spin), 0)', expect: null, disturbsNext: true },
];

/** The probe's code with the targets filled in. */
export function probeCode(probe: IsolationProbe, t: ProbeTargets): string {
  return probe.code
    .replaceAll('{{URL}}', t.url)
    .replaceAll('{{HOST}}', t.host)
    .replaceAll('{{PORT}}', String(t.port))
    .replaceAll('{{UDP_PORT}}', String(t.udpPort))
    .replaceAll('{{CANARY}}', t.canary)
    .replaceAll('{{DIR}}', t.dir)
    .replaceAll('{{MARKER}}', t.marker)
    .replaceAll('{{SECRET_NAME}}', t.secretName);
}

/** The error type `probe` must report in `runtime` (null: none). */
export function expectedError(probe: IsolationProbe, runtime: ProbeRuntime): string | null {
  return typeof probe.expect === 'object' && probe.expect !== null ? probe.expect[runtime] : probe.expect;
}

/** Runs one cell of a probe's session (the runner's `run`, or a page's through a test driver). */
export type ProbeCellRunner = (code: string, session: string, timeoutMs: number) => Promise<CellResult>;

/** What a probe's cell answered, compared with what it must answer. */
export interface ProbeOutcome {
  ok: boolean;
  /** The error type the probe ended with (after its scheduled work, for a pending probe), or null. */
  got: string | null;
  expected: string | null;
  /** The result that decided it. */
  result: CellResult;
  /** One line for a person: what was expected and what came back. */
  detail: string;
}

/** Polls a pending probe's future at most this many cells (each a round trip that lets its event loop run). */
const PENDING_POLLS = 400;

/** The liveness cell's limit. */
const LIVENESS_LIMIT_MS = 3000;

/** Whether the runner answers a cell after `probe` (allowing one TimeoutError after a probe that disturbs the next cell). */
export async function checkLiveness(run: ProbeCellRunner, probe: IsolationProbe): Promise<{ ok: boolean; result: CellResult }> {
  const session = `alive-${probe.id}`;
  let result = await run('1 + 1', session, LIVENESS_LIMIT_MS);
  if (probe.disturbsNext && result.value !== '2' && result.error?.type === 'TimeoutError') result = await run('1 + 1', session, LIVENESS_LIMIT_MS);
  return { ok: result.value === '2', result };
}

/** Runs `probe` (and, when pending, waits for its scheduled work) and compares the error with the expected one. */
export async function runProbe(run: ProbeCellRunner, probe: IsolationProbe, runtime: ProbeRuntime, targets: ProbeTargets): Promise<ProbeOutcome> {
  const session = `probe-${probe.id}`;
  const expected = expectedError(probe, runtime);
  let result = await run(probeCode(probe, targets), session, probe.limitMs ?? PROBE_LIMIT_MS);
  if (probe.pending && result.error === null) {
    for (let i = 0; i < PENDING_POLLS && (await run('_t.done()', session, PROBE_LIMIT_MS)).value !== 'True'; i++);
    result = await run('_t.result()', session, PROBE_LIMIT_MS);
  }
  const got = result.error?.type ?? null;
  const valueOk = probe.value === undefined || (result.error === null && result.value === probe.value);
  const said = result.error ? `${result.error.type}: ${result.error.message}` : `value ${result.value ?? 'None'}`;
  return { ok: got === expected && valueOk, got, expected, result, detail: `expected ${expected ?? 'no error'}${probe.value !== undefined ? ` and value ${probe.value}` : ''}; got ${said.slice(0, 300)}` };
}
