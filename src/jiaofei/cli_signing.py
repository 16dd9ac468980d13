"""``jiaofei sign``, ``verify`` and ``doctor``: parameters checked against the operation
before anything is signed, keys from the environment or a file (not only the command line),
and a refused signature explained."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jiaofei import API_PACKAGES, messages, wire
from jiaofei.doctor import examine
from jiaofei.errors import SignatureError, ValidationError
from jiaofei.plan import ApiPlan, OperationPlan
from jiaofei.secrets import Secret
from jiaofei.settings import Settings, parse_pairs
from jiaofei.signers import Signers
from jiaofei.signing import Rule, value_text
from jiaofei.signing.variants import DOCUMENT

SETTING_HELP = "another setting of the API as NAME=VALUE (repeatable), e.g. sign_scheme=md5-concat"


KEY_OPTIONS = "give --secret-env NAME, --secret-file PATH or --secret"


class UsageError(ValueError):
    """A command line that cannot be acted on (exit 2)."""


def add_secret_options(command: argparse.ArgumentParser, what: str = "the signing key") -> None:
    group = command.add_mutually_exclusive_group()
    group.add_argument("--secret", help=f"{what} (visible to other users in ps; prefer the next)")
    group.add_argument("--secret-env", metavar="NAME", help=f"read {what} from this variable")
    group.add_argument("--secret-file", metavar="PATH", help=f"read {what} from this file")


def secret_from(args: argparse.Namespace) -> str | None:
    """The key from ``--secret``, ``--secret-env`` or ``--secret-file``; ``None`` if none."""
    if args.secret is not None:
        return str(args.secret)
    if args.secret_env:
        value = os.environ.get(args.secret_env)
        if value is None:
            raise UsageError(f"--secret-env {args.secret_env}: no such environment variable")
        return value
    if args.secret_file:
        try:
            return Path(args.secret_file).read_text("utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"--secret-file {args.secret_file}: {exc}") from None
    return None


def add_message_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("api", choices=sorted(API_PACKAGES))
    command.add_argument("operation_id")
    add_secret_options(command)
    command.add_argument("--setting", action="append", help=SETTING_HELP)


def signed_operation(args: argparse.Namespace) -> tuple[OperationPlan, Rule]:
    op = ApiPlan.load(args.api).operation(args.operation_id)
    if op.signing is None:
        raise UsageError(f"{args.api} {op.operation_id} is not signed")
    return op, op.signing


def parse_params(text: str) -> dict[str, Any]:
    """``--params``: a JSON object; numbers stay exact (``1.0`` is not ``1``)."""
    try:
        value = wire.decode_json(text)
    except ValidationError as exc:
        raise UsageError(f"--params is not JSON: {exc.detail}") from None
    if not isinstance(value, dict):
        raise UsageError("--params must be a JSON object (the wire parameters)")
    return value


def check_params(op: OperationPlan, params: Mapping[str, Any], *, signed: bool) -> None:
    """Refuse parameters the operation would refuse: a wrong shape, a missing field (the
    signature too when ``signed``), an unknown one."""
    signature = op.signing.signature if op.signing else None
    media = op.media_type()
    if media is None:
        for name, value in params.items():
            parameter = op.query.get(name)
            if parameter is None:
                raise ValidationError(name, "unknown", "is not a parameter of this operation")
            parameter.check(wire.read_text(value_text(value), parameter.types))
        for name, parameter in op.query.items():
            if parameter.required and name not in params and (signed or name != signature):
                raise ValidationError(name, "required", "is required")
        return
    envelope = op.api.envelope
    own = set(op.body_fields)
    if envelope is not None:
        inner = params.get(envelope.request)
        if not isinstance(inner, Mapping):
            raise ValidationError(
                envelope.request, "type", f"the fields go inside {envelope.request!r} (an object)"
            )
        outer = set(params) - {envelope.request, signature}
        unknown = [*(f"{envelope.request}.{n}" for n in inner if n not in own), *sorted(outer)]
    else:
        unknown = [n for n in params if n not in own and n != signature]
    if unknown:
        raise ValidationError(unknown[0], "unknown", "is not a field of this operation")
    body = messages.encode(params, media)
    message = messages.read_request(op, body, messages.content_type(media))
    op.body_check(media, unsigned=not signed)(message.typed)


def signers_for(
    args: argparse.Namespace, rule: Rule, params: Mapping[str, Any], *, verifying: bool
) -> Signers:
    """The signers of the command line's settings, refusing a missing or empty key where the
    rule needs one."""
    api = ApiPlan.load(args.api)
    secret = secret_from(args)
    others = parse_pairs(args.setting)
    given = Secret(secret) if secret is not None else None
    signers = Signers(Settings.with_secret(api, given, others) if given else Settings(api, others))
    name = signers.key_setting(rule, params, verifying=verifying)
    setting = next(s for s in api.settings if s.name == name)
    if setting.default is None and not signers.settings.get(name):
        how = KEY_OPTIONS if setting.secret else f"--setting {name}=..."
        state = "is empty" if secret == "" and setting.secret else "is missing"
        raise UsageError(f"the key ({name}) {state}: this signature needs it; {how}")
    return signers


def cmd_sign(args: argparse.Namespace) -> int:
    op, rule = signed_operation(args)
    params = parse_params(args.params)
    check_params(op, params, signed=False)
    signed = signers_for(args, rule, params, verifying=False).sign(rule, params)
    params[rule.signature] = signed.signature
    output = {"string_to_sign": signed.string_to_sign, "signature": signed.signature}
    print(json.dumps({**output, "params": params}, ensure_ascii=False, default=str))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    op, rule = signed_operation(args)
    params = parse_params(args.params)
    check_params(op, params, signed=True)
    try:
        signers_for(args, rule, params, verifying=True).verify(rule, params)
    except SignatureError as exc:
        print(f"invalid: {exc}", file=sys.stderr)
        if exc.diagnosis is not None:
            print(exc.diagnosis.explain(), file=sys.stderr)
        return 1
    print("valid")
    return 0


def doctored_message(
    args: argparse.Namespace,
) -> tuple[OperationPlan, Rule, dict[str, Any], bytes | None]:
    """The operation, the rule (the reply's with ``--reply``) and the message to examine,
    with its bytes when given ``--raw``."""
    if not args.reply:
        op, rule = signed_operation(args)
    else:
        op = ApiPlan.load(args.api).operation(args.operation_id)
        if op.reply_signing is None:
            raise UsageError(f"{args.api} {op.operation_id}: replies are not signed")
        rule = op.reply_signing
    if not args.raw:
        return op, rule, parse_params(args.params), None
    try:
        body = Path(args.raw).read_bytes()
    except OSError as exc:
        raise UsageError(f"--raw {args.raw}: {exc}") from None
    if args.reply:
        received, _ = messages.read_reply(op, body, args.content_type or wire.JSON)
    else:
        content_type = args.content_type or messages.content_type(op.media_type() or wire.FORM)
        received = messages.read_request(op, body, content_type).received
    if not isinstance(received, dict):
        raise UsageError(f"--raw {args.raw}: the body is not an object")
    return op, rule, received, body


def cmd_doctor(args: argparse.Namespace) -> int:
    op, rule, params, body = doctored_message(args)
    signers = signers_for(args, rule, params, verifying=True)
    finding = examine(signers, rule, params, body=body)
    if args.json:
        print(json.dumps(finding.to_dict(), ensure_ascii=False))
    else:
        print(f"{args.api} {op.operation_id}")
        print(finding.diagnosis.explain())
        if finding.verified:
            print("verdict:         the signature verifies as configured")
        elif finding.diagnosis.received is None:
            print(f"verdict:         the message carries no signature in {rule.signature!r}")
        elif finding.variant is not None:
            print(
                f"verdict:         it does not verify as configured; it matches {finding.variant}"
            )
            if finding.variant in (DOCUMENT, *signers.variants.declared):
                setting = f"{signers.variants.setting}={finding.variant}"
                print(f"                 (select it with the setting {setting})")
        else:
            print(f"verdict:         it does not verify; none of {finding.tried} variants matches")
    return 0 if finding.verified else 1


def add_parsers(sub: Any) -> None:
    for name, run, text in (
        ("sign", cmd_sign, "sign parameters as the API's scheme does"),
        ("verify", cmd_verify, "check the signature carried in parameters"),
    ):
        command = sub.add_parser(name, help=text)
        add_message_options(command)
        command.add_argument("--params", required=True, help="the wire parameters as a JSON object")
        command.set_defaults(run=run)

    doctor = sub.add_parser(
        "doctor",
        help="explain a signature: what is signed, expected vs received, which variant matches",
    )
    add_message_options(doctor)
    given = doctor.add_mutually_exclusive_group(required=True)
    given.add_argument("--raw", metavar="FILE", help="the body bytes exactly as received")
    given.add_argument("--params", help="the wire parameters as a JSON object")
    doctor.add_argument("--content-type", help="the content type --raw arrived with")
    doctor.add_argument(
        "--reply", action="store_true", help="the message is a reply (its signing rule applies)"
    )
    doctor.add_argument("--json", action="store_true", help="print the finding as JSON")
    doctor.set_defaults(run=cmd_doctor)
