#!/usr/bin/env python3
"""Generate holdout set 11: 50 raw RFC 5322 messages (v001.eml .. v050.eml) + labels.json.

Stdlib only.  Everything in this directory is written by this script.
Firm (invented): Cong ty Luat TNHH Kim Son Lam / Kim Son Lam Law, domain kimsonlam.vn,
hotline 1800 63 65.
"""
import base64
import html
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
INFO = "info@kimsonlam.vn"
SUPPORT = "support@kimsonlam.vn"
RND = random.Random(1111)
LABELS = {}


# ----------------------------------------------------------------- helpers
def date(s, tz=7.0):
    off = timezone(timedelta(hours=tz))
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=off))


def hx(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def mid(domain, style="uuid"):
    if style == "uuid":
        return "<%s-%s-%s-%s-%s@%s>" % (hx(8), hx(4), hx(4), hx(4), hx(12), domain)
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (hx(8).upper(), "+" + hx(30))
    if style == "outlook":
        return "<%s%s@%s>" % (hx(8).upper(), hx(8).upper(), domain)
    return "<%s.%s@%s>" % (hx(12), hx(6), domain)


def ew(text, enc="b", charset="utf-8"):
    """RFC 2047 encode a header value if needed."""
    if all(ord(c) < 128 for c in text):
        return text
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs, maxlinelen=76).encode()


def addr(name, email, enc="b", charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in '()<>@,;:\\".[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, enc, charset), email)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    return (["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], body)


def multipart(subtype, parts, boundary, params="", preamble=None):
    hdr = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, params, boundary)]
    body = b""
    if preamble:
        body += preamble.encode() + b"\n\n"
    for h, b in parts:
        body += b"--" + boundary.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + b.rstrip(b"\n") + b"\n\n"
    body += b"--" + boundary.encode() + b"--\n"
    return (hdr, body)


def to_html(text, font="Arial, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append('<div dir="ltr">' + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</div>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:14px">\n' % font
            + "\n<div><br></div>\n".join(out) + "\n</div></body></html>\n")


def alt(text, boundary, cte_plain="quoted-printable", cte_html="quoted-printable", html_text=None):
    return multipart("alternative", [text_part(text, cte=cte_plain),
                                     text_part(html_text or to_html(text), "html", cte=cte_html)], boundary)


def gb():
    return "000000000000" + hx(16)


def write(fn, headers, part, label):
    head = "\n".join("%s: %s" % (k, v) for k, v in headers) + "\n" + "\n".join(part[0]) + "\n\n"
    data = head.encode("ascii") + part[1]
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data)
    LABELS[fn] = label


def lab(cat, lang, name=None, phone=None, email=None, address=None, automated=False, note=None):
    d = {"category": cat, "automated": automated, "language": lang,
         "contact": {"name": name, "phone": phone, "email": email, "address": address}}
    if note:
        d["note"] = note
    return d


AUTO = dict(name=None, phone=None, email=None, address=None, automated=True)

# ================================================================ messages

# v001 service_request en -- work permit quote (gripes about employer, not the firm)
t = """Hi there,

I'm an American teacher (CELTA + BA in History) and I just signed with a language center in Thu Duc. They told me they "usually" sort out the work permit themselves, but six weeks on nothing has moved, so I'd rather pay someone who actually does this for a living.

Could you send me a quote for the full work permit process, and separately what it would cost to add the temporary residence card afterwards? My FBI background check is already apostilled, if that changes anything.

Best time to reach me is after 6pm: 093 824 5517.

Thanks,
Tyler
"""
write("v001.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-02-24 19:42:07")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", "Work permit for English teacher - quote?"),
    ("From", addr("Tyler Brandt", "tbrandt.teach@gmail.com")),
    ("To", INFO),
], alt(t, gb()), lab("service_request", "en", "Tyler Brandt", "+84938245517", "tbrandt.teach@gmail.com",
                     note="Frustration is with his employer (language center), not the firm; name from From display."))

# v002 unknown automated en -- bounce of the firm's newsletter (headers-only return)
b = "mx1.kimsonlam.vn"
rep = """This is the mail system at host mx1.kimsonlam.vn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. The headers of the
returned message are attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<k.watanabe@tokyo-shoji.co.jp>: host mx01.tokyo-shoji.co.jp[203.0.113.45]
    said: 550 5.1.1 <k.watanabe@tokyo-shoji.co.jp>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
dsn = """Reporting-MTA: dns; mx1.kimsonlam.vn
X-Postfix-Queue-ID: 4F2A8C1B07
X-Postfix-Sender: rfc822; newsletter@kimsonlam.vn
Arrival-Date: Tue,  3 Mar 2026 08:00:12 +0700 (+07)

Final-Recipient: rfc822; k.watanabe@tokyo-shoji.co.jp
Original-Recipient: rfc822;k.watanabe@tokyo-shoji.co.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx01.tokyo-shoji.co.jp
Diagnostic-Code: smtp; 550 5.1.1 <k.watanabe@tokyo-shoji.co.jp>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
orig = """Return-Path: <newsletter@kimsonlam.vn>
MIME-Version: 1.0
From: Kim Son Lam Law <newsletter@kimsonlam.vn>
To: k.watanabe@tokyo-shoji.co.jp
Subject: Kim Son Lam Legal Update - March 2026: work permits, TRC renewals
 and your rights over personal data
Date: Tue, 03 Mar 2026 08:00:10 +0700
Message-ID: <nl-2603-77154@kimsonlam.vn>
List-Unsubscribe: <mailto:unsubscribe@kimsonlam.vn?subject=remove>
Content-Type: text/html; charset="utf-8"
"""
write("v002.eml", [
    ("Return-Path", "<>"),
    ("Date", date("2026-03-03 08:00:14")),
    ("From", "MAILER-DAEMON@mx1.kimsonlam.vn (Mail Delivery System)"),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("To", "newsletter@kimsonlam.vn"),
    ("Auto-Submitted", "auto-replied"),
    ("Message-ID", "<20260303010014.9D3E2C1B09@mx1.kimsonlam.vn>"),
    ("MIME-Version", "1.0"),
], multipart("report", [
    (["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'], rep.encode()),
    (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn.encode()),
    (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig.encode()),
], "A41C6C1B00.1772499614/mx1.kimsonlam.vn", ' report-type=delivery-status;'),
    lab("unknown", "en", **AUTO, note="Bounce of the firm's own newsletter; returned headers mention personal-data rights and an unsubscribe address."))

# v003 access_request vi -- Decree 13 art. 14, former marriage client
t = """Kính gửi Công ty Luật Kim Sơn Lâm,

Năm 2023 tôi có nhờ Công ty làm thủ tục đăng ký kết hôn với chồng tôi là ông Pieter van Dijk (quốc tịch Hà Lan). Hồ sơ khi đó gồm bản sao hộ chiếu, giấy xác nhận tình trạng hôn nhân và giấy khám sức khỏe của cả hai vợ chồng.

Căn cứ Điều 14 Nghị định 13/2023/NĐ-CP, tôi đề nghị Công ty cho biết hiện nay Công ty còn lưu giữ những dữ liệu cá nhân nào của tôi, lưu dưới dạng giấy hay điện tử, và gửi cho tôi một bản sao các dữ liệu đó. Tôi chỉ yêu cầu thông tin của riêng tôi; phần của chồng tôi, anh ấy sẽ tự liên hệ nếu cần.

Để Công ty tiện đối chiếu: ngày sinh của tôi là 14/09/1982. Tôi vẫn dùng số điện thoại 0983 146 027.

Trân trọng,
Lưu Thị Bích Ngọc
Địa chỉ: 27 Mậu Thân, Phường Cái Khế, TP. Cần Thơ
"""
write("v003.eml", [
    ("MIME-Version", "1.0"),
    ("From", addr("Lưu Thị Bích Ngọc", "bichngoc.luu82@gmail.com")),
    ("To", INFO),
    ("Subject", ew("Đề nghị cung cấp bản sao dữ liệu cá nhân Công ty đang lưu giữ")),
    ("Date", date("2026-03-05 10:21:44")),
    ("Message-ID", mid("", "gmail")),
], text_part(t), lab("access_request", "vi", "Lưu Thị Bích Ngọc", "+84983146027", "bichngoc.luu82@gmail.com",
                     "27 Mậu Thân, Phường Cái Khế, TP. Cần Thơ",
                     note="Husband's name (Pieter van Dijk) appears; request is only for her own data."))

# v004 complaint en -- fourth follow-up, no reply; top-posted over own earlier mails
t = """This is now the fourth email. Nobody has replied since 12 February, the phone line just rings out, and my current permit expires on 30 April. I paid the deposit of 8,500,000 VND on 5 February (receipt KSL-2602-0113) and was promised the file would be submitted "within ten working days".

I am not asking for anything new. I am asking why I paid a law firm and then got silence. If I don't hear from someone senior by Friday I will ask for the deposit back and take the file elsewhere.

Daniel Okafor
Okafor Green Coffee Trading Co., Ltd
M: +84 77 412 9083

On Mon, 23 Feb 2026 at 09:14, Daniel Okafor <d.okafor@okaforgreencoffee.com> wrote:
> Hello again - did Ms. Trang receive the translated degree I sent last
> week? A one-line confirmation would do.
>
> On Tue, 17 Feb 2026 at 16:30, Daniel Okafor <d.okafor@okaforgreencoffee.com> wrote:
>> Dear team,
>> Attached is the health certificate from FV Hospital as requested on the
>> phone. Please let me know if anything else is missing.
>> Regards, Daniel
"""
write("v004.eml", [
    ("From", addr("Daniel Okafor", "d.okafor@okaforgreencoffee.com")),
    ("To", SUPPORT),
    ("Subject", "Re: Work permit renewal - fourth follow-up"),
    ("Date", date("2026-03-02 08:03:51")),
    ("Message-ID", mid("okaforgreencoffee.com", "plain")),
    ("In-Reply-To", "<7b1e90c2d4.a18f2c@okaforgreencoffee.com>"),
    ("MIME-Version", "1.0"),
], text_part(t, cte="8bit"), lab("complaint", "en", "Daniel Okafor", "+84774129083", "d.okafor@okaforgreencoffee.com",
                                  note="Top-posted over his own earlier unanswered follow-ups; receipt number is not a phone."))

# v005 unknown en -- recruiter approach (person, not automated)
t = """Hi,

I hope you don't mind the direct approach. I lead the legal practice at Harbor Search in Singapore and I'm quietly looking for a Head of Legal & Compliance, Vietnam for a Series C fintech client.

The role would suit someone who has run foreign-investment and licensing work and who is comfortable with the new Personal Data Protection Law - the client has just had its first wave of customer access and erasure requests and wants an in-house lead to own that. Package is competitive (USD, with equity) and the seat is in District 1.

If anyone on your team might be open to a confidential 15-minute conversation, or if you could point me to the right partner, I'd be grateful. I'm equally happy to hear about people you think would be a good fit.

Warm regards,
Priya Raman
Principal, Legal & Compliance Practice
Harbor Search Pte. Ltd.
+65 9176 4420 | priya.raman@harborsearch.asia
"""
write("v005.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-10 15:07:33", 8)),
    ("From", addr("Priya Raman", "priya.raman@harborsearch.asia")),
    ("To", INFO),
    ("Subject", "Confidential - Head of Legal (Vietnam) opportunity"),
    ("Message-ID", mid("harborsearch.asia", "outlook")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], alt(t, "_000_%s_" % hx(24).upper()), lab("unknown", "en", "Priya Raman", "+6591764420", "priya.raman@harborsearch.asia",
                                             note="Recruiter mail; mentions access and erasure requests but asks nothing of the firm as a client."))

