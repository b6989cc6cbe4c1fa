"""The files and streams a user names on the command line, with Dutch messages when they fail.

An OSError carries an English text from the operating system ("[Errno 21] Is a
directory"); a professional gets the reason in Dutch, chosen by its errno.
"""

import errno
import sys
from typing import BinaryIO, TextIO

from .errors import InputError, OutputError

OS_REASONS = {
    errno.ENOENT: "dat bestaat niet",
    errno.EISDIR: "dat is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EACCES: "daarvoor hebt u geen toestemming",
    errno.EPERM: "dat is niet toegestaan",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "uw ruimte op de schijf is op",
    errno.EFBIG: "het bestand wordt te groot",
    errno.EROFS: "de schijf is alleen te lezen",
    errno.EPIPE: "het programma dat de uitvoer las, is gestopt",
    errno.EEXIST: "er bestaat al iets met die naam",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.ELOOP: "het pad verwijst naar zichzelf",
    errno.EIO: "de schijf gaf een fout bij lezen of schrijven",
    errno.EMFILE: "er zijn te veel bestanden tegelijk open",
    errno.ENFILE: "er zijn te veel bestanden tegelijk open",
    errno.ENOMEM: "er is niet genoeg geheugen",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ETXTBSY: "het bestand is in gebruik",
    errno.EAGAIN: "het bestand is nu niet beschikbaar; probeer het zo nog eens",
    errno.EBADF: "het bestand is niet open",
    errno.ENXIO: "dat apparaat is er niet",
    errno.ENODEV: "dat apparaat is er niet",
    errno.EINVAL: "dat kan niet met dit bestand",
}


def os_reason(exc: OSError) -> str:
    """Why an OSError happened, in Dutch."""
    if exc.errno in OS_REASONS:
        return OS_REASONS[exc.errno]
    code = errno.errorcode.get(exc.errno, str(exc.errno)) if exc.errno is not None else "onbekend"
    return f"het systeem gaf foutcode {code}"


def read_input(path: str, limit: int) -> bytes:
    """A whole input file, or stdin for '-', as bytes; more than `limit` bytes is an error, not a hang."""
    try:
        if path == "-":
            if sys.stdin is None:
                raise InputError("Er is geen invoer: de standaardinvoer is gesloten.")
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if len(data) > limit:
        raise InputError(f"{_name(path)} is te groot voor één casusprofiel (meer dan {limit // 1024} kB).")
    return data


def open_input(path: str) -> BinaryIO:
    """An input file, or stdin for '-', to read line by line as bytes."""
    if path == "-":
        if sys.stdin is None:
            raise InputError("Er is geen invoer: de standaardinvoer is gesloten.")
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as exc:
        raise _unreadable(path, exc) from None


def stdout() -> TextIO:
    """Standard output; an error when it was closed before the program started."""
    if sys.stdout is None:
        raise OutputError("Kan de uitvoer niet schrijven: de standaarduitvoer is gesloten.")
    return sys.stdout


def _unreadable(path: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"Bestand niet gevonden: {path}")
    return InputError(f"Kan {path} niet lezen: {os_reason(exc)}.")


def _name(path: str) -> str:
    return "De invoer" if path == "-" else path


def output_name(path: str | None) -> str:
    """How a message names an output: the file, or the screen."""
    return "de uitvoer" if path in (None, "-") else str(path)
