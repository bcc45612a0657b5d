"""Raw bytes -> ParsedMessage: the only module that knows about MIME and charsets.

Parsing is the stdlib ``email`` package's. mail-parser, a wrapper around it, was measured on the 100
labelled messages in tests/golden: it took 1.8 of 2.9 ms per message and changed no field of any result,
so the hot path goes without it (it stays the baseline of bench/ingest.py).

Pure: no I/O, no logging. Tolerant by design: customer mail is often malformed, and a message that can
be read at all is better handled than quarantined, so problems become ``warnings`` on the result and
``ParseError`` is kept for input that is not an email.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import email
import email.message
import email.utils
import re
import unicodedata
from datetime import datetime
from email.header import decode_header

import html2text

from ingest.errors import ParseError
from ingest.message import Attachment, ParsedMessage

# Header names that any real mail has at least one of; input without any is not an email.
_MAIL_HEADERS = frozenset(
    (
        "from", "to", "cc", "subject", "date", "message-id", "received", "return-path",
        "mime-version", "content-type", "sender", "reply-to", "delivered-to", "in-reply-to",
    )
)
_FOLD_RE = re.compile(r"\r?\n(?=[ \t])")
_MSGID_RE = re.compile(r"<[^<>\s]+>")
_NEWLINES_RE = re.compile(r"\r\n?")
_BLANKS_RE = re.compile(r"\n{3,}")
_TRAILING_WS_RE = re.compile(r"[ \t]+\n")
_MD_ESCAPE_RE = re.compile(r"\\([-.+*_#`\[\]()!>|\\])")
_TABLE_RULE_RE = re.compile(r"^[ |:-]*-{3,}[ |:-]*$", re.M)
# Unicode spaces -> " ", zero-width and control characters dropped (keeps \n and \t).
_SPACE_TABLE = {cp: " " for cp in (0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B))}
_SPACE_TABLE.update({cp: None for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD)})
_SPACE_TABLE.update({cp: None for cp in range(0x20) if cp not in (0x09, 0x0A)})
_SPACE_TABLE.update({0x7F: None, 0x2028: "\n", 0x2029: "\n"})
_SPECIAL_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_SPACE_TABLE)) + "]")
_SURROGATE_RE = re.compile("[\udc80-\udcff]")
_MAX_HEADER_CHARS = 16_384


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one raw RFC 5322 message; raise ParseError only when it is not an email at all."""
    if isinstance(raw, (bytearray, memoryview)):
        raw = bytes(raw)
    if not isinstance(raw, bytes):
        raise TypeError("parse_message expects bytes")
    if not raw.strip():
        raise ParseError("empty message: no bytes to read")
    msg, warnings = _load(raw)
    headers = _decode_headers(msg, warnings)
    if not _MAIL_HEADERS.intersection(headers):
        raise ParseError("not an email: no mail headers (From, To, Subject, Date, ...) found")
    plain, html, attachments = _collect_parts(msg, warnings)
    body_text = _choose_body(plain, html)
    new_text, signature = split_reply(body_text)
    from_name, from_addr = _first_address(_address_pairs(msg, "from", warnings))
    return ParsedMessage(
        message_id=_first(headers, "message-id"),
        subject=_first(headers, "subject") or "",
        from_name=from_name,
        from_addr=from_addr,
        to_addrs=_all_addresses(
            _address_pairs(msg, "to", warnings) + _address_pairs(msg, "cc", warnings)
        ),
        reply_to=_first_address(_address_pairs(msg, "reply-to", warnings))[1],
        date=_parse_date(_first(headers, "date")),
        in_reply_to=_first(headers, "in-reply-to"),
        references=tuple(_MSGID_RE.findall(" ".join(headers.get("references", ())))),
        headers=headers,
        content_type=msg.get_content_type().lower(),
        body_text=body_text,
        new_text=new_text,
        signature=signature,
        attachments=tuple(attachments),
        warnings=tuple(dict.fromkeys(warnings)),
    )


