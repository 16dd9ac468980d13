"""openapi-python-client, with the one change its templates cannot make.

The client view gives yuan amounts (``format: decimal`` strings) ``type: number``, which
openapi-python-client declares ``float``: a type the runtime never puts there, since it reads
those strings into ``decimal.Decimal`` (jiaofei.formats). A property's declared type is fixed by
its class, not by a template, so numbers are declared ``Decimal`` here; how a model reads and
writes one (``Decimal(str(value))`` in, the decimal string out) is the template
templates/opc/property_templates/float_property.py.jinja. The specs declare no other numbers
(spec/CONVENTIONS.md: money is integer fen or decimal-string yuan, never ``number``).

``python -m codegen.opc generate ...`` takes openapi-python-client's own arguments.
"""

from __future__ import annotations

from openapi_python_client.cli import app
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol


def declare_decimal() -> None:
    plain_imports = FloatProperty.get_imports

    def get_imports(self: PropertyProtocol, *, prefix: str) -> set[str]:
        return plain_imports(self, prefix=prefix) | {"from decimal import Decimal"}

    FloatProperty._type_string = "Decimal"
    FloatProperty._json_type_string = "str"
    FloatProperty.get_imports = get_imports  # type: ignore[method-assign]


if __name__ == "__main__":
    declare_decimal()
    app()
