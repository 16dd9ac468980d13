"""Deliveries played against a team's callback receiver, each handled as the document requires.

The deliveries are the document's example, each with a fresh identity (its dedupe key) so no
delivery of the fuzzing run counts as an earlier copy, signed with our signer:

- **duplicate**: the same delivery twice in a row: acknowledged both times, processed once;
- **late**: a copy of a delivery arriving after another delivery was processed (the vendor's
  later try, whose earlier answer went missing): acknowledged, not processed again. Neither
  document gives deliveries a timestamp or a deadline (recharge-upstream §1.2: three tries in
  a row, no interval; cmcc-osp: no retry schedule), so nothing makes a delivery too old to
  take: late means after others, never refused for its age;
- **badly signed**: the signature changed: not acknowledged, not processed;
- **tampered field**: each signed field changed in turn, the signature kept: not acknowledged,
  not processed.

With a ``processed_url`` (a URL answering how many deliveries the receiver has processed: a JSON
number or ``{"processed": N}``) every scenario also compares the counts before and after.
"""

from __future__ import annotations

import copy
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from jiaofei import API_PACKAGES, messages, wire
from jiaofei.contract import checks, evidence
from jiaofei.contract.outcome import judge
from jiaofei.plan import OperationPlan
from jiaofei.signers import Signers


@dataclass
class Scenario:
    name: str
    deliveries: list[dict[str, Any]]
    processed: int  # how many of them the receiver must process
    acked: bool  # whether each must be acknowledged
    what: str
    rule: str
    hint: str


