"""ParsedMessage -> ContactFields: who wrote, and how they want to be reached.

Only what the sender wrote is read (new text and signature): quoted firm mail carries the firm's own
hotline and address, and forwarded evidence carries third parties' details. Values the sender marks as
old ("số cũ", "old number") lose to new ones; what they state in the body wins over headers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import phonenumbers
import phonenumbers.re_util
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType

from handlers.automated import detect_automated
from handlers.text import accent_key, fold, has_marks
from handlers.types import ContactFields
from ingest.message import ParsedMessage

REGION = "VN"
MAX_TEXT_CHARS = 20_000  # contact details sit near the top or in the signature; bounds hostile mail
MAX_PHONE_CANDIDATES = 30  # phonenumbers is slow; a customer gives one or two numbers

# phonenumbers compiles its metadata patterns through ``re``'s 512-entry cache, which the email parser
# floods with one multipart-boundary pattern per message: keep phonenumbers' own compiled patterns
# (a switch of recent phonenumbers releases; older ones simply go without).
getattr(phonenumbers.re_util, "enable_pattern_cache", lambda: None)()

# ----------------------------------------------------------------------------------------- shared

# Context (folded) next to a value, within its clause, that marks it as no longer valid or not the
# sender's: "số cũ 0903…", "0903… (old)", "email from a@b to c@d", "cuộc gọi từ số …".
_OLD_BEFORE_RE = re.compile(
    r"(?:(?<!nhu )\bcu\b(?! (?:goi|nhan|lien|bao|gui|alo|call|nt)\b)|\bold\b|\bformer\b|\bprevious\b|\btruoc day\b|\bkhong dung\b|\bthay vi\b|\binstead of\b|\bfax\b)"
    r"[^.;\n]{0,25}$|\b(?:from(?:\s+(?:the\s+)?number)?|tu\s+(?:so|sdt|email|dia chi))\s*\W*$"
    # what the firm's record says, quoted to be corrected: "trong hồ sơ ghi là 0912 …", "phiếu ghi số …"
    r"|\bghi (?:la|so|nham|sai|thanh)\s*\W*$"
)
_OLD_AFTER_RE = re.compile(
    r"^\W{0,3}(?:cu|old|sai|go nham|nham|wrong|incorrect|typo|misspel\w*)\b|"
    r"^[^.\n]{0,50}(?:khong (?:con )?dung\b(?! (?:zalo|viber|whatsapp))|no longer|se bi khoa|bi khoa|will be (?:closed|deactivated|deleted))"
)
_NEW_BEFORE_RE = re.compile(
    r"(?:\bmoi\b|\bnew\b|\bhien tai\b|\bcurrent\b|"
    # "cập nhật email … thành X", "replace my email on your file with X" (an object between, so "đợi chị Thanh"
    # or "thấy sáng nay", which fold like "đổi … thành"/"thay … sang", do not count)
    r"\b(?:update\w*|replace|change|cap nhat|sua|doi|chuyen|thay)\b[^.\n]{0,40}"
    r"\b(?:so|sdt|email|e-mail|mail|dia chi|number|address|contact)\b[^.\n]{0,30}\b(?:to|with|thanh|sang)\b|\b(?:email|e-mail|mail|so|sdt|dia chi) dung(?: cua (?:toi|em|minh))? la\b|\bcorrect (?:one|address|number|email) is\b)"
    r"[^.;\n]{0,25}$"
)
# After a value: "… from now on", "… thay cho địa chỉ cũ": the sender's value from here on.
_NEW_AFTER_RE = re.compile(r"^\W{0,3}(?:from now on|going forward|from today|instead\b|tu nay|tu bay gio|tu nay ve sau|thay cho)")
_CLAUSE_SPLIT_RE = re.compile(r"[,;()\[\]]|\+?\d[\d .-]{5,}\d|\S+@\S+")


_BLANKS_RE = re.compile(r"[ \t]{2,}")


def _readable(text: str) -> str:
    """Runs of spaces and tabs as one space: values read the same, and no pattern with optional blanks on
    both sides of a comma can backtrack over a hostile run of thousands of them."""
    return _BLANKS_RE.sub(" ", text)


def _context(text: str, folded: str, start: int, end: int) -> tuple[str, str]:
    """Folded text of the value's clause before and after it (same line, up to punctuation)."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    before = _CLAUSE_SPLIT_RE.split(folded[max(line_start, start - 60) : start])[-1]
    after = folded[end : line_end if line_end >= 0 else None][:60]
    # a parenthesis right after the value annotates it: "0903… (cũ)", "a@b.vn (gõ nhầm)", "(của chủ nhà)"; after a
    # value in parentheses the sentence goes on: "điện thoại của bà (0914 …) hiện không dùng"
    skip = len(after) - len(after.lstrip(" ()")) if after.lstrip(" ")[:1] in ("(", ")") else 0
    after = _CLAUSE_SPLIT_RE.split(after[skip:])[0]
    typed_after = text[end + skip : end + skip + len(after)]
    return _as_meant(before, text[start - len(before) : start]), _as_meant(after, typed_after)


# Folded words that say "new"/"old" only when typed as such: "thư mời" (an invitation) is not "mới" (new),
# "cứ gọi" (just call) is not "cũ" (old). Typed without diacritics they stay ambiguous and still count.
_MEANT = {"moi": accent_key("mới"), "cu": accent_key("cũ")}
_MEANT_RE = re.compile(r"\b(?:moi|cu)\b")


def _as_meant(folded: str, typed: str) -> str:
    """``folded`` with the words of _MEANT blanked out where the writer typed another word."""
    def keep(match: re.Match[str]) -> str:
        word = typed[match.start() : match.end()]
        meant = not has_marks(word) or accent_key(word) == _MEANT[match.group()]
        return match.group() if meant else "_" * len(word)

    return _MEANT_RE.sub(keep, folded) if "moi" in folded or "cu" in folded else folded


def _is_old(before: str, after: str) -> bool:
    return bool(_OLD_BEFORE_RE.search(before) or _OLD_AFTER_RE.search(after))


def extract_contact(
    msg: ParsedMessage,
    own_emails: frozenset[str] = frozenset(),
    own_phones: frozenset[str] = frozenset(),
    automated: bool | None = None,
) -> ContactFields:
    """Contact details of the sender; empty for automated mail (bounces, auto-replies, lists).

    ``automated``: what classify already found (None: look again here).
    """
    if automated is None:
        automated = detect_automated(msg)[0]
    if automated:
        return ContactFields()
    text = _readable("\n".join(part[:MAX_TEXT_CHARS] for part in (msg.new_text, msg.signature) if part.strip()))
    folded = fold(text)
    return ContactFields(
        name=extract_name(msg, text, folded),
        phone=extract_phone(text, folded, own_phones),
        email=extract_email(msg, text, folded, own_emails),
        address=extract_address(text, folded),
    )


