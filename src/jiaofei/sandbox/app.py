"""The sandbox ASGI app: every operation of the spec, validated, verified, stateful.

Per operation the overlay's ``x-jiaofei-sandbox`` says what to do: ``create`` or ``read`` a
record in a store, which ``reply`` to give, which ``callback`` to send. A bad field or
signature gets the API's failure reply (HTTP 400); an unknown record 404; a reused key with
different content 409. Nothing answers 5xx: an unexpected error is counted in
``app.state.internal_errors`` (tests assert it stays 0) and answered 400.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import Iterable, Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from jiaofei import credentials, signing, validation, wire
from jiaofei.callbacks import read_message
from jiaofei.errors import CredentialError, SignatureError, ValidationError
from jiaofei.sandbox.delivery import LOOPBACK, Deliverer
from jiaofei.sandbox.templates import fill
from jiaofei.secrets import Secret
from jiaofei.settings import Settings
from jiaofei.spec import ApiSpec, HeaderCredential, Operation, is_json_parameter, members

log = logging.getLogger("jiaofei.sandbox")

MESSAGE_LIMIT = 120


class Refusal(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Sandbox:
    def __init__(self, spec: ApiSpec, settings: Settings, deliverer: Deliverer) -> None:
        self.spec = spec
        self.settings = settings
        self.deliverer = deliverer
        self.stores: dict[str, dict[tuple[str, ...], dict[str, Any]]] = {}
        self.internal_errors = 0
        self.requests = 0
        self.config = spec.info_extension.get("sandbox", {})
        self.public_settings = {s.name: settings.get(s.name) for s in spec.settings if not s.secret}

    # -- request handling -------------------------------------------------------------------

    async def handle(self, op: Operation, request: Request) -> Response:
        self.requests += 1
        try:
            raw = await request.body()
            credentials.check(op, self.settings, request.headers, self.accept_credential)
            received, typed = self.read(op, request, raw)
            self.verify(op, received)
            self.check_freshness(typed)
            return self.act(op, typed)
        except CredentialError as exc:
            return self.failure(op, 401, str(exc), kind="unauthorized")
        except SignatureError as exc:
            return self.failure(op, 400, str(exc), kind="signature-failure")
        except ValidationError as exc:
            return self.failure(op, 400, str(exc))
        except Refusal as exc:
            return self.failure(op, exc.status, exc.message)
        except Exception:
            self.internal_errors += 1
            log.exception("sandbox error in %s", op.operation_id)
            return self.failure(op, 400, "the sandbox could not handle this request")

    def read(
        self, op: Operation, request: Request, raw: bytes
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        received: dict[str, Any] = {}
        declared = {p["name"]: (i, p) for i, p in enumerate(op.parameters) if p["in"] == "query"}
        for name, text in request.query_params.multi_items():
            if name not in declared:
                if op.request_media_types:
                    continue
                raise ValidationError(name, "unknown", "is not a parameter of this operation")
            received[name] = text
        query_schema = {"properties": {n: p.get("schema", {}) for n, (_, p) in declared.items()}}
        typed = wire.coerce_form(received, query_schema, self.spec.resolve)
        for name, (_, parameter) in declared.items():
            if name in typed and is_json_parameter(parameter):
                try:
                    typed[name] = json.loads(received[name])
                except ValueError:
                    raise ValidationError(name, "json", "is not JSON text") from None
        for name, (index, parameter) in declared.items():
            if parameter.get("required") and name not in typed:
                raise ValidationError(name, "required", "is required")
            if name in typed:
                validation.check(self.spec, op.parameter_schema_pointer(index), typed[name])
        if op.request_media_types:
            body_received, body_typed = read_message(
                self.spec, op, raw, request.headers.get("content-type")
            )
            media = wire.media_type(request.headers.get("content-type"))
            validation.check(self.spec, op.request_schema_pointer(media), body_typed)
            received.update(body_received)
            typed.update(body_typed)
        return received, typed

    def accept_credential(self, credential: HeaderCredential, value: str) -> bool:
        """A user's credential (authCode): the configured test one, or one this sandbox issued
        (``x-jiaofei-sandbox.credentials`` names the store and field, e.g. OSPB015's
        identCode)."""
        rule = self.config.get("credentials", {})
        configured = self.settings.get(credential.test_setting or "")
        if configured and hmac.compare_digest(value.encode("utf-8"), configured.encode("utf-8")):
            return True
        issued = self.stores.get(rule.get("store", ""), {}).values() if rule else ()
        return any(record.get(rule["field"]) == value for record in issued)

    def verify(self, op: Operation, received: Mapping[str, Any]) -> None:
        if op.signing is not None:
            self.settings.verify(received, op.signing)

    def check_freshness(self, values: Mapping[str, Any]) -> None:
        """Refuse a replayed request: its generated time (read as its ``x-jiaofei-auto`` kind,
        epoch seconds by default) must be within the configured window."""
        rule = self.config.get("freshness")
        if not rule or rule["field"] not in values:
            return
        kind = self.spec.info_extension.get("auto", {}).get(rule["field"], "epoch-seconds")
        window = self.settings.get(rule["window-setting"])
        problem = credentials.freshness_problem(kind, values[rule["field"]], window)
        if problem:
            raise ValidationError(rule["field"], "freshness", problem)

    def act(self, op: Operation, values: dict[str, Any]) -> Response:
        plan = op.extension.get("sandbox", {})
        envelope = self.spec.info_extension.get("envelope")
        inner = values.get(envelope["request"], {}) if envelope else values
        context: dict[str, Any] = {"request": inner, "record": {}, "settings": self.public_settings}
        if "create" in plan:
            context["record"] = self.create(plan, context)
        elif "read" in plan:
            found = self.lookup(plan["read"], inner)
            if found is None:
                return self.reply(op, 200, fill(plan["read"]["missing-reply"], context))
            context["record"] = found
        reply = fill(plan["reply"], context) if "reply" in plan else op.reply_example()
        if "callback" in plan:
            self.send_callback(op, plan["callback"], context)
        return self.reply(op, 200, reply)

    def create(self, plan: Mapping[str, Any], context: dict[str, Any]) -> dict[str, Any]:
        spec = plan["create"]
        store = self.stores.setdefault(spec["store"], {})
        key = tuple(signing.value_text(context["request"].get(k)) for k in spec["key"])
        if key in store:
            existing = store[key]
            if existing["_request"] != context["request"]:
                raise Refusal(
                    int(spec.get("conflict", 409)), f"{'/'.join(spec['key'])} already used"
                )
            return existing
        record: dict[str, Any] = fill(plan.get("record", {}), context)
        record["created_ms"] = int(time.time() * 1000)
        record["_request"] = dict(context["request"])
        store[key] = record
        return record

    def lookup(self, spec: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any] | None:
        """The stored record, or None when the overlay gives a ``missing-reply`` for that case
        (otherwise a missing record is refused with the ``missing`` status)."""
        key = tuple(signing.value_text(values.get(k)) for k in spec["key"])
        record = self.stores.get(spec["store"], {}).get(key)
        if record is None and "missing-reply" not in spec:
            raise Refusal(int(spec.get("missing", 404)), "no such record")
        return record

    def send_callback(
        self, op: Operation, plan: Mapping[str, Any], context: dict[str, Any]
    ) -> None:
        if context["record"].get("_notified"):
            return
        target = self.spec.operation(plan["operation"])
        url = fill(plan["url"], context)
        if isinstance(url, str) and url:
            body = {k: v for k, v in fill(plan["body"], context).items() if v is not None}
            self.deliverer.send(target, url, body)
            context["record"]["_notified"] = True

    # -- answers ----------------------------------------------------------------------------

    def failure(self, op: Operation, status: int, message: str, kind: str = "failure") -> Response:
        """The API's failure reply; ``signature-failure`` may have a template of its own."""
        default = self.config.get("failure", {"message": "{message}"})
        template = op.extension.get("sandbox", {}).get(kind, self.config.get(kind, default))
        limit = self.message_limit(op, status, template)
        short = message if len(message) <= limit else message[: limit - 1] + "…"
        body = fill_message(template, short)
        return self.reply(op, status, body)

    def message_limit(self, op: Operation, status: int, template: Any) -> int:
        """The maxLength of the reply field the failure message goes into."""
        pointer = op.response_schema_pointer(status, wire.JSON) or op.response_schema_pointer(
            status, wire.FORM
        )
        schema: Any = self.spec.pointer(pointer) if pointer else None
        node: Any = template
        while isinstance(node, Mapping) and schema is not None:
            key = next((k for k, v in node.items() if "{message}" in json.dumps(v)), None)
            if key is None:
                break
            schema = members(schema, self.spec.resolve).get(key)
            node = node[key]
        limit = self.spec.resolve(schema).get("maxLength") if isinstance(schema, Mapping) else None
        return int(limit) if limit else MESSAGE_LIMIT

    def reply(self, op: Operation, status: int, body: Any) -> Response:
        """Send a reply, signed where the overlay says replies are (failures included)."""
        if isinstance(body, dict):
            body = {k: v for k, v in body.items() if v is not None}
        rule = op.reply_signing
        if rule is not None and isinstance(body, dict):
            when = rule.options.get("when", {})
            if all(body.get(k) == v for k, v in when.items()):
                self.settings.sign_into(body, rule)
        media = self.config.get("reply-media", wire.JSON)
        if media == wire.FORM and isinstance(body, dict):
            return Response(wire.encode(body, wire.FORM), status, media_type=wire.FORM)
        return JSONResponse(body, status)


