/**
 * Python source of the `_lce_sandbox` module installed once per interpreter. Kept in a TS string so
 * the browser worker and the Node worker load it the same way (no `?raw` import, no file read).
 *
 * It compiles each cell under `<cell N>` (with linecache, so tracebacks show the user's lines), runs
 * it in the session's own globals dict, turns the last expression into a `repr` string *in Python*
 * (a returned PyProxy leaks, and converting a huge int crashed Pyodide), and reports exceptions as
 * plain tuples trimmed to the user's frames.
 */
export const PRELUDE_PY = String.raw`
import ast, builtins, linecache, os, sys, time, traceback
from importlib.abc import MetaPathFinder

_sessions = {}
_unavailable = {}

def _new_globals():
    return {"__name__": "__main__", "__builtins__": builtins}

def session(name):
    g = _sessions.get(name)
    if g is None:
        g = _sessions[name] = _new_globals()
    return g

def reset(name):
    _sessions.pop(name, None)

class _CellExit(BaseException):
    pass

def _cell_frames(tb):
    # Only the user's own frames: the sandbox's and the stdlib's would bury the line that matters.
    frames = traceback.extract_tb(tb)
    return traceback.StackSummary.from_list([f for f in frames if f.filename.startswith("<cell ")])

# What the sandbox refuses surfaces in JavaScript as different errors: our own stubs (name
# PermissionError), Node's permission model (code ERR_ACCESS_DENIED), and the ban on code
# generation from strings (an EvalError, from Node's flag or the worker's CSP). The cell's result
# names them all PermissionError, with a sentence, instead of a bare JsException.
_REFUSED_BY_CODE = {"ERR_ACCESS_DENIED": "access to host files, processes and threads"}

def _refusal(exc):
    if type(exc).__name__ != "JsException":
        return None
    name = getattr(exc, "name", "")
    message = str(exc)
    if name == "PermissionError":
        return message[len("PermissionError: "):] if message.startswith("PermissionError: ") else message
    if name == "EvalError":
        return "generating code from strings is disabled in the sandbox (%s)" % message
    try:
        code = getattr(exc.js_error, "code", None)
    except BaseException:
        code = None
    what = _REFUSED_BY_CODE.get(code) if isinstance(code, str) else None
    if what:
        return "%s is disabled in the sandbox (%s)" % (what, message)
    return None

def _describe(exc):
    refused = _refusal(exc)
    if refused is not None:
        frames = _cell_frames(exc.__traceback__)
        text = "Traceback (most recent call last):\n" + "".join(frames.format()) if frames else ""
        return ("PermissionError", refused, text + "PermissionError: " + refused + "\n")
    if isinstance(exc, SystemExit):
        return ("SystemExit", "The cell called sys.exit(%r); a cell cannot stop the interpreter, so the session goes on." % (exc.code,), "")
    if isinstance(exc, _CellExit):
        return ("SystemExit", "The cell called os._exit(%s); a cell cannot stop the interpreter, so the session goes on." % exc.args[0], "")
    only = "".join(traceback.format_exception_only(type(exc), exc))
    frames = _cell_frames(exc.__traceback__)
    text = only
    if frames:
        text = "Traceback (most recent call last):\n" + "".join(frames.format()) + only
    message = only.strip().splitlines()[-1] if only.strip() else ""
    prefix = type(exc).__name__ + ": "
    if message.startswith(prefix):
        message = message[len(prefix):]
    elif message == type(exc).__name__:
        message = ""
    return (type(exc).__name__, message, text)

def _split(code, filename):
    tree = ast.parse(code, filename, "exec")
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr) and not code.rstrip().endswith(";"):
        last = ast.Expression(tree.body.pop().value)
    body = compile(tree, filename, "exec", dont_inherit=True)
    tail = compile(last, filename, "eval", dont_inherit=True) if last is not None else None
    return body, tail

def _clip(text, limit):
    data = text.encode("utf-8", "replace")
    if len(data) <= limit:
        return text
    half = limit // 2
    cut = len(data) - 2 * half
    return (data[:half].decode("utf-8", "ignore") + "\n… [value truncated: %d bytes omitted] …\n" % cut + data[-half:].decode("utf-8", "ignore"))

def run(name, code, cell_no, max_value_bytes):
    """Runs one cell; returns (value_repr_or_None, error_tuple_or_None)."""
    value = None
    error = None
    try:
        # Inside the try: a stop raised before the cell arrived fires at the first bytecode, and it
        # is this cell's KeyboardInterrupt, not a failure of the runner.
        filename = "<cell %d>" % cell_no
        lines = code.splitlines(True)
        linecache.cache[filename] = (len(code), None, lines, filename)
        g = session(name)
        body, tail = _split(code, filename)
        exec(body, g)
        if tail is not None:
            result = eval(tail, g)
            if result is not None:
                g["_"] = result
                value = _clip(repr(result), max_value_bytes)
    except BaseException as exc:
        error = _describe(exc)
        if isinstance(exc, MemoryError):
            error = error + ("memory",)
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            pass
    return (value, error)

def find_imports(code):
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return sorted(names)

class _Unavailable(MetaPathFinder):
    # Last on sys.meta_path: only consulted when nothing else found the module.
    def find_spec(self, fullname, path=None, target=None):
        why = _unavailable.get(fullname.split(".")[0])
        if why:
            raise ModuleNotFoundError(why, name=fullname)
        return None

def mark_unavailable(name, why):
    _unavailable[name] = why

def mark_available(name):
    _unavailable.pop(name, None)

def add_path(path):
    if path not in sys.path:
        sys.path.insert(0, path)
    import importlib
    importlib.invalidate_caches()

def _no_input(prompt=""):
    raise EOFError("input() is not available: a cell has no stdin. Put the data in the code instead.")

def _no_exit(status=0):
    raise _CellExit(status)

def warm_interrupt(arm):
    try:
        arm()
        time.sleep(0.001)
    except KeyboardInterrupt:
        pass

def _no_process(*args, **kwargs):
    raise PermissionError("starting a process is disabled in the sandbox")

def import_now(name):
    # Imports a package the cell names before the cell's clock starts (prepare), so its import
    # time never counts against the cell's limit. A failure is left for the cell's own import.
    try:
        __import__(name)
    except BaseException:
        pass

def _install(check_interrupt):
    sys.meta_path.append(_Unavailable())
    builtins.input = _no_input
    os._exit = _no_exit
    # Emscripten's system() would ask the host to spawn a shell; the host refuses, but as a fatal
    # interpreter error. Refuse it here first, as a plain Python error.
    import posix
    for name in ("system", "popen", "spawnv", "spawnve", "spawnvp", "spawnvpe", "posix_spawn", "posix_spawnp", "fork", "forkpty", "execv", "execve"):
        for mod in (os, posix):
            if hasattr(mod, name):
                setattr(mod, name, _no_process)
    real_sleep = time.sleep
    def sleep(seconds):
        # The interrupt buffer is only checked between bytecodes, so a long C-level sleep would
        # outlive its timeout: sleep in short slices and check in between.
        end = time.monotonic() + max(0.0, float(seconds))
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return
            real_sleep(min(0.02, left))
            check_interrupt()
    sleep.__doc__ = real_sleep.__doc__
    time.sleep = sleep
`;