# ----------------------------------------------------------------------------------------- phone

_DIGITS_RE = re.compile(r"\d")
# A run of digits with the separators people put in phone numbers: "(028) 3827 4410", "+84 90.123.4567".
_PHONE_CANDIDATE_RE = re.compile(r"\(?\+?\(?\d[\d \t().\-]{6,24}\d")
_EXCLUDED_TYPES = frozenset(
    (PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN)
)


# Words just before a number that say whose line it is: the sender's own mobile, or a desk/switchboard.
_PERSONAL_LINE_RE = re.compile(
    r"(?:di dong|\bdd\b|mobile|\bmob\b|\bcell\b|zalo|viber|whatsapp|ca nhan|rieng|personal|"
    r"(?:sdt|so|dien thoai|dt|phone|number)\s+(?:cua\s+)?(?:toi|em|e|minh|mk|anh|chi)\b|\bmy\b[^.\n]{0,12}$|"
    r"call me|goi (?:truc tiep )?(?:cho )?(?:toi|em|minh)|(?:sdt|so|dien thoai|dt) nha (?:toi|em|minh)|"
    r"(?:^|\W)(?:m|hp|dd)\s*:)[^.;\n]{0,20}$"
    # "liên hệ tôi qua email này hoặc số …", "xin gửi cho tôi qua …", "reach me on …"
    r"|\b(?:lien he|lien lac|gui cho|goi cho|goi|contact|reach|call)\s+(?:voi\s+)?(?:toi|em|minh|me)\b[^.;\n]{0,35}$"
)
_DESK_LINE_RE = re.compile(
    r"(?:\btel\b|office|van phong|cong ty|co quan|\bban\b|may ban|landline|switchboard|tong dai|\bext\b|"
    r"le tan|reception|\bvp\b|\bcty\b|(?:^|\W)t\s*:)[^.;\n]{0,20}$"
)
# Numbers that only look like phones: tax codes, bank accounts, ID cards, invoices, case numbers.
_NOT_A_PHONE_RE = re.compile(
    r"(?:\bmst\b|ma so thue|tax (?:code|id)|\bstk\b|tai khoan|account|\biban\b|\bcccd\b|\bcmnd\b|can cuoc|"
    r"chung minh|passport|ho chieu|invoice|hoa don|\bso hd\b|hop dong so|\bref\b|ma ho so|ma so)[^.;\n]{0,15}$"
)
_PERSONAL_AFTER_RE = re.compile(r"^\W{0,3}(?:co )?(?:zalo|viber|whatsapp|signal|mobile|di dong)\b")
# Someone else's number: the lawyer handling the file, the landlord, a broker, "anh ấy".
_SOMEONE_ELSE_RE = re.compile(
    r"(?:luat su|\bls\b|chu nha|landlord|broker|moi gioi|consultant|lawyer|agent|ben kia|doi phuong|"
    r"nguoi ban|anh ay|chi ay|ong ay|ba ay|co ay|cau ay|chu ay|em ay|ban ay|anh ta|chi ta|ong ta|ba ta|cua ho|"
    r"his number|her number|their number|"
    r"(?:chong|vo|bo|me) (?:toi|em|minh)\b|\b(?:con trai|con gai|anh trai|chi gai|em trai|em gai)\b|"
    r"\b(?:anh|chi|em) (?:hai|ca|ba|tu|nam|ut|ho) (?:toi|em|minh)\b|"
    r"\b(?:ke toan|thu ky|tro ly)\b|"
    r"\b(?:ben ban|ben mua|ben cho thue|ben thue|ben a|ben b)\b|"
    r"\b(?:ong|ba) [a-z]+(?: [a-z]+){0,3},? (?:sdt|so|dt)\b|"
    r"(?:\b(?:ong|ba|anh|chi|co|chu|bac|cau)|(?<!toi )(?<!em )(?<!minh )(?<!ten )\bla) [a-z]+(?: [a-z]+){1,3} \((?:sdt|so|dt)\b|"
    r"\b(?:mr|mrs|ms|dr)\.? [a-z]+(?: [a-z]+){0,3} \(|\bcontact (?:person )?(?:at the time )?(?:was|is)\b|"
    r"\b(?:his|her|their) (?:[\w,]+ ){0,3}(?:number|mobile|phone)\b|\b(?:cau|co|chu|di) em\b|\bem ut\b|"
    r"\bcua (?:ba|ong|co|chu|bac|ba ay|ong ay)\b|"  # "điện thoại của bà (…)"
    r"\b(?:toi|em)\b[^.;\n]{0,60}\bcua (?:chau|con)\b|"  # "tôi đề nghị xóa thông tin của cháu" (else "cháu" is the writer)
    r"my (?:husband|wife|son|daughter|mother|father|brother|sister|partner|fiancee|fiance|girlfriend|boyfriend|"
    r"accountant|assistant|secretary)\b)[^.;\n]{0,40}$"
    r"|\b(?:ong|ba) [a-z]+(?: [a-z]+){1,3} \([^)]{0,40}\)[^.;\n]{0,50}$"  # "ông Quách Văn Phúc (giám đốc …) đã đổi số"
)
_SOMEONE_ELSE_AFTER_RE = re.compile(
    r"^\W{0,3}(?:cua|la cua|la so cua|of|belongs to|is)\s+(?:chu nha|luat su|ls|ben kia|doi phuong|anh ay|chi ay|"
    r"ong ay|ba ay|nguoi khac|con gai|con trai|vo toi|chong toi|bo toi|me toi|my (?:landlord|lawyer|wife|husband|son|"
    r"daughter|mother|father|boss|colleague)|the (?:landlord|lawyer|broker))"
)
_MOBILE_TYPES = frozenset((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE))


