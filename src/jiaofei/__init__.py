"""jiaofei: spec-first clients, signers, sandboxes and contract tests for Chinese carrier and
payment interfaces."""

from pkgutil import extend_path

# The generated per-API packages live in a separate source tree (generated/jiaofei) during
# development; in the wheel both trees are one directory and this is a no-op.
__path__ = extend_path(__path__, __name__)

__version__ = "0.1.0"

API_PACKAGES = {
    "recharge-upstream": "jiaofei.recharge_upstream",
    "recharge-service": "jiaofei.recharge_service",
    "ccb-electricity": "jiaofei.ccb_electricity",
    "cmpay": "jiaofei.cmpay",
}