# --------------------------------------------------------------------------- loading


def _load(raw: bytes) -> tuple[email.message.Message, list[str]]:
    """Parse leniently; structural problems become warnings ("mime-defect:…"), never failures."""
    msg = email.message_from_bytes(raw)
    categories = {type(defect).__name__ for part in msg.walk() for defect in part.defects}
    return msg, [f"mime-defect:{c}" for c in sorted(categories) if c != "CharsetDecodeDefect"]


# --------------------------------------------------------------------------- text normalisation


def _clean(text: str) -> str:
    """NFC, LF line ends, plain spaces: the one text form every later step can rely on."""
    if "\r" in text:
        text = _NEWLINES_RE.sub("\n", text)
    if _SPECIAL_RE.search(text):  # rare: test first, translating every text is slow
        text = text.translate(_SPACE_TABLE)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _decode_bytes(data: bytes, charset: str | None, warnings: list[str]) -> str:
    """Decode with the declared charset; unknown or wrong charsets fall back instead of failing.

    Unknown labels (VISCII, TCVN3, VNI, typos) fall back to UTF-8, then Latin-1, which keeps ASCII (phone
    numbers, addresses) intact. Bytes that do not fit a known charset are tried as UTF-8, then as
    Windows-1258, the usual legacy encoding of Vietnamese mail. Either way a warning names the label.
    """
    label = (charset or "").strip().strip('"').lower().split("*", 1)[0]
    codec = _lookup(label) if label else "ascii"
    if codec is not None:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    if label or not data.isascii():
        warnings.append(f"charset-fallback:{label or 'none'}")
    for fallback in ("utf-8", "cp1258") if codec is not None else ("utf-8",):
        try:
            return data.decode(fallback)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1" if codec is None else codec, errors="replace")


def _lookup(label: str) -> str | None:
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# --------------------------------------------------------------------------- headers


def _header_text(value: object, warnings: list[str]) -> str:
    """Unfold and decode one raw header value (RFC 2047 words, stray 8-bit bytes) to clean text."""
    text = str(value)
    if not text.isascii() and _SURROGATE_RE.search(text):  # undeclared 8-bit bytes in the header
        text = _decode_bytes(text.encode("ascii", "surrogateescape"), "utf-8", warnings)
    if "\n" in text:
        text = _FOLD_RE.sub("", text)
    if "=?" in text:
        text = _decode_words(text, warnings)
    return " ".join(_clean(text).split())


def _decode_words(text: str, warnings: list[str]) -> str:
    try:
        chunks = decode_header(text)
    except Exception:  # malformed encoded word: keep it readable as it is
        warnings.append("header-undecodable")
        return text
    out = []
    for chunk, charset in chunks:
        out.append(_decode_bytes(chunk, charset, warnings) if isinstance(chunk, bytes) else chunk)
    return "".join(out)


def _decode_headers(msg: email.message.Message, warnings: list[str]) -> dict[str, tuple[str, ...]]:
    headers: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        name = name.strip().lower()
        value = str(value)
        if len(value) > _MAX_HEADER_CHARS:  # decoding is quadratic in encoded words: bound hostile headers
            value = value[:_MAX_HEADER_CHARS]
            warnings.append(f"header-truncated:{name}")
        headers.setdefault(name, []).append(_header_text(value, warnings))
    return {name: tuple(values) for name, values in headers.items()}


def _first(headers: dict[str, tuple[str, ...]], name: str) -> str | None:
    values = headers.get(name)
    return values[0] if values and values[0] else None




def _address_pairs(
    msg: email.message.Message, name: str, warnings: list[str]
) -> list[tuple[str, str]]:
    """(display name, address) pairs of one address header, split before decoding so commas inside
    encoded names do no harm, and names in charsets Python does not know still come out readable."""
    raw_values = [str(v) for k, v in msg.raw_items() if k.strip().lower() == name]
    values = []
    for value in raw_values:
        if not value.isascii() and _SURROGATE_RE.search(value):
            value = _decode_bytes(value.encode("ascii", "surrogateescape"), "utf-8", warnings)
        values.append(_FOLD_RE.sub("", value))
    try:
        pairs = email.utils.getaddresses(values)
    except Exception:
        return []
    return [(_header_text(display, warnings), addr.strip()) for display, addr in pairs]


