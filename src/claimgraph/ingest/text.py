"""Decoding the bytes of a text file: UTF-8, UTF-16/32 with a BOM, legacy Windows encodings.

Dutch text that is not UTF-8 is almost always Windows-1252, which charset detectors confuse with
other code pages on short texts (they read "ë" as Czech or Baltic letters). So cp1252 is tried
first, charset-normalizer only when cp1252 cannot decode the bytes, and latin-1 last. A file that
is mostly UTF-8 with some cp1252 bytes (a pasted quote) is repaired byte by byte.
"""

from __future__ import annotations

import codecs
import logging
import os
import re

from claimgraph.ingest.errors import IngestFailed

logger = logging.getLogger(__name__)

# One article is a few kB; anything this large is not one document (a corpus belongs in JSONL/CSV).
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
SNIFF_BYTES = 8192
# Share of control characters in the first bytes above which a file is binary, not text.
BINARY_CONTROL_SHARE = 0.05

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A well-formed UTF-8 multi-byte sequence: its presence beside invalid bytes means mixed encodings.
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
CP1252_FALLBACK = "claimgraph-cp1252"


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode bytes that are not UTF-8 as cp1252 (latin-1 where undefined)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return bad.decode("cp1252", errors="strict") if _cp1252_ok(bad) else bad.decode("latin-1"), err.end


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


codecs.register_error(CP1252_FALLBACK, _cp1252_fallback)


def check_size(path: str, limit: int = MAX_DOCUMENT_BYTES) -> int:
    """The file's size; raises when it is over ``limit``, before anything is read."""
    size = os.stat(path).st_size
    if size > limit:
        raise IngestFailed(
            f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit for one document"
        )
    return size


def read_text_file(path: str, limit: int = MAX_DOCUMENT_BYTES) -> str:
    """The decoded text of a single-document file; raises :class:`IngestFailed` when unusable."""
    check_size(path, limit)
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:  # the file grew since stat
        raise IngestFailed(f"file is over the {limit / 1e6:.0f} MB limit for one document")
    return decode_bytes(data)


def decode_bytes(data: bytes) -> str:
    """Decode a document's bytes; raises :class:`IngestFailed` for empty or binary input."""
    if not data.strip():
        raise IngestFailed("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if encoding == "utf-8":
                return _checked(_decode_utf8(body))
            try:
                return _checked(body.decode(encoding))
            except UnicodeDecodeError as exc:
                raise IngestFailed(
                    f"invalid {encoding.upper()} after its byte-order mark: {exc.reason}"
                ) from None
    if looks_binary(data):
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise IngestFailed("binary file, not text")
        return _checked(utf16)
    return _checked(_decode_utf8(data))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first bytes: not a text file."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > BINARY_CONTROL_SHARE * max(len(head), 1)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII text."""
    head = data[:SNIFF_BYTES]
    even, odd = head[0::2], head[1::2]
    for nuls, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if nuls.count(0) > 0.9 * len(nuls) and len(data) % 2 == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _UTF8_MULTI.search(data):
        text = data.decode("utf-8", errors=CP1252_FALLBACK)
        line = data.count(b"\n", 0, first_bad) + 1
        logger.warning("mixed encodings: UTF-8 with non-UTF-8 bytes from line %d, read as cp1252", line)
        return text
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only needed for the rare non-cp1252 file

    best = from_bytes(data).best()
    if best is not None:
        logger.info("decoded as %s (charset-normalizer)", best.encoding)
        return str(best)
    return data.decode("latin-1")


def _checked(text: str) -> str:
    if not text.strip():
        raise IngestFailed("empty")
    if "\x00" in text:
        raise IngestFailed("binary file, not text")
    return text.removeprefix("\ufeff")
