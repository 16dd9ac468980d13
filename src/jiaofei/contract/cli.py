"""``jiaofei contract``: property-based contract tests against a team's server or receiver."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

import httpx

from jiaofei.contract import junit
from jiaofei.contract.evidence import Broken, exchange
from jiaofei.contract.receivers import Deliveries
from jiaofei.contract.runner import PHASE_GROUPS, PHASES, Run, cases
from jiaofei.extras import require
from jiaofei.plan import ApiPlan
from jiaofei.secrets import Secret
from jiaofei.settings import Settings, parse_pairs
from jiaofei.signers import Signers
from jiaofei.tls import client_context

FAILURE = re.compile(r"^\s*- (ST\d+ .+)$")
ERROR = re.compile(r"^\s*\N{NO ENTRY SIGN} (.+): \d+$")  # schemathesis's summary of errors
CONNECT_TIMEOUT = 10


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
    contract.add_argument(
        "--processed-url",
        help="with --receiver: a URL answering how many deliveries the receiver has processed "
        '(a JSON number or {"processed": N}); each delivery scenario then compares the counts '
        "before and after",
    )
    contract.add_argument("--secret", required=True, help="the key every signature uses")
    contract.add_argument("--setting", action="append", help="another setting as NAME=VALUE")
    contract.add_argument("--max-examples", type=int, default=50)
    contract.add_argument("--seed", type=int)
    contract.add_argument(
        "--workers",
        default="auto",
        help="operations tested at once in each process (default: one per core)",
    )
    contract.add_argument(
        "--processes",
        default="auto",
        type=_count,
        help="schemathesis processes sharing the phases (default: one per core, at most "
        f"{len(PHASE_GROUPS)})",
    )
    contract.add_argument("--junit-xml", help="write a JUnit XML report here")
    contract.add_argument(
        "--phases", default=PHASES, help=f"schemathesis phases to run (default {PHASES})"
    )
    contract.add_argument(
        "--cache-dir",
        help="keep schemathesis's and hypothesis's caches here (default: a temporary "
        "directory, removed after the run)",
    )
    contract.add_argument("--ca-bundle", help="verify the server against this CA bundle (PEM)")
    contract.add_argument("--client-cert", help="client certificate (PEM) for mutual TLS")
    contract.add_argument("--client-key", help="its key, when not in --client-cert")
    contract.set_defaults(run=cmd_contract)


def _count(value: str) -> str:
    if value == "auto" or (value.isdigit() and int(value) > 0):
        return value
    raise argparse.ArgumentTypeError(f"{value!r} is neither 'auto' nor a positive number")


def cmd_contract(args: argparse.Namespace) -> int:
    require("schemathesis", "contract", "jiaofei contract")
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
        processes=args.processes,
        junit_xml=args.junit_xml,
        settings=parse_pairs(args.setting),
        receiver_operation=args.operation if args.receiver else None,
        ca_bundle=args.ca_bundle,
        client_cert=args.client_cert,
        client_key=args.client_key,
        phases=args.phases,
        cache_dir=args.cache_dir,
    )
    target = args.receiver or args.base_url
    down = unreachable(run)
    if down is not None:
        print(f"jiaofei contract {args.api} against {target}: FAILED (not reachable)")
        print(f"  broken: {down}".replace("\n", "\n    "))
        return 1
    try:
        outcome = stream(run)
        problems = receiver_problems(run, args.processed_url) if args.receiver else []
    except (OSError, ValueError, httpx.HTTPError, subprocess.SubprocessError) as exc:
        print(f"jiaofei contract {args.api} against {target}: FAILED (could not run)")
        print(f"  broken: {type(exc).__name__}: {exc}")
        return 1
    if problems:
        outcome.returncode = outcome.returncode or 1
        if args.junit_xml:
            junit.add_failures(args.junit_xml, f"{args.api} receiver scenarios", problems)
    if outcome.returncode == 0:
        print(f"jiaofei contract {args.api} against {target}: clean ({outcome.cases})")
        return 0
    print(f"jiaofei contract {args.api} against {target}: FAILED ({outcome.cases})")
    for promise in outcome.broken or ([] if problems else ["see the report above"]):
        print(f"  broken: {promise}")
    for problem in problems:
        print(f"  broken: {problem}".replace("\n", "\n    "))
    return outcome.returncode


def unreachable(run: Run) -> Broken | None:
    """Why the target cannot be reached (connection refused, TLS failure, timeout), found
    before any fuzzing; None when it answers anything at all."""
    with httpx.Client(verify=_verify(run), timeout=CONNECT_TIMEOUT) as http:
        request = http.build_request("HEAD", run.base_url)
        try:
            http.send(request)
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc or 'no detail'}"
            return Broken(
                f"{run.base_url} cannot be reached ({problem})",
                rule="the server or receiver under test answers HTTP at the URL given",
                hint="is it running there? over TLS, are --ca-bundle and --client-cert right?",
                exchange=exchange(request, None, problem=problem),
            )
    return None


def _verify(run: Run) -> Any:
    tls = run.tls()
    return client_context(tls.get("verify", True), tls.get("cert"))


def stream(run: Run) -> Outcome:
    """Run schemathesis, echoing its progress, and collect the names of broken promises."""
    broken: list[str] = []
    counts: list[str] = []

    def echo(line: str) -> None:
        sys.stdout.write(line)
        found = FAILURE.match(line) or ERROR.match(line)
        if found and found.group(1) not in broken:
            broken.append(found.group(1))
        if "generated," in line:
            counts.append(line)

    with run.prepared() as prepared:
        returncode = prepared.follow(echo)
    return Outcome(returncode, broken, cases(counts) if counts else "no cases")


def receiver_problems(run: Run, processed_url: str | None) -> list[Broken]:
    """The receiver scenarios (duplicate, late, badly signed, tampered fields) played against
    the receiver, with the processed counts when ``processed_url`` is given."""
    api = ApiPlan.load(run.api)
    op = api.operation(run.receiver_operation or "")
    signers = Signers(Settings.with_secret(api, Secret(run.secret), run.settings))
    with httpx.Client(verify=_verify(run), timeout=30) as http:
        return Deliveries(op, signers, run.base_url, processed_url, http).problems()
