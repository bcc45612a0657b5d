"""`mailroom eval DIR`: how well mailroom understands a labelled set of mail (the firm can run it on its own).

``DIR`` holds ``*.eml`` files and ``labels.json`` in the layout of the shared corpus: file name →
``{"category", "automated", "language", "contact": {"name", "phone", "email", "address"}}``. Scoring is
pure: ``score`` takes (label, prediction) pairs, so tests can check the arithmetic without any mail.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabulate import tabulate

from handlers.text import comparable
from handlers.types import INTENTS

CONTACT_FIELDS = ("name", "phone", "email", "address")


class LabelsError(Exception):
    """labels.json is missing or malformed (names the file and the entry)."""


@dataclass
class Scores:
    total: int = 0
    intent_correct: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (labelled, predicted) → n
    automated: Counter[str] = field(default_factory=Counter)  # tp, fp, fn, tn
    field_exact: Counter[str] = field(default_factory=Counter)  # over every message
    field_labelled: Counter[str] = field(default_factory=Counter)  # messages whose label has a value
    field_found: Counter[str] = field(default_factory=Counter)  # ... and the prediction equals it
    language_correct: int = 0
    mismatches: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # file, field, expected, got
    unreadable: list[tuple[str, str]] = field(default_factory=list)


def load_labels(directory: Path) -> dict[str, dict[str, Any]]:
    path = directory / "labels.json"
    try:
        labels = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LabelsError(f"{path}: not found (eval needs DIR/*.eml and DIR/labels.json)") from None
    except (OSError, ValueError) as exc:
        raise LabelsError(f"{path}: cannot read labels ({exc})") from None
    if not isinstance(labels, dict):
        raise LabelsError(f"{path}: expected an object mapping file names to labels")
    for name, label in labels.items():
        if not isinstance(label, dict) or "category" not in label or "contact" not in label:
            raise LabelsError(f"{path}: entry {name!r} needs at least category and contact")
    return labels


def _same(field_name: str, expected: Any, got: Any) -> bool:
    if field_name in ("name", "address"):
        return comparable(expected) == comparable(got)
    if field_name == "email":
        return (expected or "").strip().lower() == (got or "").strip().lower()
    return (expected or None) == (got or None)


def add(scores: Scores, file: str, label: dict[str, Any], record: dict[str, Any]) -> None:
    """Score one prediction (a `classify --json` record) against its label."""
    scores.total += 1
    expected_intent, got_intent = label["category"], record["intent"]
    scores.confusion[(expected_intent, got_intent)] += 1
    if expected_intent == got_intent:
        scores.intent_correct += 1
    else:
        scores.mismatches.append((file, "intent", expected_intent, got_intent))
    expected_auto, got_auto = bool(label.get("automated")), bool(record["automated"])
    scores.automated[{(True, True): "tp", (False, True): "fp", (True, False): "fn", (False, False): "tn"}[(expected_auto, got_auto)]] += 1
    if expected_auto != got_auto:
        scores.mismatches.append((file, "automated", expected_auto, got_auto))
    expected_language = label.get("language")
    if expected_language == "mixed" or expected_language == record["language"]:
        scores.language_correct += 1  # mixed mail may be answered in either language
    for name in CONTACT_FIELDS:
        expected, got = (label.get("contact") or {}).get(name), record["contact"][name]
        same = _same(name, expected, got)
        scores.field_exact[name] += same
        if expected:
            scores.field_labelled[name] += 1
            scores.field_found[name] += same
        if not same:
            scores.mismatches.append((file, name, expected, got))


def _rate(n: int, d: int) -> str:
    return f"{n / d:.1%} ({n}/{d})" if d else "-"


def render(scores: Scores, show_errors: bool = False) -> str:
    intents = [i for i in INTENTS if any(k[0] == i or k[1] == i for k in scores.confusion)] or list(INTENTS)
    short = {"service_request": "service", "access_request": "access", "correction_request": "correct",
             "deletion_request": "delete", "complaint": "complaint", "unknown": "unknown"}
    matrix = [[short.get(e, e)] + [scores.confusion[(e, p)] or "." for p in intents] for e in intents]
    auto = scores.automated
    precision = auto["tp"] / (auto["tp"] + auto["fp"]) if auto["tp"] + auto["fp"] else 1.0
    recall = auto["tp"] / (auto["tp"] + auto["fn"]) if auto["tp"] + auto["fn"] else 1.0
    lines = [
        f"messages: {scores.total}" + (f" ({len(scores.unreadable)} unreadable)" if scores.unreadable else ""),
        f"intent accuracy: {_rate(scores.intent_correct, scores.total)}",
        "",
        "confusion matrix (rows: labelled, columns: predicted)",
        tabulate(matrix, headers=["labelled \\ predicted"] + [short.get(p, p) for p in intents]),
        "",
        f"automated: precision {precision:.1%}, recall {recall:.1%} "
        f"(missed {auto['fn']}, human mail marked automated {auto['fp']})",
        f"language: {_rate(scores.language_correct, scores.total)}",
        "",
        tabulate(
            [[name, _rate(scores.field_exact[name], scores.total),
              _rate(scores.field_found[name], scores.field_labelled[name])] for name in CONTACT_FIELDS],
            headers=["field", "exact match (all mail)", "found (where labelled)"],
        ),
    ]
    if show_errors and scores.mismatches:
        lines += ["", "mismatches", tabulate(scores.mismatches, headers=["file", "field", "expected", "got"])]
    for file, reason in scores.unreadable:
        lines.append(f"unreadable: {file}: {reason}")
    return "\n".join(lines)