# v006 service_request vi -- reacquire nationality, body in base64
t = """Chào Luật sư,

Tôi sinh năm 1971 ở Huế, sang Canada năm 1989 và đã thôi quốc tịch Việt Nam năm 2004 để nhập quốc tịch Canada. Nay tôi nghỉ hưu, muốn về sống hẳn ở Việt Nam và xin trở lại quốc tịch Việt Nam nhưng vẫn giữ quốc tịch Canada, vì lương hưu của tôi được trả bên đó.

Tôi nghe nói Luật Quốc tịch sửa đổi năm 2025 đã nới điều kiện cho trường hợp như tôi. Nhờ Luật sư tư vấn giúp:
1. Tôi có được giữ cả hai quốc tịch không;
2. Hồ sơ gồm những gì, nộp ở đâu (hiện tôi ở tạm tại Đà Nẵng);
3. Phí dịch vụ nếu nhờ Công ty làm trọn gói.

Tôi có thể ghé văn phòng vào sáng thứ Bảy. Số điện thoại ở Việt Nam: 0896 203 481. Hộ chiếu Canada của tôi số GK418273, nếu Luật sư cần kiểm tra trước.

Cảm ơn Luật sư,
Trịnh Minh Hải
"""
write("v006.eml", [
    ("Message-ID", mid("outlook.com", "outlook")),
    ("Date", date("2026-03-14 21:15:02", -7)),
    ("From", addr("Trịnh Minh Hải", "haitrinh.ca@outlook.com", "q")),
    ("To", addr("Kim Son Lam Law", INFO)),
    ("Subject", ew("Hỏi thủ tục xin trở lại quốc tịch Việt Nam", "q")),
    ("MIME-Version", "1.0"),
], text_part(t, cte="base64"), lab("service_request", "vi", "Trịnh Minh Hải", "+84896203481", "haitrinh.ca@outlook.com",
                                    note="Body is base64. Passport number GK418273 is a distractor."))

# v007 correction_request en -- name order and date-of-birth format
t = """Hello,

Small thing, but it matters for my paperwork: your records (and the draft power of attorney you emailed me on Tuesday) have my name as "Nguyen Kevin Tran". My legal name on my US passport is KEVIN TRAN NGUYEN - first name Kevin, middle Tran, surname Nguyen. In Vietnamese order that would be Nguyễn Trần Kevin, but please just use the passport version.

Could you fix it in your client records so it stops being copied into new documents? Also, my date of birth shows as 03/07/1990. That was me writing it the American way - it's March 7, not July 3. Please store it as 07/03/1990 (day/month).

Thanks!
Kevin Tran Nguyen
San Jose, CA / currently in Saigon
+1 408 555 0187 (WhatsApp works)
"""
write("v007.eml", [
    ("From", addr("Kevin Nguyen", "kevin.nguyen.sj@gmail.com")),
    ("Date", date("2026-02-19 23:48:10")),
    ("Subject", "Name on my file is wrong"),
    ("To", SUPPORT),
    ("Message-ID", mid("", "gmail")),
    ("MIME-Version", "1.0"),
], alt(t, gb()), lab("correction_request", "en", "Kevin Tran Nguyen", "+14085550187", "kevin.nguyen.sj@gmail.com",
                     note="From display 'Kevin Nguyen' differs from the signed legal name; mentions a draft POA (service context) but asks only for record correction."))

# v008 unknown automated en -- vendor newsletter, HTML only
h = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>LexFlow Insights</title></head>
<body style="margin:0;background:#f3f5f8">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1d2733">
<tr><td>
<p style="font-size:12px;color:#7a8594">LexFlow Insights &middot; Issue 41 &middot; March 2026</p>
<h1 style="font-size:22px">Is your firm ready for its first data subject request?</h1>
<p>Since 1 January 2026, organisations in Vietnam must answer requests to <b>access, correct or delete</b> personal data within tight deadlines. Most law firms we speak to still track them in a shared inbox.</p>
<p>Join our free 45-minute webinar, <i>&ldquo;DSARs without the drama&rdquo;</i>, on Thursday 26 March at 14:00 ICT. We&rsquo;ll cover:</p>
<ul>
<li>Triage: telling an erasure request apart from an ordinary complaint</li>
<li>Identity checks that don&rsquo;t annoy clients</li>
<li>Templates for confirming deletion in Vietnamese and English</li>
</ul>
<p style="text-align:center"><a href="https://events.lexflow.io/r/dsar-vn-2603?u=kimsonlam" style="background:#2356d9;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Save my seat</a></p>
<hr>
<p style="font-size:11px;color:#7a8594">You are receiving this because info@kimsonlam.vn subscribed to LexFlow Insights.<br>
<a href="https://lexflow.io/unsubscribe?e=aW5mb0BraW1zb25sYW0udm4">Unsubscribe</a> &middot; <a href="https://lexflow.io/privacy">Privacy</a><br>
LexFlow Pte. Ltd., 71 Robinson Road #14-01, Singapore 068895</p>
</td></tr></table></td></tr></table>
</body></html>
"""
write("v008.eml", [
    ("Date", date("2026-03-12 09:30:00", 8)),
    ("From", addr("LexFlow Insights", "news@mail.lexflow.io")),
    ("Reply-To", "no-reply@lexflow.io"),
    ("To", INFO),
    ("Subject", "Webinar: handling access & erasure requests under Vietnam's PDPL"),
    ("Message-ID", "<0102018e%s-%s@mail.lexflow.io>" % (hx(16), hx(12))),
    ("List-Unsubscribe", "<https://lexflow.io/unsubscribe?e=aW5mb0BraW1zb25sYW0udm4>, <mailto:unsub-41@mail.lexflow.io>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
    ("Feedback-ID", "41:lexflow-insights:ses"),
    ("MIME-Version", "1.0"),
], text_part(h, "html"), lab("unknown", "en", **AUTO, note="HTML-only bulk newsletter full of access/erasure keywords."))

# v009 complaint en -- invoice in wrong currency (second time)
t = """Dear Mr Vinh,

Our engagement letter of 9 January (clause 4.2) fixes your fee for the factory lease review at AUD 2,400, payable to your Australian-dollar account. The invoice I received yesterday, KSL-INV-2026-0342, is for VND 41,280,000 and asks for payment to a VND account in Ho Chi Minh City.

This is the second time. The December invoice had exactly the same problem, and your accounts team assured me then that it had been fixed in your system. Paying in VND from Sydney costs us a conversion margin and an international transfer fee that we never agreed to carry.

I'd appreciate a corrected invoice in AUD, and an explanation of why the first correction didn't stick. Until then we will hold payment.

Regards,

Margaret Ellison
Director, Ellison Homes Pty Ltd
Level 3, 88 Pitt Street, Sydney NSW 2000
+61 2 9251 7730
"""
write("v009.eml", [
    ("From", addr("Margaret Ellison", "m.ellison@ellisonhomes.com.au")),
    ("To", addr("Kim Son Lam Law - Accounts", SUPPORT)),
    ("CC", "vinh.dang@kimsonlam.vn"),
    ("Subject", "Invoice KSL-INV-2026-0342 - wrong currency, again"),
    ("Thread-Topic", "Invoice KSL-INV-2026-0342 - wrong currency, again"),
    ("Date", date("2026-03-17 11:26:40", 11)),
    ("Message-ID", mid("SY4PR01MB8871.ausprd01.prod.outlook.com", "outlook")),
    ("Content-Language", "en-AU"),
    ("MIME-Version", "1.0"),
], alt(t, "_000_SY4PR01MB8871%s_" % hx(12).upper(), html_text=to_html(t, "Calibri, sans-serif")),
    lab("complaint", "en", "Margaret Ellison", "+61292517730", "m.ellison@ellisonhomes.com.au",
        "Level 3, 88 Pitt Street, Sydney NSW 2000",
        note="Invoice number and VND amount are distractors; phone is her office line in the signature."))

# v010 deletion_request en -- formal GDPR art 17 + objection
t = """Dear Sir or Madam,

In October 2025 I contacted your firm through the enquiry form on kimsonlam.vn about a possible investment in a Vietnamese company. I did not go on to engage your services.

Since then I have received your newsletter and two telephone calls from a member of your business development team. I hereby:

1. object to any processing of my personal data for direct marketing purposes (Article 21(2) GDPR and the corresponding provisions of Vietnamese personal data protection law); and
2. request the erasure, without undue delay, of all personal data concerning me held by Kim Son Lam Law, including my name, e-mail address, telephone number and any notes of our call (Article 17 GDPR).

Please confirm in writing once erasure has been completed. Should any data have to be retained to meet a legal obligation, please state which data and the legal basis relied upon.

Yours faithfully,

