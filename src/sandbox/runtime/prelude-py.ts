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

def _describe(exc):
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
    filename = "<cell %d>" % cell_no
    lines = code.splitlines(True)
    linecache.cache[filename] = (len(code), None, lines, filename)
    g = session(name)
    value = None
    error = None
    try:
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

def _install(check_interrupt):
    sys.meta_path.append(_Unavailable())
    builtins.input = _no_input
    os._exit = _no_exit
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