def fill_message(template: Any, message: str) -> Any:
    if isinstance(template, str):
        return template.replace("{message}", message)
    if isinstance(template, Mapping):
        return {k: fill_message(v, message) for k, v in template.items()}
    return template


def create_app(
    api_name: str,
    secret: str | Secret,
    *,
    allowed_hosts: Iterable[str] = (*LOOPBACK, "loopback"),
    retry_delay: float = 0.2,
    settings: Mapping[str, str] | None = None,
) -> Starlette:
    """The sandbox for ``api_name``; every secret setting of the API takes ``secret``, other
    settings (a configured signing scheme, a replay window) come from ``settings``."""
    spec = ApiSpec.load(api_name)
    resolved = Settings.with_secret(spec, secret, settings)
    sandbox = Sandbox(spec, resolved, Deliverer(resolved, allowed_hosts, retry_delay))

    def endpoint(ops: list[Operation]) -> Any:
        by_method = {op.method.upper(): op for op in ops}

        async def run(request: Request) -> Response:
            return await sandbox.handle(by_method[request.method], request)

        return run

    # One route per path, so a wrong method's 405 lists every method the path has (Allow).
    by_path: dict[str, list[Operation]] = {}
    for op in spec.operations.values():
        if op.kind == "call" and op.path is not None:
            by_path.setdefault(op.path, []).append(op)
    routes = [
        Route(path, endpoint(ops), methods=[op.method.upper() for op in ops])
        for path, ops in by_path.items()
    ]

    async def deliveries(request: Request) -> Response:
        return JSONResponse([d.as_dict() for d in sandbox.deliverer.deliveries])

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "api": api_name,
                "requests": sandbox.requests,
                "internal_errors": sandbox.internal_errors,
            }
        )

    routes.append(Route("/_sandbox/deliveries", deliveries, methods=["GET"]))
    routes.append(Route("/_sandbox/health", health, methods=["GET"]))
    app = Starlette(routes=routes)
    app.state.sandbox = sandbox
    return app
