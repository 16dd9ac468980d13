"""Bodies on the wire: the form encoder writes what ``urllib.parse.urlencode`` writes, and the
JSON decoder's refusals hold on their fast paths."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jiaofei import wire
from jiaofei.errors import ValidationError


@given(st.dictionaries(st.text(), st.text() | st.integers()))
def test_form_encoding_is_urlencode(values: dict[str, str | int]) -> None:
    expected = urlencode([(k, str(v)) for k, v in values.items()]).encode()
    assert wire.encode(values, wire.FORM) == expected


def test_duplicated_member_is_named() -> None:
    with pytest.raises(ValidationError) as caught:
        wire.decode_json('{"a": 1, "b": 2, "a": 3}')
    assert caught.value.field == "a"
    assert caught.value.rule == "unique"


def test_depth_is_refused_past_the_limit_and_counted_only_in_structure() -> None:
    deep = "[" * (wire.MAX_JSON_DEPTH + 1) + "]" * (wire.MAX_JSON_DEPTH + 1)
    with pytest.raises(ValidationError, match="deeper"):
        wire.decode_json(deep)
    at_limit = "[" * wire.MAX_JSON_DEPTH + "]" * wire.MAX_JSON_DEPTH
    assert wire.json_depth(wire.decode_json(at_limit)) == wire.MAX_JSON_DEPTH
    brackets_in_text = json.dumps({"note": "{[" * 100})
    assert wire.decode_json(brackets_in_text) == {"note": "{[" * 100}
