"""The ``jiaofei`` command: ops, sign, verify, doctor, sandbox, docs, diff (and contract, when
installed with the ``contract`` extra). Output formats are a contract others script against."""

from __future__ import annotations

import argparse
import ssl
import sys
from collections.abc import Sequence
from typing import Any

from jiaofei import API_PACKAGES, __version__
from jiaofei.cli_ops import describe_operation
from jiaofei.cli_signing import (
    KEY_OPTIONS,
    SETTING_HELP,
    UsageError,
    add_parsers,
    add_secret_options,
    secret_from,
)
from jiaofei.errors import JiaofeiError
from jiaofei.extras import require
from jiaofei.plan import ApiPlan
from jiaofei.secrets import Secret
from jiaofei.settings import parse_pairs


def cmd_ops(args: argparse.Namespace) -> int:
    api = ApiPlan.load(args.api)
    if args.operation_id:
        print(describe_operation(api.operation(args.operation_id)))
        return 0
    print("operation\tmethod\tpath\tinterface\tsummary")
    for op in api.operations():
        where = op.path if op.kind == "call" else op.kind
        code = op.interface_code or "-"
        print(f"{op.operation_id}\t{op.method}\t{where}\t{code}\t{op.summary or ''}")
    return 0


def cmd_sandbox(args: argparse.Namespace) -> int:
    require("starlette", "sandbox", "jiaofei sandbox")
    uvicorn = require("uvicorn", "sandbox", "jiaofei sandbox")

    from jiaofei.sandbox import create_app

    # --allow-host adds to loopback, which a sandbox may always call back.
    allowed = ["loopback", *(args.allow_host or [])]
    others = parse_pairs(args.setting)
    given = secret_from(args)
    needed = [s.name for s in ApiPlan.load(args.api).settings if s.secret and s.default is None]
    if given is None and needed:
        raise UsageError(f"{args.api} needs a key ({', '.join(needed)}): {KEY_OPTIONS}")
    secret = Secret(given or "")
    chosen: dict[str, list[str]] = {}
    for item in args.scenario or []:
        operation_id, sep, names = item.partition("=")
        if not sep or not names.strip():
            raise ValueError(f"--scenario {item!r} is not OP=NAME")
        chosen.setdefault(operation_id, []).extend(names.split())
    app = create_app(args.api, secret, allowed_hosts=allowed, settings=others, scenarios=chosen)
    _log_requests(app)
    tls: dict[str, Any] = {}
    if args.tls_cert:
        tls = {"ssl_certfile": args.tls_cert, "ssl_keyfile": args.tls_key}
        if args.client_ca:
            # Mutual TLS: a connection without a certificate from this CA is refused.
            tls.update(ssl_ca_certs=args.client_ca, ssl_cert_reqs=ssl.CERT_REQUIRED)
    elif args.client_ca:
        raise SystemExit("--client-ca needs --tls-cert (mutual TLS is served over HTTPS)")
    scheme = "https" if tls else "http"
    mutual = " with client certificates" if args.client_ca else ""
    print(
        f"jiaofei sandbox {args.api} on {scheme}://{args.host}:{args.port}{mutual}"
        f" (callbacks to: {', '.join(allowed)})",
        flush=True,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, **tls)
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    from jiaofei.docs import write_site

    index = write_site(args.api, args.out)
    print(f"wrote {index} (open it in a browser; it needs no network)")
    return 0


def _log_requests(app: Any) -> None:
    """The sandbox's log on stderr: one line per request, and its other news (info)."""
    import logging

    from jiaofei.sandbox.request_log import lines_to

    logger = logging.getLogger("jiaofei.sandbox")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    app.state.sandbox.log.echo = lines_to(sys.stderr)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="jiaofei", description=__doc__)
    top.add_argument("--version", action="version", version=f"jiaofei {__version__}")
    sub = top.add_subparsers(dest="command", required=True)
    apis = sorted(API_PACKAGES)

    ops = sub.add_parser("ops", help="list the operations and callbacks of an API, or describe one")
    ops.add_argument("api", choices=apis)
    ops.add_argument("operation_id", nargs="?", help="describe this operation")
    ops.set_defaults(run=cmd_ops)

    add_parsers(sub)

    sandbox = sub.add_parser("sandbox", help="serve the API as the vendor would")
    sandbox.add_argument("api", choices=apis)
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8088)
    add_secret_options(sandbox, "the key every signature uses")
    sandbox.add_argument(
        "--allow-host",
        action="append",
        help="another host callbacks may be sent to, besides loopback (repeatable)",
    )
    sandbox.add_argument(
        "--scenario",
        action="append",
        metavar="OP=NAME",
        help="play this scenario for every request to operation OP (repeatable; "
        "a request's Prefer: scenario= header takes precedence); see GET /_sandbox/scenarios",
    )
    sandbox.add_argument("--setting", action="append", help=SETTING_HELP)
    sandbox.add_argument("--tls-cert", help="serve HTTPS with this PEM certificate (and key)")
    sandbox.add_argument("--tls-key", help="the PEM key, when not in --tls-cert")
    sandbox.add_argument(
        "--client-ca", help="require client certificates issued by this CA (mutual TLS)"
    )
    sandbox.add_argument("--log-level", default="warning")
    sandbox.set_defaults(run=cmd_sandbox)

    docs = sub.add_parser(
        "docs", help="write the API's documentation as a static site (offline, Redoc)"
    )
    docs.add_argument("api", choices=apis)
    docs.add_argument(
        "--out", required=True, help="the folder to write index.html and its files to"
    )
    docs.set_defaults(run=cmd_docs)

    from jiaofei.contract.cli import add_parser as add_contract
    from jiaofei.diff.cli import add_parser as add_diff

    add_contract(sub, apis)
    add_diff(sub, apis)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (JiaofeiError, ValueError, TypeError) as exc:
        print(f"jiaofei: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
