"""Bytes to text: UTF-8 first, then the legacy encodings French text is often saved in.

The decoded text is what every citation refers to, so decoding is the only transformation
ever applied to a source: no newline translation, no Unicode normalisation.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# Bytes that cp1252 leaves undefined: a file holding them cannot be cp1252.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodingError(ValueError):
    """The bytes are not text recoupe can read (empty, binary, undecodable)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str

    @property
    def is_legacy(self) -> bool:
        """True when the source was not UTF-8: worth telling the user."""
        return self.encoding not in ("utf-8", "utf-8-sig", "utf-16", "ascii")


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, in the first 8 kB mean this is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(head) // 100)


def decode_text(data: bytes) -> Decoded:
    """Decode article bytes; raise `DecodingError` with a reason a user understands."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding), encoding)
    if not data.strip():
        raise DecodingError("empty (no text)")
    if looks_binary(data):
        raise DecodingError("binary content, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if not _CP1252_UNDEFINED.intersection(data):
        return Decoded(data.decode("cp1252"), "cp1252")
    return Decoded(data.decode("latin-1"), "latin-1")
