"""Scenarios: what the sandbox plays instead of plain success, chosen by the test.

An operation's scenarios come from two places:

- declared in the overlay, ``x-jiaofei-sandbox.scenarios`` (name -> ``description``, ``record``
  changes merged into the stored record, ``reply`` changes merged into the reply template,
  ``callback: false`` or callback ``body`` changes), e.g. recharge-upstream's ``pending``;
- built in, wherever the operation has what they need: ``business-error:<code>`` for every
  code of the API's (or operation's) ``business-error`` code table, ``reply-bad-signature``,
  ``slow:<ms>``, and for operations that send a callback ``callback-duplicate``,
  ``callback-late:<seconds>`` and ``callback-bad-signature``.

A request picks some with ``Prefer: scenario=<name>`` (several: repeat the preference or
separate the names with spaces); the sandbox's lifetime choice (``--scenario OP=NAME``) holds
for requests that pick none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jiaofei.errors import ValidationError
from jiaofei.plan import OperationPlan

# Longest delay a scenario may ask for: a test's slow reply or late callback, never a hang.
MAX_SLOW_MS = 60_000
MAX_LATE_SECONDS = 600


@dataclass
class Play:
    """What the chosen scenarios change in how one request is answered."""

    names: tuple[str, ...] = ()
    record: dict[str, Any] = field(default_factory=dict)
    reply: dict[str, Any] = field(default_factory=dict)
    callback: bool = True
    callback_body: dict[str, Any] = field(default_factory=dict)
    business_error: str | None = None
    bad_reply_signature: bool = False
    slow_seconds: float = 0.0
    callback_copies: int = 1
    callback_delay: float = 0.0
    bad_callback_signature: bool = False


@dataclass(frozen=True)
class BusinessErrors:
    """Where an operation's business errors come from: the reply field carrying the code,
    its code table (code -> meaning, success codes left out), the reply template
    (``{code}`` and ``{message}`` filled in) and the HTTP status it is sent with."""

    field: str
    codes: Mapping[str, str]
    reply: Any
    status: int


def business_errors(op: OperationPlan) -> BusinessErrors | None:
    declared = op.sandbox.get("business-error") or op.api.sandbox.get("business-error")
    if not declared:
        return None
    name = declared["field"]
    pointer = declared.get("table")
    if pointer:
        table = op.spec.resolve(op.spec.pointer(pointer)).get("x-enum-descriptions", {})
    else:
        table = op.api.code_tables.get(name, {})
    success = {c for check in op.api.outcome_checks if check.field == name for c in check.success}
    codes = {str(k): str(v) for k, v in table.items() if str(k) not in success}
    return BusinessErrors(name, codes, declared["reply"], int(declared.get("status", 200)))


def has_callback(op: OperationPlan) -> bool:
    return "callback" in op.sandbox


def callback_signed(op: OperationPlan) -> bool:
    callback = op.sandbox.get("callback")
    if not callback:
        return False
    return op.api.operation(callback["operation"]).signing is not None


def listing(op: OperationPlan) -> list[dict[str, str]]:
    """Every scenario the operation offers, as ``GET /_sandbox/scenarios`` shows it."""
    found = [(name, str(spec.get("description", ""))) for name, spec in declared(op).items()]
    errors = business_errors(op)
    if errors is not None:
        found += [
            (f"business-error:{code}", f"{errors.field} {code}: {meaning}")
            for code, meaning in errors.codes.items()
        ]
    if op.reply_signing is not None:
        found.append(("reply-bad-signature", "the reply's signature is wrong"))
    found.append(("slow:<ms>", "the reply waits this many milliseconds"))
    if has_callback(op):
        found.append(("callback-duplicate", "the callback is delivered twice"))
        found.append(("callback-late:<seconds>", "the callback is sent this many seconds late"))
    if callback_signed(op):
        found.append(("callback-bad-signature", "the callback's signature is wrong"))
    return [{"name": name, "description": text} for name, text in found]


def declared(op: OperationPlan) -> Mapping[str, Mapping[str, Any]]:
    """The overlay's scenarios of the operation (``x-jiaofei-sandbox.scenarios``)."""
    return op.sandbox.get("scenarios", {})  # type: ignore[no-any-return]


def preferred(header: str | None) -> tuple[str, ...]:
    """The scenario names a ``Prefer`` header asks for (RFC 7240: comma-separated preferences,
    values optionally quoted)."""
    names: list[str] = []
    for preference in (header or "").split(","):
        key, _, value = preference.strip().partition("=")
        if key.strip().lower() == "scenario":
            names += value.split(";")[0].strip().strip('"').split()
    return tuple(names)


def play(op: OperationPlan, names: Iterable[str]) -> Play:
    """The combined effect of ``names``; an unknown name is refused naming the known ones."""
    result = Play(names=tuple(names))
    own = declared(op)
    for name in result.names:
        kind, _, argument = name.partition(":")
        if name in own:
            apply_declared(result, own[name])
        elif kind == "business-error" and argument in _codes(op):
            result.business_error = argument
        elif name == "reply-bad-signature" and op.reply_signing is not None:
            result.bad_reply_signature = True
        elif kind == "slow" and (ms := _number(argument, MAX_SLOW_MS)) is not None:
            result.slow_seconds = ms / 1000
        elif name == "callback-duplicate" and has_callback(op):
            result.callback_copies = 2
        elif (
            kind == "callback-late"
            and has_callback(op)
            and (seconds := _number(argument, MAX_LATE_SECONDS)) is not None
        ):
            result.callback_delay = seconds
        elif name == "callback-bad-signature" and callback_signed(op):
            result.bad_callback_signature = True
        else:
            raise unknown(op, name)
    return result


def apply_declared(result: Play, spec: Mapping[str, Any]) -> None:
    result.record.update(spec.get("record", {}))
    result.reply = merged(result.reply, spec.get("reply", {}))
    callback = spec.get("callback", True)
    if callback is False:
        result.callback = False
    elif isinstance(callback, Mapping):
        result.callback_body.update(callback.get("body", {}))


def merged(base: Any, changes: Any) -> Any:
    """``changes`` laid over ``base``, objects merged member by member."""
    if isinstance(base, Mapping) and isinstance(changes, Mapping):
        out = dict(base)
        for key, value in changes.items():
            out[key] = merged(base.get(key), value)
        return out
    return changes if changes is not None else base


def tampered(signature: str) -> str:
    """A signature one character off: what a bad-signature scenario sends."""
    if not signature:
        return "0"
    return signature[:-1] + ("1" if signature[-1] == "0" else "0")


def _codes(op: OperationPlan) -> Mapping[str, str]:
    errors = business_errors(op)
    return errors.codes if errors else {}


def _number(text: str, limit: int) -> int | None:
    return int(text) if text.isascii() and text.isdigit() and int(text) <= limit else None


def unknown(op: OperationPlan, name: str) -> ValidationError:
    known = ", ".join(s["name"] for s in listing(op) if not s["name"].startswith("business-"))
    return ValidationError(
        "Prefer", "scenario", f"{name!r} is not a scenario of {op.operation_id} (known: {known})"
    )
