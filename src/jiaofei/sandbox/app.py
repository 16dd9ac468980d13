"""The sandbox ASGI app: every operation of the spec, validated, verified, stateful.

Per operation the overlay's ``x-jiaofei-sandbox`` says what to do: ``create`` or ``read`` a
record in a store, which ``reply`` to give, which ``callback`` to send. A bad field or
signature gets the API's failure reply (HTTP 400); an unknown record 404; a reused key with
different content 409. Nothing answers 5xx: an unexpected error is counted in
``app.state.internal_errors`` (tests assert it stays 0) and answered 400.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Iterable, Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from jiaofei import credentials, messages, wire
from jiaofei.docs import site
from jiaofei.errors import CredentialError, SignatureError, ValidationError
from jiaofei.plan import ApiPlan, HeaderCredential, OperationPlan
from jiaofei.sandbox import scenarios as plays
from jiaofei.sandbox.delivery import LOOPBACK, Deliverer
from jiaofei.sandbox.request_log import Entry, RequestLog
from jiaofei.sandbox.templates import fill
from jiaofei.secrets import Secret
from jiaofei.settings import Settings
from jiaofei.signers import Signers
from jiaofei.signing import value_text
from jiaofei.spec import members

log = logging.getLogger("jiaofei.sandbox")

MESSAGE_LIMIT = 120
# Largest request body read; vendors' messages are a few kilobytes.
MAX_BODY = 256 * 1024
# Records kept per store; the oldest go first.
MAX_RECORDS = 10_000
DIAGNOSIS_HEADER = "X-Jiaofei-Signature-Diagnosis"


class Refusal(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Sandbox:
    def __init__(
        self,
        api: ApiPlan,
        settings: Settings,
        deliverer: Deliverer,
        scenarios: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.api = api
        # Chosen for the sandbox's lifetime (operation id -> names); a request's Prefer wins.
        self.scenarios = dict(scenarios or {})
        self.settings = settings
        self.signers = Signers(settings)
        self.deliverer = deliverer
        self.stores: dict[str, dict[tuple[str, ...], dict[str, Any]]] = {}
        self.internal_errors = 0
        self.requests = 0
        self.config = api.sandbox
        self.public_settings = settings.public()
        self._message_limits: dict[tuple[str, int, str], int] = {}
        self.log = RequestLog()
        self.max_body = MAX_BODY

    # -- request handling -------------------------------------------------------------------

    async def handle(self, op: OperationPlan, request: Request) -> Response:
        self.requests += 1
        entry = Entry(request.method, request.scope["path"], op.operation_id)
        response = await self.answer(op, request, entry)
        entry.status = response.status_code
        self.log.record(entry)
        return response

    async def answer(self, op: OperationPlan, request: Request, entry: Entry) -> Response:
        try:
            asked = plays.preferred(request.headers.get("prefer"))
            chosen = plays.play(op, asked or self.scenarios.get(op.operation_id, ()))
            entry.scenarios = list(chosen.names)
            raw = await self.body(request)
            credentials.check(op, self.settings, request.headers, self.accept_credential)
            received, typed = self.read(op, request, raw)
            self.verify(op, received, raw)
            self.check_freshness(typed)
            response = self.act(op, typed, chosen)
            if chosen.slow_seconds:
                await asyncio.sleep(chosen.slow_seconds)
            if asked:
                response.headers["Preference-Applied"] = "scenario=" + " ".join(asked)
            return response
        except CredentialError as exc:
            entry.refused("unauthorized", exc)
            return self.failure(op, 401, str(exc), kind="unauthorized")
        except SignatureError as exc:
            entry.refused("signature-failure", exc)
            return self.signature_failure(op, exc)
        except ValidationError as exc:
            entry.refused("invalid", exc)
            return self.failure(op, 400, str(exc))
        except Refusal as exc:
            entry.refused("refused", exc)
            return self.failure(op, exc.status, exc.message)
        except ClientDisconnect:
            # The client went away mid-request: nothing to answer, and nothing went wrong here.
            entry.outcome = "disconnected"
            return Response(status_code=400)
        except Exception:
            self.internal_errors += 1
            entry.outcome = "internal-error"
            log.exception("sandbox error in %s", op.operation_id)
            return self.failure(op, 400, "the sandbox could not handle this request")

    async def body(self, request: Request) -> bytes:
        """The request body, refused (413) past :attr:`max_body` bytes without reading on."""
        body = await wire.read_limited(
            request.stream(), self.max_body, request.headers.get("content-length")
        )
        if body is None:
            raise Refusal(413, f"body is larger than {self.max_body} bytes")
        return body

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

    def act(self, op: OperationPlan, values: dict[str, Any], chosen: plays.Play) -> Response:
        plan = op.sandbox
        inner = messages.inner(op, values)
        context: dict[str, Any] = {"request": inner, "record": {}, "settings": self.public_settings}
        if chosen.business_error is not None:
            return self.business_error(op, chosen.business_error, context)
        if "create" in plan:
            context["record"] = self.create(plan, context, chosen.record)
        elif "read" in plan:
            found = self.lookup(plan["read"], inner)
            if found is None:
                return self.reply(op, 200, fill(plan["read"]["missing-reply"], context))
            context["record"] = found
        template = plays.merged(plan.get("reply"), chosen.reply or None)
        reply = fill(template, context) if template is not None else op.reply_example()
        if "callback" in plan and chosen.callback:
            self.send_callback(op, plan["callback"], context, chosen)
        return self.reply(op, 200, reply, bad_signature=chosen.bad_reply_signature)

    def business_error(self, op: OperationPlan, code: str, context: dict[str, Any]) -> Response:
        """The document's answer carrying a code of its table (no record, no callback)."""
        errors = plays.business_errors(op)
        assert errors is not None  # play() admits a code only from the table
        body = fill_message(fill(errors.reply, context), errors.codes[code])
        return self.reply(op, errors.status, fill_code(body, code))

    def create(
        self, plan: Mapping[str, Any], context: dict[str, Any], changes: Mapping[str, Any]
    ) -> dict[str, Any]:
        spec = plan["create"]
        store = self.stores.setdefault(spec["store"], {})
        key = tuple(value_text(context["request"].get(k)) for k in spec["key"])
        fingerprint = request_fingerprint(context["request"])
        if key in store:
            existing = store[key]
            if existing["_request"] != fingerprint:
                raise Refusal(
                    int(spec.get("conflict", 409)), f"{'/'.join(spec['key'])} already used"
                )
            return existing
        record: dict[str, Any] = fill({**plan.get("record", {}), **changes}, context)
        record["created_ms"] = int(time.time() * 1000)
        record["_request"] = fingerprint
        if len(store) >= MAX_RECORDS:
            del store[next(iter(store))]  # the oldest: a long-running sandbox stays bounded
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
        self,
        op: OperationPlan,
        plan: Mapping[str, Any],
        context: dict[str, Any],
        chosen: plays.Play,
    ) -> None:
        if context["record"].get("_notified"):
            return
        target = self.api.operation(plan["operation"])
        url = fill(plan["url"], context)
        if isinstance(url, str) and url:
            template = {**plan["body"], **chosen.callback_body}
            body = {k: v for k, v in fill(template, context).items() if v is not None}
            self.deliverer.send(
                target,
                url,
                body,
                delay=chosen.callback_delay,
                copies=chosen.callback_copies,
                bad_signature=chosen.bad_callback_signature,
            )
            context["record"]["_notified"] = True

    # -- answers ----------------------------------------------------------------------------

    def failure(
        self, op: OperationPlan | None, status: int, message: str, kind: str = "failure"
    ) -> Response:
        """The API's failure reply; ``signature-failure`` may have a template of its own. With
        no operation (no route, wrong method) the API's template, unsigned."""
        default = self.config.get("failure", {"message": "{message}"})
        template = self.config.get(kind, default)
        if op is None:
            return self.encoded(status, fill_message(template, message[:MESSAGE_LIMIT]))
        template = op.sandbox.get(kind, template)
        key = (op.operation_id, status, kind)
        limit = self._message_limits.get(key)
        if limit is None:
            limit = self._message_limits[key] = self.message_limit(op, status, template)
        short = message if len(message) <= limit else message[: limit - 1] + "…"
        body = fill_message(template, short)
        return self.reply(op, status, body)

    def unrouted(
        self, request: Request, status: int, message: str, near: OperationPlan | None = None
    ) -> Response:
        """A request no operation takes (404, 405): the document's failure shape, logged;
        signed as ``near``'s failures are (an operation at the same path), if any."""
        self.requests += 1
        entry = Entry(request.method, request.scope["path"], None, outcome="no-operation")
        entry.detail = message
        response = self.failure(near, status, message)
        entry.status = status
        self.log.record(entry)
        return response

    def signature_failure(self, op: OperationPlan, exc: SignatureError) -> Response:
        """A refused signature, answered with its diagnosis (this is a development tool; the
        key is never part of it): in the failure message as far as the reply field's length
        allows, and whole as JSON in the ``X-Jiaofei-Signature-Diagnosis`` header."""
        diagnosis = exc.diagnosis
        if diagnosis is None:
            return self.failure(op, 400, str(exc), kind="signature-failure")
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

    def reply(
        self, op: OperationPlan, status: int, body: Any, *, bad_signature: bool = False
    ) -> Response:
        """Send a reply, signed where the overlay says replies are (failures included)."""
        if isinstance(body, dict):
            body = {k: v for k, v in body.items() if v is not None}
        rule = op.reply_signing
        if rule is not None and isinstance(body, dict) and rule.applies_to(body):
            self.signers.sign_into(rule, body)
            if bad_signature:
                body[rule.signature] = plays.tampered(str(body[rule.signature]))
        return self.encoded(status, body)

    def encoded(self, status: int, body: Any) -> Response:
        media = self.config.get("reply-media", wire.JSON)
        if media == wire.FORM and isinstance(body, dict):
            # The document's byte shape (its samples send values unencoded), which the vendor's
            # own demo verifies; our client reads either shape.
            return Response(wire.encode_form_as_shown(body), status, media_type=wire.FORM)
        return Response(wire.json_text(body).encode("utf-8"), status, media_type=wire.JSON)


