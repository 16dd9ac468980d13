from typing import Literal

Version = Literal["3.0", "V3.0"]

VERSION_VALUES: set[Version] = {
    "3.0",
    "V3.0",
}


def check_version(value: str) -> Version:
    if value in VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERSION_VALUES!r}")
