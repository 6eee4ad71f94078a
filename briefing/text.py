"""Sanitising untrusted text: the one place where control and escape sequences are removed.

Article text comes from strangers. Before anything is stored or shown, terminal escape
sequences (CSI, OSC including OSC 8 hyperlinks and OSC 52 clipboard writes, DCS, ...), other
C0/C1 control characters and bidi overrides are removed, and the text is put in Unicode NFC.
"""

from __future__ import annotations

import re
import unicodedata

# Sequences opened by ESC. A string sequence (OSC, DCS, ...) is removed whole only up to its
# terminator, on one line and outside markup: unterminated, only its introducer goes. The 8-bit
# forms (U+009B, U+009D, ...) lose only their control character, with the controls below: they
# are the bytes of double-encoded UTF-8 ("â€\x9d" for ”), and their "payload" is the page's text.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]                      # CSI ... final byte
    | \x1b\][^\x07\x1b\x9c\n<]*(?:\x07|\x1b\\|\x9c)  # OSC ... BEL or ST
    | \x1b[PX^_][^\x1b\x9c\n<]*(?:\x1b\\|\x9c)      # DCS, SOS, PM, APC ... ST
    | \x1b[ -/]*[0-~]?                           # other two- or three-byte escapes
    """,
    re.VERBOSE,
)
# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates,
# zero-width and soft-hyphen characters that only hide or reorder text.
_UNSAFE_CHARACTER = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u00ad]"
)


# Letters of scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Japanese, Chinese)
UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def strip_escape_sequences(text: str) -> str:
    """Remove terminal escape sequences whole: removing their ESC alone would leave the rest
    ("]0;title", "[2J") in the text."""
    return _ESCAPE_SEQUENCE.sub("", text)


def strip_unsafe(text: str) -> str:
    """Remove escape sequences and control characters; keep newlines and tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE_CHARACTER.sub("", strip_escape_sequences(text))


def clean_text(text: str) -> str:
    """Safe, NFC-normalised text."""
    return unicodedata.normalize("NFC", strip_unsafe(text))


def clean_line(text: str) -> str:
    """`clean_text` for a single line: all whitespace, newlines included, becomes one space."""
    return " ".join(clean_text(text).split())


def fold_accents(text: str) -> str:
    """The text without its accents ("José Álvarez" -> "Jose Alvarez"), for matching names that
    one article, or the user, writes without them."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
