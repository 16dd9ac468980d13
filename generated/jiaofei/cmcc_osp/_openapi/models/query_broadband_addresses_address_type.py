from typing import Literal

QueryBroadbandAddressesAddressType = Literal["1", "2", "3"]

QUERY_BROADBAND_ADDRESSES_ADDRESS_TYPE_VALUES: set[QueryBroadbandAddressesAddressType] = {
    "1",
    "2",
    "3",
}


def check_query_broadband_addresses_address_type(value: str) -> QueryBroadbandAddressesAddressType:
    if value in QUERY_BROADBAND_ADDRESSES_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_BROADBAND_ADDRESSES_ADDRESS_TYPE_VALUES!r}"
    )
