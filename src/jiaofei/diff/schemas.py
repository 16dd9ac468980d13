"""Two JSON Schemas compared keyword by keyword, with the direction the data flows.

What the wheel's user *sends* (a call's request, the ack of a delivery) breaks them when it is
tightened: values they sent before are now refused. What they *receive* (a call's reply, a
callback's or webhook's body) breaks them when it is loosened: their code meets values it never
saw. Tightening what is received is a warning (the wheel validates it, so a peer still sending
the old shape is refused), except a field becoming required, which breaks: the reader refuses
every message without it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from jiaofei.diff.changes import Level, escape

Emit = Callable[[str, Level, str, str], None]

# What a value means and how the runtime reads it, beyond its JSON type: a change alters the
# amount or the Python type users handle, whichever way the message flows.
MEANINGS = (
    ("x-unit", "unit"),
    ("x-jiaofei-read", "reading"),
    ("x-date-format", "reading"),
    ("x-format", "reading"),
    ("x-parsed-schema", "reading"),
)

# Keywords that bound a value from above or below: (keyword, rule name, larger means looser).
BOUNDS = (
    ("maxLength", "max-length", True),
    ("minLength", "min-length", False),
    ("maximum", "maximum", True),
    ("exclusiveMaximum", "exclusive-maximum", True),
    ("minimum", "minimum", False),
    ("exclusiveMinimum", "exclusive-minimum", False),
    ("maxItems", "max-items", True),
    ("minItems", "min-items", False),
    ("maxProperties", "max-properties", True),
    ("minProperties", "min-properties", False),
)


@dataclass(frozen=True)
class Side:
    """Which message a schema describes: ``prefix`` starts its rule ids (request, response,
    delivery, ack); ``sent`` says whether the wheel's user produces it."""

    prefix: str
    sent: bool

    def level(self, effect: str) -> Level:
        """The level of a constraint ``tightened``, ``loosened`` or ``changed`` (both)."""
        if effect == "changed":
            return Level.BREAKING
        if self.sent:
            return Level.BREAKING if effect == "tightened" else Level.INFO
        return Level.BREAKING if effect == "loosened" else Level.WARNING


REQUEST = Side("request", sent=True)
RESPONSE = Side("response", sent=False)
DELIVERY = Side("delivery", sent=False)
ACK = Side("ack", sent=True)


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """``node`` with local ``$ref`` followed (siblings of ``$ref`` kept over the target's)."""
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#") or seen > 50:
            return node
        target: Any = document
        for token in ref[1:].split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, Mapping) else None
        if not isinstance(target, Mapping):
            return node
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings}
        seen += 1
    return node


