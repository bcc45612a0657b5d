"""The `mailroom` command. Every failure a user can cause is one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mailroom.config import Config, find_config, load_config

if TYPE_CHECKING:
    from mailroom.batch import Understander

# The intent model's dot products are tiny: numpy's BLAS gains nothing from threads here, and a process
# without threads can fork its workers safely (mailroom.batch). Set before anything imports numpy (the
# commands import it lazily, and mailroom.config does not).
for _blas_threads in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_blas_threads, "1")

EXIT_USAGE = 2
EXIT_FAILED = 1
EXIT_INTERNAL = 70


class CommandError(Exception):
    """A user-facing failure with its exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def _config(args: argparse.Namespace) -> Config:
    return load_config(find_config(args.config))


def _setup_logging(config: Config | None) -> None:
    from mailroom.logs import configure_logging

    if config is None:
        configure_logging("auto", "warning")
    else:
        configure_logging(config.logging.format, config.logging.level)


# --------------------------------------------------------------------------------------------- commands


def cmd_run(args: argparse.Namespace) -> int:
    from mailroom.app import build_app
    from mailroom.service import run_service

    config = _config(args)
    _setup_logging(config)
    return run_service(build_app(config))


def cmd_poll(args: argparse.Namespace) -> int:
    from ingest.pipeline import poll_mailbox
    from mailroom.app import build_app
    from mailroom.outbox import send_due

    if not args.once:
        raise CommandError("poll needs --once (use `mailroom run` to keep polling on a schedule)", EXIT_USAGE)
    config = _config(args)
    _setup_logging(config)
    app = build_app(config)
    boxes = [config.mailbox(args.mailbox)] if args.mailbox else list(config.mailboxes)
    failed = False
    try:
        for box in boxes:
            report = poll_mailbox(app.pipeline, box)
            print(f"{box.name}: {report.summary()}")
            failed |= report.error is not None
    finally:
        app.pipeline.close()
    if not args.no_send:
        sent = send_due(app.repo, config.smtp, max_attempts=config.worker.outbox_max_attempts,
                        batch_size=config.worker.outbox_batch_size)
        print(f"outbox: {sent.sent} sent, {sent.retrying} to retry, {sent.failed} failed"
              + (f" — {sent.error}" if sent.error else ""))
        failed |= sent.error is not None
    return EXIT_FAILED if failed else 0


def cmd_status(args: argparse.Namespace) -> int:
    from mailroom.app import open_engine
    from mailroom.report import render_status
    from storage.queries import status

    config = _config(args)
    _setup_logging(None)
    print(render_status(status(open_engine(config)), config))
    return 0


def cmd_cases_list(args: argparse.Namespace) -> int:
    from mailroom.app import open_engine
    from mailroom.report import render_cases
    from storage.queries import cases

    config = _config(args)
    _setup_logging(None)
    print(render_cases(cases(open_engine(config), state=args.state, kind=args.kind, limit=args.limit)))
    return 0


def cmd_keys_init(args: argparse.Namespace) -> int:
    from storage.crypto import init_key_file

    path = Path(args.file) if args.file else Path(_config(args).keys.file)
    init_key_file(path)
    print(f"created {path} (mode 0600). Back it up somewhere safe: without it the stored data cannot be read.")
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from mailroom.batch import understand_files
    from mailroom.report import render_classification

    exit_code = 0
    for result in understand_files(args.files, _understander(args), args.jobs):
        if result.record is None:
            print(f"mailroom: {result.name}: {result.problem}", file=sys.stderr)
            exit_code = EXIT_FAILED
            continue
        print(json.dumps(result.record, ensure_ascii=False) if args.json else render_classification(result.record))
        sys.stdout.flush()
    return exit_code


