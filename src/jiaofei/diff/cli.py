"""The ``jiaofei diff`` subcommand."""

from __future__ import annotations

import argparse

from jiaofei.diff import compare
from jiaofei.diff.changes import Level
from jiaofei.diff.render import FORMATS
from jiaofei.diff.sources import load

SOURCE_HELP = (
    "a shipped openapi.json, a built wheel, a checkout directory, API@GIT_REF (e.g."
    " cmpay@v0.1.0), @GIT_REF (every API) or an API name (the installed document)"
)


def add_parser(sub: argparse._SubParsersAction, apis: list[str]) -> None:  # type: ignore[type-arg]
    command = sub.add_parser(
        "diff",
        help="classify the changes between two versions of the API documents",
        description="Exit status 1 when a change is at or above --fail-on (breaking by default).",
    )
    command.add_argument("old", help=SOURCE_HELP)
    command.add_argument("new", help=SOURCE_HELP)
    command.add_argument("--api", choices=apis, help="compare only this API")
    command.add_argument("--format", choices=sorted(FORMATS), default="text")
    command.add_argument(
        "--fail-on", choices=[str(level) for level in reversed(Level)], default="breaking"
    )
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    old, new = load(args.old, args.api), load(args.new, args.api)
    if len(old) == 1 and len(new) == 1 and not args.api:
        # Two single documents are one API's two versions, whatever their files are called.
        (name, document), (_, other) = next(iter(old.items())), next(iter(new.items()))
        old, new = {name: document}, {name: other}
    report = compare(old, new)
    fail_on = Level.parse(args.fail_on)
    print(FORMATS[args.format](report, fail_on), end="")
    return 1 if report.fails(fail_on) else 0
