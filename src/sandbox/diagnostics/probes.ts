/**
 * The browser sandbox's isolation claims as executable probes. Each is Python that tries to reach
 * something it must not; `{{URL}}` is a cross-origin URL (the e2e test's counting server). A probe
 * holds when the cell raises and, for the network ones, no request arrives at `{{URL}}`.
 * Shared by the self-test page and tests/e2e/sandbox-isolation.test.ts.
 */

/** One isolation claim and the code that tries to break it. */
export interface IsolationProbe {
  id: string;
  claim: string;
  code: string;
  /** False for probes that only schedule work (asyncio): their proof is the silent server. */
  mustRaise: boolean;
  /** For scheduled work: the future the probe leaves in `_t`; `failed` when it must end in an exception. */
  pending?: 'failed' | 'settled';
}

/** Every claim the docs make about the browser sandbox. */
export const ISOLATION_PROBES: IsolationProbe[] = [
  { id: 'fetch', claim: 'no fetch()', code: 'import js\njs.fetch("{{URL}}/fetch")', mustRaise: true },
  { id: 'xhr', claim: 'no XMLHttpRequest', code: 'import js\nx = js.XMLHttpRequest.new()\nx.open("GET", "{{URL}}/xhr", False)\nx.send()', mustRaise: true },
  { id: 'open_url', claim: 'no pyodide.http.open_url', code: 'from pyodide.http import open_url\nopen_url("{{URL}}/open_url")', mustRaise: true },
  { id: 'pyfetch', claim: 'no pyodide.http.pyfetch', code: 'import asyncio\nfrom pyodide.http import pyfetch\n_t = asyncio.ensure_future(pyfetch("{{URL}}/pyfetch"))', mustRaise: false, pending: 'failed' },
  { id: 'websocket', claim: 'no WebSocket', code: 'import js\njs.WebSocket.new("{{URL}}".replace("http", "ws") + "/ws")', mustRaise: true },
  { id: 'eventsource', claim: 'no EventSource', code: 'import js\njs.EventSource.new("{{URL}}/sse")', mustRaise: true },
  { id: 'importScripts', claim: 'no importScripts', code: 'import js\njs.importScripts("{{URL}}/import.js")', mustRaise: true },
  { id: 'loadPackage', claim: 'no package loading from an arbitrary URL', code: 'import pyodide_js\n_t = pyodide_js.loadPackage("{{URL}}/evil-1.0-py3-none-any.whl")', mustRaise: false, pending: 'settled' },
  { id: 'constructor', claim: 'no Function constructor (the constructor.constructor escape)', code: 'import js\njs.Object.constructor.constructor("return 1")()', mustRaise: true },
  { id: 'eval', claim: 'no eval', code: 'import js\njs.eval("1")', mustRaise: true },
  { id: 'prototype', claim: 'no fetch through the prototype chain', code: 'import js\nd = js.Object.getOwnPropertyDescriptor(js.Object.getPrototypeOf(js.Object.getPrototypeOf(js.self)), "fetch")\nd.value("{{URL}}/proto")', mustRaise: true },
  { id: 'indexedDB', claim: "no IndexedDB (the app's storage)", code: 'import js\njs.indexedDB.open("lce-playground")', mustRaise: true },
  { id: 'caches', claim: 'no Cache Storage', code: 'import js\njs.caches.keys()', mustRaise: true },
  { id: 'storage', claim: 'no navigator.storage (OPFS)', code: 'import js\njs.navigator.storage.getDirectory()', mustRaise: true },
  { id: 'document', claim: 'no DOM', code: 'import js\njs.document.body', mustRaise: true },
  { id: 'postMessage', claim: 'no messages to the page', code: 'import js\njs.postMessage("forged")', mustRaise: true },
  { id: 'broadcast', claim: 'no BroadcastChannel to other tabs', code: 'import js\njs.BroadcastChannel.new("lce")', mustRaise: true },
  { id: 'worker', claim: 'no nested workers', code: 'import js\njs.Worker.new("{{URL}}/w.js")', mustRaise: true },
];

/** The probe's code with the URL filled in. */
export function probeCode(probe: IsolationProbe, url: string): string {
  return probe.code.replaceAll('{{URL}}', url);
}