Jonas Weber
Kastanienallee 12, 10435 Berlin, Germany
"""
write("v010.eml", [
    ("Message-ID", mid("posteo.de", "plain")),
    ("From", addr("Jonas Weber", "jonas.weber@posteo.de")),
    ("To", INFO),
    ("Subject", "Request for erasure of personal data (Art. 17 GDPR) and objection (Art. 21 GDPR)"),
    ("Date", date("2026-02-27 14:02:19", 1)),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0"),
    ("Content-Language", "en-US"),
    ("MIME-Version", "1.0"),
], text_part(t, cte="7bit", flowed=True), lab("deletion_request", "en", "Jonas Weber", None, "jonas.weber@posteo.de",
                                               "Kastanienallee 12, 10435 Berlin, Germany",
                                               note="Erasure combined with objection to direct marketing; never became a client."))

# v011 service_request en -- marriage registration Da Nang
t = """G'day,

My fiancée Thu and I want to register our marriage in Da Nang, ideally in June. I'm Australian and was divorced in 2019 (I have the divorce order from the Federal Circuit Court).

What do I need to bring from Australia, does any of it have to be legalised at the Vietnamese embassy in Canberra first, and can your firm look after the whole thing including translations? Thu lives in Da Nang (her number is 0905 771 342 if you'd rather explain things to her in Vietnamese). I'm in Perth until mid-May.

Cheers,
Callum
mobile +61 412 889 305

Sent from my iPhone
"""
write("v011.eml", [
    ("From", addr("Callum Reid", "callumreid.perth@gmail.com")),
    ("Content-Transfer-Encoding", "7bit"),
    ("Mime-Version", "1.0 (1.0)"),
    ("Date", date("2026-03-08 18:55:37", 8)),
    ("Subject", "marriage registration Da Nang - what do I need"),
    ("Message-Id", "<%s-%s-%s-%s-%s@gmail.com>" % (hx(8).upper(), hx(4).upper(), hx(4).upper(), hx(4).upper(), hx(12).upper())),
    ("To", INFO),
    ("X-Mailer", "iPhone Mail (22D72)"),
], (['Content-Type: text/plain;\n\tcharset=utf-8'], t.encode("utf-8")),
    lab("service_request", "en", "Callum Reid", "+61412889305", "callumreid.perth@gmail.com",
        note="Fiancée's Da Nang number is a distractor; name from From display."))

# v012 unknown vi (no diacritics) -- pure thanks
t = """Chao anh Quan va cac anh chi o Kim Son Lam,

Hom qua em nhan duoc the tam tru cua chong em roi, dung nhu anh noi tu dau la khoang 2 tuan. Ca nha em cam on moi nguoi nhieu lam, nhat la chi Diep da nhac em bo sung giay xac nhan cu tru kip luc.

Chuc van phong nam nay that nhieu suc khoe, cong viec thuan loi!

Ho Mai Anh
"""
write("v012.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-19 12:10:55")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", "cam on anh Quan"),
    ("From", addr("Mai Anh", "maianh.ho1994@gmail.com")),
    ("To", SUPPORT),
], alt(t, gb(), cte_plain="7bit"), lab("unknown", "vi", "Ho Mai Anh", None, "maianh.ho1994@gmail.com",
                                       note="Pure thanks, nothing requested."))

# v013 service_request en -- status chase, Outlook top-posted reply
t = """Hi Diep,

It's been three weeks since you confirmed receipt - is there any news from the immigration office on my TRC? My visa runs out on 18 April and I need to book a flight to Paris for my sister's wedding in May, so I'd like to know whether the card will be ready by then or whether I should plan a visa run instead.

Merci !
Sophie
+84 70 556 2194

-----Original Message-----
From: Pham Ngoc Diep <diep.pham@kimsonlam.vn>
Sent: Thursday, February 19, 2026 3:02 PM
To: Sophie Laurent <sophie.laurent@laurent-atelier.fr>
Cc: Kim Son Lam Support <support@kimsonlam.vn>
Subject: TRC application - documents received

Dear Ms. Laurent,

We confirm receipt of your original passport, work permit and notarised lease agreement. We plan to file your temporary residence card application on 23 February; the immigration office normally takes 5-7 working days after filing.

Should you have any questions, please contact our hotline 1800 63 65 or reply to this email.

Best regards,
Pham Ngoc Diep
Paralegal | Kim Son Lam Law
Floor 9, 112 Ly Chinh Thang, Xuan Hoa Ward, Ho Chi Minh City
"""
write("v013.eml", [
    ("From", addr("Sophie Laurent", "sophie.laurent@laurent-atelier.fr")),
    ("To", addr("Pham Ngoc Diep", "diep.pham@kimsonlam.vn")),
    ("CC", addr("Kim Son Lam Support", SUPPORT)),
    ("Subject", "RE: TRC application - documents received"),
    ("Thread-Topic", "TRC application - documents received"),
    ("Thread-Index", "AQH" + hx(20)),
    ("Date", date("2026-03-12 08:40:16")),
    ("Message-ID", mid("PR3P192MB0745.EURP192.PROD.OUTLOOK.COM", "outlook")),
    ("In-Reply-To", "<%s@kimsonlam.vn>" % hx(16)),
    ("MIME-Version", "1.0"),
], alt(t, "_000_PR3P192MB0745%s_" % hx(10).upper()),
    lab("service_request", "en", "Sophie Laurent", "+84705562194", "sophie.laurent@laurent-atelier.fr",
        note="Polite status chase on her own matter, not a complaint; quoted firm signature has hotline and firm address."))

# v014 access_request en -- casual
t = """hey,

so I filled in the "free consultation" form on your site last year when I was looking at buying a condo in D2 (never went ahead with it). now I'm getting calls about condos from random agents. not saying it's you guys - could easily be the developer.

before I figure out what to do: can you tell me exactly what you've got stored about me, and send me a copy? name, number, whatever notes your guy typed up during the call etc.

jake morrow
"""
write("v014.eml", [
    ("Received", "from AM0PR02MB5524.eurprd02.prod.outlook.com ([fe80::1]) by\n AM0PR02MB5524.eurprd02.prod.outlook.com with mapi id 15.20.8466.020; Sat, 7 Mar 2026\n 02:14:09 +0000"),
    ("From", addr("jake m", "JakeMorrow88@hotmail.com")),
    ("To", "info@kimsonlam.vn"),
    ("Subject", "what info do you have on me??"),
    ("Date", date("2026-03-07 02:14:07", 0)),
    ("Message-ID", mid("AM0PR02MB5524.eurprd02.prod.outlook.com", "outlook")),
    ("MIME-Version", "1.0"),
], text_part(t, cte="7bit"), lab("access_request", "en", "jake morrow", None, "jakemorrow88@hotmail.com",
                                  note="Mentions unwanted agent calls but explicitly does not blame the firm; the ask is a copy of his data. From address has capitals."))

# v015 unknown automated vi -- HR ticket auto-acknowledgement with human-looking subject
t = """Kính gửi Quý đối tác,

Phòng Nhân sự Công ty TNHH Sao Mai Logistics đã nhận được thư của Quý vị và ghi nhận với mã phiếu HR-2603-0417.

Bộ phận phụ trách sẽ phản hồi trong vòng 02 ngày làm việc. Trường hợp cần gấp, xin gọi tổng đài nội bộ (028) 3636 5120, nhánh 3.

Thư này được gửi từ hộp thư không nhận phản hồi. Vui lòng không trả lời lại thư này.

--
Sao Mai Logistics | Phòng Nhân sự
"""
write("v015.eml", [
    ("MIME-Version", "1.0"),
    ("From", addr("Phòng Nhân sự - Sao Mai Logistics", "hr-noreply@saomailogistics.vn")),
    ("To", addr("Lương Minh Quân", "quan.luong@kimsonlam.vn")),
    ("CC", SUPPORT),
    ("Subject", ew("Re: V/v bổ sung hồ sơ giấy phép lao động - ông Rahul Verma")),
    ("Date", date("2026-03-16 09:02:41")),
    ("Message-ID", mid("saomailogistics.vn", "plain")),
    ("In-Reply-To", "<%s@kimsonlam.vn>" % hx(20)),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
], text_part(t), lab("unknown", "vi", **AUTO, note="Ticket auto-acknowledgement; subject looks like a human reply, body has a company switchboard number."))

# v016 complaint en -- consultant sent documents to the wrong person (forwarded evidence)
t = """To whoever is in charge at Kim Son Lam,

The message below was forwarded to me last night by a complete stranger, a Mr. Tuan. He received an email from your consultant Ms. Ha Thu Trang with MY passport scan, my marriage certificate and three months of bank statements attached - clearly meant for me, but addressed to him. He was decent enough to track me down. Who else has it by now I have no way of knowing.

I handed these documents to your firm for my company registration on the explicit understanding that they would be treated confidentially. I want a written explanation of how this happened, what you have done to contain it, and the name of the person responsible for data protection at your firm. I am also considering reporting this.

Marcus Lindqvist
+84 93 602 7781


---------- Forwarded message ---------
From: Tuan Le <tuan.le.hcm@gmail.com>
Date: Tue, 10 Mar 2026 at 21:47
Subject: Fwd: Ho so dang ky doanh nghiep - Marcus
To: <marcus.lindqvist@gmail.com>


Chào anh Marcus, em nhận được mail này từ một công ty luật, hình như họ gửi nhầm cho em. Em đã xóa các file đính kèm rồi. Số em 0902 315 668 nếu anh cần xác nhận gì thêm.

---------- Forwarded message ---------
From: Ha Thu Trang <trang.ha@kimsonlam.vn>
Date: Tue, 10 Mar 2026 at 16:05
Subject: Ho so dang ky doanh nghiep - Marcus
To: Tuan Le <tuan.le.hcm@gmail.com>


Dear Marcus,

Please find attached the documents for your review before we file the investment registration application. Kindly check the names and numbers and confirm by Thursday.

Ha Thu Trang
Senior Consultant | Kim Son Lam Law | Hotline 1800 63 65
"""
write("v016.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-11 07:31:29")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", "Fwd: Fwd: Ho so dang ky doanh nghiep - Marcus"),
    ("From", addr("Marcus Lindqvist", "marcus.lindqvist@gmail.com")),
    ("To", INFO),
    ("CC", SUPPORT),
], alt(t, gb()), lab("complaint", "en", "Marcus Lindqvist", "+84936027781", "marcus.lindqvist@gmail.com",
                     note="Forwarded chain: the stranger's phone 0902 315 668 and the consultant's hotline are not the sender's; data leak blamed on the firm."))

# v017 correction_request vi -- new address
t = """Chào Công ty,

Tôi là Võ Thị Thanh Tâm, đang được Công ty hỗ trợ hồ sơ xin giấy phép lao động cho chồng tôi (anh Yuki Tanaka). Gia đình tôi vừa chuyển nhà, nhờ bộ phận hồ sơ sửa lại địa chỉ liên hệ của tôi để thư từ và bản gốc giấy tờ gửi về cho đúng:

- Địa chỉ cũ: 15 Hoàng Diệu, Phường Hải Châu, TP. Đà Nẵng
- Địa chỉ mới: Lô 23 đường Nguyễn Sinh Sắc, Phường Liên Chiểu, TP. Đà Nẵng

Số điện thoại vẫn giữ nguyên là 0935 620 417.

Cảm ơn Công ty nhiều.
Thanh Tâm
"""
write("v017.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-04 16:44:03")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", ew("Cập nhật địa chỉ liên hệ", "q")),
    ("From", addr("Võ Thị Thanh Tâm", "thanhtam.vo.dn@gmail.com", "q")),
    ("To", SUPPORT),
], alt(t, gb(), cte_plain="8bit", cte_html="base64"),
    lab("correction_request", "vi", "Võ Thị Thanh Tâm", "+84935620417", "thanhtam.vo.dn@gmail.com",
        "Lô 23 đường Nguyễn Sinh Sắc, Phường Liên Chiểu, TP. Đà Nẵng",
        note="Old and new addresses both present; label is the new one. Husband's name appears."))

# v018 unknown en -- speaker invitation from an organiser (person)
t = """Dear Partners of Kim Son Lam Law,

On behalf of the organising committee, I would like to invite a senior lawyer from your firm to speak at the Asia Cross-Border Legal Summit, held at the Marina Bay Sands Expo, Singapore, on 21-22 May 2026.

We are putting together a panel titled "Vietnam: foreign investment, work permits and data localisation after 2025" and your team's work with inbound investors came up repeatedly in our research. The panel runs 50 minutes, with three speakers and a moderator from a regional bank.

We cover economy-class travel and two nights' accommodation for speakers, and your firm would be listed in the programme and on the event app.

Could you let me know by 20 March whether someone would be available? I'm happy to arrange a short call to go through the format.

With best regards,
Elena Petrova
Programme Director
Asia Cross-Border Legal Summit
T: +65 6812 3094
"""
write("v018.eml", [
    ("Date", date("2026-03-06 10:15:48", 8)),
    ("From", addr("Elena Petrova", "elena.petrova@asialegalsummit.com")),
    ("To", INFO),
    ("Subject", "Speaker invitation - Asia Cross-Border Legal Summit, Singapore, 21-22 May 2026"),
    ("Message-ID", mid("asialegalsummit.com")),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Zoho Mail"),
], alt(t, "----=_Part_%d_%d.%d" % (RND.randint(10**5, 10**6), RND.randint(10**8, 10**9), RND.randint(10**12, 10**13))),
    lab("unknown", "en", "Elena Petrova", "+6568123094", "elena.petrova@asialegalsummit.com",
        note="Personal conference invitation, not bulk and not a request for legal services."))

# v019 deletion_request vi -- withdraw consent, destroy copies
t = """Kính gửi Bộ phận Chăm sóc khách hàng,

Tháng 11/2025 tôi có gửi cho Công ty bản sao căn cước, bằng cấp và hợp đồng lao động cũ ở Nhật để hỏi về việc thành lập công ty tư vấn du học sau khi về nước. Sau đó tôi quyết định không thành lập nữa và chưa ký hợp đồng dịch vụ nào với Công ty.

Nay tôi xin rút lại sự đồng ý đã cho Công ty xử lý dữ liệu cá nhân của tôi, và đề nghị Công ty tiêu hủy toàn bộ bản sao giấy tờ cũng như thông tin liên lạc của tôi, kể cả trong danh sách nhận bản tin. Mong Công ty phản hồi xác nhận sau khi thực hiện xong.

Trân trọng,
Đỗ Quang Huy
ĐT: 0362 518 904
"""
write("v019.eml", [
    ("MIME-Version", "1.0"),
    ("From", addr("Đỗ Quang Huy", "dqhuy.returnee@gmail.com")),
    ("Date", date("2026-02-16 09:58:22")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", ew("Rút lại sự đồng ý xử lý dữ liệu cá nhân")),
    ("To", INFO),
], text_part(t), lab("deletion_request", "vi", "Đỗ Quang Huy", "+84362518904", "dqhuy.returnee@gmail.com",
                     note="Consent withdrawal with destruction of copies; uses 'tiêu hủy', not 'xóa'."))

# v020 service_request vi -- Korean-invested company setup, assistant writes
t = """Dạ chào anh/chị,

Em là Phương Linh, trợ lý của ông Park Jun-seo (nhà đầu tư Hàn Quốc). Ông Park muốn thành lập một công ty TNHH 100% vốn Hàn Quốc tại Bắc Ninh để gia công linh kiện nhựa, vốn dự kiến 500.000 USD, thuê nhà xưởng trong KCN Quế Võ.

Bên em nhờ bên mình:
- báo giá trọn gói xin Giấy chứng nhận đăng ký đầu tư và Giấy chứng nhận đăng ký doanh nghiệp;
- cho biết thời gian dự kiến cho từng bước;
- nếu được thì hẹn một buổi họp online với ông Park (có phiên dịch) vào tuần sau.

Hiện ông Park đang có một công ty thương mại ở Hà Nội, mã số thuế 0109482715, không biết có dùng công ty này để góp vốn được không ạ.

Em cảm ơn ạ.

Nguyễn Hoàng Phương Linh
Hanviet Trading Co., Ltd
Mobile/Zalo: 0968 734 215
"""
write("v020.eml", [
    ("Date", date("2026-03-18 14:36:12")),
    ("From", addr("Nguyễn Hoàng Phương Linh", "linh.nhp@hanviet-trading.vn")),
    ("To", INFO),
    ("Subject", ew("Nhờ báo giá thành lập công ty vốn Hàn Quốc tại Bắc Ninh")),
    ("Message-ID", mid("hanviet-trading.vn")),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4546"),
], text_part(t), lab("service_request", "vi", "Nguyễn Hoàng Phương Linh", "+84968734215", "linh.nhp@hanviet-trading.vn",
                     note="Writes on behalf of investor Park Jun-seo; tax code is a distractor."))

# v021 access_request en -- formal GDPR SAR, iso-8859-1, reply address in body
t = """Dear Data Protection Officer,

I was a client of Kim Son Lam Law in 2024-2025 (work permit and temporary residence card, your file reference KSL/IMM/24-0871).

Pursuant to Article 15 of the General Data Protection Regulation, and to the right of access under Vietnamese personal data protection law, I request:

(a) confirmation as to whether or not you process personal data concerning me;
(b) a copy of that data, in a commonly used electronic format;
(c) the purposes of the processing and the categories of data concerned;
(d) the recipients or categories of recipients to whom the data have been disclosed, in particular any government authority or outside service provider;
(e) the envisaged retention period.

To help you locate my records: my date of birth is 2 November 1987 and my French passport number is 19AV52841. This information is provided for identification only and may not be used for any other purpose.

Please send your reply to amelie.rousseau.paris@gmail.com, which I check far more regularly than this address.

Amélie Rousseau
14 rue des Écoles, 75005 Paris, France
"""
write("v021.eml", [
    ("Date", date("2026-03-02 17:48:30", 1)),
    ("From", addr("Amélie Rousseau", "amelie.rousseau@orange.fr", "q", "iso-8859-1")),
    ("To", INFO),
    ("Subject", "Subject access request"),
    ("Message-ID", mid("orange.fr", "plain")),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Orange Messagerie"),
], text_part(t, charset="iso-8859-1"),
    lab("access_request", "en", "Amélie Rousseau", None, "amelie.rousseau.paris@gmail.com",
        "14 rue des Écoles, 75005 Paris, France",
        note="ISO-8859-1 body. Reply address in body wins over From. Passport number is a distractor."))

# v022 unknown automated en -- Exchange out-of-office (no Auto-Submitted header)
t = """Thank you for your email.

I am travelling between our factories in Binh Duong and Long An until 27 March with limited access to email.

For urgent matters concerning the Vietnam HR or visa files, please contact my assistant, Ms. Nguyen Thi Lan, at lan.nguyen@meridian-apparel.com or +84 28 3914 6620.

Anything else I will answer on my return.

Richard
"""
write("v022.eml", [
    ("From", addr("Richard Hale", "richard.hale@meridian-apparel.com")),
    ("To", addr("Kim Son Lam Support", SUPPORT)),
    ("Subject", "Automatic reply: Work permit documents - action needed by 20 March"),
    ("Thread-Topic", "Work permit documents - action needed by 20 March"),
    ("Date", date("2026-03-16 14:20:05")),
    ("Message-ID", mid("SI2PR04MB5562.apcprd04.prod.outlook.com", "outlook")),
    ("X-MS-Has-Attach", ""),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "richard.hale@meridian-apparel.com"),
    ("Content-Language", "en-GB"),
    ("MIME-Version", "1.0"),
], alt(t, "_000_SI2PR04MB5562%s_" % hx(10).upper(), html_text=to_html(t, "Calibri, sans-serif")),
    lab("unknown", "en", **AUTO, note="Out-of-office without Auto-Submitted; assistant's email and phone are not a contact."))

# v023 complaint vi -- rude hotline staff
t = """Sáng nay khoảng 9 giờ 40 tôi gọi vào tổng đài 1800 63 65 của Công ty để hỏi tiến độ hồ sơ xin thị thực cho vợ tôi (chị Maria Santos, quốc tịch Philippines). Nhân viên nữ nghe máy, khi tôi hỏi lại lần thứ hai vì chưa nghe rõ thì nói "anh không hiểu thì lên văn phòng mà hỏi, em bận lắm" rồi cúp máy ngang.

Tôi là khách hàng đã đóng phí đầy đủ, không phải đi xin. Đề nghị Công ty nghe lại ghi âm cuộc gọi, có biện pháp với nhân viên này và cử người phụ trách gọi lại cho tôi trong hôm nay.

Bùi Quốc Thịnh - 0909 448 213
"""
write("v023.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-09 10:05:37")),
    ("From", addr("Bui Quoc Thinh", "thinhbq.ktsg@gmail.com")),
    ("Subject", ew("Phản ánh thái độ nhân viên tổng đài", "q")),
    ("To", SUPPORT),
    ("Message-ID", mid("", "gmail")),
], text_part(t, cte="8bit"), lab("complaint", "vi", "Bùi Quốc Thịnh", "+84909448213", "thinhbq.ktsg@gmail.com",
                                  note="Firm hotline quoted; asks about his wife's visa file but the mail is a complaint about staff rudeness."))

# v024 service_request en -- Viet Kieu buying a house
t = """Hello,

I was born in Saigon, left in 1992 and I'm a US citizen now. I still have my old Vietnamese birth certificate and my parents' household registration book from before we left, but no Vietnamese passport.

My mom passed away last year and left me some savings in Vietnam. I'd like to buy a small house (land and house, not an apartment) in Thu Duc to retire to. I've heard that since the 2024 Land Law, overseas Vietnamese who still hold Vietnamese nationality can own land like locals, but I honestly don't know whether I still count.

A few questions:
- Do I still have Vietnamese nationality, and how would I prove it?
- If not, what am I allowed to own?
- Could your firm do the due diligence on the property and handle the purchase paperwork?

I'm in Vietnam 2-20 April and would like to meet in person. My US cell is (714) 555-0143; once I land I'll get a local SIM and email you the number.

Thanks,
Andy Pham (Phạm Quốc Anh)
"""
write("v024.eml", [
    ("Received", "from [192.168.1.23] by smtp.mail.yahoo.com (VZM Hermes SMTP Server) with ESMTPA ID 3d1f0b; Sun, 22 Mar 2026 04:12:50 +0000 (UTC)"),
    ("Date", date("2026-03-21 21:12:44", -7)),
    ("From", addr("Andy Pham", "andy.pham.oc@yahoo.com")),
    ("To", INFO),
    ("Message-ID", "<%d.%d@mail.yahoo.com>" % (RND.randint(10**8, 10**9), RND.randint(10**8, 10**9))),
    ("Subject", "Buying a house in Vietnam as Viet Kieu - can I put it in my name?"),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "WebService/1.1.23494 YMailNorrin"),
], alt(t, "----=_Part_%d_%d.%d" % (RND.randint(10**6, 10**7), RND.randint(10**8, 10**9), RND.randint(10**12, 10**13))),
    lab("service_request", "en", "Andy Pham", "+17145550143", "andy.pham.oc@yahoo.com",
        note="Signature also gives the Vietnamese name Phạm Quốc Anh in brackets; the English name is labelled."))

# v025 complaint vi (no diacritics) -- double payment, no reply
t = """Chao cong ty,

Ngay 02/03 toi da chuyen khoan 6.000.000d phi tu van ly hon co yeu to nuoc ngoai (vo toi quoc tich Han Quoc) vao tai khoan cong ty o Vietcombank so 0071 0045 8823 1. Hom qua ke toan ben anh lai gui mail nhac no, toi voi qua nen chuyen them lan nua. Toi da gui anh chup bien lai ca 2 lan ma 5 ngay roi khong ai tra loi.

Lam an kieu nay thi khach nao dam tin. De nghi hoan lai 6 trieu trong tuan nay va giai thich vi sao ke toan nhac no sai.

Son
0912 605 338
"""
write("v025.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-13 22:47:18")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", "bi tru tien 2 lan phi dich vu"),
    ("From", addr("Le Thanh Son", "sonlt.hp@gmail.com")),
    ("To", INFO),
], text_part(t, cte="7bit"), lab("complaint", "vi", "Le Thanh Son", "+84912605338", "sonlt.hp@gmail.com",
                                  note="The firm's bank account number is a distractor; full name only in From display."))

# v026 unknown en -- legal-tech vendor pitch (person)
t = """Hi Kim Son Lam team,

Quick question: how long does it take your firm today to answer a client who asks "what personal data do you hold on me?" or "please delete my file"?

Under Vietnam's PDPL the clock is short, and most mid-size firms we talk to are doing it by hand - searching Outlook, the DMS and WhatsApp exports one by one. ClauseIQ plugs into your mailbox and document system, finds every record tied to a client in minutes, auto-redacts third-party data and drafts the response letter in Vietnamese and English. Firms using it cut response time by about 70%.

We're also piloting intake triage: incoming mail gets tagged as new matter, complaint, access/correction/deletion request or noise before a human opens it.

Would you be open to a 15-minute demo next week? Tuesday or Thursday afternoon ICT both work for me.

Best,
Arjun Mehta
Head of Partnerships, APAC | ClauseIQ
+91 98204 55713
clauseiq.ai
"""
write("v026.eml", [
    ("Date", date("2026-03-11 13:55:02", 5.5)),
    ("From", addr("Arjun Mehta", "arjun@clauseiq.ai")),
    ("To", INFO),
    ("Subject", "Cut DSAR response time at Kim Son Lam by ~70%"),
    ("Message-ID", mid("", "gmail")),
    ("MIME-Version", "1.0"),
], alt(t, gb()), lab("unknown", "en", "Arjun Mehta", "+919820455713", "arjun@clauseiq.ai",
                     note="Vendor pitch saturated with access/deletion/complaint vocabulary."))

# v027 correction_request en -- new phone, old number in quoted confirmation
t = """Hi,

Quick one: I've switched to a new Vietnamese SIM, so the number in your confirmation below no longer works. Please replace it in your records with 0388 920 173. Email stays the same.

See you on the 5th.
Ingrid

On Fri, Feb 27, 2026 at 4:18 PM Kim Son Lam Law <support@kimsonlam.vn> wrote:
> Dear Ms. Solberg,
>
> This is to confirm your appointment with Lawyer Dang Quoc Vinh on
> Thursday 5 March 2026 at 10:00 regarding the purchase of an apartment
> in Thu Thiem. We will call you at 0937 114 562 on the morning of the
> appointment to confirm.
>
> Kim Son Lam Law | Hotline 1800 63 65
"""
write("v027.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-01 09:12:36")),
    ("References", "<%s@kimsonlam.vn>" % hx(18)),
    ("In-Reply-To", "<%s@kimsonlam.vn>" % hx(18)),
    ("Message-ID", mid("", "gmail")),
    ("Subject", "Re: Appointment confirmation - 5 March"),
    ("From", addr("Ingrid Solberg", "ingrid.solberg@gmail.com")),
    ("To", addr("Kim Son Lam Law", SUPPORT)),
], alt(t, gb()), lab("correction_request", "en", "Ingrid Solberg", "+84388920173", "ingrid.solberg@gmail.com",
                     note="Old number 0937 114 562 only in the quoted firm text; new number is the contact."))

# v028 unknown automated mixed -- bilingual bulk conference invitation
t = """THƯ MỜI / INVITATION

Diễn đàn Pháp lý Việt Nam 2026 - "Dữ liệu cá nhân & đầu tư nước ngoài: một năm nhìn lại"
Vietnam Legal Forum 2026 - "Personal data & foreign investment: the year in review"

Thời gian / Time: 08:30 - 17:00, thứ Năm 23/04/2026 / Thursday, 23 April 2026
Địa điểm / Venue: GEM Center, 8 Nguyễn Bỉnh Khiêm, TP.HCM

Kính mời Quý Công ty cử đại diện tham dự. Chương trình gồm các phiên thảo luận về giấy phép lao động cho chuyên gia nước ngoài, quyền của chủ thể dữ liệu (truy cập, chỉnh sửa, xóa) và xử lý khiếu nại.

We are pleased to invite your firm to send delegates. Sessions cover expat work permits, data-subject rights (access, correction, erasure) and complaint handling.

Đăng ký / Register: https://vnlegalforum.org/2026/register
Phí / Fee: 2.500.000 VND (early bird đến 31/03)

---
Bạn nhận email này vì đã tham dự Diễn đàn 2025. / You receive this email because you attended the 2025 Forum.
Hủy đăng ký / Unsubscribe: https://vnlegalforum.org/u/kimsonlam-info
"""
write("v028.eml", [
    ("From", addr("Vietnam Legal Forum", "no-reply@vnlegalforum.org")),
    ("To", INFO),
    ("Subject", ew("Thư mời / Invitation: Vietnam Legal Forum 2026 - Dữ liệu cá nhân & đầu tư nước ngoài")),
    ("Date", date("2026-03-10 08:00:03")),
    ("Message-ID", "<%s.%s@sendy.vnlegalforum.org>" % (hx(14), hx(6))),
    ("Precedence", "bulk"),
    ("List-Unsubscribe", "<https://vnlegalforum.org/u/kimsonlam-info>"),
    ("X-Campaign-Id", "vlf2026-wave2"),
    ("MIME-Version", "1.0"),
], alt(t, "b1_%s" % hx(32)), lab("unknown", "mixed", **AUTO, note="Bilingual bulk invitation mentioning access/correction/erasure and complaints."))

# v029 deletion_request vi -- stop calling, remove my number
t = """Tuần này tôi nhận 3 cuộc gọi từ nhân viên bên anh chị mời làm hồ sơ "định cư Canada". Tôi chưa bao giờ có nhu cầu này.

Đề nghị bỏ số 0814 702 396 của tôi ra khỏi danh sách gọi và không lưu thông tin của tôi nữa.

Hà Minh Châu
"""
write("v029.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-20 18:22:09")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", ew("Đừng gọi cho tôi nữa")),
    ("From", addr("Hà Minh Châu", "hmchau.ag@gmail.com")),
    ("To", INFO),
], alt(t, gb()), lab("deletion_request", "vi", "Hà Minh Châu", "+84814702396", "hmchau.ag@gmail.com",
                     note="Annoyed tone, but the ask is 'stop calling and stop keeping my data': deletion."))

# v030 service_request mixed -- returnee wants a bilingual lease drafted
t = """Hi anh chị,

Em mới về VN từ Melbourne được mấy tháng, đang có một căn hộ 2PN ở The Vista muốn cho thuê. Tenant là một bạn người Đức làm cho công ty solar, bạn ấy muốn thuê 12 tháng, pay quarterly in advance.

Em cần bên mình draft giúp một bilingual lease agreement (Việt - Anh), có điều khoản về deposit 2 tháng, early termination, và ai chịu thuế cho thuê nhà. Em cũng muốn hỏi em có phải đăng ký tạm trú cho tenant không hay bạn ấy tự lo?

Phí soạn thảo khoảng bao nhiêu ạ? Em cần trước 15/4.

Thanks a lot,
Trần Ngọc Thảo Vy
0779 315 820
"""
write("v030.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-23 11:37:50")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", ew("Nhờ soạn hợp đồng cho thuê căn hộ - lease for an expat tenant")),
    ("From", addr("Vy Tran", "vy.tran.returnee@gmail.com")),
    ("To", INFO),
], alt(t, gb(), cte_plain="base64", cte_html="base64"),
    lab("service_request", "mixed", "Trần Ngọc Thảo Vy", "+84779315820", "vy.tran.returnee@gmail.com",
        note="From display 'Vy Tran'; signature has the full Vietnamese name."))

# v031 access_request en -- HTML-only, personal reply address
h = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
</head><body lang="EN-US">
<div class="WordSection1">
<p class="MsoNormal">Dear Kim Son Lam Law,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Your firm handled my work permit and temporary residence card in 2023 and 2024 through my employer at the time, Kanto Precision Vietnam Co., Ltd. I left that company in January.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I would like to receive a copy of the personal information about me that your firm still keeps &#8211; documents, forms and any internal notes &#8211; and to know whether any of it has been passed to my former employer since I left.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Because this company mailbox will be closed soon, please send everything to my personal address: <a href="mailto:hiroshi.yamamoto.1979@gmail.com">hiroshi.yamamoto.1979@gmail.com</a></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards,</p>
<p class="MsoNormal">Hiroshi Yamamoto</p>
<p class="MsoNormal" style="color:#595959">Mobile: +81 90-4417-2286</p>
</div></body></html>
"""
write("v031.eml", [
    ("From", addr("Yamamoto Hiroshi", "h.yamamoto@kanto-precision.co.jp")),
    ("To", addr("Kim Son Lam Law", INFO)),
    ("Subject", "Request for copy of personal data held"),
    ("Date", date("2026-02-25 17:05:11", 9)),
    ("Message-ID", mid("TYCPR01MB9121.jpnprd01.prod.outlook.com", "outlook")),
    ("Content-Language", "en-US"),
    ("MIME-Version", "1.0"),
], text_part(h, "html"), lab("access_request", "en", "Hiroshi Yamamoto", "+819044172286", "hiroshi.yamamoto.1979@gmail.com",
                             note="HTML-only; reply address in body wins over the corporate From; From display uses family-name-first order."))

# v032 unknown vi -- journalist asks for comment
t = """Kính gửi Công ty Luật Kim Sơn Lâm,

Tôi là Lý Thu Hà, phóng viên chuyên mục Bất động sản của Tạp chí Thị Trường Hôm Nay. Tôi đang thực hiện bài viết về việc người nước ngoài mua căn hộ tại TP.HCM: giới hạn 30% số căn trong một tòa nhà, thời hạn sở hữu 50 năm và những rủi ro khi đứng tên hộ người Việt.

Tôi rất mong được một luật sư của Công ty cho vài nhận định ngắn (khoảng 150-200 chữ) về hai câu hỏi:
1. Những sai lầm phổ biến nhất của người nước ngoài khi mua nhà ở Việt Nam là gì?
2. Việc nhờ người Việt đứng tên hộ có thể dẫn đến hậu quả pháp lý như thế nào?

Bài dự kiến lên trang vào ngày 27/3, nên tôi cần nhận trả lời trước 17h ngày 25/3. Ý kiến sẽ được trích dẫn kèm tên và chức danh của luật sư.

Trân trọng,
Lý Thu Hà
Tạp chí Thị Trường Hôm Nay
ĐT: 0976 583 014
"""
write("v032.eml", [
    ("Date", date("2026-03-20 09:48:27")),
    ("From", addr("Lý Thu Hà", "ha.lythu@thitruonghomnay.vn", "q")),
    ("To", INFO),
    ("Subject", ew("Xin ý kiến luật sư về việc người nước ngoài mua nhà", "q")),
    ("Message-ID", mid("thitruonghomnay.vn")),
    ("MIME-Version", "1.0"),
], text_part(t), lab("unknown", "vi", "Lý Thu Hà", "+84976583014", "ha.lythu@thitruonghomnay.vn",
                     note="Journalist asking for a quote; not a client service request."))

# v033 correction_request en -- change of email (new address in body)
t = """Hello Kim Son Lam team,

I'm leaving Brightwave Education at the end of the month, so this work address will stop working. You're still handling my spouse visa renewal, so please change the email on my file to oliver.j.grant@protonmail.com and send everything there from now on, invoices included.

Nothing else has changed - my phone is still 0931 580 764.

Thanks,
Oliver Grant
"""
write("v033.eml", [
    ("From", addr("Oliver Grant", "oliver.grant@brightwave-edu.com")),
    ("To", SUPPORT),
    ("Subject", "Please update my contact email"),
    ("Date", date("2026-03-24 16:29:40")),
    ("Message-ID", mid("brightwave-edu.com", "outlook")),
    ("MIME-Version", "1.0"),
], text_part(t, cte="7bit"), lab("correction_request", "en", "Oliver Grant", "+84931580764", "oliver.j.grant@protonmail.com",
                                  note="New email in body differs from the From address."))

# v034 complaint vi -- late filing caused TRC to lapse
t = """Kính gửi Ban Giám đốc Công ty Luật Kim Sơn Lâm,

Ngày 06/01/2026, tôi ký hợp đồng dịch vụ số 014/2026/HĐDV với Công ty để gia hạn thẻ tạm trú cho chồng tôi, ông David Miller (quốc tịch Anh); thẻ cũ hết hạn ngày 20/02/2026. Chuyên viên phụ trách là anh Lương Minh Quân đã cam kết nộp hồ sơ trước Tết.

Thực tế đến ngày 24/02 hồ sơ mới được nộp, tức là sau khi thẻ đã hết hạn 4 ngày. Chồng tôi bị lập biên bản vì quá hạn tạm trú, bị phạt tiền, phải xuất cảnh sang Bangkok để xin lại thị thực, mất thêm tiền vé máy bay và 5 ngày nghỉ không lương.

Toàn bộ giấy tờ chúng tôi đã giao đủ cho anh Quân từ ngày 09/01, có email xác nhận. Sự chậm trễ này hoàn toàn do phía Công ty.

Tôi đề nghị:
1. Công ty có văn bản giải trình lý do nộp hồ sơ chậm;
2. Hoàn lại phí dịch vụ đã thu (4.500.000 đồng);
3. Bồi thường khoản tiền phạt và các chi phí phát sinh gia đình tôi đã phải chịu.

Tôi chờ phản hồi bằng văn bản trong vòng 07 ngày làm việc.

Phan Thị Hồng Nhung
Số 8 ngõ 31 Xuân Diệu, Phường Tây Hồ, Hà Nội
ĐT: 0987 214 650
"""
write("v034.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-03 20:15:33")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", ew("Khiếu nại việc nộp hồ sơ trễ khiến thẻ tạm trú của chồng tôi hết hạn")),
    ("From", addr("Phan Thị Hồng Nhung", "nhung.phan.hn@gmail.com")),
    ("To", INFO),
    ("CC", SUPPORT),
], alt(t, gb(), cte_plain="8bit"), lab("complaint", "vi", "Phan Thị Hồng Nhung", "+84987214650", "nhung.phan.hn@gmail.com",
                                       "Số 8 ngõ 31 Xuân Diệu, Phường Tây Hồ, Hà Nội",
                                       note="Contract number and amounts are distractors; husband's name appears."))

