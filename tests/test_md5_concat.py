"""The MD5-concat scheme against vectors worked out from seed 001's rule, and its properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jiaofei.errors import SignatureError
from jiaofei.plan import ApiPlan
from jiaofei.secrets import Secret
from jiaofei.signing import Rule, sign, verify

ORDER = {
    "uid": "3928857",
    "order_no": "20160427210604000490",
    "order_type": 1,
    "mobile_type": 1,
    "phone_number": "13999999999",
    "face_value": 100,
    "notify_url": "http://www.baidu.com",
}

# md5("3928857" + "20160427210604000490" + "13999999999" + "100" + "k3y") and so on: the
# document's concatenations, hashed with a plain MD5 tool.
VECTORS = [
    (
        "order",
        ORDER,
        "39288572016042721060400049013999999999100",
        "ef4ce96baf159c8437a42ca729214691",
    ),
    ("balance", {"uid": "3928857"}, "3928857", "b1e830533aec41607488584da6bc3525"),
    (
        "query_order",
        {"uid": "3928857", "order_no": "280399999349719680"},
        "3928857280399999349719680",
        "65f4e5c87ce9b46beec12f01b21ea2bf",
    ),
    (
        "order_notify",
        {**ORDER, "mobile_order_no": "508266044086865194", "status": 4},
        "392885720160427210604000490139999999991004",
        "c05893797d695b06228e6e4e120eeb93",
    ),
]


def rule(operation_id: str) -> Rule:
    found = ApiPlan.load("recharge-upstream").operation(operation_id).signing
    assert found is not None
    return found


@pytest.mark.parametrize(("operation_id", "body", "string_to_sign", "signature"), VECTORS)
def test_document_vectors(
    operation_id: str, body: dict, string_to_sign: str, signature: str
) -> None:
    signed = sign(body, rule(operation_id), Secret("k3y"))
    assert signed.string_to_sign == string_to_sign
    assert signed.signature == signature
    verify({**body, "sign": signature}, rule(operation_id), Secret("k3y"))


def test_utf8_text_is_signed_as_utf8() -> None:
    r = Rule(scheme="md5-concat", secret="k", fields=("record",))
    assert (
        sign({"record": "充值"}, r, Secret("k3y")).signature == "4c74cfb0b8efa862bb112ae84c6a02fb"
    )


@pytest.mark.parametrize("field", ["uid", "order_no", "phone_number", "face_value"])
def test_changing_any_signed_field_fails(field: str) -> None:
    body = {**ORDER, "sign": "ef4ce96baf159c8437a42ca729214691"}
    body[field] = str(body[field]) + "1"
    with pytest.raises(SignatureError, match="does not match"):
        verify(body, rule("order"), Secret("k3y"))


def test_changing_the_key_fails() -> None:
    with pytest.raises(SignatureError):
        verify({**ORDER, "sign": "ef4ce96baf159c8437a42ca729214691"}, rule("order"), Secret("k3z"))


@pytest.mark.parametrize("carried", [None, "", "EF4CE96BAF159C8437A42CA729214691", 42])
def test_missing_or_malformed_signature_raises(carried: object) -> None:
    body = dict(ORDER)
    if carried is not None:
        body["sign"] = carried
    with pytest.raises(SignatureError):
        verify(body, rule("order"), Secret("k3y"))


def test_floats_are_refused_not_guessed() -> None:
    with pytest.raises(TypeError, match="floats"):
        sign({**ORDER, "face_value": 1.5}, rule("order"), Secret("k3y"))


text = st.text(min_size=1, max_size=40)


@given(uid=text, order_no=text, phone=text, face=st.integers(1, 10**9), key=text)
def test_round_trip(uid: str, order_no: str, phone: str, face: int, key: str) -> None:
    body = {"uid": uid, "order_no": order_no, "phone_number": phone, "face_value": face}
    body["sign"] = sign(body, rule("order"), Secret(key)).signature
    verify(body, rule("order"), Secret(key))


@given(
    field=st.sampled_from(["uid", "order_no", "phone_number", "face_value"]),
    suffix=st.text(min_size=1, max_size=5),
    key=text,
)
def test_any_single_field_change_breaks_the_signature(field: str, suffix: str, key: str) -> None:
    body = {"uid": "u", "order_no": "o", "phone_number": "p", "face_value": 100}
    body["sign"] = sign(body, rule("order"), Secret(key)).signature
    body[field] = f"{body[field]}{suffix}"
    # Concatenation is ambiguous at field borders ("ab"+"c" == "a"+"bc"); changing one field's
    # text by appending still changes the whole string, so this must always fail.
    with pytest.raises(SignatureError):
        verify(body, rule("order"), Secret(key))


@given(key=text, other=text)
def test_another_key_never_verifies(key: str, other: str) -> None:
    if key == other:
        return
    body = {"uid": "3928857"}
    body["sign"] = sign(body, rule("balance"), Secret(key)).signature
    with pytest.raises(SignatureError):
        verify(body, rule("balance"), Secret(other))
