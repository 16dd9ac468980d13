"""``jiaofei contract``: property-based contract tests against a team's server or receiver."""

from __future__ import annotations

import argparse
import re
import secrets
import subprocess
import sys
from dataclasses import dataclass

import httpx

from jiaofei import messages, wire
from jiaofei.contract.runner import Run
from jiaofei.extras import require
from jiaofei.plan import ApiPlan
from jiaofei.secrets import Secret
from jiaofei.settings import Settings, parse_pairs
from jiaofei.signers import Signers

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
    contract.add_argument(
        "--processed-url",
        help="with --receiver: a URL answering how many deliveries the receiver has processed "
        '(a JSON number or {"processed": N}); enables the repeated-delivery check',
    )
    contract.add_argument("--secret", required=True, help="the key every signature uses")
    contract.add_argument("--setting", action="append", help="another setting as NAME=VALUE")
    contract.add_argument("--max-examples", type=int, default=50)
    contract.add_argument("--seed", type=int)
    contract.add_argument("--workers", default="1")
    contract.add_argument("--junit-xml", help="write a JUnit XML report here")
    contract.add_argument("--ca-bundle", help="verify the server against this CA bundle (PEM)")
    contract.add_argument("--client-cert", help="client certificate (PEM) for mutual TLS")
    contract.add_argument("--client-key", help="its key, when not in --client-cert")
    contract.set_defaults(run=cmd_contract)


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
        junit_xml=args.junit_xml,
        settings=parse_pairs(args.setting),
        receiver_operation=args.operation if args.receiver else None,
        ca_bundle=args.ca_bundle,
        client_cert=args.client_cert,
        client_key=args.client_key,
    )
    outcome = stream(run)
    if args.receiver and args.processed_url:
        problem = repeated_delivery_problem(run, args.processed_url)
        if problem:
            outcome.broken.append(problem)
            outcome.returncode = outcome.returncode or 1
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


def repeated_delivery_problem(run: Run, processed_url: str) -> str | None:
    """Deliver the document's example twice: it must be acknowledged both times and
    processed once."""
    api = ApiPlan.load(run.api)
    op = api.operation(run.receiver_operation or "")
    media = op.media_type() or wire.JSON
    example = op.request_example()
    if not isinstance(example, dict):
        return f"{op.operation_id} has no example delivery to repeat"
    signers = Signers(Settings.with_secret(api, Secret(run.secret), run.settings))
    message = dict(example)
    # A fresh key, so that no delivery of the fuzzing run counts as the first one.
    key_fields = op.dedupe_key or list(message)
    fresh = next(f for f in key_fields if isinstance(message.get(f), str))
    message[fresh] = f"jiaofei-{secrets.token_hex(4)}"
    if op.signing is not None:
        signers.sign_into(op.signing, message)
    body = messages.encode(message, media)

    def processed() -> int:
        answer = httpx.get(processed_url, timeout=30).json()
        return int(answer["processed"] if isinstance(answer, dict) else answer)

    before = processed()
    for _ in range(2):
        reply = httpx.post(run.base_url, content=body, headers={"Content-Type": media}, timeout=30)
        if not reply.is_success:
            return f"a repeated delivery was refused ({reply.status_code})"
    done = processed() - before
    if done != 1:
        return f"a delivery sent twice was processed {done} times"
    return None