# v035 service_request en -- e-visa to DN visa, short
t = """Hello,
I entered Vietnam on a 90-day e-visa on 2 March. A company in Hanoi now wants to hire me as a consultant. Can you convert my e-visa to a DN business visa without me leaving the country, and what would your firm charge? I'm in Hanoi and can come to the office, or call me on +49 151 2298 4471 (WhatsApp only).
Felix
"""
write("v035.eml", [
    ("Date", date("2026-03-25 13:02:57")),
    ("From", addr("Felix Braun", "felix.braun@gmx.de")),
    ("To", INFO),
    ("Subject", "DN visa instead of tourist e-visa?"),
    ("Message-ID", "<trinity-%s-%s-%s-%s-%s-%d@3c-app-gmx-bap12>" % (hx(8), hx(4), hx(4), hx(4), hx(12), RND.randint(10**12, 10**13))),
    ("MIME-Version", "1.0"),
    ("Sensitivity", "Normal"),
],
    text_part(t, charset="UTF-8", cte="quoted-printable"),
    lab("service_request", "en", "Felix Braun", "+4915122984471", "felix.braun@gmx.de",
        note="German mobile in E.164; name from From display."))

# v036 deletion_request vi (no diacritics) -- delete everything after breakup
t = """Kinh gui cong ty luat Kim Son Lam,

Toi la Nguyen Thi Kieu Oanh. Thang 12 nam ngoai toi co nho cong ty tu van thu tuc ket hon voi ban trai nguoi Uc. Nay chung toi da chia tay nen toi khong lam nua.

Toi de nghi cong ty xoa het thong tin cua toi: ban chup CCCD so 079187004512, giay xac nhan tinh trang hon nhan, anh chan dung va so dien thoai. Giay to cua anh Brendan thi anh ay tu lien he, con phan cua toi xin xoa toan bo.

Khi xong nho nhan tin bao toi qua so 0707 258 119.
Cam on.
Oanh
"""
write("v036.eml", [
    ("Date", date("2026-02-21 07:45:12")),
    ("From", addr("kieu oanh", "kieuoanh.nguyen79@yahoo.com")),
    ("To", INFO),
    ("Subject", "yeu cau huy ho so va xoa thong tin"),
    ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (RND.randint(10**8, 10**9), RND.randint(10**8, 10**9), RND.randint(10**12, 10**13))),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "YahooMailAndroidMobile"),
], text_part(t, charset="us-ascii", cte="7bit"),
    lab("deletion_request", "vi", "Nguyen Thi Kieu Oanh", "+84707258119", "kieuoanh.nguyen79@yahoo.com",
        note="ID card number 079187004512 is a distractor; full name only in the body."))

