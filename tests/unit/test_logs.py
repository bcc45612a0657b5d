from __future__ import annotations

import logging

from mailroom.logs import configure_logging


def test_library_records_that_quote_mail_go_nowhere(caplog, capsys):
    configure_logging("json", "info")
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("mailparser.utils").error("Failed decoding header part: Nguyễn Văn An <an@gmail.com>")
        logging.getLogger("mail.log").warning("peer sent: an@gmail.com")
        logging.getLogger("somelibrary").warning("an ordinary warning")  # other libraries still report
    captured = capsys.readouterr()
    assert "an@gmail.com" not in caplog.text + captured.err + captured.out
    assert "an ordinary warning" in caplog.text
