"""jiaofei: spec-first clients, signers, sandboxes and contract tests for Chinese carrier and
payment interfaces."""

import os
import sys

# The generated per-API packages live in a separate source tree (generated/jiaofei) during
# development; in the wheel both trees are one directory and this adds nothing. (What
# pkgutil.extend_path does, without its import cost.)
__path__ = list(__path__)
for _entry in sys.path:
    _candidate = os.path.join(_entry or os.curdir, __name__)
    if os.path.isdir(_candidate) and _candidate not in __path__:
        __path__.append(_candidate)

__version__ = "0.1.0"

API_PACKAGES = {
    "recharge-upstream": "jiaofei.recharge_upstream",
    "recharge-service": "jiaofei.recharge_service",
    "ccb-electricity": "jiaofei.ccb_electricity",
    "cmpay": "jiaofei.cmpay",
    "cmcc-osp": "jiaofei.cmcc_osp",
}
