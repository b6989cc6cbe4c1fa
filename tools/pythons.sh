#!/bin/sh
# Every supported Python on this machine, newest first, one path a line: 3.13, 3.12, 3.11.
# `make` takes the first; tests/test_install.py installs the package under each.
# A pythonX.Y on PATH counts only if it runs: pyenv's shims exist for every installed version
# but answer only for the active ones, so pyenv's own versions are looked at too.
for minor in 13 12 11; do
    for candidate in "python3.$minor" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3."$minor".*/bin/python3."$minor"; do
        found=$("$candidate" -c 'import sys; print(sys.executable)' 2>/dev/null) && break
    done
    [ -n "$found" ] && echo "$found"
    found=
done
exit 0
