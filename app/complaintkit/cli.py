"""Command line: the GUI by default, plus headless verbs.

Handlers import their layer lazily so that starting the GUI does not pay for
reportlab. Every verb returns an exit status; bad input ends with a clear message
and status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from complaintkit import __version__

EXIT_OK = 0
EXIT_USAGE = 2


class UserFacingError(Exception):
    """An error whose message is meant for the user as it is (exit status 2)."""


def _cmd_schema(_args: argparse.Namespace) -> int:
    from complaintkit.domain import Case

    json.dump(Case.model_json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from complaintkit.ui.app import run_gui

    return run_gui(demo=args.demo)


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

    # Other verbs (render, export, import, self-test) are added here, each with a
    # small handler that imports its layer lazily so the GUI starts fast.
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
