"""The files and folders a command writes: whole or not at all, and never over the input it reads.

A file is written under a temporary name next to it and renamed over it once it is done. A reader never sees a
half-written file, and of two commands that write one file, one wins whole. The rename is the last step, so
nothing is written twice, however large the file. A folder (a report, the rulebook) is made in a temporary folder
inside it; when all is written, its files are renamed into place one by one, the front page last, while the
folder is locked: two commands that write one folder take turns, and the last one wins whole. A file in the
folder that is a link is replaced, never written through.

What cannot be renamed (standard output, a device such as /dev/null, a named pipe) is written directly.
"""

import contextlib
import errno
import fcntl
import json
import os
import secrets
import shutil
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import InputError, OutputError
from .files import os_reason, stdout

# What a temporary file or folder is called: hidden, and saying whose it is.
TEMPORARY = ".kinderogen-"
# The page a folder opens with, renamed into place last: it links to the rest.
FRONT_PAGE = "index.html"
# A temporary name keeps at most this much of the target's name: a name may be 255 bytes long, and so may not more.
NAME_KEPT = 100


def _identity(status: os.stat_result) -> tuple[int, int]:
    return status.st_dev, status.st_ino


def _input_identities(inputs: Iterable[IO[Any] | str]) -> dict[tuple[int, int], str]:
    """The regular files among the inputs (open handles or paths), by identity, with how to name each."""
    found = {}
    for source in inputs:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if isinstance(source, str):
                status, name = os.stat(source), source
            else:
                status, name = os.fstat(source.fileno()), getattr(source, "name", "de invoer")
            if stat.S_ISREG(status.st_mode):
                found[_identity(status)] = name if isinstance(name, str) and name != "<stdin>" else "de invoer"
    return found


def refuse_output_over_input(output: str | None, inputs: Iterable[IO[Any] | str]) -> None:
    """An output that is one of the inputs (by name, through a link, or as standard output) is an InputError:
    writing it would destroy what is still to be read."""
    readers = _input_identities(inputs)
    if not readers:
        return
    try:
        written = os.fstat(stdout().fileno()) if output in (None, "-") else os.stat(str(output))
    except (OSError, ValueError, AttributeError, OutputError):
        return
    name = readers.get(_identity(written))
    if name is None or not stat.S_ISREG(written.st_mode):
        return
    if output in (None, "-"):
        raise InputError(
            f"De uitvoer gaat naar hetzelfde bestand als de invoer ({name}); dan gaat de invoer verloren. "
            "Kies een ander bestand. Let op: met > maakt de shell het bestand leeg voordat kinderogen begint."
        )
    raise InputError(
        f"Het uitvoerbestand {output} is hetzelfde bestand als de invoer ({name}); dan gaat de invoer verloren. "
        "Kies een ander uitvoerbestand."
    )


def _unwritable(path: str, exc: OSError, folder: str | None = None) -> OutputError:
    """Why `path` cannot be written, in Dutch; a missing folder is named (`folder`, where a link points)."""
    if isinstance(exc, FileNotFoundError):
        return OutputError(f"Kan {path} niet schrijven: de map {folder or Path(path).parent} bestaat niet.")
    return OutputError(f"Kan {path} niet schrijven: {os_reason(exc)}.")


class FileOutput:
    """One output file of a command (or standard output), written whole: see the module docstring.

    `stream` is what to write to (text, or bytes with `binary`). `finish` puts the file in place; `abandon`
    leaves the target as it was. Either one closes the stream; after one, the other does nothing.
    """

    def __init__(self, path: str | None, binary: bool = False) -> None:
        self.path = path
        # Whether the file is written under a temporary name and renamed over the target at the end, and whether
        # there was a file to replace.
        self.replaces = False
        self.existed = False
        self._temporary: str | None = None
        self._target = ""
        self._done = False
        if path in (None, "-"):
            self._closes = False
            text = stdout()
            self.stream: IO[Any] = text.buffer if binary else text
            return
        self._closes = True
        target = str(path)
        if not target:
            raise OutputError("Kan de uitvoer niet schrijven: er is geen bestandsnaam gegeven.")
        try:
            status: os.stat_result | None = os.stat(target)
        except FileNotFoundError:
            status = None
        except OSError as exc:
            raise _unwritable(target, exc) from None
        if status is not None and not stat.S_ISREG(status.st_mode):
            # A device or a named pipe: there is nothing to rename, and nothing a reader could see half.
            self.stream = self._open(target, binary, os.O_WRONLY | os.O_TRUNC)
            return
        if status is not None and not os.access(target, os.W_OK):
            # A rename would replace a file its owner made read-only; opening it would be refused.
            raise _unwritable(target, PermissionError(errno.EACCES, ""))
        # Through a link, the file it points to is replaced, and the link stays.
        self._target = os.path.realpath(target)
        folder, name = os.path.split(self._target)
        temporary = os.path.join(folder, f"{TEMPORARY}{name[:NAME_KEPT]}-{secrets.token_hex(4)}")
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        except FileNotFoundError:
            raise _unwritable(target, FileNotFoundError(), folder) from None
        except OSError as exc:
            if status is None or exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise _unwritable(target, exc) from None
            # A file that may be written in a folder that may not: writing it in place would empty it first, and a
            # write that then fails would lose the old file. It is refused instead.
            raise OutputError(
                f"Kan {target} niet schrijven: in de map {folder} mag geen nieuw bestand komen. De uitvoer komt "
                "eerst onder een tijdelijke naam naast het doel. Kies een map waarin u mag schrijven."
            ) from None
        self._temporary = temporary
        self.replaces, self.existed = True, status is not None
        if status is not None:
            with contextlib.suppress(OSError):
                os.fchmod(handle, stat.S_IMODE(status.st_mode))
        self.stream = os.fdopen(handle, "wb") if binary else open(handle, "w", encoding="utf-8")  # noqa: SIM115

    def _open(self, target: str, binary: bool, flags: int) -> IO[Any]:
        try:
            handle = os.open(target, flags | os.O_CLOEXEC)
        except OSError as exc:
            raise _unwritable(target, exc) from None
        return os.fdopen(handle, "wb") if binary else open(handle, "w", encoding="utf-8")

    @property
    def temporary(self) -> str | None:
        """The file being written, when it is not yet in place (None for stdout, a device, or when done)."""
        return None if self._done else self._temporary

    def close_stream(self) -> None:
        """Write what the stream still holds and close it (not stdout); an OSError when that fails."""
        if self._closes:
            self.stream.close()
        else:
            self.stream.flush()

    def finish(self) -> None:
        """Close the stream and put the file in place; an OSError when either fails (the target is then as it
        was: see `unwritable` for the message)."""
        if self._done:
            return
        try:
            self.close_stream()
            if self._temporary is not None:
                os.replace(self._temporary, self._target)
        except OSError:
            self.abandon()
            raise
        self._done = True

    def unwritable(self, exc: OSError) -> OutputError:
        """Why this output could not be written, in Dutch, naming it."""
        return _unwritable(str(self.path) if self.path not in (None, "-") else "de uitvoer", exc)

    def abandon(self) -> None:
        """Close the stream and leave the target as it was: the temporary file is removed."""
        if self._done:
            return
        self._done = True
        with contextlib.suppress(OSError, ValueError):
            self.close_stream()
        if self._temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temporary)


