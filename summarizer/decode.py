"""Bytes → text: detect the encoding of a document and refuse binary data.

Order of attempts (the first that fits wins):

1. a known binary signature (PNG, JPEG, GIF, PDF, ZIP/DOCX, gzip, …) → :class:`DecodeError`;
2. a byte-order mark: UTF-8 (``utf-8-sig``), UTF-32 and UTF-16 (little or big endian);
3. NUL bytes anywhere (without a UTF-16/32 BOM) → :class:`DecodeError` (binary);
4. strict UTF-8 (ASCII is reported as ``utf-8``); or UTF-8 with a few defects, each read as U+FFFD and reported
   as a :class:`DecodeWarning`: a last character cut off (a file truncated inside its final sequence), or a few
   invalid byte sequences (at least :data:`_CHARS_PER_DEFECT` valid non-ASCII characters for each); the same
   holds after a UTF-8/16/32 byte-order mark. Exception: a short GBK text can be valid UTF-8 by accident
   ("一" is D2 BB, which UTF-8 reads as Cyrillic "һ"), so when the UTF-8 reading looks like that (a few
   scattered non-ASCII, non-Han characters, no words) and the GB18030 reading reads like Chinese, the
   GB18030 reading wins;
5. strict GB18030 (a superset of GBK and GB2312), accepted at once when the result reads like Chinese.
   It is tried before charset-normalizer because the detector often mislabels short GBK text. GB18030 text cut
   inside its last character is read with U+FFFD and a ``truncated_character`` warning when the rest reads like
   Chinese;
6. otherwise the best of: GB18030, Big5 (``big5``/``cp950``/``big5hkscs``) and charset-normalizer's guess,
   ranked by how much of the decoded text is common Chinese characters and punctuation. (Big5 bytes are
   nearly always *valid* GB18030, but decode to rare characters, kana and box-drawing symbols.)

A decoded text in which more than :data:`MAX_CONTROL_RATIO` of the characters are control characters
(other than tab, newlines, form feed) is refused as binary, too.

The returned text is exactly what was decoded: no newline normalisation and no stripping except the BOM,
so character offsets computed on it are offsets into "the decoded original input" (a replaced defect is one
U+FFFD character). :func:`decode_text` returns the warnings too; :func:`decode_bytes` only the text and encoding.
"""

from __future__ import annotations

import codecs
import errno
import glob
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from summarizer.chars import CONTROL, is_cjk
from summarizer.errors import DecodeError, InputTooLargeError, UnsupportedFormatError

__all__ = ["Decoded", "DecodeWarning", "decode_bytes", "decode_text", "read_file_bytes", "read_text_file",
           "MAX_CONTROL_RATIO", "check_controls", "single_byte_codec", "misdeclared_single_byte"]

#: Largest share of control characters (other than ``\t \n \v \f \r``) a decoded text may have.
MAX_CONTROL_RATIO = 0.10

#: A GB18030 decoding whose plausibility (see :func:`_plausibility`) reaches this is accepted at once.
_GB_ACCEPT = 0.90
#: A valid UTF-8 reading with more non-ASCII characters than this is never doubted (see _doubtful_utf8):
#: only very short GBK byte strings are valid UTF-8 by accident.
_UTF8_DOUBT_CHARS = 16
#: A UTF text with invalid byte sequences in it is read with U+FFFD for each when it has at least this many valid
#: non-ASCII characters per invalid sequence (text in another encoding fails nearly every character instead).
_CHARS_PER_DEFECT = 20
#: Invalid sequences :func:`_lenient` lets pass before the valid characters that pay for them have been read (a
#: short line in another encoding at the top of a UTF-8 file; GBK read as UTF-8 fails nearly every character, so
#: it still stops after this many); the ratio above is checked over the whole text at the end.
_DEFECTS_UP_FRONT = 16
#: Lines named in an ``invalid_bytes`` warning.
_LINES_SHOWN = 10
#: Characters looked at by the plausibility measure (a prefix is enough and keeps it cheap).
_SAMPLE_CHARS = 20_000
#: Below this plausibility (:func:`_plausibility`) the reading that decode_text keeps when no encoding reads the
#: bytes as Chinese gets a ``doubtful_encoding`` warning: random high bytes read as GB18030 or Big5 score 0.51-0.55,
#: every text file of the corpus, aspects_dev and the shared data sets at least 0.90 (1,446 files with 50 or more
#: non-ASCII characters). Judged only with :data:`DOUBTFUL_MIN_CHARS` non-ASCII characters or more.
DOUBTFUL_PLAUSIBILITY = 0.7
#: Fewest non-ASCII, non-space characters (of the first :data:`_SAMPLE_CHARS`) on which a reading is judged doubtful.
DOUBTFUL_MIN_CHARS = 100

