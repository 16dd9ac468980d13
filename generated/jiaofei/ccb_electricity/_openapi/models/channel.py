from typing import Literal

Channel = Literal["APP", "H5"]

CHANNEL_VALUES: set[Channel] = {
    "APP",
    "H5",
}


def check_channel(value: str) -> Channel:
    if value in CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANNEL_VALUES!r}")