# v037 complaint en -- firm passed her details to a broker
t = """Hi,

On 2 February I had a paid consultation with one of your lawyers about leasing versus buying an apartment in Thao Dien. Two days later a broker from "Saigon Nest Realty" started messaging me on Zalo with listings in exactly the price range I had mentioned in that meeting - and when I asked where they got my number, the agent said "from Kim Son Lam, our partner law firm".

I never agreed to my details being passed to anyone, let alone a sales agent. Frankly, I'm furious. I expect an explanation of what was shared, with whom and why, and I'd like to hear what you're doing to make sure it doesn't happen to other clients.

Chloe Bennett
+84 90 731 6628
"""
write("v037.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-02-05 21:33:48")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", "How did a property broker get my details from you?"),
    ("From", addr("Chloe Bennett", "chloe.bennett.sg@gmail.com")),
    ("To", SUPPORT),
], alt(t, gb()), lab("complaint", "en", "Chloe Bennett", "+84907316628", "chloe.bennett.sg@gmail.com",
                     note="Asks what was shared (access-like) but the thrust is a grievance about the firm misusing her data."))

# v038 correction_request vi (no diacritics) -- birth date and ID number of sponsor
t = """Chao chi Diep,

Em xem lai ban nhap to khai xin the tam tru cho vo em (Anna Schmidt) thi thay phan thong tin nguoi bao lanh la em bi ghi sai. Ngay sinh cua em la 21/08/1985 chu khong phai 12/08/1985, va so CCCD cua em la 001085019473 (so 013482769 la CMND cu, het hieu luc roi).

Chi sua giup em trong ho so va ca tren he thong luu cua cong ty luon nhe.

Em Khoa - 0943 218 507
"""
write("v038.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-06 11:19:26")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", "sua ngay sinh va so CCCD trong ho so"),
    ("From", addr("Dang Van Khoa", "khoadv.1985@gmail.com")),
    ("To", addr("Pham Ngoc Diep", "diep.pham@kimsonlam.vn")),
    ("CC", SUPPORT),
], text_part(t, cte="7bit"), lab("correction_request", "vi", "Dang Van Khoa", "+84943218507", "khoadv.1985@gmail.com",
                                  note="Correcting his own birth date and ID number; ID numbers are not phones. Full name from From display."))

