"""The intent lexicon: weighted cue phrases per intent, kept as data (``vi.toml``, ``en.toml``).

Phrases are written the way customers write them, with diacritics; the loader folds them (lower case,
no diacritics, đ -> d) and splits them into words, so "xóa thông tin" also matches "xoa thong tin". The
accented spelling is kept too: a word the customer typed *with* diacritics must match it, so "mặt tiền"
never hits the cue "mất tiền".
Config can add files: a later file overrides the weight of a phrase it repeats (same words and diacritics)
for the same intent, and weight 0 removes it. The learned model (``handlers.intent_model``) may overrule
the lexicon unless it is very sure: a phrase the firm adds with weight 8 or more decides on its own.

File format::

    [negation]
    phrases = ["không phải", "is not"]      # negate a cue that follows within a few words

    [background]                              # context that hides the cues inside it, scoring
    phrases = ["từng sử dụng dịch vụ"]       # nothing ("I once used your services")

    [cues.complaint]                          # one table per intent, plus [cues.unknown] for
    "khiếu nại" = 3.0                         # "not a customer request" (job mail, sales, spam)

    [engagement]                              # the writer is already the firm's client ("I paid
    phrases = ["đã ký hợp đồng", "i paid"]    # a deposit"): a grievance then is a complaint

    [litigation]                              # the writer asks the firm to take someone else to
    phrases = ["muốn kiện", "want to sue"]    # court: their grievance is that party's, a service

    [state_records]                           # documents the state keeps: asking to correct them
    phrases = ["sổ đỏ", "birth certificate"]  # ("đính chính sổ đỏ") is a service, not a correction
                                              # of the firm's records
    [abbreviations]                           # one word typed short -> the folded word it stands
    ko = "không"                              # for, applied before matching ("ko bat may")
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from handlers.text import accent_key, fold, has_marks, words
from handlers.types import INTENTS

BUILTIN_FILES = (Path(__file__).with_name("vi.toml"), Path(__file__).with_name("en.toml"))

Phrase = tuple[str, ...]
Spelling = tuple[str | None, ...]  # accent key per word; None where the lexicon wrote no diacritics


@dataclass(frozen=True)
class Cue:
    intent: str
    weight: float
    spelling: Spelling


@dataclass(frozen=True)
class Entry:
    """What a phrase means: its cues and, if it is background, its accepted spellings."""

    cues: tuple[Cue, ...]
    background: tuple[Spelling, ...]


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Lexicon:
    """Folded cue phrases -> cues (intent, weight, accented spelling); negation and background phrases."""

    cues: Mapping[Phrase, tuple[Cue, ...]]
    negators: frozenset[Phrase]
    background: Mapping[Phrase, tuple[Spelling, ...]]  # match like cues, score nothing, hide cues inside
    trie: dict[str, dict]  # word -> {next word -> ..., None: Entry}: walks phrases in one pass (read-only)
    max_negator_words: int
    negator_last_words: frozenset[str]  # quick test before looking a negator up
    abbreviations: Mapping[str, str]  # folded short form -> folded word
    engagement: frozenset[Phrase]  # phrases saying the writer is already a client
    litigation: frozenset[Phrase] = frozenset()  # phrases asking the firm to sue a third party
    state_records: frozenset[Phrase] = frozenset()  # documents the state keeps (land titles, birth certificates)


def load_lexicon(extra_files: Sequence[Path] = ()) -> Lexicon:
    """Built-in vi/en lexicon extended (or overridden) by ``extra_files``, in order."""
    if not extra_files:
        return _builtin()
    return _load((*BUILTIN_FILES, *map(Path, extra_files)))


@lru_cache(maxsize=1)
def _builtin() -> Lexicon:
    return _load(BUILTIN_FILES)


def _load(files: Sequence[Path]) -> Lexicon:
    weights: dict[tuple[Phrase, Spelling, str], float] = {}  # later files win
    negators: set[Phrase] = set()
    background: dict[Phrase, set[Spelling]] = {}
    abbreviations: dict[str, str] = {}
    engagement: set[Phrase] = set()
    litigation: set[Phrase] = set()
    state_records: set[Phrase] = set()
    for path in files:
        data = _read(path)
        engagement.update(_phrase(p, path, "engagement")[0] for p in _phrases(data, "engagement", path))
        litigation.update(_phrase(p, path, "litigation")[0] for p in _phrases(data, "litigation", path))
        state_records.update(_phrase(p, path, "state_records")[0] for p in _phrases(data, "state_records", path))
        abbreviations.update(_abbreviations(data, path))
        negators.update(_phrase(p, path, "negation")[0] for p in _phrases(data, "negation", path))
        for text in _phrases(data, "background", path):
            phrase, spelling = _phrase(text, path, "background")
            background.setdefault(phrase, set()).add(spelling)
        for intent, phrase, spelling, weight in _cues(data, path):
            key = (phrase, spelling, intent)
            if weight == 0:
                weights.pop(key, None)
            else:
                weights[key] = weight
    cues: dict[Phrase, list[Cue]] = {}
    for (phrase, spelling, intent), weight in weights.items():
        cues.setdefault(phrase, []).append(Cue(intent, weight, spelling))
    trie: dict[str, dict] = {}
    for phrase in {*cues, *background}:
        node: dict = trie
        for word in phrase:
            node = node.setdefault(word, {})
        node[None] = Entry(tuple(cues.get(phrase, ())), tuple(background.get(phrase, ())))
    return Lexicon(
        cues=MappingProxyType({p: tuple(v) for p, v in cues.items()}),
        negators=frozenset(negators),
        background=MappingProxyType({p: tuple(v) for p, v in background.items()}),
        trie=trie,
        max_negator_words=max((len(p) for p in negators), default=1),
        negator_last_words=frozenset(p[-1] for p in negators),
        abbreviations=MappingProxyType(abbreviations),
        engagement=frozenset(engagement),
        litigation=frozenset(litigation),
        state_records=frozenset(state_records),
    )


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon: {exc}") from exc


def _phrase(text: str, path: Path, key: str) -> tuple[Phrase, Spelling]:
    phrase = tuple(words(fold(text)))
    typed = words(text.replace("’", "'"))
    if not phrase or len(typed) != len(phrase):
        raise LexiconError(f"{path}: {key}: not a phrase of words {text!r}")
    spelling = tuple(accent_key(w) if has_marks(w) else None for w in typed)
    return phrase, spelling


def _phrases(data: dict, table: str, path: Path) -> list[str]:
    phrases = data.get(table, {}).get("phrases", [])
    if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
        raise LexiconError(f"{path}: {table}.phrases must be a list of strings")
    return phrases


def _cues(data: dict, path: Path) -> list[tuple[str, Phrase, Spelling, float]]:
    tables = data.get("cues", {})
    if not isinstance(tables, dict):
        raise LexiconError(f"{path}: [cues] must be a table of intents")
    out = []
    for intent, table in tables.items():
        if intent not in INTENTS:
            raise LexiconError(f"{path}: cues.{intent}: unknown intent (expected one of {', '.join(INTENTS)})")
        if not isinstance(table, dict):
            raise LexiconError(f"{path}: cues.{intent} must be a table of phrase = weight")
        for text, weight in table.items():
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight < 0:
                raise LexiconError(f"{path}: cues.{intent}.{text!r}: weight must be a number >= 0")
            phrase, spelling = _phrase(text, path, f"cues.{intent}")
            out.append((intent, phrase, spelling, float(weight)))
    return out


def _abbreviations(data: dict, path: Path) -> dict[str, str]:
    table = data.get("abbreviations", {})
    if not isinstance(table, dict):
        raise LexiconError(f"{path}: [abbreviations] must be a table of short = word")
    out = {}
    for short, word in table.items():
        folded_short, folded_word = words(fold(short)), words(fold(str(word)))
        if len(folded_short) != 1 or len(folded_word) != 1:
            raise LexiconError(f"{path}: abbreviations.{short}: one word for one word (got {word!r})")
        out[folded_short[0]] = folded_word[0]
    return out
