"""pytest fixture ``jiaofei_contract``: run our contract tests inside a team's own suite.

def test_our_recharge_platform(jiaofei_contract, our_server_url):
    jiaofei_contract("recharge-upstream", our_server_url, secret="...")

def test_our_notify_receiver(jiaofei_contract, receiver_url):
    jiaofei_contract("recharge-upstream", receiver_url, secret="...", receiver="order_notify")
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from jiaofei.contract.runner import Run


@pytest.fixture
def jiaofei_contract(tmp_path: Any) -> Callable[..., None]:
    def run(
        api: str, url: str, *, secret: str, receiver: str | None = None, **options: Any
    ) -> None:
        contract = Run(
            api,
            url,
            secret,
            receiver_operation=receiver,
            junit_xml=str(tmp_path / "jiaofei-contract.xml"),
            **options,
        )
        result = contract.run(capture=True)
        if result.returncode != 0:
            pytest.fail(f"jiaofei contract {api} against {url} failed:\n{result.stdout[-8000:]}")

    return run
