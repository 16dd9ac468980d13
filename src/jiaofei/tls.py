"""The client side of TLS: server verification (on unless turned off) and, for mutual TLS, the
client certificate, as one ``ssl.SSLContext`` for httpx."""

from __future__ import annotations

import ssl

Cert = str | tuple[str, str] | tuple[str, str, str]


def client_context(
    verify: bool | str | ssl.SSLContext = True, cert: Cert | None = None
) -> bool | ssl.SSLContext:
    """What httpx's ``verify=`` takes.

    ``verify`` is True (the public CA bundle), a CA bundle path, an ``SSLContext`` or False;
    ``cert`` is a PEM file holding certificate and key, a (certificate, key) pair, or
    (certificate, key, password).
    """
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif isinstance(verify, bool) and cert is None:
        return verify
    else:
        context = ssl.create_default_context(
            cafile=verify if isinstance(verify, str) else _default_cafile()
        )
        if verify is False:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
    if cert is not None:
        if isinstance(cert, str):
            context.load_cert_chain(cert)
        else:
            context.load_cert_chain(cert[0], cert[1], *cert[2:])
    return context


def _default_cafile() -> str:
    import certifi  # only when a client context is built: importing a facade stays cheap

    return certifi.where()
