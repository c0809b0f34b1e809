"""break22: faults a suspicious new user found in the HTTP service, each as a kind with its test.

Kind 1 (service.app.run_while_connected): a client that closes its connection while its request waits for a
worker. Before: its job stayed queued and ran in full (logged 200), so the next client waited behind every
abandoned job (six abandoned 95,000-character uploads: a 1,400-byte upload answered after 24 s instead of 4.6 s).
Now the run is cancelled (a waiting job is dropped from the pool's queue) and the request is logged and counted
as 499 ``client_closed``.

Kind 2 (service.middleware.BodySizeLimitMiddleware): the read timeout (SUMMARIZER_READ_TIMEOUT_S) covers the body
only; waiting for ``http.disconnect`` after the body is in (what kind 1 does while the job runs) is not a slow
body and must not turn a long job's answer into a 408.
"""

from __future__ import annotations

import asyncio

import pytest

from service.app import run_while_connected
from service.errors import ClientClosedError
from service.middleware import BodySizeLimitMiddleware


class _Request:
    """The part of a Starlette request run_while_connected uses: ``receive``."""

    def __init__(self, messages: list[dict] | None) -> None:
        self.messages = list(messages or [])

    async def receive(self) -> dict:
        if not self.messages:
            await asyncio.Event().wait()  # the client stays: nothing more ever arrives
        await asyncio.sleep(0)
        return self.messages.pop(0)


class _Pool:
    """A pool whose job waits until released; records whether the wait was cancelled."""

    def __init__(self, answer: object = None, wait: bool = True) -> None:
        self.answer, self.wait, self.cancelled, self.calls = answer, wait, False, []

    async def run(self, fn, *args):
        self.calls.append((fn, args))
        if self.wait:
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                self.cancelled = True
                raise
        return self.answer


def _job(*args):  # a module-level function as the pool wants
    return args


def test_client_gone_cancels_the_waiting_job_and_raises_499():
    pool = _Pool(wait=True)
    request = _Request([{"type": "http.disconnect"}])
    with pytest.raises(ClientClosedError) as caught:
        asyncio.run(run_while_connected(request, pool, _job, "text", 3))
    assert pool.cancelled is True
    assert pool.calls == [(_job, ("text", 3))]
    assert caught.value.status_code == 499 and caught.value.code == "client_closed"


def test_client_that_stays_gets_the_answer_and_nothing_is_cancelled():
    pool = _Pool(answer=b'{"essays": []}', wait=False)
    request = _Request(None)
    assert asyncio.run(run_while_connected(request, pool, _job, "x")) == b'{"essays": []}'
    assert pool.cancelled is False


def test_other_messages_than_disconnect_do_not_cancel():
    # negative case: an empty trailing body chunk is not a disconnect
    pool = _Pool(answer=7, wait=False)
    request = _Request([{"type": "http.request", "body": b"", "more_body": False}])
    assert asyncio.run(run_while_connected(request, pool, _job)) == 7
    assert pool.cancelled is False


def test_job_errors_pass_through_unchanged():
    class Failing(_Pool):
        async def run(self, fn, *args):
            raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        asyncio.run(run_while_connected(_Request(None), Failing(), _job))


class _ClockLoop(asyncio.SelectorEventLoop):
    """An event loop whose clock the test moves forward (no real waiting)."""

    offset = 0.0

    def time(self) -> float:
        return super().time() + self.offset


def _run_on_clock(coro):
    loop = _ClockLoop()
    try:
        return loop.run_until_complete(coro), loop
    finally:
        loop.close()


def _middleware_call(after_body: list[dict]) -> list[dict]:
    """Run an app behind BodySizeLimitMiddleware (read timeout 30 s) that reads a complete JSON body, lets 1,000
    s pass on the loop's clock, then awaits ``receive`` once more (as run_while_connected does) and answers 200."""
    sent: list[dict] = []
    incoming = [{"type": "http.request", "body": b'{"text": "x"}', "more_body": False}, *after_body]

    async def receive():
        await asyncio.sleep(0)
        return incoming.pop(0)

    async def send(message):
        sent.append(message)

    async def app(scope, receive, send):
        assert (await receive())["type"] == "http.request"
        asyncio.get_running_loop().offset += 1000.0  # the job runs long past the read timeout
        second = await receive()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": second["type"].encode()})

    middleware = BodySizeLimitMiddleware(app, max_body_bytes=1000, read_timeout_s=30.0)
    scope = {"type": "http", "method": "POST", "path": "/v1/summarize",
             "headers": [(b"content-type", b"application/json"), (b"content-length", b"13")]}
    _run_on_clock(middleware(scope, receive, send))
    return sent


def test_read_timeout_covers_the_body_only():
    sent = _middleware_call([{"type": "http.disconnect"}])
    assert sent[0]["status"] == 200
    assert sent[1]["body"] == b"http.disconnect"


def test_slow_body_still_times_out():
    # negative case: a body that is not complete is still bound by the read timeout (408)
    sent: list[dict] = []
    incoming = [{"type": "http.request", "body": b'{"te', "more_body": True},
                {"type": "http.request", "body": b'xt": "x"}', "more_body": False}]

    async def receive():
        await asyncio.sleep(0)
        return incoming.pop(0)

    async def send(message):
        sent.append(message)

    async def app(scope, receive, send):
        await receive()
        asyncio.get_running_loop().offset += 1000.0  # the rest of the body comes 1,000 s later
        await receive()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    middleware = BodySizeLimitMiddleware(app, max_body_bytes=1000, read_timeout_s=30.0)
    scope = {"type": "http", "method": "POST", "path": "/v1/summarize",
             "headers": [(b"content-type", b"application/json"), (b"content-length", b"13")]}
    _run_on_clock(middleware(scope, receive, send))
    assert sent[0]["status"] == 408


# Kind 3 (summarizer.decode._charset_normalizer_guess): a few stray bytes read by a detector guess the README rules
# out: an EBCDIC code page (no Chinese text is EBCDIC) or BOM-less UTF-16/32 that does not read as Chinese.


def test_stray_byte_is_not_read_as_ebcdic():
    from summarizer.decode import decode_text
    from summarizer.errors import DecodeError

    with pytest.raises(DecodeError, match="could not decode the bytes as text"):
        decode_text(b"\xe4")  # was cp037 "U"


def test_stray_bytes_are_not_read_as_bomless_utf16():
    from summarizer.decode import decode_text
    from summarizer.errors import DecodeError

    with pytest.raises(DecodeError, match="could not decode the bytes as text"):
        decode_text(b"\x80abc")  # was UTF-16-BE "聡扣"


def test_bomless_utf16_chinese_line_still_reads():
    # negative case: a line of Chinese in UTF-16 without a BOM (no NUL byte) reads as before
    from summarizer.decode import decode_text

    text = "基层治理力量薄弱，人员不足。"  # no character with a 00 byte in UTF-16
    for codec in ("utf-16-le", "utf-16-be"):
        decoded = decode_text(text.encode(codec))
        assert decoded.text == text
        assert decoded.encoding.replace("-", "_").startswith("utf_16")


def test_gbk_and_big5_are_unchanged():
    from summarizer.decode import decode_text

    assert decode_text("二、对策建议".encode("gbk")).text == "二、对策建议"
    assert decode_text("二、對策建議".encode("big5")).text == "二、對策建議"
