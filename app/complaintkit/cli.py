"""Command line: the GUI by default, plus headless verbs.

Handlers import their layer lazily so that starting the GUI does not pay for
reportlab. Every verb returns an exit status; bad input ends with a clear message
and status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from complaintkit import __version__

if TYPE_CHECKING:
    from complaintkit.domain import Case

EXIT_OK = 0
EXIT_NO_WINDOW = 1
EXIT_USAGE = 2


class UserFacingError(Exception):
    """An error whose message is meant for the user as it is (exit status 2)."""


def _cmd_schema(_args: argparse.Namespace) -> int:
    from complaintkit.domain import Case

    json.dump(Case.model_json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    try:
        from complaintkit.ui.app import run_gui
    except ImportError as error:
        # On a bare Linux, Qt's own libraries lack system ones: name them all, not a traceback.
        from complaintkit.platform_libraries import explain_import_failure

        message = explain_import_failure(error)
        if message is None:
            raise
        print(message, file=sys.stderr)
        return EXIT_NO_WINDOW

    return run_gui(demo=args.demo, bundle=getattr(args, "bundle", None))


def _cmd_render(args: argparse.Namespace) -> int:
    from pathlib import Path

    from complaintkit.documents.case_file import CaseFileError, FolderEvidence, load_case_file
    from complaintkit.documents.generate import generate
    from complaintkit.locales import lookup

    language = args.lang or "en"
    try:
        if args.demo or args.scam_demo:
            from complaintkit.demo import build_demo

            demo = build_demo(args.lang or ("en" if args.scam_demo else "zh_CN"), args.scam_demo)
            case, source = demo.case, demo.open_bytes
        else:
            case_path = Path(args.case)
            case = load_case_file(case_path, language)
            folder = FolderEvidence(case_path.parent, language)
            folder.check(case)
            source = folder
    except CaseFileError as error:
        raise UserFacingError(str(error)) from None
    language = args.lang or case.letter_language.value
    out = Path(args.out)
    try:
        files = generate(case, language, source, out)
    except OSError as error:
        message = lookup(language, "cli", "cannot_write").format(folder=out, reason=error)
        raise UserFacingError(message) from None
    for warning in files.warnings:
        print(lookup(language, "cli", "warning").format(message=warning), file=sys.stderr)
    paths = (files.letter_pdf, files.checklist_pdf, files.letter_text, *files.extra)
    if args.data_access:
        from datetime import UTC, datetime

        from complaintkit.documents.data_access import write_data_access_request

        paths += (write_data_access_request(case, language, out, datetime.now(UTC)),)
    written = ", ".join(str(p) for p in paths)
    print(lookup(language, "cli", "written").format(files=written))
    return EXIT_OK


def _load_case_arg(path: str, language: str) -> Case:
    from pathlib import Path

    from complaintkit.documents.case_file import CaseFileError, load_case_file

    try:
        return load_case_file(Path(path), language)
    except CaseFileError as error:
        raise UserFacingError(str(error)) from None


def _cmd_followup(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime
    from pathlib import Path

    from complaintkit.documents.followup import FollowUpKind, FollowUpNotPossible, write_followup
    from complaintkit.locales import lookup

    case = _load_case_arg(args.case, args.lang or "en")
    language = args.lang or case.letter_language.value
    out = Path(args.out)
    from complaintkit.documents.review_summary import followup_review

    now = datetime.now(UTC)
    # The same letter-strength review as the complaint: a follow-up repeats its facts.
    for finding in followup_review(case, FollowUpKind(args.kind), language, now):
        print(lookup(language, "cli", "warning").format(message=finding.what), file=sys.stderr)
    try:
        files = write_followup(case, FollowUpKind(args.kind), language, out, now)
    except FollowUpNotPossible as error:
        raise UserFacingError(error.message) from None
    except OSError as error:
        message = lookup(language, "cli", "cannot_write").format(folder=out, reason=error)
        raise UserFacingError(message) from None
    print(lookup(language, "cli", "written").format(files=", ".join(str(p) for p in files)))
    return EXIT_OK


def _cmd_review(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from complaintkit.knowledge.strength_review import review_case

    case = _load_case_arg(args.case, args.lang or "en")
    language = args.lang or case.letter_language.value
    for finding in review_case(case, language, datetime.now(UTC)):
        print(f"[{finding.step}] {finding.what}\n    {finding.why}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from complaintkit.delivery.bundle import export_case
    from complaintkit.locales import lookup
    from complaintkit.store import CaseStore, StoreError

    try:
        with CaseStore() as store:
            target = export_case(store, args.case_id, Path(args.file))
    except StoreError as error:
        raise UserFacingError(error.message("en")) from None
    except OSError as error:
        raise UserFacingError(f"{args.file}: {error.strerror}") from None
    print(lookup("en", "delivery", "cli.exported").format(file=target))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from complaintkit.delivery.bundle import BundleError, import_case
    from complaintkit.locales import lookup
    from complaintkit.store import CaseStore, StoreError

    try:
        with CaseStore() as store:
            case = import_case(store, Path(args.file))
    except (BundleError, StoreError) as error:
        raise UserFacingError(error.message("en")) from None
    message = lookup("en", "delivery", "cli.imported")
    print(message.format(reference=case.reference, title=case.title))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from complaintkit import paths
    from complaintkit.locales import lookup
    from complaintkit.store import CaseStore, StoreCorrupted, StoreError, backups, case_store

    language = args.lang or "en"

    def say(key: str, **values: object) -> str:
        return str(lookup(language, "cli", key)).format(**values)

    root = paths.data_dir()
    found = [backups.describe(path) for path in backups.list_backups(root)]
    if args.choice is None:
        if not found:
            print(say("restore_none", folder=root))
            return EXIT_OK
        for number, info in enumerate(found, start=1):
            key = "restore_line" if info.healthy else "restore_line_damaged"
            taken = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            print(
                say(
                    key,
                    number=number,
                    taken=taken,
                    reason=backups.reason_label(info.reason, language),
                    cases=info.case_count,
                    trashed=info.trashed_count,
                    file=info.path.name,
                )
            )
        print(say("restore_hint"))
        return EXIT_OK
    chosen = next(
        (
            info
            for number, info in enumerate(found, start=1)
            if args.choice in (str(number), info.path.name)
        ),
        None,
    )
    if chosen is None:
        raise UserFacingError(say("restore_unknown", choice=args.choice))
    try:
        try:
            store = CaseStore(root)
        except StoreCorrupted:
            store = None
        if store is None:
            kept = case_store.restore_backup(root, chosen.path, "corrupt")
            CaseStore(root).close()  # the restored copy opens
        else:
            with store:
                kept = store.recover_from_backup(chosen.path)
    except StoreError as error:
        raise UserFacingError(error.message(language)) from None
    taken = chosen.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(say("restore_done", taken=taken, cases=chosen.case_count))
    if kept is not None:
        print(say("restore_kept", file=kept))
    return EXIT_OK


def _cmd_self_test(args: argparse.Namespace) -> int:
    from complaintkit.selftest import run_self_test

    if args.no_qt:
        return run_self_test(None)
    from complaintkit.ui.selftest import qt_checks

    return run_self_test(qt_checks)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="complaintkit",
        description="Complaint Kit (投诉助手): prepare a complaint against a trading platform.",
    )
    parser.add_argument("--version", action="version", version=f"complaintkit {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo case")
    parser.set_defaults(handler=_cmd_gui)
    verbs = parser.add_subparsers(title="commands", metavar="COMMAND")

    schema = verbs.add_parser("schema", help="print the JSON Schema of a case")
    schema.set_defaults(handler=_cmd_schema)

    render = verbs.add_parser(
        "render", help="write the complaint letter, checklist and text letter for a case"
    )
    source = render.add_mutually_exclusive_group(required=True)
    source.add_argument("--case", metavar="FILE.json", help="a case as JSON")
    source.add_argument("--demo", action="store_true", help="the built-in demo case")
    source.add_argument(
        "--scam-demo",
        action="store_true",
        help="the demo where the platform is a scam (adds the police pack and recovery letters)",
    )
    render.add_argument("--out", metavar="DIR", required=True, help="folder for the files")
    render.add_argument("--lang", choices=["zh_CN", "en"], help="letter language")
    render.add_argument(
        "--data-access",
        action="store_true",
        help="also write a request for the personal data the firm holds (GDPR 15, PIPL 45)",
    )
    render.set_defaults(handler=_cmd_render)

    export = verbs.add_parser("export", help="save a case and its evidence as one file")
    export.add_argument("case_id", metavar="CASE_ID")
    export.add_argument("file", metavar="FILE.complaintkit")
    export.set_defaults(handler=_cmd_export)

    import_verb = verbs.add_parser("import", help="add a case from a .complaintkit file")
    import_verb.add_argument("file", metavar="FILE.complaintkit")
    import_verb.set_defaults(handler=_cmd_import)

    restore = verbs.add_parser(
        "restore", help="list the backups of your cases, or put one back (NUMBER from the list)"
    )
    restore.add_argument("choice", metavar="NUMBER", nargs="?", help="the backup to restore")
    restore.add_argument("--lang", choices=["zh_CN", "en"], help="language of the messages")
    restore.set_defaults(handler=_cmd_restore)

    self_test = verbs.add_parser(
        "self-test", help="check that this installation can produce the documents"
    )
    self_test.add_argument("--no-qt", action="store_true", help="skip the Qt checks")
    self_test.set_defaults(handler=_cmd_self_test)

    followup = verbs.add_parser(
        "followup", help="write a reminder, final-response request or cover note for a sent case"
    )
    followup.add_argument("--case", metavar="FILE.json", required=True, help="a case as JSON")
    followup.add_argument(
        "--kind",
        choices=["reminder", "final_response_request", "cover_note"],
        required=True,
        help="which follow-up letter",
    )
    followup.add_argument("--out", metavar="DIR", required=True, help="folder for the files")
    followup.add_argument("--lang", choices=["zh_CN", "en"], help="letter language")
    followup.set_defaults(handler=_cmd_followup)

    review = verbs.add_parser("review", help="list what weakens the letter of a case")
    review.add_argument("--case", metavar="FILE.json", required=True, help="a case as JSON")
    review.add_argument("--lang", choices=["zh_CN", "en"], help="language of the findings")
    review.set_defaults(handler=_cmd_review)

    # Other verbs (export, import, self-test) are added here, each with a
    # small handler that imports its layer lazily so the GUI starts fast.
    return parser


def _never_fail_on_encoding() -> None:
    """Write what the stream cannot encode as escapes instead of ending in a traceback.

    On Windows a pipe or a file gets the ANSI code page (cp1252 in the West), which
    has no Chinese, and the frozen app ignores PYTHONIOENCODING: without this the
    self-test's report (or a Chinese review) would end in UnicodeEncodeError.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_on_encoding()
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 1 and arguments[0].lower().endswith(".complaintkit"):
        # Double-clicking a case file (the installer's file association) opens it.
        args = parser.parse_args([])
        args.bundle = arguments[0]
    else:
        args = parser.parse_args(arguments)
    try:
        return int(args.handler(args))
    except UserFacingError as error:
        print(f"complaintkit: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `complaintkit schema | head`: the reader left, not an error
        sys.stderr.close()
        return EXIT_OK
