"""Bytes become text exactly; legacy French encodings are recognised, binaries refused."""

import codecs

import pytest

from recoupe.ingest.decoding import DecodingError, decode_text

FRENCH = "L’été où Noël a coûté cher : « œuvre » — déjà vu…"


def test_utf8_is_read_as_is() -> None:
    decoded = decode_text(FRENCH.encode("utf-8"))
    assert decoded.text == FRENCH
    assert decoded.encoding == "utf-8" and not decoded.is_legacy


def test_cp1252_french_with_curly_quotes_and_oe_ligature() -> None:
    decoded = decode_text(FRENCH.encode("cp1252"))
    assert decoded.text == FRENCH
    assert decoded.encoding == "cp1252" and decoded.is_legacy


def test_latin1_with_bytes_cp1252_leaves_undefined() -> None:
    data = "Répondu\x81 à l'été".encode("latin-1")
    decoded = decode_text(data)
    assert decoded.encoding == "latin-1"
    assert decoded.text == "Répondu\x81 à l'été"


def test_byte_order_marks_are_honoured() -> None:
    assert decode_text(codecs.BOM_UTF8 + FRENCH.encode()).text == FRENCH
    assert decode_text(FRENCH.encode("utf-16")).text == FRENCH


def test_crlf_newlines_are_kept_exactly() -> None:
    assert decode_text(b"Ligne un.\r\nLigne deux.").text == "Ligne un.\r\nLigne deux."


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_empty_and_binary_inputs_are_refused(data: bytes) -> None:
    with pytest.raises(DecodingError):
        decode_text(data)