def extract_phone(text: str, folded: str, own_phones: Iterable[str] = ()) -> str | None:
    """The sender's number in E.164, never the firm's own or a hotline (1800/1900).

    Ranked: a number given as new beats the rest; then one marked as the sender's own line ("di động",
    "my mobile"); then mobiles before desk lines (people reply on their mobile, a signature's first line
    is often the office switchboard); then the order of appearance.
    """
    own = {_e164(p) for p in own_phones} - {None}
    ranked: list[tuple[int, int, str]] = []
    candidates = (c for c in _PHONE_CANDIDATE_RE.finditer(text) if len(_DIGITS_RE.findall(c.group())) >= 8)
    for _, candidate in zip(range(MAX_PHONE_CANDIDATES), candidates):
        for offset, length, parsed, kind in _numbers_in(candidate.group()):
            start = candidate.start() + offset
            before, after = _context(text, folded, start, start + length)
            if _is_old(before, after) or _NOT_A_PHONE_RE.search(before):
                continue
            number = _accept(parsed, kind, own)
            if number is None:
                continue
            window = _sentence_before(folded, start)
            rank = 4 * bool(_NEW_BEFORE_RE.search(before))
            rank += 2 * bool(_PERSONAL_LINE_RE.search(before) or _PERSONAL_AFTER_RE.search(after))
            someone_else = (
                _SOMEONE_ELSE_RE.search(window) or _SOMEONE_ELSE_AFTER_RE.search(after) or _in_quotes(folded, start)
            )
            rank -= 2 * bool(_DESK_LINE_RE.search(before)) + 3 * bool(someone_else)
            rank += kind in _MOBILE_TYPES
            ranked.append((-rank, len(ranked), number))
    return min(ranked)[2] if ranked else None


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")