class Deliveries:
    def __init__(
        self,
        op: OperationPlan,
        signers: Signers,
        receiver_url: str,
        processed_url: str | None,
        http: httpx.Client,
    ) -> None:
        self.op = op
        self.signers = signers
        self.url = receiver_url
        self.processed_url = processed_url
        self.http = http
        self.media = op.media_type() or wire.JSON

    def problems(self) -> list[evidence.Broken]:
        """Every scenario's broken promise, in order; a receiver that cannot be reached ends
        the run with one problem saying so."""
        found: list[evidence.Broken] = []
        for scenario in self.scenarios():
            try:
                problem = self.play(scenario)
            except Unreachable as exc:
                found.append(exc.broken)
                break
            if problem is not None:
                found.append(problem)
        return found

    def scenarios(self) -> Iterator[Scenario]:
        op = self.op
        package = API_PACKAGES[op.api.name]
        dedupe = f"{package}.Receiver deduplicates by {', '.join(op.dedupe_key or ['the body'])}"
        first = self.fresh()
        yield Scenario(
            "duplicate",
            [first, first],
            1,
            True,
            "a delivery sent twice",
            f"{op.operation_id}: a repeated delivery is acknowledged and processed once",
            f"remember processed deliveries by their key and acknowledge a repeat without "
            f"processing it again ({dedupe})",
        )
        early, other = self.fresh(), self.fresh()
        yield Scenario(
            "late",
            [early, other, early],
            2,
            True,
            "a delivery retried after another delivery",
            f"{op.operation_id}: the vendor retries a delivery whose ack it did not get; a "
            "late copy is acknowledged and not processed again",
            f"remember deliveries for the vendor's whole retry window ({dedupe})",
        )
        if op.signing is None:
            return
        rule = op.signing
        bad = self.fresh()
        bad[rule.signature] = checks.flip(str(bad[rule.signature]))
        yield Scenario(
            "badly signed",
            [bad],
            0,
            False,
            "a delivery with a tampered signature",
            evidence.signing_rule(op, rule),
            evidence.verify_hint(op),
        )
        for name in checks.signed_fields(rule, self.fresh()):
            tampered = self.fresh()
            values = rule.signed_values(tampered)
            changed = checks.tampered_value(op, name, values.get(name))
            if changed is None or not isinstance(values, dict):
                continue
            values[name] = changed
            yield Scenario(
                f"tampered {name}",
                [tampered],
                0,
                False,
                f"a delivery with the signed field {name!r} changed and its signature kept",
                evidence.signing_rule(op, rule),
                evidence.verify_hint(op),
            )

    def fresh(self) -> dict[str, Any]:
        """The document's example delivery with a new identity, signed."""
        example = self.op.request_example()
        if not isinstance(example, dict):
            raise ValueError(f"{self.op.operation_id} has no example delivery")
        message = copy.deepcopy(example)
        rule = self.op.signing
        values = rule.signed_values(message) if rule is not None else message
        own = [f for f in self.op.dedupe_key or values if f not in self.op.provided]
        fresh = next((f for f in own if isinstance(values.get(f), str) and values.get(f)), None)
        if fresh is not None and isinstance(values, dict):
            values[fresh] = f"{values[fresh][:-8]}{secrets.randbelow(10**8):08d}"
        if rule is not None:
            self.signers.sign_into(rule, message)
        return message

    def play(self, scenario: Scenario) -> evidence.Broken | None:
        before = self.count()
        exchanges: list[str] = []
        problem: str | None = None
        for message in scenario.deliveries:
            request = self.http.build_request(
                "POST",
                self.url,
                content=messages.encode(message, self.media),
                headers={"Content-Type": self.media},
            )
            response = self.send(request, scenario)
            exchanges.append(evidence.exchange(request, response))
            acked = judge(self.op, response).accepted
            if acked != scenario.acked and problem is None:
                problem = (
                    f"{scenario.what} was acknowledged ({response.status_code})"
                    if acked
                    else f"{scenario.what} was not acknowledged ({response.status_code})"
                )
        after = self.count()
        counts = (before, after) if before is not None and after is not None else None
        if counts is not None and problem is None and counts[1] - counts[0] != scenario.processed:
            problem = f"{scenario.what} was processed {counts[1] - counts[0]} times"
        if problem is None:
            return None
        return evidence.Broken(
            f"{scenario.name}: {problem} (expected: processed {scenario.processed} times)",
            rule=scenario.rule,
            hint=scenario.hint,
            exchange="\n".join(exchanges),
            counts=counts,
        )

    def send(self, request: httpx.Request, scenario: Scenario) -> httpx.Response:
        try:
            return self.http.send(request)
        except httpx.HTTPError as exc:
            raise Unreachable(
                evidence.Broken(
                    f"{scenario.name}: the receiver could not be reached "
                    f"({type(exc).__name__}: {exc or 'no detail'})",
                    rule=f"{self.op.operation_id}: the receiver answers every delivery",
                    hint=f"is the receiver running at {self.url}?",
                    exchange=evidence.exchange(request, None, problem=str(exc)),
                )
            ) from None

    def count(self) -> int | None:
        if self.processed_url is None:
            return None
        request = self.http.build_request("GET", self.processed_url)
        try:
            answer = self.http.send(request)
            value = answer.json()
            return int(value["processed"] if isinstance(value, dict) else value)
        except httpx.HTTPError as exc:
            raise Unreachable(
                evidence.Broken(
                    f"the processed count could not be read ({type(exc).__name__}: "
                    f"{exc or 'no detail'})",
                    rule="--processed-url answers how many deliveries were processed",
                    hint=f"is {self.processed_url} served?",
                    exchange=evidence.exchange(request, None, problem=str(exc)),
                )
            ) from None
        except (ValueError, KeyError, TypeError):
            raise Unreachable(
                evidence.Broken(
                    "the processed count is not a number",
                    rule='--processed-url answers a JSON number or {"processed": N}',
                    hint=f"make {self.processed_url} answer the count of processed deliveries",
                    exchange=evidence.exchange(request, answer),
                )
            ) from None


class Unreachable(Exception):
    def __init__(self, broken: evidence.Broken) -> None:
        super().__init__(str(broken))
        self.broken = broken