# v039 unknown vi -- job application
t = """Kính gửi Phòng Nhân sự Công ty Luật Kim Sơn Lâm,

Em là Mạc Thị Yến Nhi, vừa tốt nghiệp cử nhân Luật Thương mại Quốc tế, Trường Đại học Luật TP.HCM (loại Giỏi) và có chứng chỉ IELTS 7.5. Trong thời gian học, em đã thực tập 6 tháng tại bộ phận pháp chế của một công ty FDI, chủ yếu hỗ trợ hồ sơ giấy phép lao động và thẻ tạm trú cho chuyên gia nước ngoài.

Em được biết Công ty đang tuyển Chuyên viên pháp lý mảng đầu tư nước ngoài và rất mong có cơ hội được phỏng vấn. CV và bảng điểm của em được đính kèm trong thư này.

Em xin cảm ơn và mong nhận được phản hồi từ Anh/Chị.

Mạc Thị Yến Nhi
Điện thoại: 0858 176 092
"""
cv = base64.b64encode(b"%PDF-1.4\n% CV - Mac Thi Yen Nhi (placeholder)\n%%EOF\n").decode()
write("v039.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-15 20:40:02")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", ew("Ứng tuyển vị trí Chuyên viên pháp lý - mảng đầu tư nước ngoài")),
    ("From", addr("Mạc Thị Yến Nhi", "yennhi.mac.law@gmail.com")),
    ("To", INFO),
], multipart("mixed", [
    alt(t, gb()),
    (['Content-Type: application/pdf; name="CV_MacThiYenNhi.pdf"',
      'Content-Disposition: attachment; filename="CV_MacThiYenNhi.pdf"',
      "Content-Transfer-Encoding: base64"], cv.encode() + b"\n"),
], gb()), lab("unknown", "vi", "Mạc Thị Yến Nhi", "+84858176092", "yennhi.mac.law@gmail.com",
              note="Job application (CV attached), not a customer request."))

