"""A learned reader of intent: a linear model over the words of labelled mail.

The lexicon (``handlers/lexicon``) gives reasons and carries the firm's policy rules, and is right when a
customer uses a phrase it knows. Customers also ask for things in words nobody wrote down ("mong công ty
hủy bỏ toàn bộ hồ sơ cá nhân"); a model trained on labelled mail generalises over such wording. It decides
where the lexicon is not very sure and no policy rule applied (see ``handlers.classify``), and it is data,
not code: ``intent.json.gz`` holds the
vocabulary, idf and per-intent weights that ``mailroom train`` wrote, so it can be retrained on the firm's
own labelled mail and inspected without any machine-learning package at run time (training needs
scikit-learn; inference is a sparse dot product here).

Features: diacritic-folded words (chat abbreviations expanded, as for the lexicon) of the subject and of
what the sender just wrote, as unigrams and within-clause bigrams; tf is sublinear, weighted by idf and
L2-normalised — exactly what scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` computes, so the
trained ``LogisticRegression`` gives the same probabilities here.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import numpy as np

from handlers.text import Clause, folded_clauses
from handlers.types import INTENTS

BUILTIN_MODEL = Path(__file__).with_name("model") / "intent.json.gz"
FORMAT = "mailroom-intent-model/1"


class IntentModelError(ValueError):
    """The model file is missing or malformed; the message names the file."""


def features(subject: str, text: str, abbreviations: Mapping[str, str]) -> list[str]:
    """The words the model sees: folded unigrams and within-clause bigrams of subject and text (the
    caller bounds the text, as ``handlers.classify.classification_text`` does)."""
    return features_of(folded_clauses(subject, abbreviations) + folded_clauses(text, abbreviations))


def features_of(clause_list: Sequence[Clause]) -> list[str]:
    """``features`` from clauses already folded, as classify has them."""
    out: list[str] = []
    for _, words in clause_list:
        out.extend(words)
        out.extend([f"{a} {b}" for a, b in zip(words, words[1:])])
    return out


@dataclass(frozen=True)
class IntentModel:
    """Multinomial logistic regression over tf-idf features, stored sparsely (feature -> weights)."""

    intents: tuple[str, ...]
    idf: Mapping[str, float]
    weights: Mapping[str, tuple[float, ...]]  # feature -> one weight per intent (zero rows dropped)
    intercepts: tuple[float, ...]
    trained_on: int = 0  # labelled messages behind it (shown by `mailroom classify` reasons)

    def __post_init__(self) -> None:
        # Dense copies for a vectorised dot product: row i of _matrix belongs to feature _column[f] = i.
        column = {feature: i for i, feature in enumerate(self.idf)}
        matrix = np.zeros((len(column), len(self.intents)))
        if self.weights:
            rows = np.fromiter((column[feature] for feature in self.weights), np.intp, len(self.weights))
            matrix[rows] = np.array(list(self.weights.values()), float)
        object.__setattr__(self, "_column", column)
        object.__setattr__(self, "_idf", np.fromiter(self.idf.values(), float, len(column)))
        object.__setattr__(self, "_matrix", matrix)
        object.__setattr__(self, "_intercepts", np.asarray(self.intercepts, float))

    def probabilities(self, feature_list: Sequence[str]) -> dict[str, float]:
        """P(intent | words) for each intent; words never seen in training carry no weight."""
        lookup = self._column.get  # type: ignore[attr-defined]
        found = [(c, n) for f, n in Counter(feature_list).items() if (c := lookup(f)) is not None]
        logits = self._intercepts  # type: ignore[attr-defined]
        if found:
            columns = np.fromiter((c for c, _ in found), np.intp, len(found))
            counts = np.fromiter((n for _, n in found), float, len(found))
            values = (1.0 + np.log(counts)) * self._idf[columns]  # type: ignore[attr-defined]
            values /= np.sqrt(values @ values)
            logits = logits + values @ self._matrix[columns]  # type: ignore[attr-defined]
        exps = np.exp(logits - logits.max())
        return dict(zip(self.intents, (exps / exps.sum()).tolist()))

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "intents": list(self.intents),
            "intercepts": list(self.intercepts),
            "trained_on": self.trained_on,
            "features": {
                f: [round(self.idf[f], 4), *(round(w, 4) for w in self.weights.get(f, ()))] for f in sorted(self.idf)
            },
        }


def model_from_json(data: object, source: str) -> IntentModel:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise IntentModelError(f"{source}: not a mailroom intent model (expected format {FORMAT!r})")
    try:
        intents = tuple(str(i) for i in data["intents"])
        intercepts = tuple(float(b) for b in data["intercepts"])
        rows = data["features"]
        idf = {feature: float(row[0]) for feature, row in rows.items()}
        width = len(intents) + 1
        odd = next((f for f, row in rows.items() if len(row) not in (1, width)), None)
        if odd is not None:
            raise ValueError(f"feature {odd!r}: {len(rows[odd]) - 1} weights for {len(intents)} intents")
        # kept as JSON gave them: building IntentModel's matrix (below, inside this try) rejects non-numbers
        weights = {feature: tuple(row[1:]) for feature, row in rows.items() if len(row) == width}
        trained_on = int(data.get("trained_on", 0))
        unknown = [i for i in intents if i not in INTENTS]
        if unknown or len(intercepts) != len(intents) or not intents:
            raise ValueError(f"intents {list(intents)}")
        return IntentModel(intents, MappingProxyType(idf), MappingProxyType(weights), intercepts, trained_on)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise IntentModelError(f"{source}: malformed intent model ({exc})") from None


def load_intent_model(path: Path | None = None) -> IntentModel:
    """The model in ``path`` (gzip or plain JSON), or the built-in one shipped with mailroom."""
    if path is None:
        return _builtin()
    return _read(Path(path))


def model_for_setting(setting: str) -> IntentModel | None:
    """``[understanding] intent_model``: "builtin", "none" (lexicon only) or a model file's path."""
    if setting == "none":
        return None
    return load_intent_model(None if setting == "builtin" else Path(setting))


@lru_cache(maxsize=1)
def _builtin() -> IntentModel:
    return _read(BUILTIN_MODEL)


def _read(path: Path) -> IntentModel:
    try:
        raw = path.read_bytes()
        text = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        data = json.loads(text.decode("utf-8"))
    except (OSError, ValueError, EOFError) as exc:
        raise IntentModelError(f"{path}: cannot read intent model ({exc})") from None
    return model_from_json(data, str(path))


def save_intent_model(model: IntentModel, path: Path) -> None:
    """Write gzip'd JSON (deterministic bytes: sorted keys, no timestamp) so retraining diffs cleanly."""
    body = json.dumps(model.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
