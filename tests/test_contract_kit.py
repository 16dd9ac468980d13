"""The contract kit passes against our sandbox and receivers, and catches every mutant."""

from __future__ import annotations

import subprocess
import sys

import pytest
from mutants import SERVER_MUTANTS, mutant_app
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from jiaofei.recharge_upstream import Receiver
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread

pytestmark = pytest.mark.slow

KEY = "k3y"


def contract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "jiaofei.cli",
            "contract",
            *args,
            "--secret",
            KEY,
            "--max-examples",
            "10",
            "--seed",
            "1",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def test_clean_against_our_sandbox(tmp_path) -> None:
    with serve_in_thread(create_app("recharge-upstream", KEY)) as server:
        junit = tmp_path / "report.xml"
        result = contract("recharge-upstream", "--base-url", server.url, "--junit-xml", str(junit))
    assert result.returncode == 0, result.stdout[-4000:]
    assert f"jiaofei contract recharge-upstream against {server.url}: clean" in result.stdout
    assert junit.read_text().startswith("<?xml")


PROMISES = {
    "accepts a bad signature": "tampered_signature_refused",
    "drops a required reply field": "ST108 Response violates schema",
    "signs replies wrongly": "reply_signature_verifies",
    "answers 5xx on bad input": "ST101 Server error",
}
APIS = {"recharge-upstream": KEY, "recharge-service": KEY, "cmpay": KEY, "ccb-electricity": KEY}


@pytest.mark.parametrize("api", list(APIS))
@pytest.mark.parametrize("mutant", list(PROMISES))
def test_every_server_mutant_is_caught(api: str, mutant: str) -> None:
    from jiaofei.plan import ApiPlan

    if mutant == "signs replies wrongly" and not any(
        op.reply_signing for op in ApiPlan.load(api).operations()
    ):
        pytest.skip(f"{api}'s document signs no replies")
    with serve_in_thread(mutant_app(api, APIS[api], SERVER_MUTANTS[mutant])) as server:
        result = contract(api, "--base-url", server.url)
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.startswith("  broken: ")]
    assert any(PROMISES[mutant] in line for line in broken), result.stdout[-3000:]


def test_receiver_mode_clean_against_our_receiver() -> None:
    app = Receiver(md5_key=KEY).asgi("order_notify", lambda notify: None)
    with serve_in_thread(app) as inbox:
        result = contract(
            "recharge-upstream", "--receiver", f"{inbox.url}/notify", "--operation", "order_notify"
        )
    assert result.returncode == 0, result.stdout[-4000:]


def test_receiver_that_acks_without_verifying_is_caught() -> None:
    async def lax(request):
        return PlainTextResponse("ok")

    app = Starlette(routes=[Route("/notify", lax, methods=["POST"])])
    with serve_in_thread(app) as inbox:
        result = contract(
            "recharge-upstream", "--receiver", f"{inbox.url}/notify", "--operation", "order_notify"
        )
    assert result.returncode != 0
    assert "  broken: ST901 Custom check failed: `tampered_signature_refused`" in result.stdout


def test_receiver_with_a_sloppy_ack_is_caught() -> None:
    async def sloppy(request):
        return PlainTextResponse("OK\n")

    app = Starlette(routes=[Route("/notify", sloppy, methods=["POST"])])
    with serve_in_thread(app) as inbox:
        result = contract(
            "recharge-upstream", "--receiver", f"{inbox.url}/notify", "--operation", "order_notify"
        )
    assert result.returncode != 0
    assert "exact_ack" in result.stdout


def _counting_receiver(dedupe: bool) -> Starlette:
    from starlette.responses import JSONResponse

    from jiaofei.callbacks import MemoryDedupe
    from jiaofei.stores import Claim, ClaimStatus

    class Forgetful(MemoryDedupe):
        def claim(self, key: str, lease_seconds: float) -> Claim:
            return Claim(key, ClaimStatus.CLAIMED, "anyone")

    from starlette.responses import Response

    processed: list[object] = []
    receiver = Receiver(md5_key=KEY, dedupe=None if dedupe else Forgetful())

    async def notify(request):
        answer = receiver.handle(
            "order_notify",
            await request.body(),
            request.headers.get("content-type"),
            processed.append,
        )
        return Response(answer.body, answer.status, media_type=answer.content_type)

    async def count(request):
        return JSONResponse({"processed": len(processed)})

    return Starlette(
        routes=[
            Route("/processed", count, methods=["GET"]),
            Route("/notify", notify, methods=["POST"]),
        ]
    )


@pytest.mark.parametrize("dedupe", [True, False], ids=["deduplicating", "processes-duplicates"])
def test_repeated_delivery_check(dedupe: bool) -> None:
    with serve_in_thread(_counting_receiver(dedupe)) as inbox:
        result = contract(
            "recharge-upstream",
            "--receiver",
            f"{inbox.url}/notify",
            "--operation",
            "order_notify",
            "--processed-url",
            f"{inbox.url}/processed",
        )
    if dedupe:
        assert result.returncode == 0, result.stdout[-4000:]
    else:
        assert result.returncode != 0
        assert "  broken: a delivery sent twice was processed 2 times" in result.stdout


# The fixture's own tests run the document's examples only: what they are about (options
# reach the run, a broken promise fails the test) shows there, and full runs against the same
# sandbox and mutant are test_clean_against_our_sandbox's and test_every_server_mutant_is_caught's.
def test_pytest_fixture_passes_against_our_sandbox(jiaofei_contract) -> None:
    with serve_in_thread(create_app("recharge-upstream", KEY)) as server:
        jiaofei_contract(
            "recharge-upstream", server.url, secret=KEY, max_examples=10, seed=1, phases="examples"
        )


def test_pytest_fixture_fails_against_a_mutant(jiaofei_contract) -> None:
    mutate = SERVER_MUTANTS["accepts a bad signature"]
    with serve_in_thread(mutant_app("recharge-upstream", KEY, mutate)) as server:
        with pytest.raises(pytest.fail.Exception, match="tampered_signature_refused"):
            jiaofei_contract(
                "recharge-upstream",
                server.url,
                secret=KEY,
                max_examples=10,
                seed=1,
                phases="examples",
            )


def test_server_accepting_any_token_is_caught(cmcc_sandbox, tls_files, monkeypatch) -> None:
    """The credential promise: an accepted request with its token changed must be refused."""
    from jiaofei.contract.cli import stream
    from jiaofei.contract.runner import Run
    from jiaofei.sandbox import app as sandbox_app

    from conftest import CMCC_TOKEN

    real_check = sandbox_app.credentials.check

    def ignoring_the_token(op, settings, headers, accept):  # type: ignore[no-untyped-def]
        forged = {**headers, "token": settings.get("token") or ""}
        real_check(op, settings, forged, accept)

    monkeypatch.setattr(sandbox_app.credentials, "check", ignoring_the_token)
    run = Run(
        "cmcc-osp",
        cmcc_sandbox.url,
        CMCC_TOKEN,
        max_examples=5,
        seed=1,
        ca_bundle=tls_files.ca,
        client_cert=tls_files.client,
        phases="coverage,fuzzing",
        extra=["--include-operation-id", "check_service_health"],
    )
    outcome = stream(run)
    assert outcome.returncode != 0
    assert any("tampered_credential_refused" in line for line in outcome.broken), outcome.broken
