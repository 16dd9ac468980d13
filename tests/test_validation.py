"""Validation names the field and rule, picks the error jsonschema's best_match would, and
compares numbers exactly."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest

from jiaofei import API_PACKAGES, validation
from jiaofei.errors import ValidationError
from jiaofei.spec import ApiSpec

SCHEMAS: dict[str, Any] = {
    "Order": {
        "type": "object",
        "properties": {
            "code": {"type": "string", "minLength": 2, "maxLength": 4, "pattern": "^[A-Z]+$"},
            "kind": {"type": "string", "enum": ["A", "B"]},
            "count": {"type": "integer", "minimum": 1, "maximum": 9999999999},
            "note": {"type": ["string", "null"]},
            "url": {"type": "string", "format": "uri"},
            "host": {"type": "string", "format": "ipv4"},
            "amount": {"type": "string", "format": "decimal"},
            "inner": {"$ref": "#/components/schemas/Inner"},
            "sign": {"type": "string"},
        },
        "required": ["code", "sign"],
        "additionalProperties": False,
    },
    "Inner": {
        "type": "object",
        "properties": {"id": {"type": "string", "maxLength": 3}},
        "required": ["id"],
        "unevaluatedProperties": False,
    },
    "PatternFirst": {"type": "string", "pattern": "^[0-9]+$", "minLength": 1},
    "Either": {"anyOf": [{"type": "string", "maxLength": 2}, {"type": "integer"}]},
    "Maximum": {"type": "number", "maximum": 10},
    "Minimum": {"type": "number", "minimum": 0.1},
    "Below": {"type": "number", "exclusiveMaximum": 0.3},
    "Cents": {"type": "number", "multipleOf": 0.01},
}
SPEC = ApiSpec("validation-test", {"components": {"schemas": SCHEMAS}})
VALID = {"code": "AB", "sign": "s"}


def error(schema: str, instance: Any, without: tuple[str, ...] = ()) -> tuple[str, str, str]:
    with pytest.raises(ValidationError) as caught:
        validation.check(SPEC, f"#/components/schemas/{schema}", instance, without=without)
    return caught.value.field, caught.value.rule, caught.value.detail


def valid(schema: str, instance: Any) -> bool:
    return validation.compiled(SPEC, f"#/components/schemas/{schema}").is_valid(instance)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"code": "ABCDE"}, ("code", "maxLength", "is longer than 4 characters")),
        ({"code": "A"}, ("code", "minLength", "is shorter than 2 characters")),
        ({"code": "ab"}, ("code", "pattern", "'ab' does not match '^[A-Z]+$'")),
        ({"kind": "C"}, ("kind", "enum", "'C' is not one of ['A', 'B']")),
        ({"count": "1"}, ("count", "type", "'1' is not of type 'integer'")),
        ({"note": 1}, ("note", "type", "1 is not of type ['string', 'null']")),
        ({"count": 0}, ("count", "minimum", "0 is less than the minimum of 1")),
        ({"url": "not a uri"}, ("url", "format", "'not a uri' is not a 'uri'")),
        ({"host": "256.1.1.1"}, ("host", "format", "'256.1.1.1' is not a 'ipv4'")),
        ({"extra": 1}, ("extra", "additionalProperties", "is not a field of this message")),
        ({"inner": {}}, ("inner.id", "required", "is required")),
        ({"inner": {"id": "1234"}}, ("inner.id", "maxLength", "is longer than 3 characters")),
        (
            {"inner": {"id": "1", "zz": 1, "aa": 2}},
            ("inner.aa", "unevaluatedProperties", "is not a field of this message"),
        ),
    ],
)
def test_errors_name_the_field_and_rule(change: dict[str, Any], expected: tuple[str, ...]) -> None:
    assert error("Order", {**VALID, **change}) == expected


def test_the_message_reads_field_detail_and_rule() -> None:
    with pytest.raises(ValidationError, match=r"^code: is required \(required\)$"):
        validation.check(SPEC, "#/components/schemas/Order", {"sign": "s"})


def test_the_first_missing_field_in_the_documents_order_is_named() -> None:
    assert error("Order", {}) == ("code", "required", "is required")


def test_the_error_highest_up_in_the_message_wins() -> None:
    # As best_match: what is wrong with the message itself says more than a bad inner field.
    assert error("Order", {"code": "ABCDEF", "inner": {"id": "1234"}})[:2] == ("sign", "required")


def test_rules_of_one_field_are_taken_in_the_schemas_order() -> None:
    assert error("Order", {**VALID, "code": ""})[1] == "minLength"
    assert error("PatternFirst", "")[1] == "pattern"


def test_any_of_names_the_branch_the_values_type_fits() -> None:
    assert error("Either", "abc") == ("", "maxLength", "is longer than 2 characters")
    assert valid("Either", "ab") and valid("Either", 7)


def test_without_leaves_fields_out_of_required() -> None:
    validation.check(SPEC, "#/components/schemas/Order", {"code": "AB"}, without=("sign",))
    assert error("Order", {"sign": "s"}, without=("sign",))[:2] == ("code", "required")
    # the relaxed copy still follows the references inside it
    assert error("Order", {"code": "AB", "inner": {}}, without=("sign",))[0] == "inner.id"


def test_unknown_formats_are_left_to_the_pattern() -> None:
    assert valid("Order", {**VALID, "amount": "whatever"})


@pytest.mark.parametrize(
    ("schema", "value", "accepted"),
    [
        # a float would round each of these across the limit
        ("Maximum", Decimal("10"), True),
        ("Maximum", Decimal("10.0000000000000000001"), False),
        ("Minimum", Decimal("0.1"), True),
        ("Minimum", Decimal("0.09999999999999999999"), False),
        ("Below", Decimal("0.29999999999999999999"), True),
        ("Below", Decimal("0.3"), False),
        ("Cents", Decimal("0.07"), True),
        ("Cents", Decimal("123456789012345678.07"), True),
        ("Cents", Decimal("1.000000000000000000001"), False),
        ("Cents", Decimal("0.005"), False),
        ("Maximum", 10**30, False),
    ],
)
def test_numbers_are_compared_exactly(schema: str, value: Any, accepted: bool) -> None:
    assert valid(schema, value) is accepted


def test_a_refused_decimal_is_named_as_given() -> None:
    assert error("Maximum", Decimal("10.5")) == (
        "",
        "maximum",
        "Decimal('10.5') is greater than the maximum of 10",
    )


def test_big_integers_are_integers() -> None:
    assert error("Order", {**VALID, "count": 10**30})[1] == "maximum"


def test_subclasses_of_json_types_are_read_as_those_types() -> None:
    class Text(str):
        pass

    assert valid("Order", {"code": Text("AB"), "sign": Text("s")})
    assert error("Order", {"code": Text("ABCDE"), "sign": "s"})[:2] == ("code", "maxLength")


def test_values_that_are_not_json_are_refused_by_name() -> None:
    assert error("Order", {**VALID, "note": datetime.date(2024, 1, 1)})[:2] == ("note", "type")
    assert error("Order", {**VALID, 1: "x"})[1] == "type"


def test_compiled_schemas_are_kept() -> None:
    pointer = "#/components/schemas/Order"
    assert validation.compiled(SPEC, pointer) is validation.compiled(SPEC, pointer)
    assert validation.compiled(SPEC, pointer, ("sign",)) is not validation.compiled(SPEC, pointer)


def test_callback_schemas_compile() -> None:
    # Callback keys ({$request.body#/notify_url}) sit in the pointer of their schemas.
    spec = ApiSpec.load("recharge-upstream")
    op = spec.operation("order_notify")
    pointer = op.request_schema_pointer(op.request_media_types[0])
    assert "{" in pointer
    with pytest.raises(ValidationError) as caught:
        validation.check(spec, pointer, {})
    assert caught.value.rule == "required"


# Formats jsonschema-rs asserts, with a value each refuses; and the project's own, which only
# annotate (their type and pattern do the checking).
ASSERTED = {"uri": "not a uri", "ipv4": "256.0.0.1"}
ANNOTATIONS = {"decimal", "epoch-millis", "epoch-seconds"}


def formats(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["format"]} if isinstance(node.get("format"), str) else set()
        return found.union(*(formats(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(formats(v) for v in node))
    return set()


def test_every_format_the_specs_use_is_checked_or_an_annotation() -> None:
    used = set().union(*(formats(ApiSpec.load(api).document) for api in API_PACKAGES))
    assert used <= set(ASSERTED) | ANNOTATIONS, used - set(ASSERTED) - ANNOTATIONS
    spec = ApiSpec("formats", {"components": {"schemas": {f: {"format": f} for f in ASSERTED}}})
    for name, refused in ASSERTED.items():
        schema = validation.compiled(spec, f"#/components/schemas/{name}")
        assert schema.error(refused) is not None and schema.is_valid(7)
