"""The differ over a corpus of spec edits on the five shipped documents: each edit with the
rule it must raise and the level of the report as a whole (no edit that breaks a consumer or a
receiver may come out below breaking)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jiaofei.diff import Level, compare, diff
from jiaofei.diff.render import FORMATS
from jiaofei.diff.sources import load, package_dir

GENERATED = Path(__file__).resolve().parents[1] / "generated" / "jiaofei"
B, W, N = Level.BREAKING, Level.WARNING, Level.INFO
Doc = dict[str, Any]


def shipped(api: str) -> Doc:
    return json.loads((GENERATED / package_dir(api) / "openapi.json").read_text(encoding="utf-8"))


def schema(d: Doc, name: str) -> Doc:
    return d["components"]["schemas"][name]


def prop(d: Doc, name: str, field: str) -> Doc:
    return schema(d, name)["properties"][field]


def op(d: Doc, path: str, method: str = "post") -> Doc:
    return d["paths"][path][method]


def order_notify(d: Doc) -> Doc:
    callbacks = op(d, "/1/api/oper/order")["callbacks"]
    return callbacks["order_notify"]["{$request.body#/notify_url}"]["post"]


def webhook(d: Doc, name: str = "on_order_feedback") -> Doc:
    return d["webhooks"][name]["post"]


def require(d: Doc, name: str, field: str, prop_schema: Doc | None = None) -> None:
    if prop_schema is not None:
        schema(d, name)["properties"][field] = prop_schema
    schema(d, name)["required"].append(field)


def unrequire(d: Doc, name: str, field: str) -> None:
    schema(d, name)["required"].remove(field)


def drop(d: Doc, name: str, field: str) -> None:
    del schema(d, name)["properties"][field]
    if field in schema(d, name).get("required", []):
        unrequire(d, name, field)


def added_call(d: Doc) -> None:
    d["paths"]["/1/api/oper/balance2"] = {
        "post": {**copy.deepcopy(op(d, "/1/api/oper/balance")), "operationId": "balance2"}
    }


def renamed(d: Doc) -> None:
    op(d, "/1/api/oper/query_order")["operationId"] = "query_order_v2"


def moved(d: Doc) -> None:
    d["paths"]["/sign/api/订购"] = d["paths"].pop("/sign/api/产品订购")


def new_param(d: Doc, required: bool) -> None:
    params = op(d, "/sign/api/订单状态查询", "get")["parameters"]
    params.append(
        {"name": "trace", "in": "query", "required": required, "schema": {"type": "string"}}
    )


def webhook_copy(d: Doc) -> None:
    hook = copy.deepcopy(d["webhooks"]["on_order_feedback"])
    hook["post"]["operationId"] = "on_order_feedback_v2"
    hook["post"]["x-interface-code"] = "OSPF901"
    d["webhooks"]["on_order_feedback_v2"] = hook


def settings_without(d: Doc, name: str) -> None:
    d["info"]["x-jiaofei-settings"] = [
        s for s in d["info"]["x-jiaofei-settings"] if s["name"] != name
    ]


Edit = tuple[str, str, Callable[[Doc], Any], str, Level]
S = "x-jiaofei-signing"
R = "x-jiaofei-reply-signing"
RU, RS, CCB, CMPAY, OSP = (
    "recharge-upstream",
    "recharge-service",
    "ccb-electricity",
    "cmpay",
    "cmcc-osp",
)
CORPUS: list[Edit] = [
    # recharge-upstream: requests, replies, its callback (received, ack sent) and signing
    (
        RU,
        "request field added required",
        lambda d: require(d, "OrderRequest", "channel", {"type": "string"}),
        "request-property-added-required",
        B,
    ),
    (
        RU,
        "request field added optional",
        lambda d: schema(d, "OrderRequest")["properties"].update(channel={"type": "string"}),
        "request-property-added",
        N,
    ),
    (
        RU,
        "request field made optional",
        lambda d: unrequire(d, "OrderRequest", "notify_url"),
        "request-property-became-optional",
        N,
    ),
    (
        RU,
        "reply field removed",
        lambda d: drop(d, "OrderReply", "msg"),
        "response-property-removed",
        B,
    ),
    (
        RU,
        "delivery field added required",
        lambda d: require(d, "OrderNotify", "extra", {"type": "string"}),
        "delivery-property-added-required",
        B,
    ),
    (
        RU,
        "delivery field made optional",
        lambda d: unrequire(d, "OrderNotify", "mobile_order_no"),
        "delivery-property-became-optional",
        B,
    ),
    (
        RU,
        "delivery field added optional",
        lambda d: schema(d, "OrderNotify")["properties"].update(extra={"type": "string"}),
        "delivery-property-added",
        N,
    ),
    (
        RU,
        "callback signed fields reordered",
        lambda d: order_notify(d)[S]["fields"].reverse(),
        "signing-fields-reordered",
        B,
    ),
    (
        RU,
        "signed field removed",
        lambda d: op(d, "/1/api/oper/order")[S]["fields"].pop(),
        "signing-fields-changed",
        B,
    ),
    (
        RU,
        "which replies are signed",
        lambda d: op(d, "/1/api/oper/balance")[R].update(when={"code": "0"}),
        "reply-signing-when-changed",
        B,
    ),
    (
        RU,
        "signing scheme",
        lambda d: op(d, "/1/api/oper/order")[S].update(scheme="md5-sorted"),
        "signing-scheme-changed",
        B,
    ),
    (
        RU,
        "callback ack",
        lambda d: order_notify(d)["x-jiaofei-callback"].update(ack="success"),
        "callback-ack-changed",
        B,
    ),
    (
        RU,
        "callback dedupe key",
        lambda d: order_notify(d)["x-jiaofei-callback"].update({"dedupe-key": ["order_no"]}),
        "callback-dedupe-key-changed",
        W,
    ),
    (RU, "call removed", lambda d: d["paths"].pop("/1/api/oper/balance"), "operation-removed", B),
    (RU, "call renamed", renamed, "operation-renamed", B),
    (
        RU,
        "callback removed",
        lambda d: op(d, "/1/api/oper/order").pop("callbacks"),
        "callback-removed",
        B,
    ),
    (
        RU,
        "request media type removed",
        lambda d: op(d, "/1/api/oper/order")["requestBody"]["content"].pop(
            "application/x-www-form-urlencoded"
        ),
        "request-media-type-removed",
        B,
    ),
    (
        RU,
        "delivery media type removed",
        lambda d: order_notify(d)["requestBody"]["content"].pop("application/json"),
        "delivery-media-type-removed",
        B,
    ),
    (
        RU,
        "face value minimum raised",
        lambda d: schema(d, "FaceValue").update(minimum=100),
        "request-minimum-tightened",
        B,
    ),
    (RU, "call added", added_call, "operation-added", N),
    (
        RU,
        "now retried",
        lambda d: op(d, "/1/api/oper/order").update({"x-idempotent": True}),
        "idempotency-changed",
        W,
    ),
    (
        RU,
        "delivered more often",
        lambda d: order_notify(d).update({"x-retry": {"attempts": 5}}),
        "retry-changed",
        N,
    ),
    (
        RU,
        "face value unit",
        lambda d: schema(d, "FaceValue").update({"x-unit": "yuan"}),
        "request-unit-changed",
        B,
    ),
    (
        CMPAY,
        "reply date read differently",
        lambda d: prop(d, "OrderQueryReply", "payDate").update({"x-jiaofei-read": "date"}),
        "response-reading-changed",
        B,
    ),
    # recharge-service: query parameters, settings, routes
    (
        RS,
        "signing secret",
        lambda d: op(d, "/sign/api/产品订购")[S].update(secret="app_key"),
        "signing-secret-changed",
        B,
    ),
    (
        RS,
        "signature field",
        lambda d: op(d, "/sign/api/产品订购")[S].update(signature="signature"),
        "signing-signature-field-changed",
        B,
    ),
    (
        RS,
        "reply enum value added",
        lambda d: prop(d, "OrderData", "status")["enum"].append("1"),
        "response-enum-value-added",
        B,
    ),
    (
        RS,
        "query parameter added required",
        lambda d: new_param(d, True),
        "request-parameter-added-required",
        B,
    ),
    (
        RS,
        "query parameter added optional",
        lambda d: new_param(d, False),
        "request-parameter-added",
        N,
    ),
    (RS, "setting removed", lambda d: settings_without(d, "ts_window"), "setting-removed", B),
    (RS, "path changed", moved, "operation-path-changed", B),
    (
        RS,
        "reply status removed",
        lambda d: op(d, "/sign/api/产品订购")["responses"].pop("409"),
        "response-status-removed",
        N,
    ),
    # ccb-electricity: enveloped, both directions signed
    (
        CCB,
        "reply envelope member",
        lambda d: op(d, "/trade/userInfoQuery")[R].update(payload="resp"),
        "reply-signing-envelope-changed",
        B,
    ),
    (
        CCB,
        "signing case option",
        lambda d: op(d, "/trade/userInfoQuery")[S].update(case="upper"),
        "signing-option-changed",
        B,
    ),
    (
        CCB,
        "reply signing removed",
        lambda d: op(d, "/trade/userInfoQuery").pop(R),
        "reply-signing-removed",
        W,
    ),
    (
        CCB,
        "request signing removed",
        lambda d: op(d, "/trade/userInfoQuery").pop(S),
        "signing-removed",
        B,
    ),
    (
        CCB,
        "request length tightened",
        lambda d: prop(d, "PayByCodeRequest", "ow_amt").update(maxLength=10),
        "request-max-length-tightened",
        B,
    ),
    (
        CCB,
        "request length loosened",
        lambda d: prop(d, "PayByCodeRequest", "ow_amt").update(maxLength=40),
        "request-max-length-loosened",
        N,
    ),
    (
        CCB,
        "reply enum value removed",
        lambda d: prop(d, "QueryPaymentResponse", "status")["enum"].remove("UNKNOW"),
        "response-enum-value-removed",
        W,
    ),
    (
        CCB,
        "request pattern changed",
        lambda d: prop(d, "PayByCodeRequest", "ow_amt").update(pattern="^[0-9]+$"),
        "request-pattern-changed",
        B,
    ),
    (
        CCB,
        "result member",
        lambda d: op(d, "/trade/userInfoQuery").update({"x-jiaofei-result": "data"}),
        "result-changed",
        B,
    ),
    (CCB, "API version", lambda d: d["info"].update(version="1.01"), "api-version-changed", N),
    # cmpay: one form-encoded operation, ordered HMAC fields, variants
    (
        CMPAY,
        "request field made required",
        lambda d: schema(d, "OrderQueryRequest")["required"].append("merchantCert"),
        "request-property-became-required",
        B,
    ),
    (
        CMPAY,
        "reply signed fields reordered",
        lambda d: op(d, "/cmpayService")[R]["fields"].reverse(),
        "reply-signing-fields-reordered",
        B,
    ),
    (
        CMPAY,
        "reply media type changed",
        lambda d: op(d, "/cmpayService")["responses"]["200"].update(
            content={
                "application/json": op(d, "/cmpayService")["responses"]["200"]["content"][
                    "application/x-www-form-urlencoded"
                ]
            }
        ),
        "response-media-type-removed",
        B,
    ),
    (
        CMPAY,
        "signing variant",
        lambda d: op(d, "/cmpayService")[S]["variants"]["RSA"].update(scheme="rsa-sha256-ordered"),
        "signing-option-changed",
        B,
    ),
    (
        CMPAY,
        "reply type widened inside a $ref",
        lambda d: prop(d, "OrderQueryReply", "amount").update(type=["integer", "null"]),
        "response-type-loosened",
        B,
    ),
    (
        CMPAY,
        "request format added",
        lambda d: prop(d, "OrderQueryRequest", "orderId").update(format="uuid"),
        "request-format-tightened",
        B,
    ),
    # cmcc-osp: webhooks (received; acks sent), header credentials, query parameters
    (
        OSP,
        "webhook removed",
        lambda d: d["webhooks"].pop("on_order_feedback"),
        "webhook-removed",
        B,
    ),
    (OSP, "webhook added", webhook_copy, "webhook-added", W),
    (
        OSP,
        "webhook field added required",
        lambda d: require(d, "OSPF001Request", "channel", {"type": "string"}),
        "delivery-property-added-required",
        B,
    ),
    (
        OSP,
        "webhook enum value added",
        lambda d: prop(d, "OSPF001Request", "orderResult")["enum"].append("4"),
        "delivery-enum-value-added",
        B,
    ),
    (
        OSP,
        "webhook length tightened",
        lambda d: prop(d, "OSPF001Request", "memo").update(maxLength=64),
        "delivery-max-length-tightened",
        W,
    ),
    (
        OSP,
        "webhook accepts unknown fields",
        lambda d: schema(d, "OSPF001Request").pop("additionalProperties"),
        "delivery-additional-properties-loosened",
        B,
    ),
    (
        OSP,
        "webhook ack",
        lambda d: webhook(d)["x-jiaofei-callback"]["ack"].update(bizCode="0"),
        "callback-ack-changed",
        B,
    ),
    (
        OSP,
        "ack enum value removed",
        lambda d: prop(d, "OSPF001Reply", "bizCode")["enum"].remove("2"),
        "ack-enum-value-removed",
        B,
    ),
    (
        OSP,
        "credential header renamed",
        lambda d: d["components"]["securitySchemes"]["appKey"].update(name="app-key"),
        "security-scheme-changed",
        B,
    ),
    (
        OSP,
        "credential now required",
        lambda d: d["security"][0].update(authCode=[]),
        "security-requirement-added",
        B,
    ),
    (
        OSP,
        "credential setting",
        lambda d: d["components"]["securitySchemes"]["token"].update(
            {"x-jiaofei-value": {"setting": "access_token"}}
        ),
        "credential-source-changed",
        B,
    ),
    (
        OSP,
        "query enum value removed",
        lambda d: op(d, "/number/status", "get")["parameters"][0]["schema"]["enum"].remove("2"),
        "request-enum-value-removed",
        B,
    ),
    (
        OSP,
        "query parameter removed",
        lambda d: op(d, "/number/status", "get")["parameters"].pop(1),
        "request-parameter-removed",
        B,
    ),
    (
        OSP,
        "interface code",
        lambda d: webhook(d).update({"x-interface-code": "OSPF101"}),
        "interface-code-changed",
        W,
    ),
    (
        OSP,
        "reply field made optional",
        lambda d: unrequire(d, "OSPB001Reply", "bizCode"),
        "response-property-became-optional",
        B,
    ),
]


@pytest.mark.parametrize(
    ("api", "edit", "rule", "level"),
    [
        pytest.param(api, edit, rule, level, id=f"{api}: {name}")
        for api, name, edit, rule, level in CORPUS
    ],
)
def test_each_edit_is_classified(
    api: str, edit: Callable[[Doc], Any], rule: str, level: Level
) -> None:
    old = shipped(api)
    new = copy.deepcopy(old)
    edit(new)
    report = diff(old, new, api)
    raised = {(c.rule, c.level) for c in report}
    assert (rule, level) in raised, [c.to_dict() for c in report]
    assert report.highest == level, [c.to_dict() for c in report]


def test_the_corpus_covers_every_api_and_enough_edits() -> None:
    assert len(CORPUS) >= 40
    assert {api for api, *_ in CORPUS} == {RU, RS, CCB, CMPAY, OSP}


@pytest.mark.parametrize("api", [RU, RS, CCB, CMPAY, OSP])
def test_a_document_against_itself_has_no_changes(api: str) -> None:
    assert len(diff(shipped(api), shipped(api), api)) == 0


def test_a_change_names_the_operation_interface_code_and_pointer() -> None:
    old = shipped(OSP)
    new = copy.deepcopy(old)
    require(new, "OSPF001Request", "channel", {"type": "string"})
    (change,) = [c for c in diff(old, new, OSP) if c.level == B]
    assert change.operation == "on_order_feedback"
    assert change.interface_code == "OSPF001"
    assert change.pointer == (
        "/webhooks/on_order_feedback/post/requestBody/content/application~1json/schema"
        "/properties/channel"
    )
    assert "channel" in change.message


def test_a_recursive_schema_is_compared_once_per_pair() -> None:
    node = {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}}}
    old: Doc = {
        "openapi": "3.1.0",
        "paths": {
            "/t": {
                "post": {
                    "operationId": "t",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Node"}}
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Node": node}},
    }
    new = copy.deepcopy(old)
    schema(new, "Node")["properties"]["child"] = {"$ref": "#/components/schemas/Node"}
    schema(new, "Node")["required"] = ["child"]
    rules = [c.rule for c in diff(old, new)]
    assert rules == ["request-property-became-required"]


def test_an_api_removed_from_the_wheel_is_breaking() -> None:
    report = compare({RU: shipped(RU), CMPAY: shipped(CMPAY)}, {RU: shipped(RU)})
    assert [(c.rule, c.level) for c in report] == [("api-removed", B)]


def _edited_report() -> Any:
    old = shipped(RU)
    new = copy.deepcopy(old)
    require(new, "OrderRequest", "channel", {"type": "string"})
    schema(new, "OrderRequest")["properties"]["memo"] = {"type": "string"}
    return diff(old, new, RU)


def test_renderers() -> None:
    report = _edited_report()
    text = FORMATS["text"](report, B)
    assert text.splitlines()[0].startswith("breaking\trequest-property-added-required\t")
    # The request is read as a form and as JSON: each media type reports its own change.
    assert text.splitlines()[-1] == "4 changes: 2 breaking, 0 warning, 2 info"
    assert "| recharge-upstream |  | order | `request-property-added-required` |" in (
        FORMATS["markdown"](report, B)
    )
    document = json.loads(FORMATS["json"](report, B))
    assert document["highest"] == "breaking"
    assert document["counts"] == {"info": 2, "warning": 0, "breaking": 2}
    assert document["changes"][0]["operation"] == "order"
    junit = FORMATS["junit"](report, N)
    assert 'tests="4" failures="4"' in junit
    assert FORMATS["junit"](report, B).count("<failure") == 2


def test_cli_exit_status_and_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from jiaofei.cli import main

    old = shipped(RU)
    new = copy.deepcopy(old)
    schema(new, "OrderRequest")["properties"]["memo"] = {"type": "string"}
    old_file, new_file = tmp_path / "old.json", tmp_path / "new.json"
    old_file.write_text(json.dumps(old), encoding="utf-8")
    new_file.write_text(json.dumps(new), encoding="utf-8")
    assert main(["diff", str(old_file), str(new_file)]) == 0
    assert main(["diff", str(old_file), str(new_file), "--fail-on", "info"]) == 1
    capsys.readouterr()
    webhook_doc = copy.deepcopy(shipped(OSP))
    webhook_doc["webhooks"].pop("on_complaint_urge")
    new_file.write_text(json.dumps(webhook_doc), encoding="utf-8")
    assert main(["diff", "cmcc-osp", str(new_file), "--format", "json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["changes"][0]["rule"] == "webhook-removed"


def test_sources() -> None:
    assert set(load(str(GENERATED.parent.parent), None)) == {RU, RS, CCB, CMPAY, OSP}
    assert list(load(str(GENERATED / "cmpay" / "openapi.json"))) == [CMPAY]
    with pytest.raises(ValueError, match=r"not an openapi\.json file"):
        load("nowhere")


def test_a_shared_component_is_reported_for_every_message_using_it() -> None:
    old = shipped(RU)
    new = copy.deepcopy(old)
    schema(new, "FaceValue")["maximum"] = 100000
    found = {(c.operation, c.rule, c.level) for c in diff(old, new, RU)}
    assert ("order", "request-maximum-tightened", B) in found
    assert ("order_notify", "delivery-maximum-tightened", W) in found


def test_a_parameter_change_points_into_the_parameter() -> None:
    old = shipped(OSP)
    new = copy.deepcopy(old)
    op(new, "/number/status", "get")["parameters"][0]["schema"]["enum"].remove("2")
    (change,) = diff(old, new, OSP)
    assert change.pointer == "/paths/~1number~1status/get/parameters/0/schema/enum"
    assert change.message == 'request query parameter numType: value(s) ["2"] removed'


def test_a_wheel_is_a_source(tmp_path: Path) -> None:
    import zipfile

    wheel = tmp_path / "jiaofei-0.1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.write(GENERATED / "cmpay" / "openapi.json", "jiaofei/cmpay/openapi.json")
    assert list(load(str(wheel))) == [CMPAY]
    assert list(load(str(wheel), CMPAY)) == [CMPAY]
    with pytest.raises(ValueError, match="holds none"):
        load(str(wheel), RU)
