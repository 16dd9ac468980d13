from typing import Literal

FailureReplyCode = Literal["1"]

FAILURE_REPLY_CODE_VALUES: set[FailureReplyCode] = {
    "1",
}


def check_failure_reply_code(value: str) -> FailureReplyCode:
    if value in FAILURE_REPLY_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAILURE_REPLY_CODE_VALUES!r}")