def quoted(name: str) -> str:
    """A name between double quotes, with any odd character written out as JSON writes it."""
    return json.dumps(name, ensure_ascii=False)


def plain_name(name: str) -> bool:
    """Whether a name is one file in one folder: not empty, no folder in it, nothing that leaves the folder."""
    return bool(name) and name not in (".", "..") and not any(sign in name for sign in ("/", "\\", "\0"))


@contextmanager
def folder_output(path: str, what: str, inputs: Iterable[IO[Any] | str] = ()) -> Iterator[Path]:
    """A folder to write `what` in (made when missing): yields a temporary folder inside it, whose files are put
    in place when the block ends without an error (see the module docstring). An OutputError in Dutch when the
    folder cannot be made or written; a file in it that is one of `inputs` is never replaced."""
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"Kan {what} niet schrijven in {path}: dat is een bestand, geen map.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(os.path.realpath(folder)) / f"{TEMPORARY}{secrets.token_hex(4)}"
        staging.mkdir()
    except OSError as exc:
        raise OutputError(f"Kan {what} niet schrijven in {path}: {os_reason(exc)}.") from None
    try:
        yield staging
        _move_into(staging, folder, what, _input_identities(inputs))
    except OSError as exc:
        raise OutputError(f"Kan {what} niet schrijven in {path}: {os_reason(exc)}.") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _move_into(staging: Path, folder: Path, what: str, inputs: dict[tuple[int, int], str]) -> None:
    """Rename every file of `staging` into `folder`, the front page last, with the folder locked; when one of them
    would replace an input, none is renamed."""
    names = sorted(os.listdir(staging), key=lambda name: (name == FRONT_PAGE, name))
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        for name in names:
            if not plain_name(name):
                raise OutputError(f"Kan {what} niet schrijven: de naam {quoted(name)} is geen gewone bestandsnaam.")
            try:
                replaced = inputs.get(_identity(os.stat(folder / name, follow_symlinks=False)))
            except OSError:
                continue
            if replaced is not None:
                raise InputError(
                    f"{what[:1].upper()}{what[1:]} zou {folder / name} vervangen, en dat is de invoer ({replaced}). "
                    "Kies een andere map."
                )
        for name in names:
            os.replace(staging / name, folder / name)
    finally:
        os.close(descriptor)  # closing also lifts the lock


def write_files(folder: Path, files: dict[str, str]) -> None:
    """Write text files into a folder (a temporary one, from `folder_output`), each under a plain name."""
    for name, content in files.items():
        if not plain_name(name):
            raise OutputError(f"De naam {quoted(name)} is geen gewone bestandsnaam; er is niets geschreven.")
        (folder / name).write_text(content, encoding="utf-8")


def write_whole(out: IO[str], text: str) -> None:
    """Write text and flush it: all of it, or an OSError.

    Python's text file over a pipe whose reader leaves halfway through a large write takes the short write for the
    whole and loses the rest without a word (seen: 1.2 MB written, 64 kB read, exit 0). So the bytes go to its
    buffer here until every one is taken, and a reader that is gone is an error (BrokenPipeError).
    """
    buffer = getattr(out, "buffer", None)
    if buffer is None:  # a stream in memory
        out.write(text)
        out.flush()
        return
    out.flush()
    data = memoryview(text.encode(getattr(out, "encoding", None) or "utf-8"))
    while data:
        written = buffer.write(data)
        if not written:
            raise OSError(errno.EIO, "niets geschreven")
        data = data[written:]
    buffer.flush()