def _sentence_before(folded: str, start: int, reach: int = 90) -> str:
    """The sentence up to ``start`` (at most ``reach`` characters): whose number or address it is ("ông
    Quách Văn Phúc (giám đốc …) đã đổi số điện thoại sang 0909 …") is said at its start."""
    window = folded[max(0, start - reach) : start]
    ends = list(_SENTENCE_END_RE.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _in_quotes(folded: str, start: int) -> bool:
    """Inside a quotation on its line ("… LH em Tùng 0886 …" pasted from someone's message)?"""
    line = folded[folded.rfind("\n", 0, start) + 1 : start]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


@lru_cache(maxsize=4096)
def _numbers_in(candidate: str) -> tuple[tuple[int, int, phonenumbers.PhoneNumber, int], ...]:
    """Valid numbers in a run of digits: (offset, length, number, type). One number is parsed directly;
    longer runs (two numbers side by side) go through PhoneNumberMatcher. Cached: the same numbers (the
    firm's own in quoted replies, a customer's in every mail of a thread) come back again and again, and
    validating one walks the whole numbering plan."""
    digits = len(_DIGITS_RE.findall(candidate))
    if digits < 8:
        return ()  # dates, amounts, house numbers
    if digits <= 13:
        try:
            number = phonenumbers.parse(candidate, REGION)
        except phonenumbers.NumberParseException:
            number = None
        if number is not None and phonenumbers.is_valid_number(number):
            return ((0, len(candidate), number, phonenumbers.number_type(number)),)
        if number is not None and _foreign_but_possible(candidate, number):
            return ((0, len(candidate), number, PhoneNumberType.UNKNOWN),)
    return tuple(
        (m.start, len(m.raw_string), m.number, phonenumbers.number_type(m.number))
        for m in PhoneNumberMatcher(candidate, REGION, leniency=Leniency.VALID)
    )


def _foreign_but_possible(candidate: str, number: phonenumbers.PhoneNumber) -> bool:
    """A foreign number written with its "+" country code and of a possible length, though not in the
    numbering plan phonenumbers knows (new ranges; the UK's +44 7700 900xxx, which writers use): the
    sender did write it as their number. Vietnamese numbers must be valid."""
    return (
        candidate.lstrip("( ").startswith("+")
        and number.country_code != 84
        and phonenumbers.is_possible_number(number)
        and phonenumbers.region_code_for_country_code(number.country_code) != "ZZ"
    )


def _accept(number: phonenumbers.PhoneNumber, kind: int, own: set[str | None]) -> str | None:
    if kind in _EXCLUDED_TYPES:
        return None
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return None if e164 in own else e164


def _e164(raw: str) -> str | None:
    try:
        number = phonenumbers.parse(raw, REGION)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


# ----------------------------------------------------------------------------------------- email

_EMAIL_RE = re.compile(r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_EMAIL_WANTED_RE = re.compile(
    r"(?:e-?mail|mail|thu|lien he|lien lac|contact|reach|reply|gui ve|gui qua|cua toi|cua em|cua minh|"
    r"rieng|ca nhan|personal|private|address|dia chi|"
    r"\bmy\b|\bmoi\b|\bnew\b|\bto\b|\bla\b|\bqua\b|\bvia\b|\bat\b|\buse\b|\bdung\b)\W{0,5}$"
)
_FREE_MAIL_DOMAINS = frozenset(
    ("gmail.com", "yahoo.com", "yahoo.com.vn", "outlook.com", "hotmail.com", "icloud.com", "live.com")
)


def extract_email(
    msg: ParsedMessage, text: str, folded: str, own_emails: Iterable[str] = ()
) -> str | None:
    """An address the sender gives in the body for contact wins; else Reply-To, else From."""
    own = {e.strip().lower() for e in own_emails}
    own_domains = {e.rsplit("@", 1)[-1] for e in own if "@" in e} - _FREE_MAIL_DOMAINS
    # Addresses in the body at the domain the mail was sent to are the firm's even without a config ("I wrote
    # to support@… in April"); From and Reply-To are not judged by it (a colleague may be the first To).
    addressed_to = {a.rsplit("@", 1)[-1] for a in msg.to_addrs[:1] if "@" in a} - _FREE_MAIL_DOMAINS
    if msg.from_addr and msg.from_addr.rsplit("@", 1)[-1] in addressed_to:
        addressed_to = set()  # mail between colleagues of one company: that domain is not the firm's

    def usable(addr: str | None) -> bool:
        return bool(addr) and addr not in own and addr.rsplit("@", 1)[-1] not in own_domains

    fresh: list[str] = []
    plain: list[str] = []
    for match in _EMAIL_RE.finditer(text):
        addr = match.group().rstrip(".").lower()
        before, after = _context(text, folded, match.start(), match.end())
        if not usable(addr) or addr.rsplit("@", 1)[-1] in addressed_to or _is_old(before, after):
            continue
        standalone = not before.strip(" -*:\t") or before.rstrip().endswith(":")
        if _NEW_BEFORE_RE.search(before) or _NEW_AFTER_RE.search(after):
            fresh.append(addr)
        elif (standalone or _EMAIL_WANTED_RE.search(before)) and not _SOMEONE_ELSE_RE.search(
            _sentence_before(folded, match.start())
        ):
            plain.append(addr)
    for addr in (*fresh, *plain, msg.reply_to, msg.from_addr):
        if usable(addr):
            return addr
    return None


# ----------------------------------------------------------------------------------------- name

_INTRO_RE = re.compile(
    r"(?:^|[\s,.;:!(\"“'«])(?:(?:toi|em|e|minh|chau|tui|t|anh|chi)\s+(?:ten\s+la|ten|la)|toi|(?:ten|ho ten)\s+(?:cua\s+)?"
    r"(?:toi|em|minh)\s+la|my name is|my name's|i am|i'm|this is)\s*:?\s+(?=\S)"
)
_LABEL_RE = re.compile(
    r"^[\s\-*•]*(?:ho va ten|ho ten|ten khach hang|ten|nguoi lien he|full name|name|contact person|contact name)"
    r"\s*[:：]\s*(\S.*?)\s*$",
    re.M,
)
# Titles before a name, compared as typed (lower case, with diacritics): "Chu" is a surname, "chú" a title.
_HONORIFICS = frozenset("dr mr mrs ms mx miss prof sir madam barrister attorney solicitor ông bà chị cô chú bác ong ls ths ts".split())
_LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*$")
_SCOTTISH_RE = re.compile(r"^(?:Mc|Mac)[A-Z][a-z]+$")
_SIGN_ROLE_RE = re.compile(r"\s+[-–|]\s+|,\s+|\s*\|\s*")
_SIGN_PRONOUNS = frozenset("em e anh chị chi cô chú bác ông bà cháu con mình minh tôi toi tui".split())
_IS_CALLED_RE = re.compile(r"^(?:tên\s+là|ten\s+la|tên|ten|là|la)\s+", re.I)  # "Tôi là X", "Em tên là X"
_PARTICLES = frozenset("van von der den de da di du la le bin binti al del dos das ter".split())
# Folded words and phrases that make a line an organisation, role, place or greeting, not a person.
_NOT_PERSON_WORDS = frozenset(
    """
    cty tnhh jsc ltd corp inc llc plc gmbh group team support info admin sales marketing service services
    legal law clb newsletter system mail delivery daemon noreply customer office department hr trading
    shop store studio agency bank school university consulting partners associates holdings
    international vietnam global solutions software technologies tech logistics electronics marine
    director manager founder ceo coo cfo dear hello hi thanks thank regards best cheers hotline website
    email address tower building street road ward district city province apartment unit
    vietnamese american irish english british german french australian korean japanese chinese
    cafe coffee roastery bakery deli restaurant kitchen bistro bar spa salon nails beauty boutique fashion
    hotel homestay resort clinic pharmacy mart foods food farm garden media print printing tailor
    """.split()
)
_NOT_PERSON_PHRASES = (
    "cong ty", "phong hanh chinh", "phong nhan su", "phong ke toan", "phong kinh doanh", "bo phan",
    "hanh chinh", "nhan su", "ke toan", "trung tam", "cau lac bo", "ngan hang", "dai hoc", "viet nam",
    "giam doc", "chu tich", "kinh gui", "tran trong", "cam on", "khach hang", "quy khach", "thong bao",
    "dien thoai", "dia chi", "van phong", "luat su", "tu van", "xin chao", "chao anh", "chao chi",
    "chao cong", "ban tin", "hop dong", "ho so", "thanh pho", "ban to chuc", "to chuc", "ban giam doc",
    "ban quan ly", "ban tuyen dung", "hoi cho", "hoi thao", "nha xuat ban", "bao chi",
    "nha khoa", "phong kham", "benh vien", "nha thuoc", "tham my vien", "truong mam non",
    # cities people sign with ("Cần Thơ - 0939 …"): the province names that are also two-word names
    "ha noi", "hai phong", "da nang", "can tho", "sai gon", "ho chi minh", "nha trang", "vung tau", "bien hoa",
    "da lat", "hai duong", "bac ninh", "nam dinh", "thai binh", "thanh hoa", "nghe an", "ha tinh", "quang ninh",
    "quang nam", "quang ngai", "binh duong", "dong nai", "long an", "tien giang", "ben tre", "vinh long",
    "an giang", "kien giang", "ca mau", "bac lieu", "soc trang", "tra vinh", "dong thap", "hau giang",
    "gia lai", "kon tum", "dak lak", "lam dong", "binh dinh", "phu yen", "khanh hoa", "ninh thuan",
    "binh thuan", "tay ninh", "binh phuoc", "thai nguyen", "lang son", "lao cai", "yen bai", "ha giang",
    "cao bang", "tuyen quang", "phu tho", "vinh phuc", "hoa binh", "son la", "dien bien", "lai chau",
    "ninh binh", "ha nam", "hung yen", "quang binh", "quang tri", "thua thien",
)
_NOT_PERSON_PHRASES_RE = re.compile(r"\b(?:" + "|".join(_NOT_PERSON_PHRASES) + r")\b")
_PLACE_FIRST_WORDS = frozenset(("phường", "quận", "huyện", "tỉnh", "xã", "tp", "tp.", "p.", "q.", "thị", "khu"))
_NAME_MIN_WORDS = 2
_NAME_MAX_WORDS = 6


def extract_name(msg: ParsedMessage, text: str, folded: str) -> str | None:
    """Labelled name > self-introduction > signature line > From display name (if it is a person).

    A shorter form is completed from a longer one that ends with it ("Bảo Ngân" -> "Trần Lê Bảo Ngân").
    """
    labelled = _labelled_name(text, folded)
    if labelled:
        return labelled
    intro = _intro_name(text, folded)
    signed = _signature_name(msg)
    sender = _person(msg.from_name or "") or _lower_case_person(msg.from_name or "")
    for candidate in (intro, signed, sender):
        if candidate:
            return _complete(candidate, (intro, signed, sender))
    return None


def _is_name_word(word: str) -> bool:
    """Capitalised word of letters ("Đoàn", "O'Neill", "Jean-Pierre", "McAllister", "MacAulay") or all
    capitals ("NGUYỄN")."""
    if not word or not word[0].isupper() or not _LETTERS_RE.match(word):
        return False
    rest = word[1:]
    if not rest or rest.islower() or word.isupper():
        return True
    if _SCOTTISH_RE.match(word):
        return True
    return all(not c.isupper() or word[i - 1] in "'’-" for i, c in enumerate(word) if i)


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in _HONORIFICS


def _leading_title(words: list[str]) -> bool:
    """Does the name start with a title? "Ông" before "Thị" is the surname Ông (no woman is "ông")."""
    if not words or not _is_title(words[0]):
        return False
    return not (fold(words[0]) == "ong" and len(words) > 1 and fold(words[1]) == "thi")


_SPOKEN_LABEL_LEADS = frozenset(("em la", "toi la", "minh la", "con la", "chau la", "i am", "it is", "it's"))


def _labelled_name(text: str, folded: str) -> str | None:
    """'Họ tên: …' / 'Name: …': taken as written, even in lower case, up to punctuation or digits."""
    for match in _LABEL_RE.finditer(folded):
        value = re.split(r"[,;(|/\d<@]", text[match.start(1) : match.end(1)], maxsplit=1)[0]
        words = value.strip(" .-").split()
        if len(words) > 2 and fold(" ".join(words[:2])) in _SPOKEN_LABEL_LEADS:  # "Họ tên: em là Phí Thị …"
            words = words[2:]
        while _leading_title(words):
            words = words[1:]
        if 1 <= len(words) <= _NAME_MAX_WORDS and all(w.replace("-", "").replace("'", "").isalpha() for w in words):
            return " ".join(words)
    return None


def _intro_name(text: str, folded: str) -> str | None:
    for match in _INTRO_RE.finditer(folded):
        name = _name_at(text, match.end())
        if name:
            return name
    for match in _BARE_INTRO_RE.finditer(folded):  # "Chào anh chị, em Lý Thị Thu Hà, năm ngoái …"
        name = _name_at(text, match.end())
        if name and len(name.split()) >= 3:
            return name
    return None


# A pronoun straight before a full name (three words or more, so "em Lan" or "em Cảm ơn" never count).
_BARE_INTRO_RE = re.compile(r"(?:^|[,.;:!]\s*|\n\s*)(?:em|toi|minh|e)\s+(?=\S)")  # not "… cho em Nguyễn Thị Hoa"


def _name_at(text: str, start: int) -> str | None:
    """Capitalised words from ``start`` up to the first other word or punctuation (same line)."""
    words: list[str] = []
    raws = text[start : start + 80].split("\n", 1)[0].split()
    for index, raw in enumerate(raws):
        core = raw.strip("\"'“”").rstrip(",.;:!?)")
        if not words and core[:1].isupper() and _leading_title([core, *raws[index + 1 : index + 2]]):
            continue  # "Dr. Richard Evans", "Ông Nguyễn Văn A" (but "Ông Thị Lệ Hằng" is a surname)
        if _is_name_word(core) or (words and fold(core) in _PARTICLES and len(words) < 3):
            words.append(core)
        else:
            break
        if raw.rstrip("\"'“”") != core:
            break  # punctuation after the word ends the name
    while words and fold(words[-1]) in _PARTICLES and words[-1].islower():  # "de", "van"; "Vân" is a given name
        words.pop()
    return _person(" ".join(words))


def _person(candidate: str) -> str | None:
    """The candidate if it reads like a person's name (2-6 capitalised words, no org/role words)."""
    if bracketed := _BRACKETED_RE.search(candidate):  # "Linda Duong (Dương Mỹ Linh)": the full name inside
        inner = bracketed.group(1).split()
        if len(inner) >= 3 and all(_is_name_word(w) for w in inner):
            candidate = bracketed.group(1)
    candidate = re.sub(r"\s*\([^)]*\)\s*$", "", candidate).strip(" \"'“”,;:")
    words = candidate.split()
    while _leading_title(words) and len(words) > _NAME_MIN_WORDS:
        words = words[1:]
    if not _NAME_MIN_WORDS <= len(words) <= _NAME_MAX_WORDS or not _is_name_word(words[0]):
        return None
    if words[0].lower() in _PLACE_FIRST_WORDS:
        return None
    if any(not (_is_name_word(w) or fold(w) in _PARTICLES) for w in words):
        return None
    folded = " ".join(fold(w) for w in words)
    if any(w in _NOT_PERSON_WORDS for w in folded.split()):
        return None
    if _NOT_PERSON_PHRASES_RE.search(folded):
        return None
    return " ".join(words)


_BRACKETED_RE = re.compile(r"\(([^)]*)\)\s*$")


def _lower_case_person(display: str) -> str | None:
    """A From display name typed all in lower case ("nguyen van an") is still the sender's name."""
    if not display.islower():
        return None
    titled = _person(" ".join(w[:1].upper() + w[1:] for w in display.split()))
    return display.strip() if titled else None


_MAX_NAME_LINE = 120  # a sign-off line with a name is short; longer lines are prose


def _signature_name(msg: ParsedMessage) -> str | None:
    """First name-like line of the signature, else one of the last lines the sender wrote."""
    for line in _readable(msg.signature[:MAX_TEXT_CHARS]).split("\n")[1:6]:
        if len(line) > _MAX_NAME_LINE:
            continue
        name = _name_on_line(line.strip())
        if name:
            return name
    lines = [line.strip() for line in _readable(msg.new_text[-MAX_TEXT_CHARS:]).split("\n") if line.strip()]
    for line in reversed(lines[-4:]):
        if len(line) > _MAX_NAME_LINE:
            break
        name = _name_on_line(line)
        if name:
            return name
        if len(line) > 60:
            break
    return _name_after_closing(lines)


# "Regards,", "Trân trọng," … the name follows, on the same line or the next: signatures that the reply
# splitter could not cut (a disclaimer or website after them, HTML flattened into one line).
_CLOSING_RE = re.compile(
    r"(?:^|[.!]\s+)(?:(?:best|kind|warm|warmest)\s+regards|regards|sincerely|yours (?:sincerely|faithfully)|"
    r"many thanks|thanks|thank you|cheers|tran trong|than ai|tham men|tran trong cam on|cam on|xin cam on)"
    r"\s*[,.!]?\s*(.*)$"
)


# "Trieu Van Hung 0971 360 825" (not "Mobile VN: 0896 …", a label)
_TRAILING_PHONE_RE = re.compile(r"^([^:]*?)[\s,\-–|]+(?:\+?\(?\d[\d .()-]{6,}\d)\s*$")


def _name_on_line(line: str) -> str | None:
    """The person a sign-off line names, a trailing phone number and a leading pronoun set aside."""
    return _person(_drop_pronoun(_TRAILING_PHONE_RE.sub(r"\1", line)))


def _name_after_closing(lines: list[str]) -> str | None:
    for index in range(len(lines) - 1, max(-1, len(lines) - 15), -1):
        match = _CLOSING_RE.search(fold(lines[index]))
        if not match:
            continue
        same_line = lines[index][match.start(1):].strip() if match.group(1) else ""
        for candidate in (same_line, *lines[index + 1 : index + 2]):
            name = _person(_drop_pronoun(candidate)) if candidate else None
            if name:
                return name
    return None


def _drop_pronoun(line: str) -> str:
    """The name part of a sign-off line: 'Rachel Lim, Regional Director' -> 'Rachel Lim', and
    'Em Hoa' / 'Anh Nam' (a pronoun and a given name) -> 'Hoa' / 'Nam'."""
    line = _SIGN_ROLE_RE.split(line, maxsplit=1)[0].lstrip("\"“'«")
    first, _, rest = line.partition(" ")
    if not rest or first.lower() not in _SIGN_PRONOUNS:
        return line
    return _IS_CALLED_RE.sub("", rest, count=1) if len(rest.split()) > 1 else rest


def _complete(name: str, others: Iterable[str | None]) -> str:
    """Prefer a fuller form of the same name: "Bảo Ngân" -> "Trần Lê Bảo Ngân", and a display name in
    another order or run together ("Tuan Le", "kieuoanh trinh") -> the signed "Le Minh Tuan"."""
    words = fold(name).split()
    if len(words) >= 3:  # already a full name: "Huỳnh Ngọc Mai" is not completed to "Lisa Huỳnh Ngọc Mai"
        return name
    for other in others:
        if not other:
            continue
        other_words = fold(other).split()
        if len(other_words) <= len(words):
            continue
        if other_words[-len(words):] == words or all(w in other_words or w in "".join(other_words) for w in words):
            return other
    return name


# ----------------------------------------------------------------------------------------- address

_ADDR_LABEL_RE = re.compile(
    r"^[\s\-*•]*(?:(?:new|current|home|mailing|postal|contact|my)\s+)?"
    r"(?:dia chi|d/c|dc|address|addr|noi o|cho o|noi cu tru|noi song)"
    r"(?:\s+(?:moi|hien tai|lien he|lien lac|nha|thuong tru|tam tru|cu tru|nha rieng|cua toi|cua em|cu))*"
    r"\s*[:：]\s*(.*?)\s*$",
    re.M,
)
# The label inside a sentence: "… Địa chỉ nhà tôi: Thôn 4, …", "3. Sửa địa chỉ trong hồ sơ thành: Tổ 12, …".
_ADDR_IN_SENTENCE_RE = re.compile(
    r"(?:^|[.!?]\s+|^\s*\d+[.)]\s*|,\s*(?:nhung|but)\s+)[^\n.:]{0,100}?\b(?:dia chi|address)\b[^\n.:@]{0,60}[:：]\s*(.*?)\s*$",
    re.M,
)
# The sender's own address in a sentence without a colon: "My residential address is …", "địa chỉ nhà tôi là …".
_ADDR_MINE_RE = re.compile(
    r"\b(?:(?:my|our)(?:\s+(?:home|residential|postal|mailing|new|current|permanent))?\s+address\s+(?:is|will be)"
    r"|dia chi(?:\s+(?:nha|moi|hien tai|lien he|thuong tru))?(?:\s+cua)?\s+(?:toi|em|minh|chung toi)\s+la)"
    r"(?:\s+(?:now|currently|nay|hien nay|bay gio))?\s+(.*?)\s*$",
    re.M,
)
_ADDR_LEAD_RE = re.compile(r"(?:toi|em|minh|chung toi|la)\s+(?:(?:dang|hien)\s+)?(?:o|song o|o tai)\s+|la\s+")
# Where a labelled address ends in a sentence: "…, không phải ngõ 47", "…, hoặc qua email này".
_ADDR_END_RE = re.compile(
    r"\s*,\s*(?:khong phai|chu khong phai|not|hoac|or|nhung|but|and|va)\b|\s*;|[\"”]\s*,"
)
# Labels of a value that is no longer (or never was) right: "địa chỉ cũ:", "hợp đồng ghi địa chỉ của tôi là".
_ADDR_OLD_LABEL_RE = re.compile(r"\b(?:cu|old|previous|former|truoc day|ghi|sai|nham|wrong|incorrect|on file)\b")
_ADDR_TAIL_RE = re.compile(r"\s*(?:[|;]|\s-\s|,)?\s*\b(?:sdt|dt|tel|phone|mobile|email|e-mail|di dong|hotline)\b\s*:.*$")
# Administrative unit words (folded) that open an address part: "Phường …", "P.", "Q.3", "TP.HCM", "tổ 5".
_ADMIN = (
    r"(?:(?:phuong|xa|thi tran|quan|huyen|thi xa|thanh pho|tinh|khu pho|to|ap|thon|khom|"
    r"khu cong nghiep|cum cong nghiep|khu che xuat|khu dan cu|khu do thi|kcn|kcx|ccn|kdc|kdt|khu|cum|tp|kp|"
    r"ward|district|city|province)\b|(?:p|tt|q|h|tx|tp|t|kp)\.)"
)


# Written the English way the unit word comes last: "Thanh My Tay Ward", "Binh Thanh District", "Ho Chi Minh City".
_UNIT_LAST = r"[^\W_][\w'.]*(?:[ \t]+[^\W_][\w'.]*){0,3}[ \t]+(?:ward|district|commune|province|city)\b"


def _unit_parts(unit: str, times: str) -> str:
    """", Phường X, Quận Y, …": ``times`` comma-led parts, each opening with ``unit`` and up to five words
    (or, English style, ending with the unit word)."""
    return r"(?:[ \t]*,[ \t]*(?:" + unit + r"[ \t]*[\w'.]+(?:[ \t]+(?:[-–][ \t]+)?[^\W_][\w'.]*){0,4}|" + _UNIT_LAST + "))" + times


# An apartment, office room or floor before the street: "Apartment 9B, Saigon Pearl, 92 …", "P.1508 tòa HH2,
# KĐT …", "Floor 9, Etown Central, 11 …", "Tầng 12, …". The building's name may follow as its own part.
_BUILDING = (
    r"(?:(?:(?:apartment|apt\.?|flat|unit|room|suite|villa|penthouse|floor|level|can ho|can|phong|tang|lau)[ \t]*"
    r"|p\.[ \t]*)[a-z]{0,2}-?\d{1,4}[a-z]?(?:[-.]\d{1,4}[a-z]?)?|\d{1,2}(?:st|nd|rd|th)[ \t]+floor)"
    r"(?:[ \t]*,?[ \t]+(?:toa|tower|block|building|nha)[ \t]+[\w.-]+)?"
)
_BUILDING_NAME = r"(?:[ \t]*,[ \t]*[^\W\d_][\w'-]*(?:[ \t]+[\w'-]+){0,3})?"
_BUILDING_RE = re.compile(_BUILDING)
_BUILDING_NAME_START_RE = re.compile(r"(?:chung cu|toa nha|cao oc|khu can ho|cc)\b")
_PLACE_TAIL = r"(?:[ \t]*,[ \t]*[^\W\d_][\w']*(?:[ \t]+[^\W\d_][\w']*){0,3}){0,2}"  # "…, Hà Nội": no unit word


_VI_ADDRESS_RE = re.compile(
    r"(?<![\w/])(?:" + _BUILDING + _BUILDING_NAME + r"[ \t]*,?[ \t]+)?"  # an apartment or office floor first
    r"(?:(?:so nha|nha so|so|sn)[ \t]+)?\d{1,5}[a-z]?(?:[/-]\d{1,5}[a-z]?)*"  # house number
    r"(?:,?[ \t]+(?:ngo|ngach|hem|kiet|hxh)[ \t]+\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?)*)*,?[ \t]+"  # lane
    r"(?:(?:duong|pho)[ \t]+)?[^\W\d_][\w']*(?:[ \t]+(?:[^\W\d_][\w']*|\d{1,3}[a-z]?)){0,5}"  # street ("số 7")
    + _unit_parts(_ADMIN, "{1,4}")  # ward, district, city
    + _PLACE_TAIL
)
# Countryside addresses have no house number: "thôn 4, xã Ea Kao, tỉnh Đắk Lắk", "ấp Phú Hòa, xã …, huyện …".
# The hamlet must be followed by at least two administrative parts, so "bản" or "tổ" alone never match.
_RURAL_ADDRESS_RE = re.compile(
    r"(?<![\w/])(?:thon|xom|ap|ban|buon|khu pho|to dan pho|to)[ \t]+[\w']+(?:[ \t]+[\w']+){0,3}"
    + _unit_parts(_ADMIN, "{2,4}")
)
# Lots in industrial zones and housing estates: "Lô C5, KCN Mỹ Phước 2, Phường Bến Cát, TP. Hồ Chí Minh".
_LOT_ADDRESS_RE = re.compile(
    r"(?<![\w/])lo[ \t]+[a-z]{0,2}-?\d{1,4}[a-z]?(?:-\d{1,4})?" + _unit_parts(r"(?:" + _ADMIN + r"|duong\b)", "{2,5}")
)
# An apartment in a tower with no street: "P.1508 tòa HH2, KĐT Dương Nội, phường Dương Nội, Hà Nội".
_APARTMENT_ADDRESS_RE = re.compile(r"(?<![\w/])" + _BUILDING + _BUILDING_NAME + _unit_parts(_ADMIN, "{2,4}") + _PLACE_TAIL)
_UNIT_START_RE = re.compile(_ADMIN)
_STREET_START_RE = re.compile(r"(?:duong|pho|ngo|ngach|hem|kiet|hxh)\s+\S")
# The sender says they live there: an inline address without this is someone else's (a court, an office).
_RESIDENCE_RE = re.compile(
    r"\b(?:o|o tai|song|cu tru|thuong tru|tam tru|tru tai|tru o|ngu tai|ngu o|nha|dia chi|live|living|reside|resident|"
    r"my address)\b[^.;\n]{0,40}$"
)
# ... unless it is land or an estate being talked about ("nhà đất của gia đình tại ấp 3, …", "di sản thừa kế
# căn nhà 27 Chi Lăng …"; "tôi có căn nhà tại …" is where the sender lives).
_PROPERTY_RE = re.compile(
    r"\b(?:nha dat|thua dat|manh dat|lo dat|bat dong san|va dat|tai san|di san|property|plot)\b"
    r"[^.;\n]{0,40}$"
)
_COUNTRY_NAMES = frozenset(
    (
        "germany", "deutschland", "france", "uk", "england", "united kingdom", "usa", "us", "united states",
        "canada", "australia", "singapore", "japan", "korea", "south korea", "china", "taiwan", "hong kong",
        "thailand", "malaysia", "indonesia", "philippines", "india", "netherlands", "belgium", "switzerland",
        "austria", "italy", "spain", "sweden", "norway", "denmark", "finland", "ireland", "poland",
        "new zealand", "russia", "czech republic", "portugal", "cambodia", "laos",
    )
)


def extract_address(text: str, folded: str) -> str | None:
    """A labelled address ("Địa chỉ:", "Address:"), else a Vietnamese street address on a line of its own
    or written inline where the sender says they live, else a signature line that ends in a country."""
    return _labelled_address(text, folded) or _inline_address(text, folded) or _foreign_address(text, folded)


def _labelled_address(text: str, folded: str) -> str | None:
    return (
        _address_after_label(text, folded, _ADDR_LABEL_RE)
        or _address_after_label(text, folded, _ADDR_IN_SENTENCE_RE)
        or _address_after_label(text, folded, _ADDR_MINE_RE)
    )


def _address_after_label(text: str, folded: str, label_re: re.Pattern[str]) -> str | None:
    for match in label_re.finditer(folded):
        label = folded[match.start() : match.start(1)]
        if _ADDR_OLD_LABEL_RE.search(label) or "mail" in label:
            continue
        start, end = match.start(1), match.end(1)
        if start == end:  # "Địa chỉ:" with the value on the next line
            start = end + 1
            end = folded.find("\n", start)
            end = len(folded) if end < 0 else end
        if lead := _ADDR_LEAD_RE.match(folded, start, end):  # "địa chỉ bị sai: tôi ở số 9 …"
            start = lead.end()
        if inner := _INNER_LABEL_RE.match(folded, start, end):  # "… địa chỉ:\nOld: 45 Hoa Lan …"
            if _ADDR_OLD_LABEL_RE.search(inner.group(1)):
                continue
            start = inner.end()
        tail = _ADDR_TAIL_RE.search(folded, start, end) or _ADDR_END_RE.search(folded, start, end)
        value = _clean_address(_first_sentence(text[start : tail.start() if tail else end]))
        if not value or "@" in value or len(value) > 200 or not any(ch.isalpha() for ch in value):
            continue
        if any(ch.isdigit() for ch in value) or "," in value:  # not the addressee's name line of a postal block
            return value
    return None


_INNER_LABEL_RE = re.compile(r"\s*([\w ]{1,20})[:：]\s*")


_ABBREVIATION_DOT_RE = re.compile(r"(?:^|[\s,])(?:p|q|tp|tx|tt|h|kp|t|st|so|no|apt|str|rd|ave|dist)\.$")


def _first_sentence(value: str) -> str:
    """A labelled address ends where the sentence does: at "(" or at a full stop that is not the dot of an
    abbreviation ("TP. Buôn Ma Thuột" goes on, "… Quận 5. Em sửa lại giúp" stops)."""
    value = value.split(" (", 1)[0]
    folded = fold(value)
    for match in _SENTENCE_DOT_RE.finditer(value):
        if not _ABBREVIATION_DOT_RE.search(folded, max(0, match.start() - 8), match.start() + 1):
            return value[: match.start()]
    return value


_SENTENCE_DOT_RE = re.compile(r"\.\s+")


# Every inline address has an administrative part; most mail has none, and the address patterns are slow.
_ANY_UNIT_RE = re.compile(r"(?<!\w)(?:" + _ADMIN + r"|duong\b|commune\b)")


def _inline_address(text: str, folded: str) -> str | None:
    if not _ANY_UNIT_RE.search(folded):
        return None
    found = (*_VI_ADDRESS_RE.finditer(folded), *_RURAL_ADDRESS_RE.finditer(folded), *_LOT_ADDRESS_RE.finditer(folded),
             *_APARTMENT_ADDRESS_RE.finditer(folded))
    matches = sorted(found, key=lambda m: m.start())
    for match in matches:
        line_start = folded.rfind("\n", 0, match.start()) + 1
        own_line = _own_line(folded[line_start : match.start()])
        window = (max(line_start, match.start() - 60), match.start())
        if not own_line and (not _RESIDENCE_RE.search(folded, *window) or _PROPERTY_RE.search(folded, *window)):
            continue
        if _is_old(*_context(text, folded, match.start(), match.end())):
            continue
        value = _trim_address(_first_sentence(text[match.start() : match.end()]))
        if value:
            return value
    return None


# A short label before an address on its own line: "New:", "Hiện tại:", "Representative Office:" — not one that
# names someone else's place ("Công ty:", "Tòa án:", "Bên bán:", "Landlord:").
_LINE_LABEL_RE = re.compile(r"[\w.'/ ]{1,40}[:：]")
_OTHERS_LABEL_RE = re.compile(r"\b(?:cong ty|quy cong ty|firm|your|toa an|court|ben|chu nha|landlord|doi phuong|seller|buyer)\b")


def _own_line(prefix: str) -> bool:
    """Does the address stand on a line of its own (after a bullet, or after a short label of the sender's)?"""
    prefix = prefix.strip(" -*•\t")
    if not prefix:
        return True
    return bool(_LINE_LABEL_RE.fullmatch(prefix)) and len(prefix.split()) <= 4 and not _OTHERS_LABEL_RE.search(prefix)


def _split_building(parts: list[str]) -> tuple[list[str], list[str]]:
    """("Apartment 9B", "Saigon Pearl") and the rest, from the street on; the building's parts are kept as
    written. Without a street ("P.1508 tòa HH2, KĐT …") the apartment itself leads the units."""
    if not _BUILDING_RE.match(fold(parts[0])):
        return [], parts
    if len(parts) < 2:
        return [], []  # "căn 3B tòa S1" and nothing after it is not an address
    building, rest = parts[:1], parts[1:]
    named = rest[0][:1].isupper() or _BUILDING_NAME_START_RE.match(fold(rest[0]))  # "chung cư Hòa Bình"
    if len(rest) > 1 and named and not _UNIT_START_RE.match(fold(rest[0])):
        building, rest = building + rest[:1], rest[1:]
    if not rest[0][:1].isdigit():  # no street: the units follow the building
        return building[:-1], building[-1:] + rest
    return building, rest


def _trim_address(value: str) -> str | None:
    """Keep the street and unit parts; end at the first lower-case word after the last place name."""
    building, parts = _split_building([p.strip() for p in value.split(",")])
    if not parts:
        return None
    street = parts[0].split()
    if len(parts) > 1 and _STREET_START_RE.match(fold(parts[1])):  # "Số 14, ngách 32/7 phố Hoàng Cầu, …"
        street += parts[1].split()
    units = sum(1 for part in parts[1:] if _UNIT_START_RE.match(fold(part)))
    # Capitalised street names, or (typed all in lower case on a phone) at least two unit parts.
    if len(street) < 2 or not (any(w[:1].isupper() for w in street[1:]) or units >= 2):
        return None
    typed_lower = not any(ch.isupper() for ch in value)
    kept = [parts[0]]
    for part in parts[1:]:
        words = part.split()
        unit = _UNIT_START_RE.match(fold(part))
        if words and not unit and _STREET_START_RE.match(fold(part)):  # "Số 7, đường D5, …"
            kept.append(part)
            continue
        if not words or (not unit and not (words[0][:1].isupper() or words[0][:1].isdigit() or typed_lower)):
            break
        names = words[: len(unit.group().split())] if unit else []  # "thành phố", "thị trấn": two words
        for word in words[len(names) :]:
            if not (word[:1].isupper() or word[:1].isdigit() or typed_lower or word in ("-", "–")):
                break
            names.append(word)
        kept.append(" ".join(names))
        if len(names) < len(words):
            break
    return _clean_address(", ".join(building + kept))


def _foreign_address(text: str, folded: str) -> str | None:
    lines = text.split("\n")
    for index, (line, fline) in enumerate(zip(lines, folded.split("\n"))):
        parts = [p.strip() for p in fline.split(",")]
        if len(parts) < 2 or len(line) > 120 or not _DIGITS_RE.search(line) or "@" in line:
            continue
        if re.sub(r"[\d\s-]+$", "", parts[-1]).strip().removeprefix("the ") in _COUNTRY_NAMES:  # "the Netherlands"
            street = lines[index - 1].strip() if index else ""
            if _STREET_LINE_RE.fullmatch(street) and not _PHONE_CANDIDATE_RE.search(street):
                return _clean_address(f"{street}, {line}")  # "Prinsengracht 512-2" / "1017 KH Amsterdam, …"
            return _clean_address(line)
    return None


# A street line above a "postcode town, country" line: words and a house number, no label, no punctuation.
_STREET_LINE_RE = re.compile(r"[^\W\d_][\w'.-]{2,}(?: [\w'.-]+){0,4} \d{1,5}[\w/-]*|\d{1,5}[\w/-]* [^\W\d_][\w'.-]{2,}(?: [\w'.-]+){0,4}")


def _clean_address(value: str) -> str:
    value = unicodedata.normalize("NFC", " ".join(value.split()))
    return value.strip(" -*•;,").removesuffix(".").strip()
