#!/usr/bin/env python3
"""Generate holdout22: 50 raw RFC 5322 messages + labels.json (stdlib only)."""
import base64, html, json, os, quopri, random, unicodedata
from email.charset import Charset, QP, BASE64
from email.header import Header
from msgs import MSGS

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(22)
TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}


def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ew(s, q=False, cs='utf-8'):
    """Encoded-word for a header value if non-ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    if cs == 'windows-1258':
        raw = to1258(s)
        return '=?windows-1258?B?' + base64.b64encode(raw).decode() + '?='
    c = Charset(cs)
    c.header_encoding = QP if q else BASE64
    return Header(s, c, maxlinelen=76).encode()


def addr(name, a, q=False, cs='utf-8'):
    if not name:
        return a
    if all(ord(ch) < 128 for ch in name):
        return ('"%s"' % name if any(ch in name for ch in ',.()') else name) + ' <%s>' % a
    return ew(name, q, cs) + ('\n <%s>' % a if len(name) > 18 else ' <%s>' % a)


def to1258(s):
    """Encode as windows-1258 the way old Vietnamese keyboards did: base + combining tone."""
    out = b''
    for ch in unicodedata.normalize('NFC', s):
        try:
            out += ch.encode('cp1258')
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        tones = ''.join(c for c in d if c in TONES)
        base = unicodedata.normalize('NFC', ''.join(c for c in d if c not in TONES))
        out += (base + tones).encode('cp1258')
    return out


def body_enc(text, cte, cs='utf-8'):
    raw = to1258(text) if cs == 'windows-1258' else text.encode(cs)
    if cte == '7bit':
        raw.decode('ascii')
        return text
    if cte == '8bit':
        return raw.decode(cs if cs != 'windows-1258' else 'cp1258')
    if cte == 'base64':
        return base64.encodebytes(raw).decode()
    return quopri.encodestring(raw.replace(b'\n', b'\r\n')).decode().replace('\r\n', '\n')


def pick_cte(text, pref):
    if all(ord(c) < 128 for c in text):
        return '7bit'
    return pref or 'quoted-printable'


def part(ctype, text, cte, cs='UTF-8', extra=''):
    return ('Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n%s'
            % (ctype, cs, extra, cte, body_enc(text, cte, cs.lower()).rstrip('\n') + '\n'))


def to_html(text, style):
    lines, out, inq = text.split('\n'), [], False
    for ln in lines:
        q = ln.startswith('>')
        if q and not inq:
            out.append('<blockquote style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        if inq and not q:
            out.append('</blockquote>')
        inq = q
        t = html.escape(ln.lstrip('> ') if q else ln).replace('  ', '&nbsp; ')
        if style == 'outlook':
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (t or '<o:p>&nbsp;</o:p>'))
        elif q:
            out.append((t or '') + '<br>')
        else:
            out.append('<div>%s</div>' % (t or '<br>'))
    if inq:
        out.append('</blockquote>')
    inner = '\n'.join(out)
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="VI" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>' % inner)
    if style == 'owa':
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
                'font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body>\n</html>' % inner)
    if style == 'yahoo':
        return ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>' % (hx(8), inner))
    return '<div dir="ltr">%s</div>' % inner


def bounce(m):
    o, b = m['orig'], '----=_NextPart_%s_%s_%s' % (hx(3).upper(), hx(4).upper(), hx(8).upper())
    qid = hx(10).upper()
    notice = ('This is the mail system at host mail.thinhtrigroup.com.\n\n'
              "I'm sorry to have to inform you that your message could not\n"
              'be delivered to one or more recipients. It\'s attached below.\n\n'
              'For further assistance, please send mail to postmaster.\n\n'
              'If you do so, please include this problem report. You can\n'
              'delete your own text from the attached returned message.\n\n'
              '                   The mail system\n\n<%s>: %s\n' % (m['rcpt'], m['diag']))
    status = ('Reporting-MTA: dns; mail.thinhtrigroup.com\nX-Postfix-Queue-ID: %s\n'
              'X-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n'
              'Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n'
              'Status: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n'
              % (qid, o['from'][1], o['date'], m['rcpt'], m['rcpt'], m['status'], m['mta'], m['smtp']))
    orig = ('MIME-Version: 1.0\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s-%s-%s-%s-%s@thinhtrigroup.com>\n%s'
            % (addr(o['from'][0], o['from'][1], True), m['rcpt'], ew(o['subject'], True), o['date'],
               hx(8), hx(4), hx(4), hx(4), hx(12), part('text/plain', o['text'], 'quoted-printable', 'utf-8')))
    return ('Content-Type: multipart/report; report-type="delivery-status";\n boundary="%s"\n\n'
            '--%s\nContent-Description: Notification\n%s\n'
            '--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n%s\n'
            '--%s\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n'
            'Content-Transfer-Encoding: 8bit\n\n%s\n--%s--\n'
            % (b, b, part('text/plain', notice, '7bit', 'us-ascii'), b, status, b, orig, b))


def msgid(style, dom):
    if style == 'gmail':
        return '<CA%s@mail.gmail.com>' % base64.b64encode(R.randbytes(36)).decode().rstrip('=')
    if style == 'outlook':
        return '<0000%s01dc%s$%s$%s@%s>' % (hx(4), hx(4), hx(8), hx(8), dom)
    if style == 'owa':
        return '<SG2PR%02dMB%04d%s@SG2PR%02dMB%04d.apcprd0%d.prod.outlook.com>' % (
            R.randint(1, 6), R.randint(1000, 9999), hx(32).upper(), 1, 2000, R.randint(1, 6))
    if style == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (R.randint(10**8, 10**9), R.randint(10**6, 10**7), R.randint(10**12, 10**13))
    if style == 'iphone':
        return '<%s-%s-%s-%s-%s@%s>' % (hx(8).upper(), hx(4).upper(), hx(4).upper(), hx(4).upper(), hx(12).upper(), dom)
    return '<%s-%s-%s-%s-%s@%s>' % (hx(8), hx(4), hx(4), hx(4), hx(12), dom)


def build(m):
    st = m['style']
    dom = m['from'][1].split('@')[1] if 'from' in m else 'mail.thinhtrigroup.com'
    if st == 'iphone':
        dom = 'icloud.com'
    q = st in ('yahoo', 'outlook', 'iphone', 'latin1')
    H = ['MIME-Version: 1.0'] if st not in ('raw',) else []
    cs_h = 'windows-1258' if st == 'oe1258' else ('iso-8859-1' if st == 'latin1' else 'utf-8')
    H.append('From: ' + (m.get('from_raw') or addr(m['from'][0], m['from'][1], q, cs_h)))
    H.append('To: ' + m.get('to', 'info@thinhtrigroup.com'))
    H.append('Subject: ' + ew(m['subject'], q or st == 'latin1', cs_h))
    H.append('Date: ' + m['date'])
    H.append('Message-ID: ' + (m.get('msgid') or msgid(st, dom)))
    H += m.get('headers', [])
    text, pref = m.get('text', ''), m.get('cte')
    if st == 'raw':
        return '\n'.join(H) + '\n' + m['raw']
    if st == 'bounce':
        return '\n'.join(H) + '\n' + bounce(m)
    if st == 'bulk':
        b = '----=_NextPart_%s_%s_%s' % (hx(3).upper(), hx(4).upper(), hx(8).upper())
        page = ('<html><body style="margin:0;background:#f4f4f4"><table width="600" align="center" '
                'cellpadding="16" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">'
                '<tr><td>%s</td></tr></table></body></html>' % to_html(text, 'gmail'))
        body = ('Content-Type: multipart/alternative;\n boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n' % (
            b, b, part('text/plain', text, 'base64', 'utf-8'), b, part('text/html', page, 'base64', 'utf-8'), b))
        return '\n'.join(H) + '\n' + body
    if st == 'gmail':
        cte = pick_cte(text, pref)
        b = '0000000000' + hx(18)
        body = ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n' % (
            b, b, part('text/plain', text, cte), b, part('text/html', to_html(text, 'gmail'), cte), b))
    elif st in ('outlook', 'yahoo', 'owa_alt'):
        hs = 'owa' if st == 'owa_alt' else st
        b = ('_000_%s_' % hx(30).upper()) if st != 'yahoo' else '----=_Part_%d_%d.%d' % (
            R.randint(10**5, 10**6), R.randint(10**8, 10**9), R.randint(10**12, 10**13))
        cte = pick_cte(text, pref)
        body = ('Content-Type: multipart/alternative;\n boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n' % (
            b, b, part('text/plain', text, cte, 'utf-8'), b,
            part('text/html', to_html(text, hs), pref or 'quoted-printable', 'utf-8'), b))
    elif st in ('owa', 'yahoo_html', 'gmail_html'):
        hs = {'owa': 'owa', 'yahoo_html': 'yahoo', 'gmail_html': 'gmail'}[st]
        body = part('text/html', m.get('html') or to_html(text, hs), pref or 'base64', 'utf-8')
    elif st == 'oe1258':
        body = part('text/plain', text, 'quoted-printable', 'windows-1258')
    elif st == 'latin1':
        body = part('text/plain', text, 'quoted-printable', 'iso-8859-1')
    elif st == 'thunderbird':
        body = part('text/plain', text, pick_cte(text, '8bit'), 'utf-8', '; format="flowed"')
    else:  # iphone / plain
        body = part('text/plain', text, pick_cte(text, pref), 'utf-8')
    if m.get('attach'):
        fn, ctype = m['attach']
        b = '0000000000' + hx(18)
        blob = base64.encodebytes(R.randbytes(R.randint(600, 1400))).decode()
        body = ('Content-Type: multipart/mixed; boundary="%s"\n\n--%s\n%s\n--%s\nContent-Type: %s; name="%s"\n'
                'Content-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n'
                % (b, b, body, b, ctype, fn, fn, blob, b))
    return '\n'.join(H) + '\n' + body


def main():
    labels = {}
    assert len(MSGS) == 50
    for i, m in enumerate(MSGS, 1):
        fn = 'f%03d.eml' % i
        raw = build(m).replace('\r\n', '\n').replace('\n', '\r\n')
        with open(os.path.join(OUT, fn), 'w', encoding='utf-8', newline='') as f:
            f.write(raw)
        lab = dict(m['label'])
        c = lab['contact']
        lab['contact'] = {k: (unicodedata.normalize('NFC', v) if isinstance(v, str) else v)
                          for k, v in {'name': c.get('name'), 'phone': c.get('phone'),
                                       'email': c.get('email'), 'address': c.get('address')}.items()}
        labels[fn] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + '\n')


if __name__ == '__main__':
    main()
