"""Golden test over the labelled sets: every message, every field, plus the acceptance targets.

``corpus/`` is the shared development corpus; ``holdout/`` … ``holdout22/`` are our own sets of hard
cases, each written apart from the code (generators: ``*/make.py``) and scored once unseen before any rule
was changed for it. The built-in intent model (``handlers/model``) is trained on these sets, so here
intent is a regression check; how intent does on unseen mail is what ``mailroom train --cross-validate``
and the first-run figures in the README say. Point ``MAILROOM_GOLDEN_CORPUS`` at another
directory of the same layout (``*.eml`` + ``labels.json``) to score only that set, e.g. the acceptance set.

Conventions of the labels: ``language: "mixed"`` mail is answered in Vietnamese (the firm's language and
``detect_language``'s default), so it is expected as "vi"; names and addresses compare after NFC, case
folding and whitespace folding; automated mail has an empty contact and intent "unknown".
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import pytest

from handlers.classify import classify
from handlers.extract import extract_contact
from handlers.text import comparable
from handlers.types import Classification, ContactFields
from ingest.parse import parse_message

HERE = Path(__file__).parent
SETS = (
    [Path(os.environ["MAILROOM_GOLDEN_CORPUS"])] if os.environ.get("MAILROOM_GOLDEN_CORPUS")
    else [HERE / "corpus", *sorted(HERE.glob("holdout*"))]
)
OWN_EMAILS = frozenset({"info@thinhtrigroup.com", "support@thinhtrigroup.com"})
OWN_PHONES = frozenset({"1800 63 65"})
FIELDS = ("intent", "automated", "language", "name", "phone", "email", "address")
TARGETS = {"intent": 0.95, "phone": 0.95, "email": 0.95, "name": 0.90, "address": 0.85}
# Cases that general rules cannot get right; each entry says why (strict: fixing one must remove it).
XFAIL: dict[tuple[str, str], str] = {
    ("holdout2/k004.eml", "email"): "an address quoted as evidence ('they emailed me at …') reads like a contact address",
    ("holdout2/k028.eml", "address"): "lower-case inline rural address without commas ('thon 4 xa Loc An tinh Lam Dong')",
    ("holdout3/m035.eml", "address"): "English industrial-park address in a signature ('Lot C4, Long Hau Industrial Park')",
    ("holdout3/m044.eml", "address"): "industrial-zone lot address ('Lô B2-7 KCN Tân Tạo, …') not recognised",
    ("holdout3/m047.eml", "name"): "bottom-posted reply: the full name sits in the quoted part above",
    ("holdout3/m043.eml", "language"): "empty mail, subject 'hi': too little text, so the Vietnamese default wins",
    ("holdout4/n014.eml", "phone"): "a tax code grouped like a phone number with no label before it",
    ("holdout4/n026.eml", "phone"): "bottom-posted reply: the number sits below the quoted firm mail",
    ("holdout5/p012.eml", "address"): "room-number prefix ('phòng 302, 118/6 Bạch Đằng, …') not recognised",
    ("holdout5/p039.eml", "phone"): "a third party's number given first without saying whose it is",
    ("holdout5/p044.eml", "address"): "Spanish address with '3º B' and a postcode before the city",
    ("holdout5/p049.eml", "name"): "single-word name ('Anastasia') is not taken as a person's name",
    ("holdout6/q013.eml", "name"): "unseen miss: a lower-case display name won over the full name in the text",
    ("holdout6/q033.eml", "name"): "unseen miss: a display name won over the full name in the text",
    ("holdout6/q034.eml", "address"): "the label keeps 'số' (house-number word) out of the address; we keep it",
    ("holdout6/q041.eml", "name"): "unseen miss: no name found",
    ("holdout3/m047.eml", "phone"): "bottom-posted reply: the number sits below the quoted firm mail",
    ("holdout7/r035.eml", "address"): "Polish address starting 'ul.' (street abbreviation) is cut at the dot",
    ("holdout7/r058.eml", "address"): "inline address after 'chuyển về' not recognised (not yet analysed)",
    ("holdout8/s017.eml", "phone"): "a third party's number (a detective agency) given first, in parentheses",
    ("holdout8/s028.eml", "address"): "inline address in a correction story not recognised (not yet analysed)",
    ("holdout10/u006.eml", "phone"): "the only number is the sister's ('số của em gái tôi'): we take it as the sender's",
    ("holdout10/u009.eml", "name"): "the sister named in a data-leak story is taken for the sender",
    ("holdout10/u015.eml", "email"): "the husband's address given as a distractor beats the sender's own",
    ("holdout10/u030.eml", "name"): "signature 'Co Dao' (a title and a given name) kept instead of the full name in From",
    ("holdout10/u032.eml", "address"): "English village address with a UK postcode not recognised",
    ("holdout11/v009.eml", "address"): "Australian office address ('Level 3, 88 Pitt Street, Sydney NSW 2000') not recognised",
    ("holdout11/v014.eml", "name"): "a shortened display name ('jake m') is not completed from the signature",
    ("holdout11/v024.eml", "phone"): "US number written without a country code is read as Vietnamese and rejected",
    ("holdout11/v026.eml", "intent"): "a vendor pitch quoting data-request wording reads as a deletion request",
    ("holdout11/v040.eml", "name"): "the Vietnamese name given in passing beats the English name in signature and From",
    ("holdout11/v042.eml", "phone"): "Australian mobile in national format with '(AU)' is not given its country",
    ("holdout12/w003.eml", "name"): "the mother's full name in the text beats the sender's signed name",
    ("holdout12/w011.eml", "name"): "the display name's given name is not completed with the family name from the body",
    ("holdout12/w014.eml", "name"): "single-word signed name ('Ngân') is not taken as a person's name",
    ("holdout12/w024.eml", "address"): "room-number prefix ('phòng 302, số 14 ngõ 68 …') not recognised",
    ("holdout12/w026.eml", "name"): "a misspelled variant of the name written first wins over the corrected one",
    ("holdout12/w027.eml", "phone"): "a scammer's number given first without saying whose it is",
    ("holdout9/t026.eml", "name"): "a nickname display name ('Meo Con') taken for a person",
    ("holdout9/t037.eml", "email"): "the predecessor's address (named as replaced) beats the new contact's",
    ("holdout9/t045.eml", "phone"): "a partner's number given first without saying whose it is",
    ("holdout9/t048.eml", "name"): "the From display name beats the corrected full name in the text",
    ("holdout15/z031.eml", "name"): "the sender's name sits in a clinic signature block the extractor skips",
    ("holdout15/z059.eml", "phone"): "the phone is confirmed ('đúng') but only written in the quoted firm mail",
    ("holdout16/g037.eml", "phone"): "+44 7700 9xxxxx (UK drama range) is invalid for phonenumbers; the wife's number is left",
    ("holdout16/g054.eml", "address"): "inline address typed without diacritics after 'o' not recognised (not yet analysed)",
    ("holdout16/g056.eml", "phone"): "a broker's number given first in a story; the sender's own stands alone at the end",
    ("holdout16/g057.eml", "name"): "a nickname display name ('Quang SEO') taken for a person",
    ("holdout17/k022.eml", "intent"): "a new phone and address of the debtor's director read as the sender's correction",
    ("holdout17/k033.eml", "address"): "the address of the land in the matter read as the sender's",
    ("holdout17/k045.eml", "address"): "bottom-posted reply: the address is in the quoted firm mail",
    ("holdout17/k045.eml", "phone"): "bottom-posted reply: the confirmed number is in the quoted firm mail",
    ("holdout18/a044.eml", "address"): "the rented premises in the story beat her home address given later",
    ("holdout19/b032.eml", "email"): "the departing contact's address (named as replaced) beats the new contact's",
    ("holdout20/c031.eml", "address"): "the father's village address is taken for the sender's",
    ("holdout21/e020.eml", "address"): "new address typed without diacritics after the old one, no label (not yet analysed)",
    ("holdout21/e022.eml", "address"): "the label keeps 'số' (house-number word) out of the address; we keep it",
    ("holdout21/e023.eml", "address"): "Spanish address with '3º B' and a postcode before the city",
    ("holdout21/e027.eml", "name"): "the display name's given names are not completed from the signed full name",
    ("holdout21/e034.eml", "phone"): "forwarded firm confirmation with the wrong number; the corrected one is not preferred",
    ("holdout21/e038.eml", "phone"): "the phone is only in the sender's own quoted first mail",
    ("holdout9/t024.eml", "intent"): "an employer asking how to answer an employee's data request: the access words outweigh (data-request-over-service)",
    ("holdout22/f028.eml", "intent"): "an old client's long letter with grievance words about a third party reads as a complaint",
    ("holdout28/h28_047.eml", "name"): "a kinship nickname sign-off ('Út Xuân') beats the From display name",
    ("holdout29/h29_028.eml", "phone"): "the sister's number is the only one: relatives' numbers rank last but are not dropped",
    ("holdout31/h31_047.eml", "name"): "a spam signer named only mid-sentence ('liên hệ chuyên viên X: 0859 …')",
    ("holdout32/h32_017.eml", "name"): "a granddaughter types her grandmother's letter: the typist's own intro wins",
    ("holdout32/h32_023.eml", "name"): "'Ma.' (Maria) is dropped as if it were a title",
    ("holdout33/h33_014.eml", "name"): "the full name appears only as the correction's target; the display name is in "
                                       "Western order",
    ("holdout34/h34_014.eml", "name"): "the signer is named only after a role label ('Thư ký phiên tòa: X - ĐT: …')",
    ("holdout35/h35_016.eml", "phone"): "a former employer's HR number is the only one: someone else's numbers rank "
                                        "last but are not dropped (dropping them lost 20 right answers)",
    ("holdout8/s008.eml", "phone"): "a grandson types for his grandmother: his own number ('gọi cháu số …') outranks her landline",
    ("holdout39/h39_037.eml", "address"): "a labelled address in a sentence runs on into the next clause ('…, rồi xuất lại hóa đơn')",
    ("holdout40/h40_040.eml", "intent"): "a name correction that asks for the invoice to be reissued reads as a complaint",
    ("holdout40/h40_050.eml", "name"): "a co-founder named in the reply's text wins over the sender's own sign-off",
    # Where two label sets disagree, the majority is followed and the other stays a known miss:
    ("holdout11/v024.eml", "name"): "labels disagree: here the English name before the bracketed Vietnamese one is "
                                    "labelled; three other sets label the Vietnamese full name",
    ("holdout16/g058.eml", "address"): "labels disagree: a company's representative office is null here; two other "
                                       "sets label a business sender's office address",
}
# Sets still below a target, with why (strict: reaching the target must remove the entry).
TARGET_XFAIL: dict[str, str] = {}

# "set/file.eml" → label
LABELS: dict[str, dict] = {
    f"{directory.name}/{name}": label
    for directory in SETS
    for name, label in json.loads((directory / "labels.json").read_text(encoding="utf-8")).items()
}
_DIRECTORIES = {directory.name: directory for directory in SETS}


@lru_cache(maxsize=None)
def _result(name: str) -> tuple[Classification, ContactFields]:
    set_name, file_name = name.split("/", 1)
    msg = parse_message((_DIRECTORIES[set_name] / file_name).read_bytes())
    return classify(msg), extract_contact(msg, OWN_EMAILS, OWN_PHONES)


def _expected(name: str, field: str) -> object:
    label = LABELS[name]
    if field == "intent":
        return label["category"]
    if field == "language":
        return "vi" if label["language"] == "mixed" else label["language"]
    if field == "automated":
        return label["automated"]
    return label["contact"][field]


def _actual(name: str, field: str) -> object:
    classification, contact = _result(name)
    if field in ("intent", "automated", "language"):
        return getattr(classification, field)
    return getattr(contact, field)


def _matches(field: str, actual: object, expected: object) -> bool:
    if field in ("name", "address"):
        return (actual is None) == (expected is None) and comparable(actual) == comparable(expected)
    return actual == expected


def _params() -> list:
    out = []
    for name in sorted(LABELS):
        for field in FIELDS:
            reason = XFAIL.get((name, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(name, field, id=f"{name}-{field}", marks=marks))
    return out


@pytest.mark.parametrize(("name", "field"), _params())
def test_field(name: str, field: str) -> None:
    actual, expected = _actual(name, field), _expected(name, field)
    note = LABELS[name].get("note", "")
    assert _matches(field, actual, expected), f"{name} {field}: got {actual!r}, want {expected!r}. {note}"


@pytest.mark.parametrize("set_name", [
    pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=TARGET_XFAIL[n])] if n in TARGET_XFAIL else [])
    for n in sorted(_DIRECTORIES)
])
def test_scores_meet_acceptance_targets(set_name: str) -> None:
    """The team's targets, computed the way they are measured (all messages, exact per field)."""
    names = sorted(n for n in LABELS if n.startswith(f"{set_name}/"))
    rate = {
        field: sum(_matches(field, _actual(n, field), _expected(n, field)) for n in names) / len(names)
        for field in TARGETS
    }
    missed = [n for n in names if _expected(n, "automated") and not _actual(n, "automated")]
    false_alarms = [n for n in names if _actual(n, "automated") and not _expected(n, "automated")]
    assert not missed, f"automated mail missed (mail loop risk): {missed}"
    assert not false_alarms, f"people's mail marked automated: {false_alarms}"
    below = {f: round(r, 3) for f, r in rate.items() if r < TARGETS[f]}
    assert not below, f"below target: {below} (targets {TARGETS})"
