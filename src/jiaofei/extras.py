"""Optional packages and the extras that install them.

A client needs only the core dependencies (httpx, attrs, jsonschema-rs). The sandbox
(``jiaofei[sandbox]``: starlette, uvicorn), SHA1withRSA signing (``jiaofei[rsa]``:
cryptography) and the contract kit (``jiaofei[contract]``: schemathesis) come with extras. Code
that needs one of their packages imports it through :func:`require`, which names the extra to
install when the package is missing.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from jiaofei.errors import JiaofeiError


class MissingExtra(JiaofeiError, ImportError):
    """A feature's optional package is not installed; the message names the extra."""

    def __init__(self, extra: str, feature: str, module: str) -> None:
        super().__init__(f"{feature} needs the {extra} extra: pip install 'jiaofei[{extra}]'")
        self.extra = extra
        self.feature = feature
        self.name = module


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module`` for ``feature``; when it is not installed, raise :class:`MissingExtra`
    ("<feature> needs the <extra> extra: pip install 'jiaofei[<extra>]'").

    Only the absence of ``module`` itself (or of a parent package) is explained: an import error
    from inside an installed package propagates as it is.
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is None or not (module == exc.name or module.startswith(exc.name + ".")):
            raise
        raise MissingExtra(extra, feature, module) from None