def request_fingerprint(values: Mapping[str, Any]) -> str:
    """What a stored record keeps of its request: enough to tell a replay from a conflict."""
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fill_message(template: Any, message: str, placeholder: str = "{message}") -> Any:
    if isinstance(template, str):
        return template.replace(placeholder, message)
    if isinstance(template, Mapping):
        return {k: fill_message(v, message, placeholder) for k, v in template.items()}
    return template


def fill_code(template: Any, code: str) -> Any:
    return fill_message(template, code, "{code}")


def lifetime_scenarios(
    api: ApiPlan, chosen: Mapping[str, str | Iterable[str]]
) -> dict[str, tuple[str, ...]]:
    """Operation id -> scenario names, each checked now (an unknown one fails at start)."""
    found: dict[str, tuple[str, ...]] = {}
    for operation_id, names in chosen.items():
        if operation_id not in api.spec.operations:
            raise ValidationError(operation_id, "scenario", "is not an operation of " + api.name)
        op = api.operation(operation_id)
        found[operation_id] = (names,) if isinstance(names, str) else tuple(names)
        plays.play(op, found[operation_id])
    return found


def create_app(
    api_name: str,
    secret: str | Secret,
    *,
    allowed_hosts: Iterable[str] = (*LOOPBACK, "loopback"),
    retry_delay: float = 0.2,
    settings: Mapping[str, str] | None = None,
    scenarios: Mapping[str, str | Iterable[str]] | None = None,
) -> Starlette:
    """The sandbox for ``api_name``; every secret setting of the API takes ``secret``, other
    settings (a configured signing scheme, a replay window) come from ``settings``;
    ``scenarios`` (operation id -> scenario names) are played for the sandbox's lifetime."""
    api = ApiPlan.load(api_name)
    resolved = Settings.with_secret(api, secret, settings)
    lifetime = lifetime_scenarios(api, scenarios or {})
    sandbox = Sandbox(api, resolved, Deliverer(resolved, allowed_hosts, retry_delay), lifetime)

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
    # Served with and without the server URL's path, so a client changes only the host name
    # between the sandbox and the vendor (https://ipos.10086.cn/ips/cmpayService).
    prefixes = dict.fromkeys(["", api.base_path])
    served = {prefix + path: ops for prefix in prefixes for path, ops in by_path.items()}
    routes = [
        Route(path, endpoint(ops), methods=[op.method for op in ops])
        for path, ops in served.items()
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

    async def scenario_list(request: Request) -> Response:
        return JSONResponse(
            {
                op.operation_id: plays.listing(op)
                for op in api.operations()
                if op.kind == "call" and op.path is not None
            }
        )

    async def recent_requests(request: Request) -> Response:
        return JSONResponse(sandbox.log.recent())

    async def openapi(request: Request) -> Response:
        return JSONResponse(api.spec.document)

    docs_page: list[str] = []  # made on first request: most sandboxes are never browsed

    async def docs(request: Request) -> Response:
        if not docs_page:
            docs_page.append(site.page(site.docs_document(api), "/_sandbox/" + site.SCRIPT))
        return HTMLResponse(docs_page[0])

    async def redoc(request: Request) -> Response:
        return Response(site.redoc_script(), media_type="text/javascript")

    routes.append(Route("/openapi.json", openapi, methods=["GET"]))
    routes.append(Route("/docs", docs, methods=["GET"]))
    routes.append(Route("/_sandbox/" + site.SCRIPT, redoc, methods=["GET"]))
    routes.append(Route("/_sandbox/requests", recent_requests, methods=["GET"]))
    routes.append(Route("/_sandbox/deliveries", deliveries, methods=["GET"]))
    routes.append(Route("/_sandbox/scenarios", scenario_list, methods=["GET"]))
    routes.append(Route("/_sandbox/health", health, methods=["GET"]))

    async def not_found(request: Request, exc: Exception) -> Response:
        return sandbox.unrouted(request, 404, f"no operation at {request.url.path}")

    async def wrong_method(request: Request, exc: Exception) -> Response:
        near = served.get(request.url.path, [None])[0]
        message = f"{request.method} is not served at {request.url.path}"
        response = sandbox.unrouted(request, 405, message, near)
        response.headers.update(getattr(exc, "headers", None) or {})
        return response

    handlers: dict[Any, Any] = {404: not_found, 405: wrong_method}
    app = Starlette(routes=routes, exception_handlers=handlers)
    app.state.sandbox = sandbox
    return app