def _normal_addr(addr: str) -> str | None:
    addr = addr.strip().strip("<>").strip()
    if addr.count("@") != 1 or " " in addr:
        return None
    local, domain = addr.split("@")
    return addr.lower() if local and "." in domain else None


def _first_address(pairs: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    for display, addr in pairs:
        normal = _normal_addr(addr)
        if normal is None:
            continue
        display = display.strip().strip("\"'").strip()
        if not display or display.lower() == normal:
            return None, normal
        return display, normal
    return None, None


def _all_addresses(pairs: list[tuple[str, str]]) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for _display, addr in pairs:
        normal = _normal_addr(addr)
        if normal:
            found[normal] = None
    return tuple(found)


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# --------------------------------------------------------------------------- body parts


def _collect_parts(
    msg: email.message.Message, warnings: list[str]
) -> tuple[list[str], list[str], list[Attachment]]:
    """Inline text/plain and text/html bodies, plus metadata of everything else.

    Parts inside ``message/*`` (bounced originals, delivery reports, mail attached as evidence) are not
    the sender's text and stay out of the body; the enclosed message is listed as an attachment.
    """
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    stack = [msg]
    while stack:
        part = stack.pop()
        ctype = part.get_content_type().lower()
        if part.is_multipart():
            payload = part.get_payload()
            if ctype.startswith("message/"):
                if ctype == "message/rfc822":
                    attachments.append(_attachment(part, ctype))
                continue
            if isinstance(payload, list):
                stack.extend(reversed(payload))
            continue
        if _is_attachment(part, ctype):
            attachments.append(_attachment(part, ctype))
            continue
        if ctype in ("text/plain", "text/html"):
            data = part.get_payload(decode=True) or b""
            text = _clean(_decode_bytes(data, part.get_content_charset(), warnings))
            (plain if ctype == "text/plain" else html).append(text)
    return plain, html, attachments


def _is_attachment(part: email.message.Message, ctype: str) -> bool:
    if ctype not in ("text/plain", "text/html"):
        return True
    raw_disposition = part.get("content-disposition")
    if raw_disposition is None and "name" not in str(part.get("content-type", "")).lower():
        return False  # the common case, decided without parsing parameters
    disposition = (part.get_content_disposition() or "").lower()
    return disposition == "attachment" or (disposition != "inline" and bool(part.get_filename()))


def _attachment(part: email.message.Message, ctype: str) -> Attachment:
    filename = part.get_filename()
    if filename:
        filename = _clean(_header_text(filename, [])) or None
    return Attachment(filename=filename, content_type=ctype, size=_payload_size(part))


def _payload_size(part: email.message.Message) -> int:
    if part.is_multipart():
        return sum(_payload_size(sub) for sub in part.get_payload() if isinstance(sub, email.message.Message))
    try:
        data = part.get_payload(decode=True)
    except (binascii.Error, ValueError):
        data = None
    if data is None:
        payload = part.get_payload()
        if isinstance(payload, str):
            try:
                data = base64.b64decode(payload)
            except (binascii.Error, ValueError):
                data = payload.encode("utf-8", "surrogateescape")
    return len(data or b"")


def _choose_body(plain: list[str], html: list[str]) -> str:
    """The text the sender wrote: text/plain when it says something, else HTML rendered as text."""
    text = "\n\n".join(p for p in plain if p.strip())
    if not text:
        text = "\n\n".join(html_to_text(h) for h in html if h.strip())
    text = _TRAILING_WS_RE.sub("\n", text + "\n")
    return _BLANKS_RE.sub("\n\n", text).strip("\n")


def html_to_text(html: str) -> str:
    """HTML body -> readable text (quotes kept as '>' lines so the reply splitter can see them)."""
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.unicode_snob = True
    converter.ignore_links = True
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_tables = False
    converter.pad_tables = False
    try:
        text = converter.handle(html)
    except Exception:  # html2text can choke on hostile markup; tags stripped is still readable
        text = re.sub(r"<[^>]*>", " ", html)
    text = _TABLE_RULE_RE.sub("", text)
    text = _MD_ESCAPE_RE.sub(r"\1", text)
    return _clean(text)


# --------------------------------------------------------------------------- reply splitting

_ATTRIBUTION_RE = re.compile(
    r"(?:\bwrote|đã viết|viết|schrieb|a écrit|escribió|scrisse|napisał)\s*:\s*$", re.I
)
_ATTRIBUTION_START_RE = re.compile(r"^(?:(?:on|vào|vao|lúc|luc|ngày|ngay|am|le|el|il|w)\b|\d)", re.I)
_SEPARATOR_RE = re.compile(
    r"^\s*(?:-{2,}|_{2,}|={2,})\s*"
    r"(?:original message|forwarded message|thư gốc|tin nhắn gốc|thư chuyển tiếp|thư đã chuyển tiếp|"
    r"thư được chuyển tiếp|tin nhắn đã chuyển tiếp|tin nhắn được chuyển tiếp|message d'origine|"
    r"message transféré|ursprüngliche nachricht|weitergeleitete nachricht|reply message)"
    r"\s*(?:-{2,}|_{2,}|={2,})?\s*$",
    re.I,
)
_FORWARD_INTRO_RE = re.compile(
    r"^\s*(?:begin forwarded message|bắt đầu thư được chuyển tiếp|bắt đầu thư chuyển tiếp|"
    r"forwarded message)\s*:?\s*$",
    re.I,
)
_RULE_RE = re.compile(r"^\s*(?:_{8,}|-{8,}|={8,})\s*$")
_HDR_FROM_RE = re.compile(r"^\s*(?:from|từ|de|von)\s*:\s*\S", re.I)
_HDR_OTHER_RE = re.compile(
    r"^\s*(?:sent|date|to|cc|subject|đã gửi|ngày|ngày gửi|thời gian|đến|tới|chủ đề|tiêu đề|"
    r"envoyé|objet|à|gesendet|an|betreff|datum)\s*:", re.I
)
_SIG_DASHES_RE = re.compile(r"^--\s*$")
_MOBILE_SIG_RE = re.compile(
    r"^\s*(?:sent from (?:my |the )?\w|sent via |sent with |get outlook for|"
    r"gửi từ (?:iphone|ipad|điện thoại|thiết bị|outlook|mail|samsung|yahoo|gmail|zalo|my)|được gửi từ|"
    r"gởi từ (?:iphone|điện thoại)|envoyé de mon|von meinem \w+ gesendet)",
    re.I,
)
_CLOSINGS = frozenset(
    (
        "tran trong", "tran trong cam on", "tran trong kinh chao", "tran trong kinh bao", "tran trong va cam on",
        "than ai", "than men", "than", "kinh thu", "kinh chao", "chao tran trong", "chan thanh cam on",
        "xin chan thanh cam on", "cam on", "xin cam on", "em cam on", "toi cam on", "em xin cam on",
        "cam on nhieu", "em cam on a", "cam on anh chi", "cam on a", "best regards", "kind regards",
        "warm regards", "warmest regards", "regards", "best", "best wishes", "all the best", "cheers",
        "sincerely", "yours sincerely", "sincerely yours", "yours faithfully", "faithfully", "yours truly",
        "respectfully", "thanks", "thank you", "many thanks", "thanks a lot", "thanks so much",
        "thank you very much", "thanks and regards", "thanks & regards", "thanks and best regards",
        "with thanks", "with best regards", "with kind regards", "br", "rgds", "tks", "thx",
    )
)
_MARKS_TABLE = {cp: None for cp in range(0x300, 0x370)} | {0x111: "d", 0x110: "d"}
_SIG_MAX_LINES = 10
_SIG_MAX_LINE_LEN = 120


def split_reply(text: str) -> tuple[str, str]:
    """Split a body into (new_text, signature): quoted history and forwards dropped, signature cut off.

    Conservative: a signature is only cut behind a recognised closing or delimiter and when what follows
    is short, because contact extraction reads both parts and losing text is worse than keeping some.
    """
    lines = text.split("\n")
    cut = _history_start(lines)
    own = [line for line in lines[:cut] if not line.lstrip().startswith(">")]
    while own and (not own[-1].strip() or _RULE_RE.match(own[-1])):
        own.pop()
    start = _signature_start(own)
    new_lines, sig_lines = own[:start], own[start:]
    return "\n".join(new_lines).strip("\n"), "\n".join(sig_lines).strip("\n")


def _history_start(lines: list[str]) -> int:
    """Index of the first line of quoted history or forwarded mail (len(lines) when none)."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or not (":" in stripped or stripped[0] in "-_=" or _ATTRIBUTION_START_RE.match(stripped)):
            continue  # every marker has a colon or a rule, or opens like an attribution line
        if _SEPARATOR_RE.match(stripped) or _FORWARD_INTRO_RE.match(stripped):
            return i
        if _is_attribution(lines, i):
            return i
        if _HDR_FROM_RE.match(stripped) and _header_block_follows(lines, i):
            return _include_rule_above(lines, i)
    return len(lines)


def _is_attribution(lines: list[str], i: int) -> bool:
    """'On <date>, <who> wrote:' / 'Vào <date> <who> đã viết:', possibly wrapped over 3 lines."""
    first = lines[i].strip()
    if _ATTRIBUTION_RE.search(first):
        return bool(_ATTRIBUTION_START_RE.match(first)) or "@" in first or _quoted_after(lines, i + 1)
    if not _ATTRIBUTION_START_RE.match(first) or first[:1].isdigit():
        return False
    for span in (2, 3):
        block = [line.strip() for line in lines[i : i + span]]
        if not all(block):
            return False
        joined = " ".join(block)
        if len(joined) <= 400 and _ATTRIBUTION_RE.search(joined):
            return True
    return False


def _quoted_after(lines: list[str], i: int) -> bool:
    for line in lines[i : i + 3]:
        if line.strip():
            return line.lstrip().startswith(">")
    return False


def _header_block_follows(lines: list[str], i: int) -> bool:
    """An Outlook-style 'From: … Sent: … To: … Subject: …' block starts at line i."""
    found = 0
    for line in lines[i + 1 : i + 7]:
        if _HDR_OTHER_RE.match(line):
            found += 1
    return found >= 2 or (found == 1 and bool(_HDR_OTHER_RE.match(lines[i + 1] if i + 1 < len(lines) else "")))


def _include_rule_above(lines: list[str], i: int) -> int:
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j if j >= 0 and _RULE_RE.match(lines[j]) else i


def _signature_start(lines: list[str]) -> int:
    """Index where the signature block begins in the sender's own lines (len(lines) when none)."""
    for i, line in enumerate(lines):
        if _SIG_DASHES_RE.match(line) or _MOBILE_SIG_RE.match(line):
            return i
    # A closing can only open a signature of at most _SIG_MAX_LINES lines: look at the tail only.
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(nonblank[-(_SIG_MAX_LINES + 1) :], start=max(0, len(nonblank) - _SIG_MAX_LINES - 1)):
        if i == 0 or not _is_closing(lines[i]):
            continue
        if all(len(lines[j]) <= _SIG_MAX_LINE_LEN for j in nonblank[k + 1 :]):
            return i
    return len(lines)


def _is_closing(line: str) -> bool:
    if len(line) > 48:
        return False
    words = line.strip().rstrip(",.!:;-–").strip()
    if not 0 < len(words) <= 40:
        return False
    folded = unicodedata.normalize("NFD", words.lower()).translate(_MARKS_TABLE)
    return " ".join(folded.split()) in _CLOSINGS
