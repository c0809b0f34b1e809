"""Reading ``multipart/form-data`` uploads the way clients really send them (B33).

Starlette's parser (through python-multipart) reads only the plain ``filename`` parameter of a part's
``Content-Disposition`` and decodes names and field values as UTF-8, falling back to Latin-1: a part with only
``filename*=UTF-8''…`` (RFC 5987/2231) is not seen as a file, and a name or value in GBK comes out as mojibake.
:class:`UploadRoute` (the route class of ``POST /v1/summarize/file``) parses the form with
:class:`UploadParser` instead:

* the file name is ``filename*`` when present (RFC 6266: it wins over ``filename``; charsets UTF-8, ISO-8859-1
  and the GB family), else ``filename``'s raw bytes as UTF-8, else as GB18030 when that decodes strictly; a
  name percent-encoded in ``filename`` (``%E6%B1%89…``) is decoded when the bytes are UTF-8 and not ASCII;
* form field values are decoded the same way (the declared ``charset`` of the form first, then UTF-8, then
  GB18030);
* a body that ends before its closing boundary (a part begun, ``--BOUNDARY--`` never read) is a 400, not a
  form whose cut-off part is silently missing;
* anything that decodes in none of these is never echoed as mojibake: it is listed in
  ``scope["state"]["form_errors"]`` as ``(field, message)`` and the endpoint answers 422 naming the field.

The client's path components are removed later (:func:`safe_name`): ``C:\\Users\\某某\\报告.txt`` is ``报告.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from contextlib import aclosing
from tempfile import SpooledTemporaryFile
from typing import Any
from urllib.parse import unquote_to_bytes

from fastapi import Request, Response
from fastapi.routing import APIRoute
from starlette.datastructures import FormData, Headers, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException, MultiPartParser

__all__ = ["UploadRoute", "UploadRequest", "UploadParser", "parse_disposition", "decode_header_text", "safe_name"]

# A parameter of Content-Disposition: name, an optional `*` (RFC 5987 extended value), and a quoted string
# (backslash escapes) or a token. Linear: no nested quantifiers.
_PARAM = re.compile(rb';\s*([^\s=;*]+)(\*?)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)', re.S)
# Only \" and \\ are escapes: browsers send a Windows path's backslashes as they are (HTML's form encoding).
_QUOTED_PAIR = re.compile(rb'\\(["\\\\])')
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_EXTENDED_CHARSETS = {"utf-8": "utf-8", "utf8": "utf-8", "iso-8859-1": "latin-1", "latin-1": "latin-1",
                      "gbk": "gb18030", "gb2312": "gb18030", "gb18030": "gb18030"}


def decode_header_text(raw: bytes, declared: str | None = None) -> str | None:
    """Decode a name or value sent as raw bytes: ``declared`` charset first (when not UTF-8), then UTF-8, then
    GB18030 (each strictly); ``None`` when none of them decodes the bytes."""
    codecs = [c for c in (declared, "utf-8", "gb18030") if c]
    for codec in dict.fromkeys(codecs):
        try:
            return raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _extended_value(raw: bytes) -> tuple[str | None, str | None]:
    """An RFC 5987 ``charset'language'percent-encoded`` value: ``(text, None)`` or ``(None, problem)``."""
    try:
        value = raw.decode("ascii").strip().strip('"')
    except UnicodeDecodeError:
        return None, "filename* must be ASCII (charset'language'percent-encoded bytes, RFC 5987)"
    charset, sep, rest = value.partition("'")
    _language, sep2, encoded = rest.partition("'")
    if not sep or not sep2:
        return None, f"filename* {value[:80]!r} is not in the form charset'language'value (RFC 5987)"
    codec = _EXTENDED_CHARSETS.get(charset.strip().lower())
    if codec is None:
        return None, f"filename* uses the charset {charset[:40]!r}; use UTF-8"
    try:
        return unquote_to_bytes(encoded).decode(codec), None
    except UnicodeDecodeError:
        return None, f"filename* is not valid {charset} once percent-decoded"


def parse_disposition(header: bytes, declared: str | None = None) -> tuple[str | None, str | None, bool, str | None]:
    """Read a part's ``Content-Disposition`` header (raw bytes).

    Returns:
        ``(name, filename, is_file, problem)``: the field name, the file name (``filename*`` preferred), whether
        the part is a file (it has either parameter), and why the file name could not be decoded (else None).
    """
    params: dict[bytes, bytes] = {}
    extended: dict[bytes, bytes] = {}
    for match in _PARAM.finditer(header):
        key, star, value = match.group(1).lower(), match.group(2), match.group(3).strip()
        if value.startswith(b'"') and value.endswith(b'"') and len(value) >= 2:
            value = _QUOTED_PAIR.sub(rb"\1", value[1:-1])
        (extended if star else params).setdefault(key, value)
    name = None
    if b"name" in params:
        name = decode_header_text(params[b"name"], declared) or params[b"name"].decode("latin-1")
    is_file = b"filename" in params or b"filename" in extended
    filename = problem = None
    if b"filename" in extended:
        filename, problem = _extended_value(extended[b"filename"])
        if filename is None and b"filename" in params:
            problem = None  # a broken extended value, but a plain one to fall back on
    if filename is None and problem is None and b"filename" in params:
        raw = params[b"filename"]
        filename = decode_header_text(raw, declared)
        if filename is None:
            problem = ("the file name is neither UTF-8 nor GB18030 (send it as UTF-8, or as "
                       "filename*=UTF-8''percent-encoded)")
        elif _PERCENT.search(filename):
            try:
                unquoted = unquote_to_bytes(filename).decode("utf-8")
            except UnicodeDecodeError:
                unquoted = None
            if unquoted is not None and not unquoted.isascii():
                filename = unquoted  # a name percent-encoded by the client
    return name, filename, is_file, problem


def safe_name(filename: str | None) -> str | None:
    """The last component of an uploaded file's name (a client may send a whole Windows or POSIX path), at most
    255 characters: only echoed and used for its suffix, never opened."""
    if not filename:
        return None
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name[:255] or None


# The 400 of a multipart body that stops before its closing boundary (cut off, or written by hand without it).
UNCLOSED_BODY = ("the multipart body ends before its closing boundary (--BOUNDARY--): it was cut off or not "
                 "closed; send the whole body (curl -F file=@NAME writes it)")


class UploadParser(MultiPartParser):
    """Starlette's multipart parser with the name and value decoding described in the module docstring;
    ``errors`` lists ``(field, message)`` for what could not be decoded."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.errors: list[tuple[str, str]] = []
        self._began = False  # a part's opening boundary was read
        self._ended = False  # the closing boundary (--BOUNDARY--) was read

    async def parse(self) -> FormData:
        """The form, as Starlette's parser reads it, refusing a body cut off before its closing boundary.

        python-multipart drops, without a word, a part whose closing boundary never comes: a truncated upload
        would be answered ``file: field required`` although it holds a ``file`` part.

        Raises:
            MultiPartException: a part began but the body ended before the closing ``--BOUNDARY--`` (400).
        """
        form = await super().parse()
        if self._began and not self._ended:
            for file in self._files_to_close_on_error:
                file.close()
            raise MultiPartException(UNCLOSED_BODY)
        return form

    def on_part_begin(self) -> None:
        self._began = True
        super().on_part_begin()

    def on_end(self) -> None:
        self._ended = True

    def _declared(self) -> str | None:
        return None if self._charset in ("", "utf-8") else self._charset

    def on_headers_finished(self) -> None:
        part = self._current_part
        name, filename, is_file, problem = parse_disposition(part.content_disposition or b"", self._declared())
        if name is None:
            raise MultiPartException('The Content-Disposition header field "name" must be provided.')
        part.field_name = name
        if is_file:
            self._current_files += 1
            if self._current_files > self.max_files:
                raise MultiPartException(f"Too many files. Maximum number of files is {self.max_files}.")
            if problem is not None:
                self.errors.append((name, problem))
            tempfile = SpooledTemporaryFile(max_size=self.spool_max_size)
            self._files_to_close_on_error.append(tempfile)
            part.file = UploadFile(file=tempfile, size=0, filename=filename,  # type: ignore[arg-type]
                                   headers=Headers(raw=part.item_headers))
        else:
            self._current_fields += 1
            if self._current_fields > self.max_fields:
                raise MultiPartException(f"Too many fields. Maximum number of fields is {self.max_fields}.")
            part.file = None

    def on_part_end(self) -> None:
        part = self._current_part
        if part.file is not None:
            super().on_part_end()
            return
        value = decode_header_text(bytes(part.data), self._declared())
        if value is None:
            self.errors.append((part.field_name, f"{part.field_name}: the value is neither UTF-8 nor GB18030"))
            value = bytes(part.data).decode("latin-1")  # refused by the endpoint, never echoed
        self.items.append((part.field_name, value))


class UploadRequest(Request):
    """A request whose multipart form is read by :class:`UploadParser` (errors in ``scope["state"]``)."""

    async def _get_form(self, *, max_files: int | float = 1000, max_fields: int | float = 1000,
                        max_part_size: int = 1024 * 1024) -> FormData:
        content_type = (self.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
        if self._form is None and content_type == "multipart/form-data":
            parser = None
            try:
                async with aclosing(self.stream()) as stream:
                    parser = UploadParser(self.headers, stream, max_files=max_files, max_fields=max_fields,
                                          max_part_size=max_part_size)
                    self._form = await parser.parse()
            except MultiPartException as exc:
                raise HTTPException(status_code=400, detail=exc.message) from None
            finally:
                if parser is not None:
                    self.scope.setdefault("state", {})["form_errors"] = parser.errors
            return self._form
        return await super()._get_form(max_files=max_files, max_fields=max_fields, max_part_size=max_part_size)


class UploadRoute(APIRoute):
    """Route class of the upload endpoint: hands it an :class:`UploadRequest` (FastAPI's documented way to
    customise the request of a route)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def upload_handler(request: Request) -> Response:
            return await handler(UploadRequest(request.scope, request.receive))

        return upload_handler
