"""The ``openwash`` console script: :func:`openwash.cli.main` in a process that is about to end.

A pre-commit hook run lives for about a tenth of a second, and two costs of a Python process buy such
a run nothing (``bench/hook.py`` measures both, issue 19):

* the cyclic garbage collector walking, again and again, objects that live until the process ends anyway
  (modules, classes, compiled patterns, the parsed documents). The collector is off while the command
  line is imported, and what exists then is moved out of its sight (:func:`gc.freeze`). For the commands
  that read local files and print (:data:`LOCAL_COMMANDS`) it stays off: in a check it found next to
  nothing to free (under a hundred objects on ``meta-llama/llama3``) and cost about 4 ms, and a check of
  19 MB of Markdown peaks at the same RSS either way (reference counting frees what a check drops; its
  documents, tokens and findings hold no cycles). Every other command switches it back on, so that long
  runs (``openwash org`` over thousands of repositories) still free their cycles.
* tearing the interpreter down: freeing every module, pattern and parsed document one by one after the
  result is printed. Commands that only read local files and print (:data:`LOCAL_COMMANDS`) flush their
  output and leave with :func:`os._exit`; nothing of theirs is left to finish (no thread, no open file
  being written, no ``atexit`` hook). Every other command, which may hold network sessions, worker
  processes or a Dask client, ends with :func:`sys.exit` as usual.

``python -m openwash`` and tests call :func:`openwash.cli.main` directly and keep the normal ending.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys

# The commands that read local files and print: nothing of theirs needs the interpreter's tear-down.
LOCAL_COMMANDS = frozenset({"check", "claims", "explain"})


def run() -> None:
    argv = sys.argv[1:]
    local = bool(argv) and argv[0] in LOCAL_COMMANDS
    gc.disable()
    try:
        from openwash.cli import main  # lazy: imported with the collector off (see the module's docstring)
    finally:
        gc.freeze()
        if not local:
            gc.enable()
    code = main(argv)
    if local:
        for stream in (sys.stdout, sys.stderr):
            # A closed pipe: the reader is gone, and the exit code still counts.
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)
    sys.exit(code)
