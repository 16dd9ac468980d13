"""Two shipped API documents (overlays applied) compared operation by operation: calls, the
callbacks under them and the webhooks, with the roles reversed for deliveries, plus security
schemes, credential headers, signing rules and the API-wide ``x-jiaofei-*`` declarations."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jiaofei.diff.changes import Change, Level, Report, escape, pointer
from jiaofei.diff.schemas import ACK, DELIVERY, REQUEST, RESPONSE, SchemaDiff, Side, resolve

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Parts of a signing rule, each with its own rule id: (key, rule, what it is).
SIGNING_PARTS = (
    ("scheme", "scheme-changed", "scheme"),
    ("secret", "secret-changed", "secret (the setting holding the key)"),
    ("signature", "signature-field-changed", "signature field"),
    ("payload", "envelope-changed", "envelope member holding the signed fields"),
    ("when", "when-changed", "replies it applies to"),
)


@dataclass(frozen=True)
class Op:
    """One operation of a document: a ``call`` (paths), a ``callback`` or a ``webhook``."""

    kind: str
    key: str
    method: str
    route: str
    node: Mapping[str, Any]
    at: str
    path_parameters: tuple[Any, ...] = ()

    @property
    def operation_id(self) -> str | None:
        return self.node.get("operationId")

    @property
    def interface_code(self) -> str | None:
        return self.node.get("x-interface-code")

    @property
    def delivered(self) -> bool:
        """A delivery: its request is what the wheel's user receives, its reply what they send."""
        return self.kind != "call"


def operations(document: Mapping[str, Any]) -> dict[str, Op]:
    found: dict[str, Op] = {}
    for route, item in document.get("paths", {}).items():
        item = resolve(document, item)
        shared = tuple(item.get("parameters", ()))
        for method in METHODS:
            node = item.get(method)
            if not isinstance(node, Mapping):
                continue
            at = pointer("paths", route, method)
            op = Op("call", node.get("operationId") or f"{method} {route}", method, route,
                    node, at, shared)  # fmt: skip
            found[op.key] = op
            for name, callback in node.get("callbacks", {}).items():
                for expression, cb_item in resolve(document, callback).items():
                    for cb_method in METHODS:
                        cb = cb_item.get(cb_method)
                        if isinstance(cb, Mapping):
                            cb_at = (
                                f"{at}/callbacks/{escape(name)}/{escape(expression)}/{cb_method}"
                            )
                            key = cb.get("operationId") or f"{op.key} callback {name}"
                            found[key] = Op("callback", key, cb_method, expression, cb, cb_at)
    for name, item in document.get("webhooks", {}).items():
        item = resolve(document, item)
        for method in METHODS:
            node = item.get(method)
            if isinstance(node, Mapping):
                key = node.get("operationId") or f"webhook {name}"
                found[key] = Op(
                    "webhook", key, method, name, node, pointer("webhooks", name, method)
                )
    return found