# v040 access_request mixed -- copy of data incl. call recordings
t = """Chào anh chị,

Em là Lâm Gia Bảo (Danny). Năm ngoái em có dùng dịch vụ của công ty để set up công ty TNHH một thành viên ở Quận 7 cũ. Giờ em muốn request một bản copy tất cả personal data mà công ty đang giữ về em - hồ sơ, email, và nhất là các recording cuộc gọi tư vấn, vì em nhớ nhân viên có nói cuộc gọi "được ghi âm để đảm bảo chất lượng".

Please send as PDF/MP3 to this email, hoặc em ghé văn phòng lấy bằng USB cũng được.

Thanks,
Danny Lam | 0903 617 248
"""
write("v040.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-26 15:51:34")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", ew("Request copy of my data - bao gồm ghi âm cuộc gọi")),
    ("From", addr("Danny Lam", "dannylam.sgn@gmail.com")),
    ("To", SUPPORT),
], text_part(t, cte="8bit"), lab("access_request", "mixed", "Danny Lam", "+84903617248", "dannylam.sgn@gmail.com",
                                  note="Vietnamese name Lâm Gia Bảo also appears; signature and From use Danny Lam."))

# v041 unknown automated vi (no diacritics) -- out-of-office
t = """Xin chao,

Toi dang nghi phep tu 16/03 den het 22/03/2026 va khong kiem tra email thuong xuyen. Cac van de can gap ve ho so thanh lap cong ty, vui long lien he chi Ngan (0918 337 904) hoac email ngan.vo@phuthinhland.vn.

Tran trong,
Truong Cong Minh
"""
write("v041.eml", [
    ("From", addr("Truong Cong Minh", "minh.truongcong@phuthinhland.vn")),
    ("To", addr("Ha Thu Trang", "trang.ha@kimsonlam.vn")),
    ("CC", INFO),
    ("Subject", "Tra loi tu dong: V/v ho so thanh lap cong ty - bo sung dieu le"),
    ("Date", date("2026-03-17 10:11:45")),
    ("Message-ID", mid("phuthinhland.vn", "outlook")),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("MIME-Version", "1.0"),
], text_part(t, charset="us-ascii", cte="7bit"),
    lab("unknown", "vi", **AUTO, note="Unaccented out-of-office; colleague's phone and email are not a contact."))

# v042 deletion_request en -- casual Australian returnee
t = """Hey team,

Back in January I sent you my Aussie passport, my Vietnamese birth cert and my ex-wife's details because I was thinking of buying land back home in Quang Ngai. Long story short, the deal fell through and I'm heading back to Brisbane.

I don't need the service anymore and I'd rather my documents weren't sitting on anyone's server - especially my ex's info, she never signed up for any of this. Can you wipe the lot (emails, scans, whatever's in your CRM) and flick me a quick confirmation once it's done?

Cheers,
Nathan Vu
0432 118 906 (AU)
"""
write("v042.eml", [
    ("Date", date("2026-03-27 19:03:21", 10)),
    ("From", addr("Nathan Vu", "nathanvu.bne@gmail.com")),
    ("To", INFO),
    ("Subject", "please delete my stuff"),
    ("Message-ID", mid("", "gmail")),
    ("MIME-Version", "1.0"),
], text_part(t, cte="7bit", flowed=True), lab("deletion_request", "en", "Nathan Vu", "+61432118906", "nathanvu.bne@gmail.com",
                                               note="Australian mobile written in national format with '(AU)'."))

# v043 complaint mixed -- billing for being ignored
t = """Hi anh Vinh,

Em thật sự không hiểu cái invoice mới nhất. Công ty charge em 3.5 tiếng "research and correspondence" cho hồ sơ ly hôn với chồng cũ (anh ấy là người Mỹ), trong khi suốt tháng 2 em gửi 5 emails mà chỉ nhận được đúng 1 reply hai dòng. Basically em đang trả tiền để bị ignore??

Lúc ký engagement letter, anh nói phí fixed 15 triệu cho toàn bộ giai đoạn hòa giải. Giờ thêm 7,2 triệu "phát sinh" mà không ai báo trước.

Em muốn có breakdown chi tiết từng giờ, ai làm, làm gì - and honestly em cần người khác phụ trách hồ sơ này nếu cứ tiếp tục như vầy.

Hoàng Thị Kim Ngân (Kelly)
0935 402 617
"""
write("v043.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-04 23:08:55")),
    ("Message-ID", mid("", "gmail")),
    ("Subject", ew("Phí tư vấn quá vô lý - please explain")),
    ("From", addr("Kelly Hoàng", "kelly.hoang.dn@gmail.com")),
    ("To", addr("Đặng Quốc Vinh", "vinh.dang@kimsonlam.vn")),
    ("CC", SUPPORT),
], alt(t, gb()), lab("complaint", "mixed", "Hoàng Thị Kim Ngân", "+84935402617", "kelly.hoang.dn@gmail.com",
                     note="Asks for a fee breakdown, but the mail is a billing/responsiveness grievance."))

# v044 service_request vi (no diacritics) -- child's birth registration, Japanese father
t = """Chao luat su,

Em ket hon voi chong nguoi Nhat o Osaka nam 2021, da ghi chu ket hon o So Tu phap Hai Phong roi. Be nha em sinh o Nhat thang 1/2025, da khai sinh ben Nhat. Thang 5 nay ca nha ve Hai Phong song, em muon dang ky khai sinh cho be o Viet Nam de be co quoc tich Viet Nam (chong em dong y).

Luat su cho em hoi:
- can nhung giay to gi, giay khai sinh Nhat co phai hop phap hoa khong
- chong em khong ve kip thi co uy quyen duoc khong
- neu nho ben minh lam tron goi thi chi phi bao nhieu

Em dang o Nhat, goi Zalo so +81 80 3952 6614 hoac tra loi email nay a.
Em cam on.
Thu Ha
"""
write("v044.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-03-02 22:30:19", 9)),
    ("Message-ID", mid("", "gmail")),
    ("Subject", "hoi ve khai sinh cho con (bo nguoi Nhat)"),
    ("From", addr("Luong Thi Thu Ha", "thuha.luong.osaka@gmail.com")),
    ("To", INFO),
], alt(t, gb(), cte_plain="7bit"), lab("service_request", "vi", "Luong Thi Thu Ha", "+818039526614", "thuha.luong.osaka@gmail.com",
                                       note="Japanese mobile (Zalo) in E.164."))

