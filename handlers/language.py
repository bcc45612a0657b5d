"""Reply language: Vietnamese unless the sender clearly wrote English.

The firm is Vietnamese, so mixed or unclear mail gets a Vietnamese reply. Vietnamese written without
diacritics is recognised from its function words ("toi", "cong ty", "khong", ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.text import fold_word

_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Letters that only Vietnamese (among vi/en) uses: a word containing one is a Vietnamese word.
_VI_LETTERS = frozenset(
    "ăâđêôơưàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
)
# Frequent Vietnamese words as written without diacritics; none is a common English word.
_VI_WORDS = frozenset(
    """
    toi ban anh chi em minh chung cua va la khong duoc cho nhe giup xin chao cam cong ty voi nhung
    nay thi da se mot cac nhieu nhu ve tai trong khi neu vi nen hoac hay phai muon can lam gui goi
    so dien thoai thong tin ho ten dia ho so luat su tu van viec nguoi nam thang ngay roi chua van
    cung dang moi nao gi sao bao lau den tu sau truoc duoc qua lai theo kinh quy xac nhan yeu cau
    de nghi dich vu hop dong giay thu tuc phi tien nha dat con vo chong gia dinh oi nha ak dc ko k
    """.split()
)
# Frequent English words; those that are also common Vietnamese typed without diacritics ("can" = cần,
# "so" = số, "on" = ơn, "do", "me", "an", "no", "be", "in") are left out.
_EN_WORDS = frozenset(
    """
    the and to of i you is are was were my your our we for with this that be have has had please would
    could will should not it at from by as or if about which what when how there their they them dear
    hello hi thanks thank regards kind best sincerely does did am been being any all some also here into
    only other such than then these those very just i'm it's i've i'd i'll don't doesn't didn't can't
    couldn't won't isn't wasn't let know need want like get got send sent received who where why more
    most yes but because after before over again still until since while today tomorrow yesterday week
    month year time day days one two three first last next new old good great many much well must make
    made take see help call number phone address name message documents document file case company
    office team service services request information data personal legal law firm lawyer attached
    regarding question questions email
    """.split()
)


def detect_language(text: str) -> str:
    """Return "en" only when English words clearly outnumber Vietnamese ones, else "vi"."""
    typed = _WORD_RE.findall(text.lower())
    return language_of_words(typed, [fold_word(w) for w in typed])


def language_of_words(typed: Sequence[str], folded: Sequence[str]) -> str:
    """``detect_language`` for words already split (lower case) and folded one by one."""
    vi = en = 0
    for word, folded_word in zip(typed, folded):
        if not _VI_LETTERS.isdisjoint(word):
            vi += 1
        elif word in _EN_WORDS:
            en += 1
        elif folded_word in _VI_WORDS:
            vi += 1
    return "en" if en >= 3 and en > 1.5 * vi else "vi"
