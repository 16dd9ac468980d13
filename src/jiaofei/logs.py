"""``JIAOFEI_LOG=info|debug`` turns on request/reply logging (secrets and signatures redacted)."""

from __future__ import annotations

import logging
import os

_configured = False


def configure_from_env() -> None:
    global _configured
    level = os.environ.get("JIAOFEI_LOG", "").strip().upper()
    if _configured or level not in ("INFO", "DEBUG"):
        return
    logger = logging.getLogger("jiaofei")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s jiaofei %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    _configured = True
