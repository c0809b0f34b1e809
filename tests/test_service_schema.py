"""Schemathesis against the service's own OpenAPI schema: generated requests (valid and invalid bodies,
uploads, batches) must never get a 5xx, and every answer must be the status, content type and shape that
the schema documents.

In process (ASGI), without the start-up warm-up (the dictionary loads on the first summary instead), with
small limits so that generated bodies also reach the 413/422 paths. ``SUMMARIZER_SCHEMATHESIS_EXAMPLES``
(default 25 per operation) sets the effort.
"""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from service.app import create_app  # noqa: E402
from service.settings import Settings  # noqa: E402

EXAMPLES = int(os.environ.get("SUMMARIZER_SCHEMATHESIS_EXAMPLES", "25"))

service = create_app(Settings(warm_up=False, max_chars=5_000, max_body_bytes=50_000, max_upload_bytes=50_000,
                              max_batch_body_bytes=50_000, max_batch_documents=5, request_timeout_s=30,
                              max_concurrent_jobs=1))


async def app(scope, receive, send):
    """The service, with its lifespan answered here: schemathesis runs the lifespan around every call, and one
    set of worker processes (started by the first request, stopped at the end of the module) serves them all."""
    if scope["type"] != "lifespan":
        await service(scope, receive, send)
        return
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


@pytest.fixture(scope="module", autouse=True)
def _workers():
    """The worker processes, started (and ready: /readyz is 200) before the first call."""
    service.state.runner.start()
    assert service.state.runner.wait_ready(120)
    yield
    service.state.runner.close()


schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schemathesis.check
def no_5xx_but_a_missing_model(ctx, response, case):
    """No 5xx, except the documented 503 ``model_not_available``: this test server configures no seq2seq
    model, so a generated ``"method": "seq2seq"`` is rightly told so (a configuration answer, not a fault)."""
    if response.status_code == 503:
        try:
            kind = response.json()["error"]["type"]
        except (ValueError, KeyError, TypeError):
            kind = None
        if kind == "model_not_available":
            return None
    return not_a_server_error(ctx, response, case)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_no_5xx_and_answers_match_the_schema(case):
    case.call_and_validate(
        checks=[no_5xx_but_a_missing_model, status_code_conformance, content_type_conformance,
                response_schema_conformance],
        excluded_checks=[not_a_server_error],
    )
