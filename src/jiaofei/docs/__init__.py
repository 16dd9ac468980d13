"""Browsable API documentation that works offline: the overlaid document rendered by Redoc
(npm ``redoc`` 2.5.4, its standalone bundle vendored here with its licences, the source-map
comment removed), each operation's description extended with its signing recipe and code
tables.

Served by the sandbox at ``/docs`` and written as a static site by ``jiaofei docs``.
"""

from jiaofei.docs.site import docs_document, page, redoc_script, write_site

__all__ = ["docs_document", "page", "redoc_script", "write_site"]
