"""Type truth: the generated models declare exactly the Python types the runtime puts in them.

Every documented example of every reply (calls) and every delivery (callbacks, webhooks) of
every API is read the way the runtime reads it — decoded as received, form text coerced to
the schema's types, the compiled reply reader (decimal yuan, ``x-format`` parts, reply
dates), the result member taken out (``x-jiaofei-result``) — then parsed by the model the
generated client or receiver returns; each attribute's value must be an instance of its
declared annotation.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from importlib import import_module
from typing import Any

import pytest

from jiaofei import API_PACKAGES, messages, wire
from jiaofei.plan import ApiPlan
from jiaofei.reply_reader import payload
from jiaofei.spec import ApiSpec, Operation


def _examples(spec: ApiSpec, media: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    for name, example in media.get("examples", {}).items():
        yield name, spec.resolve(example).get("value")
    if "example" in media:
        yield "example", media["example"]


def _messages(spec: ApiSpec, op: Operation) -> Iterator[tuple[str, str, Any, Any]]:
    """(label, media type, status, example) of what the runtime parses for ``op``: its success
    replies for a call, its request body for a callback or webhook."""
    if op.kind == "call":
        for status, response in op.raw.get("responses", {}).items():
            if not status.startswith("2"):
                continue  # the runtime raises HTTPStatusError; no model is made
            for media_type, media in spec.resolve(response).get("content", {}).items():
                for name, value in _examples(spec, media):
                    yield f"{status} {name}", media_type, status, value
    else:
        body = spec.resolve(op.raw.get("requestBody", {}))
        for media_type, media in body.get("content", {}).items():
            for name, value in _examples(spec, media):
                yield f"body {name}", media_type, "", value


def _wire_bytes(media_type: str, value: Any) -> bytes:
    """An example as it travels."""
    if isinstance(value, str):
        return value.encode()
    if media_type == wire.FORM:
        return wire.encode(value, wire.FORM)
    return json.dumps(value, ensure_ascii=False).encode()


def _parsed(
    api: str, operation_id: str, status: str, media_type: str, value: Any, model: Any
) -> Any:
    """The model the runtime makes of an example: a reply read as the client reads it once
    its signature verified (``ReplyReader.read``, then the result member), a delivery as a
    receiver reads it (``messages.read_request``)."""
    plan = ApiPlan.load(api).operation(operation_id)
    content = _wire_bytes(media_type, value)
    if plan.kind != "call":
        return model.from_dict(messages.read_request(plan, content, media_type).typed)
    received, media = messages.read_reply(plan, content, media_type)
    shape = plan.reply_reader(int(status), media)
    body = shape.read(shape.form.read(received) if shape.form is not None else received)
    parse = model.from_dict
    return payload(plan.result_field, parse)(body) if plan.result_field else parse(body)


def _model(package: str, op: Operation) -> Any:
    """The class the generated Client/Receiver method of ``op`` returns."""
    facade = import_module(package)
    owner = facade.Client if op.kind == "call" else facade.Receiver
    method = getattr(owner, op.operation_id)
    # A receiver's method is overloaded: the first form parses (returns the model), the
    # second handles (given a process, returns the Answer).
    method = next(iter(typing.get_overloads(method)), method)
    return typing.get_type_hints(method, localns=_namespace(package))["return"]


def _namespace(package: str) -> dict[str, Any]:
    models = import_module(package).models
    return {name: getattr(models, name) for name in models.__all__}


def _cases() -> Iterator[Any]:
    for api in API_PACKAGES:
        spec = ApiSpec.load(api)
        for op in spec.operations.values():
            for label, media_type, status, value in _messages(spec, op):
                label = f"{api}:{op.operation_id}:{label}"
                yield pytest.param(api, op.operation_id, media_type, status, value, id=label)


def _is_attrs(hint: Any) -> bool:
    return isinstance(hint, type) and hasattr(hint, "__attrs_attrs__")


def check(value: Any, hint: Any, where: str, namespace: dict[str, Any]) -> list[str]:
    """Problems with ``value`` as an instance of ``hint`` (empty when it is one)."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return []
    if origin in (typing.Union, types.UnionType):
        options = [check(value, arm, where, namespace) for arm in typing.get_args(hint)]
        if any(not found for found in options):
            return []
        return [f"{where}: {value!r} ({type(value).__name__}) is not {hint}"]
    if origin is typing.Literal:
        if any(type(value) is type(arm) and value == arm for arm in typing.get_args(hint)):
            return []
        return [f"{where}: {value!r} is not one of {typing.get_args(hint)}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {value!r} is not a list"]
        (item,) = typing.get_args(hint)
        return [p for i, v in enumerate(value) for p in check(v, item, f"{where}[{i}]", namespace)]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{where}: {value!r} is not a dict"]
        _, item = typing.get_args(hint)
        return [p for k, v in value.items() for p in check(v, item, f"{where}[{k!r}]", namespace)]
    if hint is type(None):
        return [] if value is None else [f"{where}: {value!r} is not None"]
    if _is_attrs(hint):
        if not isinstance(value, hint):
            return [f"{where}: {value!r} is not a {hint.__name__}"]
        hints = typing.get_type_hints(hint, localns=namespace)
        return [
            p
            for name, declared in hints.items()
            for p in check(getattr(value, name), declared, f"{where}.{name}", namespace)
        ]
    if hint is datetime:
        if not isinstance(value, datetime):
            return [f"{where}: {value!r} ({type(value).__name__}) is not a datetime"]
        return [] if value.tzinfo is not None else [f"{where}: {value!r} has no timezone"]
    if hint is date:
        ok = isinstance(value, date) and not isinstance(value, datetime)
        return [] if ok else [f"{where}: {value!r} ({type(value).__name__}) is not a date"]
    if hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {value!r} ({type(value).__name__}) is not an int"]
    if isinstance(hint, type):
        if isinstance(value, hint):
            return []
        return [f"{where}: {value!r} ({type(value).__name__}) is not {hint.__name__}"]
    return [f"{where}: cannot check against {hint!r}"]


