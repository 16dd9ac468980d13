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

from jiaofei import credentials, messages, wire
from jiaofei.errors import CredentialError, SignatureError, ValidationError
from jiaofei.plan import ApiPlan, HeaderCredential, OperationPlan
from jiaofei.sandbox.delivery import LOOPBACK, Deliverer
from jiaofei.sandbox.templates import fill
from jiaofei.secrets import Secret
from jiaofei.settings import Settings
from jiaofei.signers import Signers
from jiaofei.signing import value_text
from jiaofei.spec import members

log = logging.getLogger("jiaofei.sandbox")

MESSAGE_LIMIT = 120
DIAGNOSIS_HEADER = "X-Jiaofei-Signature-Diagnosis"


class Refusal(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Sandbox:
    def __init__(self, api: ApiPlan, settings: Settings, deliverer: Deliverer) -> None:
        self.api = api
        self.settings = settings
        self.signers = Signers(settings)
        self.deliverer = deliverer
        self.stores: dict[str, dict[tuple[str, ...], dict[str, Any]]] = {}
        self.internal_errors = 0
        self.requests = 0
        self.config = api.sandbox
        self.public_settings = settings.public()
        self._message_limits: dict[tuple[str, int, str], int] = {}

    # -- request handling -------------------------------------------------------------------

    async def handle(self, op: OperationPlan, request: Request) -> Response:
        self.requests += 1
        try:
            raw = await request.body()
            credentials.check(op, self.settings, request.headers, self.accept_credential)
            received, typed = self.read(op, request, raw)
            self.verify(op, received, raw)
            self.check_freshness(typed)
            return self.act(op, typed)
        except CredentialError as exc:
            return self.failure(op, 401, str(exc), kind="unauthorized")
        except SignatureError as exc:
            return self.signature_failure(op, exc)
        except ValidationError as exc:
            return self.failure(op, 400, str(exc))
        except Refusal as exc:
            return self.failure(op, exc.status, exc.message)
        except Exception:
            self.internal_errors += 1
            log.exception("sandbox error in %s", op.operation_id)
            return self.failure(op, 400, "the sandbox could not handle this request")

    def read(
        self, op: OperationPlan, request: Request, raw: bytes
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The request's query and body values as received and read as the schema's types."""
        received: dict[str, Any] = {}
        typed: dict[str, Any] = {}
        declared = op.query
        for name, text in request.query_params.multi_items():
            parameter = declared.get(name)
            if parameter is None:
                if op.media_types:
                    continue
                raise ValidationError(name, "unknown", "is not a parameter of this operation")
            if name in received:
                # As for form fields and JSON members: which copy counts would be a guess.
                raise ValidationError(name, "unique", "appears more than once")
            received[name] = text
            if parameter.is_json:
                try:
                    typed[name] = json.loads(text)
                except ValueError:
                    raise ValidationError(name, "json", "is not JSON text") from None
            else:
                typed[name] = wire.read_text(text, parameter.types)
        for name, parameter in declared.items():
            if name in typed:
                parameter.check(typed[name])
            elif parameter.required:
                raise ValidationError(name, "required", "is required")
        if op.media_types:
            message = messages.read_request(op, raw, request.headers.get("content-type"))
            op.body_check(message.media)(message.typed)
            received.update(message.received)
            typed.update(message.typed)
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

    def verify(self, op: OperationPlan, received: Mapping[str, Any], raw: bytes) -> None:
        if op.signing is not None:
            self.signers.verify(op.signing, received, body=raw)

    def check_freshness(self, values: Mapping[str, Any]) -> None:
        """Refuse a replayed request: its generated time (read as its ``x-jiaofei-auto`` kind,
        epoch seconds by default) must be within the configured window."""
        rule = self.config.get("freshness")
        if not rule or rule["field"] not in values:
            return
        kind = self.api.autos.get(rule["field"], "epoch-seconds")
        window = self.settings.get(rule["window-setting"])
        problem = credentials.freshness_problem(kind, values[rule["field"]], window)
        if problem:
            raise ValidationError(rule["field"], "freshness", problem)

    def act(self, op: OperationPlan, values: dict[str, Any]) -> Response:
        plan = op.sandbox
        inner = messages.inner(op, values)
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
        key = tuple(value_text(context["request"].get(k)) for k in spec["key"])
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
        key = tuple(value_text(values.get(k)) for k in spec["key"])
        record = self.stores.get(spec["store"], {}).get(key)
        if record is None and "missing-reply" not in spec:
            raise Refusal(int(spec.get("missing", 404)), "no such record")
        return record

    def send_callback(
        self, op: OperationPlan, plan: Mapping[str, Any], context: dict[str, Any]
    ) -> None:
        if context["record"].get("_notified"):
            return
        target = self.api.operation(plan["operation"])
        url = fill(plan["url"], context)
        if isinstance(url, str) and url:
            body = {k: v for k, v in fill(plan["body"], context).items() if v is not None}
            self.deliverer.send(target, url, body)
            context["record"]["_notified"] = True

    # -- answers ----------------------------------------------------------------------------

    def failure(
        self, op: OperationPlan, status: int, message: str, kind: str = "failure"
    ) -> Response:
        """The API's failure reply; ``signature-failure`` may have a template of its own."""
        default = self.config.get("failure", {"message": "{message}"})
        template = op.sandbox.get(kind, self.config.get(kind, default))
        key = (op.operation_id, status, kind)
        limit = self._message_limits.get(key)
        if limit is None:
            limit = self._message_limits[key] = self.message_limit(op, status, template)
        short = message if len(message) <= limit else message[: limit - 1] + "…"
        body = fill_message(template, short)
        return self.reply(op, status, body)

    def signature_failure(self, op: OperationPlan, exc: SignatureError) -> Response:
        """A refused signature, answered with its diagnosis (this is a development tool; the
        key is never part of it): in the failure message as far as the reply field's length
        allows, and whole as JSON in the ``X-Jiaofei-Signature-Diagnosis`` header."""
        diagnosis = exc.diagnosis
        if diagnosis is None:
            return self.failure(op, 400, str(exc), kind="signature-failure")
        log.warning("refused %s: %s: %s", op.operation_id, exc, diagnosis.to_dict())
        message = (
            f"{exc}; expected {diagnosis.expected}; received {diagnosis.received};"
            f" string to sign {diagnosis.string_to_sign!r}"
        )
        response = self.failure(op, 400, message, kind="signature-failure")
        response.headers[DIAGNOSIS_HEADER] = json.dumps(diagnosis.to_dict())
        return response

    @staticmethod
    def message_limit(op: OperationPlan, status: int, template: Any) -> int:
        """The maxLength of the reply field the failure message goes into."""
        schema: Any = op.reply_schema(status, wire.JSON) or op.reply_schema(status, wire.FORM)
        resolve = op.spec.resolve
        node: Any = template
        while isinstance(node, Mapping) and schema is not None:
            key = next((k for k, v in node.items() if "{message}" in json.dumps(v)), None)
            if key is None:
                break
            schema = members(schema, resolve).get(key)
            node = node[key]
        limit = resolve(schema).get("maxLength") if isinstance(schema, Mapping) else None
        return int(limit) if limit else MESSAGE_LIMIT

    def reply(self, op: OperationPlan, status: int, body: Any) -> Response:
        """Send a reply, signed where the overlay says replies are (failures included)."""
        if isinstance(body, dict):
            body = {k: v for k, v in body.items() if v is not None}
        rule = op.reply_signing
        if rule is not None and isinstance(body, dict) and rule.applies_to(body):
            self.signers.sign_into(rule, body)
        media = self.config.get("reply-media", wire.JSON)
        if media == wire.FORM and isinstance(body, dict):
            return Response(messages.encode(body, wire.FORM), status, media_type=wire.FORM)
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
    api = ApiPlan.load(api_name)
    resolved = Settings.with_secret(api, secret, settings)
    sandbox = Sandbox(api, resolved, Deliverer(resolved, allowed_hosts, retry_delay))

    def endpoint(ops: list[OperationPlan]) -> Any:
        by_method = {op.method: op for op in ops}

        async def run(request: Request) -> Response:
            return await sandbox.handle(by_method[request.method], request)

        return run

    # One route per path, so a wrong method's 405 lists every method the path has (Allow).
    by_path: dict[str, list[OperationPlan]] = {}
    for op in api.operations():
        if op.kind == "call" and op.path is not None:
            by_path.setdefault(op.path, []).append(op)
    routes = [
        Route(path, endpoint(ops), methods=[op.method for op in ops])
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