class SchemaDiff:
    """Compares the schemas of one message in two documents, reporting through ``emit``."""

    def __init__(self, old_doc: Mapping[str, Any], new_doc: Mapping[str, Any], emit: Emit):
        self.old_doc = old_doc
        self.new_doc = new_doc
        self.emit = emit
        # The schema pairs being compared further up: a recursive schema stops where it recurs.
        self._open: set[tuple[Any, Any, str]] = set()

    def compare(self, old: Any, new: Any, where: str, field: str, side: Side) -> None:
        key = (_identity(old), _identity(new), side.prefix)
        if key in self._open:
            return
        self._open.add(key)
        try:
            self._compare(old, new, where, field, side)
        finally:
            self._open.discard(key)

    def _compare(self, old: Any, new: Any, where: str, field: str, side: Side) -> None:
        o = self._flatten(resolve(self.old_doc, old), self.old_doc)
        n = self._flatten(resolve(self.new_doc, new), self.new_doc)
        if not isinstance(o, Mapping) or not isinstance(n, Mapping):
            if o != n:
                self._say(side, "schema", "changed", where, f"{field}: schema changed")
            return
        self._types(o, n, where, field, side)
        self._restrictions(o, n, where, field, side)
        self._meaning(o, n, where, field, side)
        self._bounds(o, n, where, field, side)
        self._enum(o, n, where, field, side)
        self._properties(o, n, where, field, side)
        self._closed(o, n, where, field, side)
        self._subschemas(o, n, where, field, side)

    # -- the pieces -------------------------------------------------------------------------

    def _say(self, side: Side, rule: str, effect: str, where: str, message: str) -> None:
        self.emit(
            f"{side.prefix}-{rule}-{effect}", side.level(effect), f"{side.prefix} {message}", where
        )

    def _flatten(self, schema: Any, document: Mapping[str, Any]) -> Any:
        """``allOf`` members merged into the schema: their properties and required names."""
        if not isinstance(schema, Mapping) or "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties = dict(merged.get("properties", {}))
        required = list(merged.get("required", []))
        for part in schema["allOf"]:
            part = self._flatten(resolve(document, part), document)
            if not isinstance(part, Mapping):
                continue
            properties.update(part.get("properties", {}))
            required += [r for r in part.get("required", []) if r not in required]
            for k, v in part.items():
                if k not in ("properties", "required"):
                    merged.setdefault(k, v)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def _types(
        self, o: Mapping[str, Any], n: Mapping[str, Any], where: str, field: str, side: Side
    ) -> None:
        old, new = _types(o), _types(n)
        if old == new:
            return
        shown = f"{field}: type {_show(o.get('type'))} → {_show(n.get('type'))}"
        if new is not None and (old is None or new < old):
            self._say(side, "type", "tightened", where + "/type", shown)
        elif old is not None and (new is None or old < new):
            self._say(side, "type", "loosened", where + "/type", shown)
        else:
            self._say(side, "type", "changed", where + "/type", shown)

    def _restrictions(
        self, o: Mapping[str, Any], n: Mapping[str, Any], where: str, field: str, side: Side
    ) -> None:
        """``format`` and ``pattern``: one added restricts, one removed frees, one replaced
        does both."""
        for keyword in ("format", "pattern"):
            old, new = o.get(keyword), n.get(keyword)
            if old == new:
                continue
            effect = "tightened" if old is None else "loosened" if new is None else "changed"
            message = f"{field}: {keyword} {old} → {new}"
            self._say(side, keyword, effect, f"{where}/{keyword}", message)

    def _meaning(
        self, o: Mapping[str, Any], n: Mapping[str, Any], where: str, field: str, side: Side
    ) -> None:
        for keyword, rule in MEANINGS:
            old, new = o.get(keyword), n.get(keyword)
            if old != new:
                message = f"{side.prefix} {field}: {keyword} {_show(old)} → {_show(new)}"
                self.emit(
                    f"{side.prefix}-{rule}-changed", Level.BREAKING, message, f"{where}/{keyword}"
                )

    def _bounds(self, o: Mapping[str, Any], n: Mapping[str, Any], where: str, field: str,
                side: Side) -> None:  # fmt: skip
        for keyword, rule, larger_looser in BOUNDS:
            old, new = o.get(keyword), n.get(keyword)
            if old == new or isinstance(old, bool) or isinstance(new, bool):
                continue
            if old is None:
                effect = "tightened"
            elif new is None:
                effect = "loosened"
            else:
                effect = "loosened" if (new > old) == larger_looser else "tightened"
            message = f"{field}: {keyword} {_show(old)} → {_show(new)}"
            self._say(side, rule, effect, f"{where}/{keyword}", message)

    def _enum(
        self, o: Mapping[str, Any], n: Mapping[str, Any], where: str, field: str, side: Side
    ) -> None:
        old, new = _values(o), _values(n)
        if old == new:
            return
        at = where + ("/enum" if "enum" in n else "/const" if "const" in n else "")
        if old is None:
            self._say(side, "enum", "tightened", at, f"{field}: now limited to {_show(new)}")
        elif new is None:
            self._say(side, "enum", "loosened", at, f"{field}: no longer limited to {_show(old)}")
        else:
            removed = [v for v in old if v not in new]
            added = [v for v in new if v not in old]
            if removed:
                level = side.level("tightened")
                message = f"{side.prefix} {field}: value(s) {_show(removed)} removed"
                self.emit(f"{side.prefix}-enum-value-removed", level, message, at)
            if added:
                level = side.level("loosened")
                message = f"{side.prefix} {field}: value(s) {_show(added)} added"
                self.emit(f"{side.prefix}-enum-value-added", level, message, at)

    def _properties(self, o: Mapping[str, Any], n: Mapping[str, Any], where: str, field: str,
                    side: Side) -> None:  # fmt: skip
        old_props, new_props = o.get("properties", {}), n.get("properties", {})
        old_req, new_req = set(o.get("required", [])), set(n.get("required", []))
        names = list(dict.fromkeys([*old_props, *new_props, *sorted(old_req | new_req)]))
        for name in names:
            path = f"{field}.{name}" if field else name
            at = f"{where}/properties/{escape(name)}"
            in_old = name in old_props or name in old_req
            in_new = name in new_props or name in new_req
            if in_old and not in_new:
                message = f"{side.prefix} field {path} removed"
                self.emit(f"{side.prefix}-property-removed", Level.BREAKING, message, at)
                continue
            if in_new and not in_old:
                if name in new_req:
                    message = f"{side.prefix} field {path} added as required"
                    self.emit(f"{side.prefix}-property-added-required", Level.BREAKING, message, at)
                else:
                    message = f"{side.prefix} field {path} added (optional)"
                    self.emit(f"{side.prefix}-property-added", Level.INFO, message, at)
                continue
            if name in new_req and name not in old_req:
                message = f"{side.prefix} field {path} became required"
                self.emit(f"{side.prefix}-property-became-required", Level.BREAKING, message, at)
            elif name in old_req and name not in new_req:
                level = Level.INFO if side.sent else Level.BREAKING
                message = f"{side.prefix} field {path} became optional"
                self.emit(f"{side.prefix}-property-became-optional", level, message, at)
            if name in old_props and name in new_props:
                self.compare(old_props[name], new_props[name], at, path, side)

    def _closed(
        self, o: Mapping[str, Any], n: Mapping[str, Any], where: str, field: str, side: Side
    ) -> None:
        for keyword, rule in (
            ("additionalProperties", "additional-properties"),
            ("unevaluatedProperties", "unevaluated-properties"),
        ):
            old, new = o.get(keyword), n.get(keyword)
            if old is False and new is not False:
                self._say(
                    side, rule, "loosened", f"{where}/{keyword}", f"{field}: {keyword} allowed"
                )
            elif new is False and old is not False:
                message = f"{field}: {keyword} refused"
                self._say(side, rule, "tightened", f"{where}/{keyword}", message)
            elif isinstance(old, Mapping) and isinstance(new, Mapping):
                self.compare(old, new, f"{where}/{keyword}", f"{field}[*]", side)

    def _subschemas(self, o: Mapping[str, Any], n: Mapping[str, Any], where: str, field: str,
                    side: Side) -> None:  # fmt: skip
        for keyword in ("items", "not", "if", "then", "else", "contains", "contentSchema"):
            old, new = o.get(keyword), n.get(keyword)
            at = f"{where}/{keyword}"
            inner = f"{field}[]" if keyword == "items" else field
            rule = "content-schema" if keyword == "contentSchema" else keyword
            if old is None and new is not None:
                self._say(side, rule, "tightened", at, f"{field}: {keyword} added")
            elif new is None and old is not None:
                self._say(side, rule, "loosened", at, f"{field}: {keyword} removed")
            elif old is not None and new is not None:
                self.compare(old, new, at, inner, side)
        for keyword in ("oneOf", "anyOf"):
            old_list, new_list = o.get(keyword, []), n.get(keyword, [])
            for i, (old, new) in enumerate(zip(old_list, new_list, strict=False)):
                self.compare(old, new, f"{where}/{keyword}/{i}", field, side)
            if len(new_list) > len(old_list):
                message = f"{field}: {keyword} alternative(s) added"
                self._say(side, "variant", "loosened", f"{where}/{keyword}", message)
            elif len(new_list) < len(old_list):
                message = f"{field}: {keyword} alternative(s) removed"
                self._say(side, "variant", "tightened", f"{where}/{keyword}", message)


def _identity(node: Any) -> Any:
    if isinstance(node, Mapping) and len(node) == 1 and isinstance(node.get("$ref"), str):
        return node["$ref"]
    return id(node)


def _types(schema: Mapping[str, Any]) -> frozenset[str] | None:
    declared = schema.get("type")
    if declared is None:
        return None
    names = set([declared] if isinstance(declared, str) else declared)
    if "number" in names:
        names.add("integer")
    return frozenset(names)


def _values(schema: Mapping[str, Any]) -> list[Any] | None:
    if "enum" in schema:
        return list(schema["enum"])
    if "const" in schema:
        return [schema["const"]]
    return None


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