def cmd_eval(args: argparse.Namespace) -> int:
    from mailroom.batch import understand_files
    from mailroom.evaluate import LabelsError, Scores, add, load_labels, render

    directory = _directory(args.directory)
    try:
        labels = load_labels(directory)
    except LabelsError as exc:
        raise CommandError(str(exc)) from None
    scores = Scores()
    empty = {"intent": "unknown", "automated": False, "language": "vi",
             "contact": {"name": None, "phone": None, "email": None, "address": None}}
    names = sorted(labels)
    results = understand_files([str(directory / name) for name in names], _understander(args), args.jobs)
    for name, result in zip(names, results):
        if result.record is None:  # scored as a miss, reported by name
            scores.unreadable.append((name, result.problem or "?"))
        add(scores, name, labels[name], result.record or empty)
    unlabelled = sorted(p.name for p in directory.glob("*.eml") if p.name not in labels)
    print(render(scores, show_errors=args.show_errors))
    if unlabelled:
        print(f"not scored (no label): {len(unlabelled)} file(s), e.g. {unlabelled[0]}")
    return 0


def _directory(name: str) -> Path:
    if not Path(name).is_dir():
        raise CommandError(f"{name}: not a directory", EXIT_USAGE)
    return Path(name)


JOBS_HELP = "processes to spread the files over (default: one per 100 files, at most one per core)"
MODEL_HELP = "builtin | none (lexicon only) | a file `mailroom train` wrote (default: the config's, else builtin)"


def cmd_train(args: argparse.Namespace) -> int:
    from mailroom.evaluate import LabelsError
    from mailroom.train import TrainingError

    if not args.out and not args.cross_validate:
        raise CommandError("say where to write the model (--out FILE) or ask for --cross-validate", EXIT_USAGE)
    if args.cross_validate and len(args.directories) < 2:
        raise CommandError("--cross-validate needs at least two directories (each is held out in turn)", EXIT_USAGE)
    directories = [_directory(d) for d in args.directories]
    try:  # scikit-learn and the training code are imported only here, not on every CLI start
        _train(directories, args.cross_validate, args.out)
    except (LabelsError, TrainingError) as exc:
        raise CommandError(str(exc)) from None
    return 0


def _train(directories: list[Path], cross_validate_first: bool, out: str | None) -> None:
    from handlers.intent_model import save_intent_model
    from mailroom.train import cross_validate, fit, load_examples
    from tabulate import tabulate

    examples = load_examples(directories)
    print(f"{len(examples)} labelled human messages from {len(directories)} set(s)")
    if cross_validate_first:
        results = cross_validate(examples)
        rows = [(source, *_share(correct, total)) for source, correct, total in results]
        rows.append(("all (each scored unseen)", *_share(sum(r[1] for r in results), sum(r[2] for r in results))))
        print(tabulate(rows, headers=("held out", "model alone", "accuracy")))
    if out:
        model = fit(examples)
        save_intent_model(model, Path(out))
        print(f"wrote {out}: {len(model.weights)} weighted features, {len(model.intents)} intents")


def _share(correct: int, total: int) -> tuple[str, str]:
    return f"{correct}/{total}", f"{100 * correct / total:.1f}%"


def _understander(args: argparse.Namespace) -> Understander:
    """Firm identity, lexicon and intent model from the config when there is one, else the built-ins.

    Loaded here, once, so a broken lexicon or model file fails clearly before any mail is read.
    """
    from handlers.intent_model import model_for_setting
    from handlers.lexicon import load_lexicon
    from ingest.understand import FirmIdentity
    from mailroom.batch import Understander

    config = _optional_config(args)
    setting = getattr(args, "intent_model", None)
    if config is None:
        return Understander(lexicon=load_lexicon(), firm=FirmIdentity(), model=model_for_setting(setting or "builtin"))
    from mailroom.app import firm_identity

    return Understander(
        lexicon=load_lexicon([Path(p) for p in config.understanding.lexicon_files]),
        firm=firm_identity(config),
        model=model_for_setting(setting or config.understanding.intent_model),
    )


def _optional_config(args: argparse.Namespace) -> Config | None:
    """classify works without a config; when one is named or found it brings lexicon and firm identity."""
    if not args.config and not os.environ.get("MAILROOM_CONFIG") and not Path("config.toml").exists():
        return None
    return _config(args)


def cmd_demo(args: argparse.Namespace) -> int:
    from mailroom.demo import run_demo

    return run_demo(verbose=args.verbose)


