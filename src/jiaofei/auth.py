"""An ``httpx.Auth`` that puts the generated openapi-python-client endpoint functions through
the same pipeline as our clients: settings filled, fields validated, the body signed as sent,
the reply's signature verified as received."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx

from jiaofei import wire
from jiaofei.callbacks import read_message
from jiaofei.pipeline import Pipeline


class SigningAuth(httpx.Auth):
    requires_request_body = True
    requires_response_body = True

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        spec = self.pipeline.spec
        op = spec.find(request.method, request.url.path)
        if op is None:
            yield request
            return
        fields: dict[str, Any] = dict(request.url.params)
        if request.content:
            _, body = read_message(spec, op, request.content, request.headers.get("content-type"))
            envelope = spec.info_extension.get("envelope")
            fields.update(body.get(envelope["request"], {}) if envelope else body)
        prepared = self.pipeline.prepare(op, fields)
        headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
        headers.update(prepared.headers)
        signed = httpx.Request(
            prepared.method,
            request.url.copy_with(query=None).copy_merge_params(prepared.params),
            headers=headers,
            content=prepared.content or None,
            extensions=request.extensions,
        )
        response = yield signed
        received = wire.decode(response.content, response.headers.get("content-type"))
        if isinstance(received, dict):
            self.pipeline.verify_reply(op, received, response)
