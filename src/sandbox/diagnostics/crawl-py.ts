/**
 * A probe that searches, as an attacker would, everything Python can reach in JavaScript from `js`
 * and `pyodide_js` (own properties and prototypes, five levels deep) for a function whose name
 * says it reaches the host: Node's module loaders, bindings, file, process, socket and VM
 * functions, fetch, workers. Its value is the sorted list of paths found: `[]` when there is none.
 * Benign namesakes are not listed (Emscripten's in-memory `FS.readFile`, `RegExp.exec`,
 * `AbortSignal.abort`, the WebAssembly module's own libc exports); `Function` is harmless without
 * code generation from strings.
 */
export const CRAWL_PY = String.raw`
import js, pyodide_js
from pyodide.ffi import JsProxy
_danger = {"getBuiltinModule", "binding", "_linkedBinding", "dlopen", "kill", "reallyExit", "require",
    "createRequire", "fetch", "createConnection", "createServer", "spawn", "spawnSync", "execSync", "execFile",
    "fork", "Worker", "runInThisContext", "runInNewContext", "compileFunction", "readFileSync", "writeFileSync",
    "readdirSync", "openSync", "XMLHttpRequest", "WebSocket", "importScripts", "initializeNodeSockFS",
    "useNodeSockFS", "mountNodeFS", "loadBinaryFile"}
_is_py = pyodide_js._api.isPyProxy
_found, _seen, _queue = [], set(), [("js", js, 0), ("pyodide_js", pyodide_js, 0)]
while _queue:
    _path, _obj, _depth = _queue.pop(0)
    try:
        if _obj.js_id in _seen or _depth > 5:
            continue
        _seen.add(_obj.js_id)
        _names = [n for n in js.Reflect.ownKeys(_obj) if isinstance(n, str)]
    except Exception:
        continue
    for _name in _names:
        try:
            _d = js.Reflect.getOwnPropertyDescriptor(_obj, _name)
            _v = _d.value if hasattr(_d, "value") else None
            if not isinstance(_v, JsProxy) or _name.startswith("$$") or _is_py(_v):
                continue
            _tag = js.Object.prototype.toString.call(_v)
            if "Array]" in _tag or _tag in ("[object ArrayBuffer]", "[object WebAssembly.Memory]"):
                continue
            # WebAssembly exports (named by index: libc's own kill, fork, dlopen inside the sandbox) are not the host's.
            if _v.typeof == "function" and not str(_v.name).isdigit() and (_name in _danger or _v.name in _danger):
                _found.append(_path + "." + _name)
            _queue.append((_path + "." + _name, _v, _depth + 1))
        except Exception:
            continue
    try:
        _proto = js.Reflect.getPrototypeOf(_obj)
        if _proto is not None:
            _queue.append((_path + ".__proto__", _proto, _depth + 1))
    except Exception:
        pass
sorted(set(_found))
`;
