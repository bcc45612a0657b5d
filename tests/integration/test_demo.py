"""`mailroom demo` needs no mail server: embedded IMAP + SMTP, the real pipeline, sample mail."""

from __future__ import annotations

import re
import subprocess
import sys

from mailroom.demo import sample_mail


def test_demo_runs_the_pipeline_against_embedded_servers(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mailroom.cli", "demo"], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    samples = sample_mail()
    expected_replies = sum(1 for name, _, _ in samples if not any(w in name for w in ("out-of-office", "bounce", "broken")))
    assert f"Replies received by the SMTP sink ({expected_replies})" in out
    assert len(set(re.findall(r"TT-\d{4}-\d{6}", out))) == expected_replies
    assert "Quarantined (newest first)" in out and "ParseError" in out
    assert "automated (never answered): 2" in out
    assert "Kính gửi" in out and "Dear" in out  # Vietnamese first, English for the English mail
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing left behind
