"""A real HTTP server that plays the vendor, driven by the spec and its overlay (the sandbox
extra: ``pip install 'jiaofei[sandbox]'``)."""

from jiaofei.extras import require

require("starlette", "sandbox", "jiaofei.sandbox")

from jiaofei.sandbox.app import create_app  # noqa: E402 - once the extra is known to be there

__all__ = ["create_app"]