@pytest.mark.parametrize(("api", "operation_id", "media_type", "status", "value"), list(_cases()))
def test_models_hold_what_the_runtime_gives(
    api: str, operation_id: str, media_type: str, status: str, value: Any
) -> None:
    op = ApiSpec.load(api).operation(operation_id)
    package = API_PACKAGES[api]
    model = _model(package, op)
    if not _is_attrs(model):
        pytest.skip(f"{operation_id} returns {model!r}, not a model")
    parsed = _parsed(api, operation_id, status, media_type, value, model)
    assert check(parsed, model, model.__name__, _namespace(package)) == []


def test_every_api_has_cases() -> None:
    apis = {param.values[0] for param in _cases()}
    assert apis == set(API_PACKAGES)


def test_yuan_arguments_take_decimal_and_are_sent_as_the_documents_text() -> None:
    """The facade accepts a Decimal where the runtime does (a ``format: decimal`` field), and
    the message sent is the document's own: same text, same signature."""
    from jiaofei.ccb_electricity import Client

    spec = ApiSpec.load("ccb-electricity")
    op = spec.operation("notify_arrears_payment")
    media = spec.resolve(op.raw["requestBody"])["content"]["application/json"]
    (_, example), *_ = _examples(spec, media)
    inner = example["request"]
    namespace = _namespace("jiaofei.ccb_electricity")
    hints = typing.get_type_hints(Client.notify_arrears_payment, localns=namespace)
    with Client("http://127.0.0.1:9", acq_code=inner["acq_code"]) as client:
        fields = {
            name: Decimal(value) if Decimal in typing.get_args(hints.get(name)) else value
            for name, value in inner.items()
            if name not in ("acq_code", "channel", "version")  # settings
        }
        assert {k for k, v in fields.items() if isinstance(v, Decimal)} == {"ow_amt", "dflt_pny"}
        prepared = client.requests.build(client.api.operation(op.operation_id), fields)
    assert json.loads(prepared.content) == example
