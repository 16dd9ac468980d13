from typing import Literal

OSPQ009ReplyInterRoamFuncstat = Literal["1", "2", "3"]

OSPQ009_REPLY_INTER_ROAM_FUNCSTAT_VALUES: set[OSPQ009ReplyInterRoamFuncstat] = {
    "1",
    "2",
    "3",
}


def check_ospq009_reply_inter_roam_funcstat(value: str) -> OSPQ009ReplyInterRoamFuncstat:
    if value in OSPQ009_REPLY_INTER_ROAM_FUNCSTAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ009_REPLY_INTER_ROAM_FUNCSTAT_VALUES!r}"
    )
