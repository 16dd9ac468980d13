"""The contract kit passes against our sandbox and receivers, and catches every mutant."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from contract_corpus import RECEIVERS
from mutants import SERVER_MUTANTS, mutant_app, refuses_with_200

from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread

pytestmark = pytest.mark.slow

KEY = "k3y"


def contract(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
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
        cwd=cwd,
    )


def test_clean_against_our_sandbox(tmp_path) -> None:
    with serve_in_thread(create_app("recharge-upstream", KEY)) as server:
        junit = tmp_path / "report.xml"
        # A relative report path, from the directory the command runs in.
        result = contract(
            "recharge-upstream", "--base-url", server.url, "--junit-xml", "report.xml", cwd=tmp_path
        )
    assert result.returncode == 0, result.stdout[-4000:]
    assert f"jiaofei contract recharge-upstream against {server.url}: clean" in result.stdout
    assert junit.read_text().startswith("<?xml")
    # schemathesis's and hypothesis's caches stay out of the working directory.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xml"]


PROMISES = {
    "accepts a bad signature": "tampered_signature_refused",
    "drops a required reply field": "ST108 Response violates schema",
    "signs replies wrongly": "reply_signature_verifies",
    "answers 5xx on bad input": "ST101 Server error",
    "ignores a signed field": "tampered_field_refused",
}
# The document's examples are accepted requests enough to send tampered and to read replies
# from; bad input needs the coverage phase's negative cases.
PHASES = {mutant: ["--phases", "examples"] for mutant in PROMISES} | {
    "answers 5xx on bad input": ["--phases", "examples,coverage"]
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
        result = contract(api, "--base-url", server.url, *PHASES.get(mutant, []))
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.startswith("  broken: ")]
    assert any(PROMISES[mutant] in line for line in broken), result.stdout[-3000:]
    assert "Traceback" not in result.stdout + result.stderr


# Defects shown on one API: what they are about does not differ between APIs.
ONE_API_DEFECTS = {
    "accepts a bad enum": ("ST201 Schema-violating request accepted", "examples,coverage"),
    "signs replies over re-serialised JSON": ("reply_signature_verifies", "examples"),
}


@pytest.mark.parametrize("mutant", list(ONE_API_DEFECTS))
def test_one_api_server_defects_are_caught(mutant: str) -> None:
    promise, phases = ONE_API_DEFECTS[mutant]
    with serve_in_thread(mutant_app("recharge-upstream", KEY, SERVER_MUTANTS[mutant])) as server:
        result = contract("recharge-upstream", "--base-url", server.url, "--phases", phases)
    assert result.returncode == 1
    broken = [line for line in result.stdout.splitlines() if line.startswith("  broken: ")]
    assert any(promise in line for line in broken), result.stdout[-3000:]


def test_tampered_field_failure_shows_its_exchange() -> None:
    """The failure names the field, the rule and a hint, with the tampered request (not the
    original) and the response it got."""
    mutate = SERVER_MUTANTS["ignores a signed field"]
    with serve_in_thread(mutant_app("recharge-upstream", KEY, mutate)) as server:
        result = contract("recharge-upstream", "--base-url", server.url, "--phases", "examples")
    assert result.returncode == 1
    out = result.stdout
    assert "the signed field 'face_value' changed (100 -> 101)" in out, out[-4000:]
    assert "rule: order: 'sign' is md5-concat over uid, order_no, phone_number, face_value" in out
    assert "hint: recompute the signature over the received values" in out
    evidence = out[out.index("the signed field 'face_value' changed") :]
    assert '"face_value":101' in evidence.split("response:")[0]
    assert "HTTP 200 OK" in evidence and '{"code":"200"' in evidence


@pytest.mark.parametrize("api", list(APIS))
def test_refusals_with_200_and_the_document_code_pass(api: str) -> None:
    """Where the document is silent on HTTP status, a server answering every refusal with
    200 and the document's failure code is correct."""
    with serve_in_thread(mutant_app(api, APIS[api], refuses_with_200)) as server:
        result = contract(
            api, "--base-url", server.url, "--phases", "examples,coverage", "--max-examples", "5"
        )
    assert result.returncode == 0, result.stdout[-4000:]


@pytest.mark.parametrize("name", list(RECEIVERS))
def test_receiver_corpus(name: str, tmp_path: Path) -> None:
    """Each receiver of the corpus gets its verdict; every failure shows the deliveries and
    answers behind it, and the JUnit report carries the same."""
    make, expected = RECEIVERS[name]
    junit = tmp_path / "report.xml"
    with serve_in_thread(make()) as inbox:
        result = contract(
            "recharge-upstream",
            "--receiver",
            f"{inbox.url}/notify",
            "--operation",
            "order_notify",
            "--processed-url",
            f"{inbox.url}/processed",
            "--phases",
            "examples",
            "--junit-xml",
            str(junit),
        )
    out = result.stdout
    assert "Traceback" not in out + result.stderr
    assert not list(tmp_path.glob("*.json"))
    if expected is None:
        assert result.returncode == 0, out[-4000:]
        return
    assert result.returncode == 1, out[-4000:]
    for text in expected:
        assert text in out, out[-4000:]
    assert "request:" in out and "response:" in out
    report = junit.read_text()
    assert any(text.removeprefix("broken: ") in report for text in expected), report[-3000:]


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


def test_pytest_fixture_plays_the_delivery_scenarios(jiaofei_contract) -> None:
    make, expected = RECEIVERS["processes duplicates twice"]
    assert expected is not None
    with serve_in_thread(make()) as inbox:
        with pytest.raises(pytest.fail.Exception, match="duplicate: a delivery sent twice"):
            jiaofei_contract(
                "recharge-upstream",
                f"{inbox.url}/notify",
                secret=KEY,
                receiver="order_notify",
                processed_url=f"{inbox.url}/processed",
                max_examples=5,
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
