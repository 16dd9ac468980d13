"""spec/ + overlays/ -> generated/: one reproducible step (``python -m codegen``).

codegen reads specs through the runtime's own spec model and plan (``jiaofei.spec``,
``jiaofei.plan``), taken from this checkout's src/ — the one whose files GENERATED_FROM
hashes — rather than from whatever jiaofei is installed: the generate session installs only
codegen's tools, and those modules need nothing beyond the standard library.
"""

import os
import sys

_SRC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src")
if _SRC not in sys.path:
    sys.path.insert(0, _SRC)