# v045 access_request vi (no diacritics) -- where did you get my data, send me a copy
t = """Chao ban,

Hom truoc co nhan vien cua Kim Son Lam goi cho toi, goi dung ho ten va biet ca toi dang lam o cong ty nao, hoi toi co can lam giay phep lao dong cho chuyen gia nuoc ngoai khong. Toi chua bao gio lien he voi cong ty.

Toi muon biet cong ty dang luu nhung thong tin gi ve toi, lay tu nguon nao, va gui cho toi mot ban. Xem xong toi se quyet dinh co yeu cau gi them hay khong.

Tang Huu Nghia
0978 552 063
"""
write("v045.eml", [
    ("Date", date("2026-03-18 08:26:14")),
    ("From", addr("Tang Huu Nghia", "nghia.tanghuu@gmail.com")),
    ("To", INFO),
    ("Subject", "cong ty dang luu thong tin gi cua toi?"),
    ("Message-ID", mid("", "gmail")),
    ("MIME-Version", "1.0"),
], text_part(t, cte="quoted-printable"), lab("access_request", "vi", "Tang Huu Nghia", "+84978552063", "nghia.tanghuu@gmail.com",
                                              note="Unsolicited call could read as complaint/deletion, but he explicitly asks what is held, its source, and a copy; defers other action."))

# v046 complaint vi -- HTML-only, translation errors caused rejection
h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:13px">
<p>Kính gửi Công ty,</p>
<p>Công ty nhận dịch thuật và hợp pháp hóa giấy tờ cho hồ sơ đăng ký kết hôn của tôi với cô Ana Lúcia Ferreira (quốc tịch Brazil). Bản dịch giấy khai sinh của vợ sắp cưới tôi ghi sai họ thành &quot;Ferrera&quot; và sai cả ngày sinh, nên UBND phường đã trả hồ sơ hôm 17/3.</p>
<p>Ngay khi nhận bản nháp tôi đã nhờ chị phụ trách kiểm tra lại, nhưng chị ấy trả lời <i>&quot;bản dịch chuẩn rồi anh&quot;</i>. Giờ chúng tôi phải dời ngày đăng ký, trong khi gia đình cô ấy đã đặt vé máy bay từ São Paulo sang.</p>
<p>Tôi đề nghị Công ty:</p>
<ul><li>dịch lại miễn phí và giao trong 2 ngày;</li><li>chịu toàn bộ phí công chứng, chứng thực lại;</li><li>cho tôi biết ai chịu trách nhiệm về sai sót này.</li></ul>
<p>Hứa Minh Tuấn &ndash; 0916 730 482</p>
</body></html>
"""
write("v046.eml", [
    ("MIME-Version", "1.0"),
    ("From", addr("Hứa Minh Tuấn", "tuan.huaminh@gmail.com")),
    ("To", INFO),
    ("Subject", ew("Bản dịch sai tên, hồ sơ kết hôn bị trả về")),
    ("Date", date("2026-03-18 13:44:09")),
    ("Message-ID", mid("", "gmail")),
], text_part(h, "html", cte="base64"), lab("complaint", "vi", "Hứa Minh Tuấn", "+84916730482", "tuan.huaminh@gmail.com",
                                            note="HTML-only, base64-encoded. Demands re-translation (service words) but the grievance is the firm's mistake."))

# v047 correction_request en -- formal rectification, surname change and address
t = """Dear Kim Son Lam Law,

I am a current client (corporate secretarial services for Whitfield Design Studio Co., Ltd.). Following my marriage in January, my surname has changed. Exercising my right to rectification (Article 16 GDPR and the equivalent right under Vietnamese law), please update your records as follows:

Former name: Sarah Jane Whitfield
Current name: Sarah Jane Whitfield-Tran
New UK passport no.: 136482957 (issued 02/02/2026) - the previous passport has been cancelled.

Please also update my residential address, which is now:
Villa 7, Lane 45 Xuan Thuy, An Khanh Ward, Ho Chi Minh City

I can provide certified copies of the marriage certificate and new passport on request. The company's registered details are not affected by this request.

Kind regards,
Sarah Jane Whitfield-Tran
"""
write("v047.eml", [
    ("Date", date("2026-02-23 10:02:47")),
    ("From", addr("Sarah Whitfield", "sarah.whitfield@fastmail.com")),
    ("To", SUPPORT),
    ("Subject", "Rectification of personal data - change of surname"),
    ("Message-ID", "<%s-%s-%s@app.fastmail.com>" % (hx(8), hx(4), hx(12))),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Cyrus-JMAP/3.11.0"),
], alt(t, "%s" % hx(32)), lab("correction_request", "en", "Sarah Jane Whitfield-Tran", None, "sarah.whitfield@fastmail.com",
                               "Villa 7, Lane 45 Xuan Thuy, An Khanh Ward, Ho Chi Minh City",
                               note="From display carries the former name; the signed current name is labelled. Passport number is a distractor."))

# v048 service_request en -- one-liner
t = "Can you help my wife (US citizen, born in Vietnam) get the 5-year visa exemption certificate? Call me on 0977 340 518. - Greg\n"
write("v048.eml", [
    ("Date", date("2026-03-22 07:58:02")),
    ("From", addr("Greg Thompson", "gthompson.vn@icloud.com")),
    ("To", INFO),
    ("Subject", "5-year visa exemption for my wife"),
    ("Message-ID", "<%s-%s-%s-%s-%s@icloud.com>" % (hx(8).upper(), hx(4).upper(), hx(4).upper(), hx(4).upper(), hx(12).upper())),
    ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
    ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
], text_part(t, charset="us-ascii", cte="7bit"),
    lab("service_request", "en", "Greg Thompson", "+84977340518", "gthompson.vn@icloud.com",
        note="One line; writes for his wife but the phone is his own."))

# v049 service_request vi -- HR manager, quote for 3 work permits (Outlook multipart)
t = """Kính gửi Công ty Luật Kim Sơn Lâm,

Công ty Cổ phần Cơ khí Đông Á dự kiến tiếp nhận 03 kỹ sư người Ấn Độ sang làm việc tại nhà máy từ tháng 6/2026, thời hạn 2 năm. Cả ba đều có bằng kỹ sư cơ khí và trên 5 năm kinh nghiệm.

Chúng tôi đề nghị Quý Công ty báo giá dịch vụ:
- giải trình nhu cầu sử dụng lao động nước ngoài;
- xin cấp giấy phép lao động cho 03 người;
- xin thẻ tạm trú sau khi có giấy phép.

Xin vui lòng gửi kèm danh mục giấy tờ mà người lao động cần chuẩn bị từ Ấn Độ (lý lịch tư pháp, bằng cấp, xác nhận kinh nghiệm) và thời gian thực hiện dự kiến.

Trân trọng,
Tạ Thị Minh Nguyệt
Trưởng phòng Hành chính - Nhân sự
Công ty Cổ phần Cơ khí Đông Á - MST 3702119846
Lô C5, KCN Mỹ Phước 2, Phường Bến Cát, TP. Hồ Chí Minh
Điện thoại: 0947 305 261
"""
write("v049.eml", [
    ("From", addr("Tạ Thị Minh Nguyệt", "nguyet.tt@dongacokhi.com.vn")),
    ("To", addr("Kim Son Lam Law", INFO)),
    ("Subject", ew("Đề nghị báo giá dịch vụ giấy phép lao động cho 03 chuyên gia Ấn Độ")),
    ("Date", date("2026-03-09 15:12:30")),
    ("Message-ID", mid("dongacokhi.com.vn", "outlook")),
    ("Content-Language", "vi-VN"),
    ("X-MS-Has-Attach", ""),
    ("MIME-Version", "1.0"),
], alt(t, "_000_%s_" % hx(28).upper(), cte_plain="base64", html_text=to_html(t, "Times New Roman, serif")),
    lab("service_request", "vi", "Tạ Thị Minh Nguyệt", "+84947305261", "nguyet.tt@dongacokhi.com.vn",
        "Lô C5, KCN Mỹ Phước 2, Phường Bến Cát, TP. Hồ Chí Minh",
        note="Corporate request; tax code (MST) is a distractor; address is the company's in the signature."))

# v050 deletion_request mixed -- Viet Kieu, delete her part; spouse separate
t = """Dear Kim Son Lam,

Em là Nguyễn Minh Châu, Việt kiều Mỹ. Tháng 10/2025 em với chồng (anh Ethan Cole) có gửi hồ sơ để hỏi về visa TT cho anh ấy. Sau đó tụi em quyết định move qua Singapore nên không làm nữa.

Please delete all data related to me - passport copy, marriage certificate, địa chỉ ở Cali, số điện thoại. Anh Ethan sẽ tự email riêng cho phần của ảnh. Nếu có phần nào công ty bắt buộc phải giữ lại theo luật thì cho em biết cụ thể là gì nhé.

Thanks anh chị,
Minh Châu
+1 (415) 555-0162
"""
write("v050.eml", [
    ("MIME-Version", "1.0"),
    ("Date", date("2026-02-28 18:40:00", -8)),
    ("Message-ID", mid("", "gmail")),
    ("Subject", ew("Xin xoá dữ liệu / data deletion request")),
    ("From", addr("Minh Chau Nguyen", "mchau.nguyen.sf@gmail.com")),
    ("To", INFO),
], alt(t, gb()), lab("deletion_request", "mixed", "Nguyễn Minh Châu", "+14155550162", "mchau.nguyen.sf@gmail.com",
                     note="Husband's name appears; he will write separately. US number in E.164."))

# ----------------------------------------------------------------- labels
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2, sort_keys=True)
    f.write("\n")
print("wrote %d messages" % len(LABELS))
