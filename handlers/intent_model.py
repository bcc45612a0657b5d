"""A learned reader of intent: a linear model over the words of labelled mail.

The lexicon (``handlers/lexicon``) gives reasons and carries the firm's policy rules, and is right when a
customer uses a phrase it knows. Customers also ask for things in words nobody wrote down ("mong công ty
hủy bỏ toàn bộ hồ sơ cá nhân"); a model trained on labelled mail generalises over such wording. It decides
where the lexicon is not very sure and no policy rule applied (see ``handlers.classify``), and it is data,
not code: ``model/intent.npz`` holds the vocabulary, idf and per-intent weights that ``mailroom train``
wrote (numpy arrays: read in a twentieth of the time the same model takes as JSON, which ``mailroom train
--out model.json.gz`` still writes for reading and diffing), so it can be retrained on the firm's own
labelled mail and inspected without any machine-learning package at run time (training needs scikit-learn;
inference is a sparse dot product here).

Features: diacritic-folded words (chat abbreviations expanded, as for the lexicon) of the subject and of
what the sender just wrote, as unigrams and within-clause bigrams; tf is sublinear, weighted by idf and
L2-normalised — exactly what scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` computes, so the
trained ``LogisticRegression`` gives the same probabilities here.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import numpy as np

from handlers.text import Clause, folded_clauses
from handlers.types import INTENTS

BUILTIN_MODEL = Path(__file__).with_name("model") / "intent.npz"
FORMAT = "mailroom-intent-model/1"
_NPZ_ARRAYS = ("format", "intents", "intercepts", "trained_on", "features", "idf", "weights")


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
    """Multinomial logistic regression over tf-idf features: idf and weights per feature (a feature with no
    weight in ``weights`` has all zeros), held as dense arrays for the dot product."""

    intents: tuple[str, ...]
    idf: Mapping[str, float]
    weights: Mapping[str, tuple[float, ...]]  # feature -> one weight per intent (zero rows dropped)
    intercepts: tuple[float, ...]
    trained_on: int = 0  # labelled messages behind it (shown by `mailroom classify` reasons)

    def __post_init__(self) -> None:
        # Dense copies for a vectorised dot product: row i of _matrix belongs to feature _column[f] = i.
        if isinstance(self.idf, _IdfView) and isinstance(self.weights, _WeightsView):  # read from .npz: ready
            object.__setattr__(self, "_column", self.idf.column)
            object.__setattr__(self, "_idf", self.idf.values_array)
            object.__setattr__(self, "_matrix", self.weights.matrix)
            object.__setattr__(self, "_intercepts", np.asarray(self.intercepts, float))
            return
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
        found: dict[int, int] = {}  # column -> count (the hot loop: plain dict, no Counter)
        for feature in feature_list:
            if (column := lookup(feature)) is not None:
                found[column] = found.get(column, 0) + 1
        logits = self._intercepts  # type: ignore[attr-defined]
        if found:
            columns = np.fromiter(found.keys(), np.intp, len(found))
            counts = np.fromiter(found.values(), float, len(found))
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


class _IdfView(Mapping[str, float]):
    """``IntentModel.idf`` over the arrays of a .npz model, so reading one builds no per-feature objects."""

    def __init__(self, column: dict[str, int], values: np.ndarray) -> None:
        self.column, self.values_array = column, values

    def __getitem__(self, feature: str) -> float:
        return float(self.values_array[self.column[feature]])

    def __iter__(self) -> Iterator[str]:
        return iter(self.column)

    def __len__(self) -> int:
        return len(self.column)


class _WeightsView(Mapping[str, tuple[float, ...]]):
    """``IntentModel.weights`` (features with any non-zero weight) over a .npz model's matrix."""

    def __init__(self, column: dict[str, int], matrix: np.ndarray) -> None:
        self.column, self.matrix = column, matrix
        self._rows: dict[str, int] | None = None

    def _weighted(self) -> dict[str, int]:
        if self._rows is None:
            nonzero = set(np.flatnonzero(np.abs(self.matrix).max(axis=1) > 0).tolist())
            self._rows = {f: i for f, i in self.column.items() if i in nonzero}
        return self._rows

    def __getitem__(self, feature: str) -> tuple[float, ...]:
        return tuple(self.matrix[self._weighted()[feature]].tolist())

    def __iter__(self) -> Iterator[str]:
        return iter(self._weighted())

    def __len__(self) -> int:
        return len(self._weighted())


def model_to_npz(model: IntentModel) -> bytes:
    """The model as a .npz archive with fixed timestamps (same model, same bytes), rounded like the JSON."""
    features = sorted(model.idf)
    matrix = np.zeros((len(features), len(model.intents)))
    for i, feature in enumerate(features):
        if feature in model.weights:
            matrix[i] = model.weights[feature]
    arrays = {
        "format": np.array(FORMAT),
        "intents": np.array(model.intents),
        "intercepts": np.array(model.intercepts, float),
        "trained_on": np.array(model.trained_on),
        "features": np.array(features),
        "idf": np.round(np.array([model.idf[f] for f in features], float), 4),
        "weights": np.round(matrix, 4),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, array, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, buffer.getvalue())
    return out.getvalue()


def model_from_npz(raw: bytes, source: str) -> IntentModel:
    try:
        with np.load(io.BytesIO(raw), allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in _NPZ_ARRAYS}
    except (KeyError, ValueError, OSError, zipfile.BadZipFile) as exc:
        raise IntentModelError(f"{source}: cannot read intent model ({exc})") from None
    if str(arrays["format"]) != FORMAT:
        raise IntentModelError(f"{source}: not a mailroom intent model (expected format {FORMAT!r})")
    intents = tuple(str(i) for i in arrays["intents"].tolist())
    features, idf, weights = arrays["features"].tolist(), arrays["idf"], arrays["weights"]
    if (
        any(i not in INTENTS for i in intents) or not intents or arrays["intercepts"].shape != (len(intents),)
        or idf.shape != (len(features),) or weights.shape != (len(features), len(intents))
        or not np.issubdtype(weights.dtype, np.floating) or not np.issubdtype(idf.dtype, np.floating)
        or arrays["trained_on"].shape != () or not np.issubdtype(arrays["trained_on"].dtype, np.integer)
    ):
        raise IntentModelError(f"{source}: malformed intent model (intents {list(intents)}, shapes)")
    column = {str(f): i for i, f in enumerate(features)}
    return IntentModel(intents, _IdfView(column, idf.astype(float)), _WeightsView(column, weights.astype(float)),
                       tuple(arrays["intercepts"].tolist()), int(arrays["trained_on"]))


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
    """The model in ``path`` (.npz, or JSON plain or gzip'd), or the built-in one shipped with mailroom."""
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
    """A .npz archive (the built-in: read in ~0.05 s) or JSON, plain or gzip'd (readable, diffable)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IntentModelError(f"{path}: cannot read intent model ({exc})") from None
    if raw[:2] == b"PK":
        return model_from_npz(raw, str(path))
    try:
        text = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        data = json.loads(text.decode("utf-8"))
    except (OSError, ValueError, EOFError) as exc:
        raise IntentModelError(f"{path}: cannot read intent model ({exc})") from None
    return model_from_json(data, str(path))


def save_intent_model(model: IntentModel, path: Path) -> None:
    """Write the model: ``.npz`` (fast to read) or JSON, gzip'd for ``.gz``; deterministic bytes either way."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".npz":
        path.write_bytes(model_to_npz(model))
        return
    body = json.dumps(model.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(body, mtime=0) if path.suffix == ".gz" else body)