class DocumentDiff:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any], api: str = ""):
        self.old, self.new, self.api = old, new, api
        self.changes: list[Change] = []
        self._op: Op | None = None
        self.schemas = SchemaDiff(old, new, self._emit)

    def report(self) -> Report:
        self._document()
        self._security_schemes()
        old_ops, new_ops = operations(self.old), operations(self.new)
        for old_op, new_op in self._pairs(old_ops, new_ops):
            self._op = new_op
            self._operation(old_op, new_op)
        self._op = None
        return Report.of(self.changes)

    # -- reporting --------------------------------------------------------------------------

    def _emit(self, rule: str, level: Level, message: str, at: str) -> None:
        op = self._op
        self.changes.append(
            Change(
                rule=rule,
                level=level,
                message=message,
                pointer=at,
                api=self.api,
                operation=op.operation_id if op else None,
                interface_code=op.interface_code if op else None,
            )
        )

    def _about(self, op: Op, rule: str, level: Level, message: str, at: str) -> None:
        saved, self._op = self._op, op
        self._emit(rule, level, message, at)
        self._op = saved

    # -- operations -------------------------------------------------------------------------

    def _pairs(self, old_ops: dict[str, Op], new_ops: dict[str, Op]) -> Iterator[tuple[Op, Op]]:
        """Operations present in both, by operationId; one removed and one added at the same
        route (or with the same interface code) are a rename."""
        added = {k: v for k, v in new_ops.items() if k not in old_ops}
        for key, old_op in old_ops.items():
            if key in new_ops:
                yield old_op, new_ops[key]
                continue
            renamed = next((op for op in added.values() if _same_place(old_op, op)), None)
            if renamed is None:
                rule = "operation-removed" if old_op.kind == "call" else f"{old_op.kind}-removed"
                self._about(old_op, rule, Level.BREAKING, f"{old_op.kind} {key} removed", old_op.at)
                continue
            del added[renamed.key]
            message = f"{old_op.kind} {key} renamed {renamed.key}"
            self._about(renamed, "operation-renamed", Level.BREAKING, message, renamed.at)
            yield old_op, renamed
        for key, new_op in added.items():
            if new_op.kind == "call":
                self._about(new_op, "operation-added", Level.INFO, f"call {key} added", new_op.at)
            else:
                message = f"{new_op.kind} {key} added: receivers have no handler for it yet"
                self._about(new_op, f"{new_op.kind}-added", Level.WARNING, message, new_op.at)

    def _operation(self, old: Op, new: Op) -> None:
        if (old.method, old.route) != (new.method, new.route):
            if new.kind == "call":
                before, after = (
                    f"{old.method.upper()} {old.route}",
                    f"{new.method.upper()} {new.route}",
                )
                message = f"moved from {before} to {after}"
                self._emit("operation-path-changed", Level.BREAKING, message, new.at)
            else:
                message = f"{new.kind} address {old.route} → {new.route}"
                self._emit(f"{new.kind}-address-changed", Level.WARNING, message, new.at)
        if old.interface_code != new.interface_code:
            message = f"interface code {old.interface_code} → {new.interface_code}"
            self._emit("interface-code-changed", Level.WARNING, message, new.at)
        sent, received = (ACK, DELIVERY) if new.delivered else (REQUEST, RESPONSE)
        self._parameters(old, new, received if new.delivered else sent)
        self._request_body(old, new, received if new.delivered else sent)
        self._responses(old, new, sent if new.delivered else received)
        if new.kind == "call":
            self._security(old, new)
        self._signing(old, new, "signing", "x-jiaofei-signing", sent=not new.delivered)
        self._signing(old, new, "reply-signing", "x-jiaofei-reply-signing", sent=new.delivered)
        self._callback_settings(old, new)
        for key, rule, level, what in (
            ("x-idempotent", "idempotency-changed", Level.WARNING, "whether the client retries it"),
            ("x-retry", "retry-changed", Level.INFO, "how often the vendor delivers it"),
        ):
            if old.node.get(key) != new.node.get(key):
                message = f"{what} ({key}): {_show(old.node.get(key))} → {_show(new.node.get(key))}"
                self._emit(rule, level, message, f"{new.at}/{key}")
        self._declared(old.node, new.node, "result", Level.BREAKING, new.at,
                       "the reply member a call returns")  # fmt: skip

    def _parameters(self, old: Op, new: Op, side: Side) -> None:
        old_params = self._params(self.old, old)
        new_params = self._params(self.new, new)
        for key in dict.fromkeys([*old_params, *new_params]):
            where, name = key
            label = f"{where} parameter {name}"
            if key not in new_params:
                at = old.at + "/parameters"
                level = Level.BREAKING if side.sent else Level.INFO
                self._emit(f"{side.prefix}-parameter-removed", level, f"{label} removed", at)
                continue
            at, p_new = new_params[key]
            if key not in old_params:
                if p_new.get("required"):
                    message = f"{label} added as required"
                    self._emit(
                        f"{side.prefix}-parameter-added-required", Level.BREAKING, message, at
                    )
                else:
                    self._emit(f"{side.prefix}-parameter-added", Level.INFO, f"{label} added", at)
                continue
            _, p_old = old_params[key]
            if p_new.get("required") and not p_old.get("required"):
                message = f"{label} became required"
                self._emit(f"{side.prefix}-parameter-became-required", Level.BREAKING, message, at)
            elif p_old.get("required") and not p_new.get("required"):
                level = Level.INFO if side.sent else Level.BREAKING
                message = f"{label} became optional"
                self._emit(f"{side.prefix}-parameter-became-optional", level, message, at)
            if "schema" in p_old and "schema" in p_new:
                self.schemas.compare(p_old["schema"], p_new["schema"], at + "/schema", label, side)

    def _params(
        self, document: Mapping[str, Any], op: Op
    ) -> dict[tuple[str, str], tuple[str, Any]]:
        """The operation's parameters by (in, name), with their pointers; the operation's own
        override the path item's."""
        shared = pointer("paths", op.route, "parameters")
        listed = [(f"{shared}/{i}", raw) for i, raw in enumerate(op.path_parameters)]
        listed += [
            (f"{op.at}/parameters/{i}", raw) for i, raw in enumerate(op.node.get("parameters", ()))
        ]
        found: dict[tuple[str, str], tuple[str, Any]] = {}
        for at, raw in listed:
            param = resolve(document, raw)
            found[(param.get("in", ""), param.get("name", ""))] = (at, param)
        return found

    def _request_body(self, old: Op, new: Op, side: Side) -> None:
        o = resolve(self.old, old.node.get("requestBody", {}))
        n = resolve(self.new, new.node.get("requestBody", {}))
        at = new.at + "/requestBody"
        if n.get("required") and not o.get("required"):
            self._emit(
                f"{side.prefix}-body-became-required", Level.BREAKING, "body became required", at
            )
        self._content(o.get("content", {}), n.get("content", {}), at + "/content", side, "body")

    def _responses(self, old: Op, new: Op, side: Side) -> None:
        o, n = old.node.get("responses", {}), new.node.get("responses", {})
        for status in dict.fromkeys([*o, *n]):
            at = f"{new.at}/responses/{escape(status)}"
            if status not in n:
                level = Level.BREAKING if side.sent else Level.INFO
                self._emit(f"{side.prefix}-status-removed", level, f"status {status} removed", at)
            elif status not in o:
                level = Level.INFO if side.sent else Level.WARNING
                self._emit(f"{side.prefix}-status-added", level, f"status {status} added", at)
            else:
                old_content = resolve(self.old, o[status]).get("content", {})
                new_content = resolve(self.new, n[status]).get("content", {})
                self._content(old_content, new_content, at + "/content", side, f"status {status}")

    def _content(self, o: Mapping[str, Any], n: Mapping[str, Any], at: str, side: Side,
                 what: str) -> None:  # fmt: skip
        for media in dict.fromkeys([*o, *n]):
            media_at = f"{at}/{escape(media)}"
            if media not in n:
                message = f"{what}: media type {media} removed"
                self._emit(f"{side.prefix}-media-type-removed", Level.BREAKING, message, media_at)
            elif media not in o:
                level = Level.INFO if side.sent else Level.WARNING
                message = f"{what}: media type {media} added"
                self._emit(f"{side.prefix}-media-type-added", level, message, media_at)
            elif "schema" in o[media] or "schema" in n[media]:
                self.schemas.compare(o[media].get("schema"), n[media].get("schema"),
                                     media_at + "/schema", "", side)  # fmt: skip

    # -- credentials and signing ------------------------------------------------------------

    def _security(self, old: Op, new: Op) -> None:
        o = _requirements(old.node.get("security", self.old.get("security", [])))
        n = _requirements(new.node.get("security", self.new.get("security", [])))
        at = new.at + "/security"
        for scheme in sorted(n - o):
            message = f"credential {scheme} now required"
            self._emit("security-requirement-added", Level.BREAKING, message, at)
        for scheme in sorted(o - n):
            message = f"credential {scheme} no longer required"
            self._emit("security-requirement-removed", Level.INFO, message, at)

    def _security_schemes(self) -> None:
        o = self.old.get("components", {}).get("securitySchemes", {})
        n = self.new.get("components", {}).get("securitySchemes", {})
        for name in dict.fromkeys([*o, *n]):
            at = pointer("components", "securitySchemes", name)
            if name not in n:
                self._emit(
                    "security-scheme-removed", Level.WARNING, f"security scheme {name} removed", at
                )
            elif name not in o:
                self._emit("security-scheme-added", Level.INFO, f"security scheme {name} added", at)
            else:
                for key in ("type", "in", "name", "scheme", "x-jiaofei-value"):
                    if o[name].get(key) != n[name].get(key):
                        rule = (
                            "credential-source-changed"
                            if key.startswith("x-")
                            else "security-scheme-changed"
                        )
                        message = (
                            f"security scheme {name}: {key} {_show(o[name].get(key))}"
                            f" → {_show(n[name].get(key))}"
                        )
                        self._emit(rule, Level.BREAKING, message, f"{at}/{escape(key)}")

    def _signing(self, old: Op, new: Op, which: str, key: str, *, sent: bool) -> None:
        o, n = old.node.get(key), new.node.get(key)
        at = f"{new.at}/{key}"
        whose = "what the wheel's user sends" if sent else "what they receive"
        if o == n:
            return
        if o is None:
            self._emit(f"{which}-added", Level.BREAKING, f"{which} rule added ({whose})", at)
            return
        if n is None:
            level = Level.WARNING if not sent and which == "reply-signing" else Level.BREAKING
            self._emit(f"{which}-removed", level, f"{which} rule removed ({whose})", at)
            return
        for part, rule, label in SIGNING_PARTS:
            if o.get(part) != n.get(part):
                message = f"{which} {label}: {_show(o.get(part))} → {_show(n.get(part))}"
                self._emit(f"{which}-{rule}", Level.BREAKING, message, f"{at}/{part}")
        old_fields, new_fields = o.get("fields"), n.get("fields")
        if old_fields != new_fields:
            if old_fields and new_fields and sorted(old_fields) == sorted(new_fields):
                message = f"{which} field order {_show(old_fields)} → {_show(new_fields)}"
                self._emit(f"{which}-fields-reordered", Level.BREAKING, message, at + "/fields")
            else:
                message = f"{which} fields {_show(old_fields)} → {_show(new_fields)}"
                self._emit(f"{which}-fields-changed", Level.BREAKING, message, at + "/fields")
        known = {part for part, _, _ in SIGNING_PARTS} | {"fields"}
        for option in sorted((set(o) | set(n)) - known):
            if o.get(option) != n.get(option):
                message = f"{which} {option}: {_show(o.get(option))} → {_show(n.get(option))}"
                self._emit(f"{which}-option-changed", Level.BREAKING, message, f"{at}/{option}")

    def _callback_settings(self, old: Op, new: Op) -> None:
        o = old.node.get("x-jiaofei-callback", {})
        n = new.node.get("x-jiaofei-callback", {})
        at = new.at + "/x-jiaofei-callback"
        levels = {"ack": Level.BREAKING, "dedupe-key": Level.WARNING}
        for key in dict.fromkeys([*o, *n]):
            if o.get(key) != n.get(key):
                message = f"delivery {key}: {_show(o.get(key))} → {_show(n.get(key))}"
                rule = f"callback-{key}-changed" if key in levels else "callback-setting-changed"
                self._emit(rule, levels.get(key, Level.INFO), message, f"{at}/{escape(key)}")

    # -- the document as a whole ------------------------------------------------------------

    def _document(self) -> None:
        o_info, n_info = self.old.get("info", {}), self.new.get("info", {})
        if o_info.get("version") != n_info.get("version"):
            message = f"API version {o_info.get('version')} → {n_info.get('version')}"
            self._emit("api-version-changed", Level.INFO, message, "/info/version")
        if self.old.get("servers") != self.new.get("servers"):
            self._emit("servers-changed", Level.WARNING, "default servers changed", "/servers")
        self._settings(o_info.get("x-jiaofei-settings", []), n_info.get("x-jiaofei-settings", []))
        for name, level, what in (
            ("envelope", Level.BREAKING, "the message envelope"),
            ("outcome", Level.BREAKING, "the fields saying whether a call succeeded"),
            ("reply-format", Level.BREAKING, "how replies are encoded"),
            ("auto", Level.WARNING, "the fields the client fills in"),
            ("code-tables", Level.INFO, "the code tables"),
        ):
            self._declared(o_info, n_info, name, level, "/info", what)

    def _settings(self, old: list[Any], new: list[Any]) -> None:
        """A setting removed or renamed breaks configurations; a new one without a default
        may need configuring by those who upgrade."""
        o = {s.get("name"): s for s in old}
        n = {s.get("name"): s for s in new}
        for name in dict.fromkeys([*o, *n]):
            at = f"/info/x-jiaofei-settings/{list(n).index(name) if name in n else ''}"
            if name not in n:
                self._emit("setting-removed", Level.BREAKING, f"setting {name} removed", at)
            elif name not in o:
                needed = "default" not in n[name]
                level = Level.WARNING if needed else Level.INFO
                message = f"setting {name} added" + (" without a default" if needed else "")
                self._emit("setting-added", level, message, at)
            elif o[name] != n[name]:
                for key in dict.fromkeys([*o[name], *n[name]]):
                    if o[name].get(key) != n[name].get(key) and key != "description":
                        level = (
                            Level.INFO if key == "default" and key in o[name] else Level.BREAKING
                        )
                        message = (
                            f"setting {name}: {key} {_show(o[name].get(key))}"
                            f" → {_show(n[name].get(key))}"
                        )
                        self._emit("setting-changed", level, message, at)

    def _declared(self, o: Mapping[str, Any], n: Mapping[str, Any], name: str, level: Level,
                  at: str, what: str) -> None:  # fmt: skip
        key = f"x-jiaofei-{name}"
        if o.get(key) != n.get(key):
            self._emit(f"{name}-changed", level, f"{what} ({key}) changed", f"{at}/{key}")


def diff(old: Mapping[str, Any], new: Mapping[str, Any], api: str = "") -> Report:
    """Every change from ``old`` to ``new``, classified."""
    return DocumentDiff(old, new, api).report()


def _same_place(old: Op, new: Op) -> bool:
    if old.kind != new.kind:
        return False
    if old.interface_code and old.interface_code == new.interface_code:
        return True
    return (old.method, old.route) == (new.method, new.route)


def _requirements(security: Any) -> frozenset[str]:
    """The schemes every alternative requires (a client must be able to meet the first)."""
    if not security:
        return frozenset()
    return frozenset(security[0])


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