#: What a ``permission denied`` message of a file, and of a folder, tells the user to change.
FILE_PERMISSION_HINT = "check the file's permissions, or run as a user who can read it"
FOLDER_PERMISSION_HINT = "check its read and execute permissions, or run as a user who can open it"

# Signatures of common binary formats: (prefix, offset, description).
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"%PDF-", 0, "a PDF document (read it with summarizer.readers.read_bytes, as `summarizer summarize` does)"),
    (b"PK\x03\x04", 0, "a ZIP archive or DOCX/XLSX/EPUB (a .docx is read by summarizer.readers.read_bytes)"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an OLE2 file (old .doc/.xls; save it as plain text first)"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"BZh", 0, None),  # checked further below: needs the block magic too
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x7fELF", 0, "an ELF executable"),
    (b"\xca\xfe\xba\xbe", 0, "a Java class or Mach-O file"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"WEBP", 8, "a WebP image"),
    (b"WAVE", 8, "a WAV audio file"),
    (b"ftyp", 4, "an MP4/MOV/HEIC media file"),
    (b"ID3\x02", 0, "an MP3 audio file"),
    (b"ID3\x03", 0, "an MP3 audio file"),
    (b"ID3\x04", 0, "an MP3 audio file"),
    (b"OggS\x00", 0, "an Ogg media file"),
    (b"\x00asm", 0, "a WebAssembly module"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BIG5_CODECS = ("big5", "cp950", "big5hkscs")
_ALLOWED_CONTROLS = frozenset("\t\n\x0b\x0c\r")
#: The control characters (Unicode category ``Cc``: U+0000-U+001F and U+007F-U+009F, fixed by the standard) that
#: :data:`_ALLOWED_CONTROLS` does not allow.
_CONTROL_RE = re.compile(f"[{CONTROL}]")


@dataclass(frozen=True)
class DecodeWarning:
    """A defect decoding read as U+FFFD instead of refusing the file.

    Attributes:
        type: ``"truncated_character"`` (the bytes end inside a character: the file was cut off),
            ``"invalid_bytes"`` (byte sequences that are not valid in the encoding), or ``"doubtful_encoding"``
            (nothing replaced, but no encoding reads the bytes as Chinese text: the best reading is kept, see
            :data:`DOUBTFUL_PLAUSIBILITY`).
        message: what and where (line numbers of the decoded text, byte offsets), for people.
    """

    type: str
    message: str


class Decoded(NamedTuple):
    """:func:`decode_text`'s result: the text, the codec name and the defects replaced on the way."""

    text: str
    encoding: str
    warnings: tuple[DecodeWarning, ...] = ()


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text and say which encoding was used: :func:`decode_text` without its warnings.

    Returns:
        ``(text, encoding)`` as :func:`decode_text`.

    Raises:
        DecodeError: as :func:`decode_text`.
    """
    decoded = decode_text(data)
    return decoded.text, decoded.encoding


def decode_text(data: bytes) -> Decoded:
    """Decode ``data`` to text, say which encoding was used and what had to be replaced.

    Args:
        data: the raw bytes of one document (any size; empty bytes give ``Decoded("", "utf-8")``).

    Returns:
        :class:`Decoded` ``(text, encoding, warnings)``. ``encoding`` is a Python codec name: ``"utf-8"``,
        ``"utf-8-sig"``, ``"utf-16-le"``/``"utf-16-be"`` (with BOM), ``"utf-32-le"``/``"utf-32-be"``, ``"gb18030"``,
        ``"big5"``/``"cp950"``/``"big5hkscs"``, or whatever charset-normalizer names. A BOM is removed from
        ``text``; a cut-off last character or a few invalid byte sequences in UTF-8/16/32 text are each one
        U+FFFD, with a :class:`DecodeWarning` naming their lines; nothing else is changed.

    Raises:
        UnsupportedFormatError: the bytes start with the signature of a format no reader handles (an image,
            audio/video, an archive, an executable, a database); a :class:`DecodeError`, code
            ``unsupported_format``.
        DecodeError: the bytes look binary (a PDF/ZIP signature, NUL bytes, or more than
            :data:`MAX_CONTROL_RATIO` control characters; the message says which was found), or no
            supported encoding decodes them (the message gives the line and byte offset where UTF-8 fails).
            ``DecodeError.field`` is ``"text"``.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_text() expects bytes, not {type(data).__name__}")
    data = bytes(data)
    if not data:
        return Decoded("", "utf-8")

    found = _binary_signature(data)
    if found:
        if data.startswith((b"%PDF-", b"PK")):  # formats the readers handle: here, damaged or given to the wrong call
            raise DecodeError(f"binary data, not text: the bytes start like {found}")
        raise UnsupportedFormatError(
            f"not a text document: the bytes start like {found}; give the text as .txt, .docx, .pdf or .html")

    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            plain = name.replace("-sig", "")
            try:
                text = body.decode(plain)
            except UnicodeDecodeError as exc:
                lenient = _lenient(body, plain, len(bom), certain=True)
                if lenient is None:
                    line = body[:exc.start].decode(plain, errors="replace").count("\n") + 1
                    raise DecodeError(
                        f"the bytes start with a {plain.upper()} byte-order mark but are not valid {plain} "
                        f"({exc.reason} on line {line}, byte offset {exc.start + len(bom)})"
                    ) from None
                return Decoded(_check_text(lenient.text, name), name, lenient.warnings)
            return Decoded(_check_text(text, name), name)

    nul = data.find(b"\x00")
    if nul >= 0:
        count = data.count(b"\x00")
        raise DecodeError(
            f"binary data, not text: found {count} NUL byte(s), the first at byte offset {nul} "
            "(UTF-16/32 text needs a byte-order mark)"
        )

    try:
        utf8_text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
        lenient = _lenient(data, "utf-8", 0, certain=False)
        if lenient is not None:
            return Decoded(_check_text(lenient.text, "utf-8"), "utf-8", lenient.warnings)
    else:
        # A few GBK byte pairs are also valid UTF-8 ("一" = D2 BB = Cyrillic "һ"): when the UTF-8 reading is
        # implausible and the GB18030 one reads like Chinese, the latter wins. Real UTF-8 Chinese never does.
        if _doubtful_utf8(utf8_text):
            gb_text = _try_decode(data, "gb18030")
            if gb_text is not None and _plausibility(gb_text) >= max(_GB_ACCEPT, _plausibility(utf8_text)):
                return Decoded(_check_text(gb_text, "gb18030"), "gb18030")
        return Decoded(_check_text(utf8_text, "utf-8"), "utf-8")

    candidates: list[tuple[str, str]] = []
    quoted = _cp1252_punctuation(data)
    if quoted is not None:
        return quoted
    gb_text = _try_decode(data, "gb18030")
    if gb_text is not None:
        if _plausibility(gb_text) >= _GB_ACCEPT:
            return Decoded(_check_text(gb_text, "gb18030"), "gb18030")
        candidates.append((gb_text, "gb18030"))
    else:
        cut = _cut_gb18030(data)
        if cut is not None:
            return cut
    for codec in _BIG5_CODECS:
        text = _try_decode(data, codec)
        if text is not None:
            candidates.append((text, codec))
            break
    guessed = _charset_normalizer_guess(data)
    if guessed is not None and guessed[1] not in {name for _, name in candidates}:
        candidates.append(guessed)

    if gb_text is None:
        # GB18030/GBK or Big5 text with a few invalid byte sequences (a byte lost or damaged in copying): one
        # U+FFFD each, as for UTF-8, when that reading is Chinese and no strict reading is as plausible
        for codec in ("gb18030", "big5hkscs"):
            lenient = _lenient(data, codec, 0, certain=False)
            if lenient is not None:
                score = _plausibility(lenient.text)
                if score >= _GB_ACCEPT and all(score >= _plausibility(text) for text, _ in candidates):
                    return Decoded(_check_text(lenient.text, codec), codec, lenient.warnings)
    if not candidates:
        line = data.count(b"\n", 0, first_error.start) + 1
        gb_where = ""
        try:
            data.decode("gb18030")
        except UnicodeDecodeError as exc:
            gb_line = data.count(b"\n", 0, exc.start) + 1
            gb_where = f" (the first invalid sequence on line {gb_line}, byte offset {exc.start})"
        raise DecodeError(
            "could not decode the bytes as text: not UTF-8 (the first invalid byte is on line "
            f"{line}, byte offset {first_error.start}), GB18030/GBK{gb_where}, Big5, nor any encoding "
            "charset-normalizer recognises (is it a binary file?)"
        )
    # Highest plausibility wins; ties keep the order above (gb18030, big5, detector).
    best_text, best_name = max(candidates, key=lambda c: _plausibility(c[0]))
    return Decoded(_check_text(best_text, best_name), best_name, _doubtful(best_text, best_name))


#: Bytes that a single-byte codec reads as one character each and that UTF-8, the CJK codecs and the Japanese
#: ones read as fewer (a UTF-8 "é", a UTF-8 "一", a lone high byte): see :func:`single_byte_codec`.
_SINGLE_BYTE_PROBE = b"\xc3\xa9\xe4\xb8\x80\x81"


@lru_cache(maxsize=64)
def single_byte_codec(codec: str) -> bool:
    """Whether ``codec`` (a Python codec name or alias) is a single-byte charset: ISO-8859-*, Windows-125x, KOI8,
    Mac Roman, … (every byte one character, so nearly any bytes decode "cleanly" in it). ``False`` for UTF-8/16/32,
    the CJK multi-byte codecs and for a name Python does not know."""
    try:
        info = codecs.lookup(codec)
    except LookupError:
        return False
    if info.name.startswith(("utf", "ascii")):
        return False
    try:
        return len(_SINGLE_BYTE_PROBE.decode(info.name, errors="replace")) == len(_SINGLE_BYTE_PROBE)
    except (LookupError, TypeError, ValueError):  # a codec that is not bytes -> str
        return False


def misdeclared_single_byte(data: bytes, codec: str) -> Decoded | None:
    """The true reading of bytes whose page (an HTML ``<meta charset>``, a MIME part's ``charset``) declares a
    single-byte charset (:func:`single_byte_codec`: ``iso-8859-1``, ``windows-1252``, …) when they are really
    UTF-8 or Chinese: a single-byte codec decodes any bytes, so a wrong declaration never fails, it only garbles.

    The bytes are taken as misdeclared when they hold non-ASCII bytes and :func:`decode_text` reads them as UTF-8
    (non-ASCII bytes that are valid UTF-8 are not Latin-1 text: "é" in Latin-1 is one byte that UTF-8 refuses), or
    as a multi-byte encoding whose text reads like Chinese (plausibility :data:`_GB_ACCEPT` or more: GBK, Big5).
    A page truly in Latin-1 (French, German) or another single-byte charset is neither, and keeps its codec.

    Returns:
        :class:`Decoded` of the true reading (its ``warnings`` are what :func:`decode_text` noticed), or ``None``
        when the declaration stands (``codec`` is not single-byte, the bytes are ASCII or they read as neither).
    """
    if not single_byte_codec(codec) or data.isascii():
        return None
    try:
        decoded = decode_text(data)
    except DecodeError:
        return None
    if single_byte_codec(decoded.encoding):
        return None
    if decoded.encoding.startswith("utf") or _plausibility(decoded.text) >= _GB_ACCEPT:
        return decoded
    return None


def _doubtful(text: str, codec: str) -> tuple[DecodeWarning, ...]:
    """A ``doubtful_encoding`` warning when ``text`` (the best of the readings of bytes that no encoding reads as
    Chinese) has at least :data:`DOUBTFUL_MIN_CHARS` non-ASCII characters and a plausibility under
    :data:`DOUBTFUL_PLAUSIBILITY` (random bytes, or an encoding the decoder does not try); else none."""
    score, judged = _reading(text)
    if judged < DOUBTFUL_MIN_CHARS or score >= DOUBTFUL_PLAUSIBILITY:
        return ()
    return (DecodeWarning("doubtful_encoding", (
        f"the bytes are not UTF-8 and no encoding reads them as Chinese text: read as {codec}, only "
        f"{score:.0%} of the characters are common Chinese characters or punctuation (real text scores 90% or "
        "more); the summary may be garbled. If the file is text, convert it to UTF-8 first (e.g. "
        "`iconv -f ENCODING -t UTF-8 FILE`).")),)


#: Windows-1252 punctuation bytes (smart quotes, dashes, ellipsis) that an editor on Windows leaves as single bytes
#: inside GBK text; GB18030 reads each as the lead byte of a rare character and garbles the characters that follow
#: until the byte pairs realign. Values: the full-width characters they stand for.
_CP1252_PUNCTUATION = {0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—"}
_CP1252_PUNCTUATION_BYTES = re.compile(b"[\x85\x91-\x94\x96\x97]")


def _cp1252_punctuation(data: bytes) -> Decoded | None:
    """GBK/GB18030 text with stray single-byte Windows-1252 punctuation (bytes ``0x85 0x91-0x94 0x96 0x97``) read
    with those bytes as the punctuation they stand for (``“…”``), and a ``cp1252_punctuation`` warning naming how
    many and their lines; ``None`` when no line changes. Each line is judged on its own: its marks are read so
    only when the quotation marks among them pair up (as many ``“`` as ``”``, ``‘`` as ``’``), and the line so read
    is plausible Chinese (:func:`_whole_plausibility` at least ``_GB_ACCEPT``) and more so than GB18030's own
    reading of it, which otherwise stays (a rare GBK character such as ``揾`` has such a lead byte). One pass over
    the bytes, following GB18030's one-, two- and four-byte characters."""
    if _CP1252_PUNCTUATION_BYTES.search(data) is None:
        return None
    out = bytearray()
    lines: list[int] = []  # line number of each mark read as punctuation
    pos, n, number = 0, len(data), 0
    while pos < n:
        nl = data.find(b"\n", pos)
        end = n if nl < 0 else nl + 1
        number += 1
        line = data[pos:end]
        fixed = _cp1252_line(line) if _CP1252_PUNCTUATION_BYTES.search(line) else None
        if fixed is not None:
            out += fixed[0]
            lines.extend([number] * fixed[1])
        else:
            out += line
        pos = end
    if not lines:
        return None
    text = _try_decode(bytes(out), "gb18030")
    if text is None:
        return None
    shown = sorted(set(lines))
    where = ", ".join(str(line) for line in shown[:_LINES_SHOWN]) + (", ..." if len(shown) > _LINES_SHOWN else "")
    warning = DecodeWarning("cp1252_punctuation", (
        f"the GBK text holds {len(lines)} single-byte Windows-1252 punctuation mark(s) (curly quotes, dashes), "
        f"read as full-width punctuation, on line(s) {where}"))
    return Decoded(_check_text(text, "gb18030"), "gb18030", (warning,))


def _cp1252_line(line: bytes) -> tuple[bytes, int] | None:
    """One line of GBK bytes with its Windows-1252 punctuation bytes at character starts replaced by the GB18030
    bytes of the marks they stand for, and how many; ``None`` when there is none, the quotation marks do not pair
    up, or the line so read is not better Chinese (see :func:`_cp1252_punctuation`). Linear in the line."""
    out = bytearray()
    found: list[int] = []
    i, n = 0, len(line)
    while i < n:
        b = line[i]
        if b < 0x80:
            j = i + 1
        elif b in _CP1252_PUNCTUATION:
            out += _CP1252_PUNCTUATION[b].encode("gb18030")
            found.append(b)
            i += 1
            continue
        elif i + 1 < n and 0x30 <= line[i + 1] <= 0x39:
            j = i + 4
        else:
            j = i + 2
        out += line[i:j]
        i = j
    if not found or found.count(0x93) != found.count(0x94) or found.count(0x91) != found.count(0x92):
        return None
    fixed = _try_decode(bytes(out), "gb18030")
    if fixed is None:
        return None
    score = _whole_plausibility(fixed)
    if score < _GB_ACCEPT or score <= _whole_plausibility(line.decode("gb18030", errors="replace")):
        return None
    return bytes(out), len(found)


def _whole_plausibility(text: str) -> float:
    """:func:`_plausibility` over all of ``text`` (not only its first :data:`_SAMPLE_CHARS` characters)."""
    return _reading(text, None)[0]


def _cut_gb18030(data: bytes) -> Decoded | None:
    """GB18030 (GBK) text whose only defect is a cut-off last character, read with U+FFFD and a warning, when the
    rest reads like Chinese (:data:`_GB_ACCEPT`); else ``None``."""
    try:
        data.decode("gb18030")
    except UnicodeDecodeError as exc:
        if exc.end != len(data) or exc.reason != "incomplete multibyte sequence":
            return None
        head = _try_decode(data[:exc.start], "gb18030")
        if head is None or _plausibility(head) < _GB_ACCEPT or all(ch < "\x80" for ch in head):
            return None
        warning = DecodeWarning(
            "truncated_character", f"the last character is cut off (the bytes end inside a GB18030 sequence, at "
            f"byte offset {exc.start}, line {head.count(chr(10)) + 1}): it reads as U+FFFD")
        return Decoded(_check_text(head + "\ufffd", "gb18030"), "gb18030", (warning,))
    return None


def _lenient(data: bytes, codec: str, offset: int, *, certain: bool) -> Decoded | None:
    """``data`` in the UTF codec ``codec`` with each invalid sequence read as U+FFFD, when that reading fits:
    the defects are few (:data:`_CHARS_PER_DEFECT` valid non-ASCII characters for each; a cut-off last
    character alone needs one) and, unless the encoding is ``certain`` (a BOM), the text does not look like GBK
    read as UTF-8 (:func:`_doubtful_utf8`). ``offset``: bytes before ``data`` (a BOM), for the messages.
    Linear: each stretch of valid bytes is decoded twice at most; gives up as soon as the defects outnumber what
    the characters before them allow."""
    view = memoryview(data)
    parts: list[str] = []
    spots: list[tuple[int, int, int, str]] = []  # (byte start, byte end, line, reason)
    newlines = non_ascii = 0
    pos = 0
    limit = max(1, len(data) // (2 * _CHARS_PER_DEFECT))
    while pos < len(data):
        spot = None
        try:
            part = str(view[pos:], codec)
            end = len(data)
        except UnicodeDecodeError as exc:
            part = str(view[pos:pos + exc.start], codec)
            spot = (pos + exc.start, pos + exc.end, newlines + part.count("\n") + 1, exc.reason)
            end = pos + exc.end
        parts.append(part)
        newlines += part.count("\n")
        if not part.isascii():
            non_ascii += sum(1 for ch in part if ch >= "\x80")
        if spot is not None:
            spots.append(spot)
            parts.append("\ufffd")
            # too many defects for the characters so far (the last one may be a cut): another encoding. Text in
            # another encoding stops here after two or three sequences instead of being walked to its end.
            # The first _DEFECTS_UP_FRONT may come before the text that pays for them (a title in another
            # encoding at the top); the whole text is judged at the end all the same.
            if len(spots) > limit or (len(spots) > _DEFECTS_UP_FRONT
                                      and non_ascii < _CHARS_PER_DEFECT * (len(spots) - 1)):
                return None
        pos = end
    if not spots:
        return None
    last = spots[-1]  # a cut: the bytes end inside a character
    cut = last if last[1] == len(data) and last[3] in (
        "unexpected end of data", "truncated data", "incomplete multibyte sequence") else None
    invalid = spots[:-1] if cut is not None else spots
    if non_ascii < _CHARS_PER_DEFECT * len(invalid) or (cut is not None and non_ascii == 0 and not certain):
        return None
    text = "".join(parts)
    if not certain and _doubtful_utf8(text):
        return None
    name = codec.upper()
    warnings = []
    if invalid:
        lines = sorted({line for _, _, line, _ in invalid})
        shown = ", ".join(map(str, lines[:_LINES_SHOWN])) + (", …" if len(lines) > _LINES_SHOWN else "")
        warnings.append(DecodeWarning(
            "invalid_bytes",
            f"{len(invalid)} invalid {name} byte sequence(s) read as U+FFFD, on line(s) {shown} (the first at byte "
            f"offset {invalid[0][0] + offset})"))
    if cut is not None:
        warnings.append(DecodeWarning(
            "truncated_character",
            f"the last character is cut off (the bytes end inside a {name} sequence, at byte offset "
            f"{cut[0] + offset}, line {cut[2]}): it reads as U+FFFD"))
    return Decoded(text, codec, tuple(warnings))


def read_file_bytes(path: str | Path, *, max_bytes: int | None = None) -> bytes:
    """Read a whole file as bytes, with clear errors.

    Args:
        path: the file to read.
        max_bytes: refuse files larger than this many bytes (``None``: no limit).

    Raises:
        FileNotFoundError: ``path`` does not exist ("file not found: PATH"; "broken symbolic link (to T, which
            does not exist): PATH"; "symbolic link loop (to T, which leads back to itself): PATH"; "no file matches the pattern: PATH" for a glob pattern).
        IsADirectoryError: ``path`` is a directory.
        PermissionError: the file cannot be read for lack of permission ("permission denied (check the file's
            permissions, …): PATH"), or ``path`` is a folder that cannot be listed ("permission denied, cannot
            list the folder (…): PATH": a folder a batch could not walk,
            :func:`summarizer.batch.expand_inputs`).
        InputTooLargeError: the file is larger than ``max_bytes``.
        OSError: any other I/O failure, with the path in the message.
    """
    p = Path(path)
    if p.is_dir():
        try:
            with os.scandir(p):
                pass
        except PermissionError:  # a folder a batch could not walk (expand_inputs keeps it as an input)
            raise PermissionError(f"permission denied, cannot list the folder ({FOLDER_PERMISSION_HINT}): "
                                  f"{os.fspath(path)}") from None
        except OSError:
            pass
        raise IsADirectoryError(f"is a directory, not a file: {p}")
    if not p.exists():
        raise FileNotFoundError(_not_found(p, str(path)))
    try:
        if max_bytes is not None:
            size = p.stat().st_size
            if size > max_bytes:
                raise InputTooLargeError(f"{p}: file is {size:,} bytes; the limit is {max_bytes:,} bytes")
            with p.open("rb") as fh:  # the file may grow between stat() and read()
                data = fh.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputTooLargeError(f"{p}: file is over the limit of {max_bytes:,} bytes")
            return data
        return p.read_bytes()
    except PermissionError:
        raise PermissionError(f"permission denied ({FILE_PERMISSION_HINT}): {os.fspath(path)}") from None
    except IsADirectoryError:
        raise IsADirectoryError(f"is a directory, not a file: {p}") from None
    except FileNotFoundError:
        raise FileNotFoundError(_not_found(p)) from None
    except InputTooLargeError:
        raise
    except OSError as exc:
        raise OSError(f"cannot read {p}: {exc.strerror or exc}") from None


def _is_link_loop(p: Path) -> bool:
    """Whether following the symbolic link ``p`` never ends (``a -> a``, ``a -> b -> a``: ``ELOOP``), as opposed
    to ending at a name that does not exist."""
    try:
        os.stat(p)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,15}://")


def _not_found(p: Path, given: str | None = None) -> str:
    """The message for a path that names no file: a dangling symbolic link (one that loops back to itself said
    so), a glob pattern that matched nothing (kept as an input by :func:`summarizer.batch.expand_inputs`) and a
    URL (``given``, the name before ``Path`` folded its ``//``: it read ``file not found: https:/…``) are said to
    be what they are."""
    if given is not None and _URL.match(given):
        return ("a URL, not a local file (files are read from this machine: download it first, e.g. curl -o "
                f"page.html 'URL'; --engine ray also reads object-store URIs such as s3://): {given}")
    if p.is_symlink():
        try:
            target = os.readlink(p)
        except OSError:  # pragma: no cover - the link went away meanwhile
            target = "?"
        if _is_link_loop(p):
            return f"symbolic link loop (to {target}, which leads back to itself): {p}"
        return f"broken symbolic link (to {target}, which does not exist): {p}"
    if glob.has_magic(str(p)):
        return f"no file matches the pattern: {p}"
    return f"file not found: {p}"


def read_text_file(path: str | Path, *, max_bytes: int | None = None) -> tuple[str, str]:
    """Read a text file in any supported encoding; returns ``(text, encoding)`` as :func:`decode_bytes`.

    Args:
        path: the file to read.
        max_bytes: refuse files larger than this many bytes (``None``: no limit).

    Raises:
        FileNotFoundError, IsADirectoryError, PermissionError, OSError: as :func:`read_file_bytes`.
        InputTooLargeError: the file is larger than ``max_bytes``.
        DecodeError: the file is binary or in no supported encoding (the message names the file).
    """
    data = read_file_bytes(path, max_bytes=max_bytes)
    try:
        return decode_bytes(data)
    except DecodeError as exc:
        raise type(exc)(f"{path}: {exc}") from None  # keeps the kind (unsupported_format)


# --------------------------------------------------------------------------------------------- helpers


def binary_signature(data: bytes) -> str | None:
    """What a known binary signature at the start of ``data`` says it is (``"a PNG image"``, ``"a ZIP archive"``
    …), or ``None``: the check :func:`decode_text` makes first."""
    return _binary_signature(data)


def _binary_signature(data: bytes) -> str | None:
    for magic, offset, what in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            if magic == b"BZh":
                if len(data) >= 10 and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
                    return "a bzip2 archive"
                continue
            if magic in (b"WEBP", b"WAVE") and not data.startswith(b"RIFF"):
                continue
            return what
    return None


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


#: EBCDIC code pages (checked on :func:`codecs.lookup`'s name): no Chinese text is EBCDIC, yet on a stray byte or
#: two charset-normalizer names one (``b"\xe4"`` read as cp037 ``"U"``); such a guess is dropped.
_EBCDIC = frozenset({"cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140"})
#: UTF-16/32 guesses (step 2 took those with a byte-order mark; these have none) are kept only when what they
#: read is this plausible as Chinese (:func:`_plausibility`): a BOM-less line of Chinese in UTF-16 is, a few
#: stray bytes (``b"\x80abc"`` read as UTF-16-BE ``"聡扣"``, 0.65) are not.
_BOMLESS_UTF_MIN_PLAUSIBILITY = 0.9


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best reading of ``data`` as ``(text, codec name)``, or ``None`` (no guess, an EBCDIC code page, or a BOM-less UTF-16/32 reading that is not plausible Chinese)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    try:
        name = codecs.lookup(best.encoding).name
        text = str(best)
    except (UnicodeDecodeError, LookupError):  # pragma: no cover - the detector already decoded it
        return None
    if name in _EBCDIC or (name.startswith(("utf-16", "utf-32"))
                           and _plausibility(text) < _BOMLESS_UTF_MIN_PLAUSIBILITY):
        return None
    return text, best.encoding


def check_controls(text: str, encoding: str | None = None) -> str:
    """Refuse a text in which more than :data:`MAX_CONTROL_RATIO` of the characters are control characters
    (:data:`summarizer.chars.CONTROL`: not tab, newlines, form feed): binary data that happened to decode, or a
    ``str`` (a JSON text) that is not prose. The same rule for every input; fewer controls are kept in the text
    (offsets stay exact) and cleaning removes them from the analysis copy. Linear in ``len(text)``.

    Args:
        text: the decoded text (characters).
        encoding: the codec it was decoded with, named in the message; ``None`` for a ``str`` given as such.

    Returns:
        ``text`` unchanged.

    Raises:
        DecodeError: too many control characters (the message gives the count, the limit and the character offset
            of the first one; for mojibake, how to convert it back).
    """
    return _check_text(text, encoding)


def _check_text(text: str, encoding: str | None) -> str:
    """Refuse a decoded text that is mostly control characters (binary that happened to decode)."""
    if not text:
        return text
    found = _CONTROL_RE.search(text)
    first = found.start() if found else None
    controls = len(_CONTROL_RE.findall(text, first)) if found else 0
    if controls and controls / len(text) > MAX_CONTROL_RATIO:
        twice = _encoded_twice(text)
        if twice:
            raise DecodeError(
                f"text encoded twice (mojibake): {f'decoded as {encoding} ' if encoding else ''}it reads like UTF-8 "
                f"bytes taken as {twice} and "
                f"encoded again ({controls} of {len(text)} characters are control characters); convert it back "
                f"first, e.g. `iconv -f utf-8 -t {_ICONV[twice]} FILE > fixed.txt`")
        read = f"decoded as {encoding}" if encoding else "of the text"
        raise DecodeError(
            f"binary data, not text: {controls} of {len(text)} characters {read} are control "
            f"characters (the first at character offset {first}); the limit is {MAX_CONTROL_RATIO:.0%}"
        )
    return text


_ICONV = {"latin-1": "ISO-8859-1", "cp1252": "CP1252"}  # Python codec -> iconv name


def _encoded_twice(text: str) -> str | None:
    """The single-byte codec (``"latin-1"`` or ``"cp1252"``) through which ``text`` is UTF-8 text decoded a
    second time (mojibake: ``ä¸\x80ã\x80\x81`` for ``一、``), judged on its first 4,096 characters; ``None``
    when it is not (or not only) that. Only used to name the fault in an error message: the text is not repaired."""
    head = text[:4096]
    for codec in ("latin-1", "cp1252"):
        try:
            raw = head.encode(codec)
        except UnicodeEncodeError:
            continue
        # the head may cut the last UTF-8 sequence: ignore at most 3 bytes at its end
        for cut in range(4):
            try:
                again = raw[:len(raw) - cut].decode("utf-8")
            except UnicodeDecodeError:
                continue
            return codec if again and not _CONTROL_RE.search(again.replace("\n", "").replace("\t", "")) else None
    return None


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """The most used Chinese characters, simplified and traditional, taken from the codecs themselves.

    GB2312 level 1 (rows 0xB0-0xD7: 3,755 characters ordered by frequency of use) and Big5's "常用字"
    block (0xA440-0xC67E: 5,401 characters).
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for code in range(0xA440, 0xC67F):
        lead, trail = divmod(code, 256)
        if 0x40 <= trail <= 0x7E or 0xA1 <= trail <= 0xFE:
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _char_weight(ch: str, common: frozenset[str]) -> float:
    cp = ord(ch)
    if ch in common:
        return 1.0
    if 0x3000 <= cp <= 0x303F or 0xFF01 <= cp <= 0xFF5E or 0x2010 <= cp <= 0x2027 or 0x2030 <= cp <= 0x205E:
        return 1.0  # CJK and full-width punctuation, general punctuation (“” — …)
    if is_cjk(ch):
        return 0.3  # a rare or uncommon Han character
    if (
        0xE000 <= cp <= 0xF8FF  # private use: GB18030 user-defined areas
        or 0x3040 <= cp <= 0x30FF  # kana
        or 0xFF61 <= cp <= 0xFF9F  # half-width katakana
        or 0x2500 <= cp <= 0x259F  # box drawing, blocks
        or 0x0370 <= cp <= 0x04FF  # Greek, Cyrillic
        or 0xAC00 <= cp <= 0xD7AF  # Hangul
        or unicodedata.category(ch) in ("Cc", "Co", "Cn")
    ):
        return 0.0
    return 0.5


def _doubtful_utf8(text: str) -> bool:
    """Could this UTF-8 reading be GBK bytes that happen to be valid UTF-8?

    Yes when it has 1-16 non-ASCII characters, none of them Han, none touching an ASCII letter (as in
    "café"), and no word of three or more non-ASCII letters of one script (as in "дела"): the shape of a few
    Chinese characters read as UTF-8 ("一" → "һ", "一平平" → "һƽƽ": Cyrillic and Latin in one "word", which no
    language writes).
    """
    if not 0 < len(text) - len(text.encode("ascii", "ignore")) <= _UTF8_DOUBT_CHARS:  # non-ASCII characters
        return False
    non_ascii = [ch for ch in text if ch >= "\x80"]
    if not 0 < len(non_ascii) <= _UTF8_DOUBT_CHARS or any(is_cjk(ch) for ch in non_ascii):
        return False
    run = 0
    scripts: set[str] = set()
    for i, ch in enumerate(text):
        if ch < "\x80":
            run = 0
            scripts.clear()
            continue
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
            return False
        if ch.isalpha():
            run += 1
            scripts.add(unicodedata.name(ch, "?").split(" ")[0])
        else:
            run = 0
            scripts.clear()
        if run >= 3 and len(scripts) == 1:
            return False
    return True


def _plausibility(text: str) -> float:
    """Share (0..1) of the non-ASCII, non-space characters of ``text`` that read like Chinese text."""
    return _reading(text)[0]


def _reading(text: str, limit: int | None = _SAMPLE_CHARS) -> tuple[float, int]:
    """:func:`_plausibility` of ``text`` and the number of non-ASCII, non-space characters it is judged on (of the
    first ``limit`` characters, :data:`_SAMPLE_CHARS` by default; ``None``: all of them)."""
    common = _common_hanzi()
    total = 0
    score = 0.0
    for ch in (text if limit is None else text[:limit]):
        if ch < "\x80" or ch.isspace():
            continue
        total += 1
        score += _char_weight(ch, common)
    return (1.0 if total == 0 else score / total), total
