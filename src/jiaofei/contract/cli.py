"""``jiaofei contract``: property-based contract tests against a team's server or receiver."""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
from dataclasses import dataclass

from jiaofei.contract.runner import Run

FAILURE = re.compile(r"^\s*- (ST\d+ .+)$")


@dataclass
class Outcome:
    returncode: int
    broken: list[str]
    cases: str


def add_parser(sub: argparse._SubParsersAction, apis: list[str]) -> None:  # type: ignore[type-arg]
    contract = sub.add_parser(
        "contract",
        help="fuzz a server (--base-url) or callback receiver (--receiver) against the spec",
    )
    contract.add_argument("api", choices=apis)
    target = contract.add_mutually_exclusive_group(required=True)
    target.add_argument("--base-url", help="a server implementing the API")
    target.add_argument("--receiver", help="the URL of a receiver for one of the API's callbacks")
    contract.add_argument("--operation", help="with --receiver: the callback's operationId")
    contract.add_argument("--secret", required=True, help="the key every signature uses")
    contract.add_argument("--setting", action="append", help="another setting as NAME=VALUE")
    contract.add_argument("--max-examples", type=int, default=50)
    contract.add_argument("--seed", type=int)
    contract.add_argument("--workers", default="1")
    contract.add_argument("--junit-xml", help="write a JUnit XML report here")
    contract.set_defaults(run=cmd_contract)


def cmd_contract(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("schemathesis") is None:
        print(
            "jiaofei contract needs schemathesis: pip install 'jiaofei[contract]'", file=sys.stderr
        )
        return 2
    if args.receiver and not args.operation:
        print("jiaofei contract: --receiver needs --operation (see `jiaofei ops`)", file=sys.stderr)
        return 2
    run = Run(
        args.api,
        args.base_url or args.receiver,
        args.secret,
        max_examples=args.max_examples,
        seed=args.seed,
        workers=args.workers,
        junit_xml=args.junit_xml,
        settings=dict(item.split("=", 1) for item in args.setting or []),
        receiver_operation=args.operation if args.receiver else None,
    )
    outcome = stream(run)
    target = args.receiver or args.base_url
    if outcome.returncode == 0:
        print(f"jiaofei contract {args.api} against {target}: clean ({outcome.cases})")
    else:
        print(f"jiaofei contract {args.api} against {target}: FAILED ({outcome.cases})")
        for promise in outcome.broken or ["see the report above"]:
            print(f"  broken: {promise}")
    return outcome.returncode


def stream(run: Run) -> Outcome:
    """Run schemathesis, echoing its progress, and collect the names of broken promises."""
    process = subprocess.Popen(  # noqa: S603 - our own argv
        run.command(),
        env=run.environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    broken: list[str] = []
    cases = "no cases"
    assert process.stdout is not None
    for line in process.stdout:
        sys.stdout.write(line)
        found = FAILURE.match(line)
        if found and found.group(1) not in broken:
            broken.append(found.group(1))
        if "generated," in line:
            cases = line.strip()
    return Outcome(process.wait(), broken, cases)
