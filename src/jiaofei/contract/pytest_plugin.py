"""pytest fixture ``jiaofei_contract``: run our contract tests inside a team's own suite.

def test_our_recharge_platform(jiaofei_contract, our_server_url):
    jiaofei_contract("recharge-upstream", our_server_url, secret="...")

def test_our_notify_receiver(jiaofei_contract, receiver_url, processed_url):
    jiaofei_contract(
        "recharge-upstream", receiver_url, secret="...", receiver="order_notify",
        processed_url=processed_url,  # optional: the delivery scenarios then count
    )
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from jiaofei.contract.runner import Run


@pytest.fixture
def jiaofei_contract(tmp_path: Any) -> Callable[..., None]:
    def run(
        api: str,
        url: str,
        *,
        secret: str,
        receiver: str | None = None,
        processed_url: str | None = None,
        **options: Any,
    ) -> None:
        contract = Run(
            api,
            url,
            secret,
            receiver_operation=receiver,
            junit_xml=str(tmp_path / "jiaofei-contract.xml"),
            **options,
        )
        from jiaofei.contract.cli import receiver_problems

        result = contract.run(capture=True)
        problems = receiver_problems(contract, processed_url) if receiver else []
        if result.returncode != 0 or problems:
            report = "\n".join([result.stdout[-8000:], *map(str, problems)])
            pytest.fail(f"jiaofei contract {api} against {url} failed:\n{report}")

    return run
