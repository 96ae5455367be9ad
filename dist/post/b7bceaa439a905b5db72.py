# The session driver for Python (src/languages/python.ts): runs each block of
# a session with exec in one globals dict, so later blocks see earlier ones'
# names, and prints the markers the engine splits the output at
# (src/languages/language.ts, SessionSupport).
import json, linecache, os, sys, time, traceback

def __sandbox_checks_main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'session.json'), encoding='utf-8') as f:
        spec = json.load(f)
    # The nonce leaves the workspace before any block runs.
    try:
        os.unlink(os.path.join(here, 'session.json'))
    except OSError:
        pass
    # Imports resolve from the workspace, as for "python3 main.py" there.
    sys.path[0] = os.getcwd()
    m = spec['marker']
    g = {'__name__': '__main__', '__builtins__': __builtins__, '__doc__': None, '__package__': None, '__spec__': None}
    def flush():
        for s in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            try:
                s.flush()
            except Exception:
                pass
    for i, b in enumerate(spec['blocks']):
        flush()
        os.write(1, ('@@SC:%s:B:%d@@\n' % (m, i)).encode())
        t = time.monotonic()
        code = 0
        try:
            # The engine puts each block's program in session.json (one file to write, not one per block).
            src = b['code']
            # Tracebacks show the Markdown file's own lines.
            lines = src.splitlines(True)
            cached = linecache.cache.get(b['display'])
            merged = list(cached[2]) if cached else []
            merged += [''] * (len(lines) - len(merged))
            for n, l in enumerate(lines):
                if l.strip():
                    merged[n] = l
            linecache.cache[b['display']] = (len(''.join(merged)), None, merged, b['display'])
            compiled = compile(src, b['display'], 'exec', dont_inherit=True)
            if not b['noRun']:
                exec(compiled, g)
        except SystemExit as e:
            c = e.code
            if c is None:
                code = 0
            elif isinstance(c, int):
                code = c & 0xFF
            else:
                print(c, file=sys.stderr)
                code = 1
        except BaseException:
            et, ev, tb = sys.exc_info()
            traceback.print_exception(et, ev, tb.tb_next if tb is not None else None)
            code = 1
        flush()
        ms = int((time.monotonic() - t) * 1000)
        os.write(1, ('@@SC:%s:E:%d:%d:%d@@\n' % (m, i, code, ms)).encode())
        os.write(2, ('@@SC:%s:E:%d@@\n' % (m, i)).encode())
        w = b['want']
        if (code == 0) if w == 'nonzero' else (code != w):
            os._exit(0)

__sandbox_checks_main()
