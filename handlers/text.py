"""Text helpers shared by the understanding steps.

Customers write Vietnamese with and without diacritics ("xóa thông tin" / "xoa thong tin"), so all
matching happens on folded text. ``fold`` keeps one output character per input character, which lets
extraction find a cue in folded text and cut the value from the original at the same offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

_WS_RE = re.compile(r"\s+")
_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_BREAK_RE = re.compile(r"[.!?;:,()\[\]{}\"“”«»|/\n–—]+|\s-\s")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook, dot below


class _FoldMap(dict):
    """str.translate table that computes (and caches) the folded form of each character on first use."""

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        base = base.lower() if base else char
        if base in ("đ", "ð"):
            base = "d"
        if len(base) != 1:  # e.g. "ß" or a lone combining mark: keep the length, lower-case only
            base = char.lower() if len(char.lower()) == 1 else char
        self[codepoint] = base
        return base


_FOLD_MAP = _FoldMap({0x2019: "'", 0x2018: "'"})


def fold(text: str) -> str:
    """Lower-case and strip Vietnamese diacritics (đ -> d) so spellings with and without marks match.

    Length-preserving for NFC input: ``fold(s)[i]`` is the folded form of ``s[i]`` (’ becomes ').
    """
    return unicodedata.normalize("NFC", text).translate(_FOLD_MAP)


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """``fold`` for one word, cached: the same few thousand syllables make up most Vietnamese text."""
    return fold(word)


def squash_ws(text: str) -> str:
    """Collapse every run of whitespace to one space and trim: for comparing values as written."""
    return _WS_RE.sub(" ", text).strip()


def comparable(text: str | None) -> str:
    """NFC + casefold + whitespace folding: how names and addresses are compared (labels, tests)."""
    if text is None:
        return ""
    return squash_ws(unicodedata.normalize("NFC", text).casefold())


def clauses(text: str) -> list[list[str]]:
    """Words of ``text`` grouped by clause (punctuation ends a clause; cues never reach across it).

    Works on folded and unfolded text alike and splits both at the same places, so the words typed
    by the customer line up with their folded forms.
    """
    out = []
    for part in _BREAK_RE.split(text):
        words = _TOKEN_RE.findall(part)
        if words:
            out.append(words)
    return out


Clause = tuple[list[str], list[str]]  # (words as typed, lower case; folded words, abbreviations expanded)


def folded_clauses(text: str, abbreviations: Mapping[str, str]) -> list[Clause]:
    """Split and fold once; the cue matcher, the phrase tests and the intent model all read the result."""
    return [(typed, [abbreviations.get(w, w) for w in map(fold_word, typed)]) for typed in clauses(text.lower())]


def words(text: str) -> list[str]:
    """All words of ``text``, punctuation dropped."""
    return _TOKEN_RE.findall(text)


@lru_cache(maxsize=8192)
def accent_key(word: str) -> str:
    """Spelling of a word with its diacritics but independent of tone-mark placement ("xoá" = "xóa").

    Folding makes "mất tiền" (lost money) and "mặt tiền" (façade) the same word; when the customer did
    type diacritics, cues compare on this key so such pairs stay apart.
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = "".join(sorted(c for c in decomposed if c in _TONE_MARKS))
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return f"{base}|{tones}"


@lru_cache(maxsize=8192)
def has_marks(word: str) -> bool:
    """Does the word carry any diacritic (so the writer was typing with marks)?"""
    return not word.isascii() and fold(word) != word.lower()