# --------------------------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mailroom", description="Customer inbox worker for info@ and support@.")
    parser.add_argument("--config", metavar="FILE", help="configuration file (default: $MAILROOM_CONFIG, ./config.toml, /etc/mailroom/config.toml)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    commands.add_parser("run", help="run the worker: scheduled polls and outbox until SIGTERM").set_defaults(func=cmd_run)

    poll = commands.add_parser("poll", help="poll the mailboxes once, then send pending replies")
    poll.add_argument("--once", action="store_true", help="one pass, then exit (required)")
    poll.add_argument("--mailbox", metavar="NAME", help="only this mailbox")
    poll.add_argument("--no-send", action="store_true", help="queue replies but do not send them now")
    poll.set_defaults(func=cmd_poll)

    commands.add_parser("status", help="mailboxes, counts, outbox and quarantine").set_defaults(func=cmd_status)

    cases = commands.add_parser("cases", help="work with cases").add_subparsers(dest="cases_command", metavar="ACTION", required=True)
    cases_list = cases.add_parser("list", help="recent cases (no personal data shown)")
    cases_list.add_argument("--state", help="open | acknowledged | closed")
    cases_list.add_argument("--kind", help="intent that opened the case")
    cases_list.add_argument("--limit", type=int, default=50)
    cases_list.set_defaults(func=cmd_cases_list)

    keys = commands.add_parser("keys", help="manage the encryption key file").add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys_init = keys.add_parser("init", help="create a new key file (mode 0600); never overwrites")
    keys_init.add_argument("--file", help="where to create it (default: keys.file from the config)")
    keys_init.set_defaults(func=cmd_keys_init)

    classify = commands.add_parser("classify", help="dry run: how each .eml file would be understood")
    classify.add_argument("--json", action="store_true", help="one JSON object per line per file")
    classify.add_argument("--intent-model", metavar="MODEL", help=MODEL_HELP)
    classify.add_argument("--jobs", type=int, metavar="N", help=JOBS_HELP)
    classify.add_argument("files", nargs="+", metavar="FILE.eml")
    classify.set_defaults(func=cmd_classify)

    evaluate = commands.add_parser("eval", help="score understanding on a labelled set (DIR/*.eml + DIR/labels.json)")
    evaluate.add_argument("directory", metavar="DIR")
    evaluate.add_argument("--show-errors", action="store_true", help="list each mismatch (shows the data in the mail)")
    evaluate.add_argument("--intent-model", metavar="MODEL", help=MODEL_HELP)
    evaluate.add_argument("--jobs", type=int, metavar="N", help=JOBS_HELP)
    evaluate.set_defaults(func=cmd_eval)

    train = commands.add_parser("train", help="fit the intent model on labelled sets (needs scikit-learn)")
    train.add_argument("directories", nargs="+", metavar="DIR", help="labelled sets, as for eval")
    train.add_argument("--out", metavar="FILE", help="where to write the model (then set [understanding] intent_model)")
    train.add_argument("--cross-validate", action="store_true", help="first score each DIR by a model trained on the others")
    train.set_defaults(func=cmd_train)

    demo = commands.add_parser("demo", help="run the real pipeline once against in-process IMAP/SMTP servers")
    demo.add_argument("--verbose", action="store_true", help="show the worker's log lines")
    demo.set_defaults(func=cmd_demo)
    return parser


# Errors a user can cause (bad config, key file, server down, ...), by the module that defines them. Only
# a module a command imported can have raised its error, so the check looks in sys.modules instead of
# importing the database, SMTP and IMAP layers on every start (that was ~0.9 s before `classify` began).
_USER_ERRORS = (
    ("mailroom.config", "ConfigError"),
    ("storage.crypto", "KeyFileError"),
    ("storage.db", "StorageError"),
    ("ingest.imap", "MailboxUnavailable"),
    ("mailroom.outbox", "SmtpUnavailable"),
    ("handlers.lexicon", "LexiconError"),
    ("handlers.intent_model", "IntentModelError"),
)


def is_user_error(exc: BaseException) -> bool:
    return any(
        isinstance(exc, getattr(sys.modules[module], name)) for module, name in _USER_ERRORS if module in sys.modules
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CommandError as exc:
        print(f"mailroom: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for a user
        if is_user_error(exc):
            print(f"mailroom: {exc}", file=sys.stderr)
            return EXIT_FAILED
        if os.environ.get("MAILROOM_DEBUG"):
            raise
        print(f"mailroom: internal error: {exc.__class__.__name__}: {exc} (set MAILROOM_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
