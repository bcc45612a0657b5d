"""`mailroom train DIR...`: fit the intent model on labelled mail (the layout `mailroom eval` reads).

Only human mail trains it (automated mail is decided by headers, never by the model). Needs
scikit-learn (``pip install 'mailroom[train]'``); the result is plain data read by
``handlers.intent_model`` without it. ``--cross-validate`` first reports leave-one-directory-out accuracy:
each directory is scored by a model trained on the others, which is how the model does on mail it has
never seen — the figure to look at before replacing a model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from handlers.classify import classification_text
from handlers.intent_model import IntentModel, features
from handlers.lexicon import Lexicon, load_lexicon
from handlers.types import INTENTS
from ingest.parse import parse_message
from mailroom.evaluate import load_labels

REGULARISATION_C = 30.0  # leave-one-set-out over the golden sets: 10 -> 30 gained 1.7 points, 100 lost
DROP_BELOW = 1e-4  # weights this small change no probability in the 3rd decimal; not worth shipping


class TrainingError(Exception):
    """Cannot train: missing scikit-learn, no labelled human mail, an unreadable file."""


@dataclass(frozen=True)
class Example:
    source: str  # directory it came from (the cross-validation fold)
    name: str
    features: tuple[str, ...]
    intent: str


def load_examples(directories: Sequence[Path], lexicon: Lexicon | None = None) -> list[Example]:
    lexicon = lexicon or load_lexicon()
    examples = []
    for directory in directories:
        for name, label in sorted(load_labels(directory).items()):
            if label.get("automated") or label["category"] not in INTENTS:
                continue
            try:
                msg = parse_message((directory / name).read_bytes())
            except OSError as exc:
                raise TrainingError(f"{directory / name}: cannot read ({exc.strerror})") from None
            words = features(msg.subject, classification_text(msg), lexicon.abbreviations)
            examples.append(Example(str(directory), name, tuple(words), label["category"]))
    if len({e.intent for e in examples}) < 3:  # two classes would give sklearn a single row of weights
        raise TrainingError("need labelled human mail of at least three intents to train")
    return examples


def fit(examples: Sequence[Example]) -> IntentModel:
    """Logistic regression on tf-idf of the examples' features, exported as sparse plain data."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise TrainingError("training needs scikit-learn: pip install 'mailroom[train]'") from None
    vectorizer = TfidfVectorizer(analyzer=lambda doc: doc, sublinear_tf=True)
    matrix = vectorizer.fit_transform([list(e.features) for e in examples])
    classifier = LogisticRegression(C=REGULARISATION_C, max_iter=5000)
    classifier.fit(matrix, [e.intent for e in examples])
    intents = tuple(str(c) for c in classifier.classes_)
    idf, weights = {}, {}
    for feature, column in vectorizer.vocabulary_.items():
        idf[feature] = float(vectorizer.idf_[column])
        row = tuple(float(w) for w in classifier.coef_[:, column])
        if max(abs(w) for w in row) >= DROP_BELOW:
            weights[feature] = row
    return IntentModel(intents, MappingProxyType(idf), MappingProxyType(weights),
                       tuple(float(b) for b in classifier.intercept_), trained_on=len(examples))


def cross_validate(examples: Sequence[Example]) -> list[tuple[str, int, int]]:
    """(directory, correct, total) for each directory, scored by a model trained on all the others."""
    results = []
    for source in dict.fromkeys(e.source for e in examples):
        held_out = [e for e in examples if e.source == source]
        model = fit([e for e in examples if e.source != source])
        correct = 0
        for example in held_out:
            probs = model.probabilities(example.features)
            correct += max(probs, key=probs.__getitem__) == example.intent
        results.append((source, correct, len(held_out)))
    return results
