"""``jiaofei diff``: what changed between two versions of the shipped API documents, each
change classified ``breaking``, ``warning`` or ``info`` under a stable rule id, with the
direction of every message taken into account (a callback's or webhook's body is received,
its ack sent) and the signing rules compared part by part.

Rule ids (stable; scripts may match on them):

- messages: ``<message>-<what>-<effect>`` where ``<message>`` is ``request`` or ``response``
  (a call), ``delivery`` or ``ack`` (a callback or webhook); ``<what>`` one of ``type``,
  ``format``, ``pattern``, ``enum``, ``max-length``, ``min-length``, ``maximum``,
  ``minimum``, ``exclusive-maximum``, ``exclusive-minimum``, ``max-items``, ``min-items``,
  ``max-properties``, ``min-properties``, ``additional-properties``,
  ``unevaluated-properties``, ``items``, ``not``, ``if``, ``then``, ``else``, ``contains``,
  ``content-schema``, ``variant``, ``schema``; ``<effect>`` ``tightened``, ``loosened`` or
  ``changed``. Also ``<message>-property-{removed,added,added-required,became-required,
  became-optional}``, ``<message>-enum-value-{added,removed}``,
  ``<message>-parameter-{removed,added,added-required,became-required,became-optional}``,
  ``<message>-media-type-{added,removed}``, ``<message>-status-{added,removed}``,
  ``<message>-body-became-required``, ``<message>-unit-changed``,
  ``<message>-reading-changed``.
- operations: ``operation-{added,removed,renamed,path-changed}``,
  ``{callback,webhook}-{added,removed,address-changed}``, ``interface-code-changed``,
  ``api-{added,removed}``.
- credentials: ``security-requirement-{added,removed}``, ``security-scheme-{added,removed,
  changed}``, ``credential-source-changed``, ``setting-{added,removed,changed}``.
- signing (``signing`` for the rule of the request, ``reply-signing`` for the reply's):
  ``<rule>-{added,removed,scheme-changed,secret-changed,signature-field-changed,
  fields-changed,fields-reordered,envelope-changed,when-changed,option-changed}``.
- deliveries: ``callback-ack-changed``, ``callback-dedupe-key-changed``,
  ``callback-setting-changed``.
- the rest: ``idempotency-changed``, ``retry-changed``, ``result-changed``,
  ``envelope-changed``, ``outcome-changed``, ``reply-format-changed``, ``auto-changed``,
  ``code-tables-changed``, ``api-version-changed``, ``servers-changed``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jiaofei.diff.changes import Change, Level, Report
from jiaofei.diff.documents import diff

__all__ = ["Change", "Level", "Report", "compare", "diff"]


def compare(old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]]) -> Report:
    """Every change across APIs (by API name), an API removed or added included."""
    changes: list[Change] = []
    for api in sorted(set(old) | set(new)):
        if api not in new:
            changes.append(Change("api-removed", Level.BREAKING, f"API {api} removed", "", api))
        elif api not in old:
            changes.append(Change("api-added", Level.INFO, f"API {api} added", "", api))
        else:
            changes += diff(old[api], new[api], api).changes
    return Report.of(changes)
