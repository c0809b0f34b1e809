"""The web page in a real headless browser: Playwright for Python driving the system's ``chromium``.

The service runs on loopback in this process (uvicorn in a thread, on a socket bound to port 0). Every test
records the browser's requests and fails if any went to a host but the service (they are also blocked, so
the page is tested as if offline). Screenshots go to ``$SUMMARIZER_TEST_ARTIFACTS`` (default
``test-artifacts/`` in the repository); ``docs/web-1280.png`` and ``docs/web-390.png`` are made with
``SUMMARIZER_TEST_ARTIFACTS=docs python -m pytest tests/test_web_browser.py -k screenshot``.

Skipped only when no chromium binary is on the PATH (``.ci/run`` installs Debian's). Playwright's own browser
download is never used: ``executable_path`` points at the system binary.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import struct
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

import files_fixtures as F
from conftest import REPO

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary on this machine: `apt-get install -y chromium` (.ci/run does)")

ARTIFACTS = Path(os.environ.get("SUMMARIZER_TEST_ARTIFACTS", REPO / "test-artifacts"))
EXAMPLE = (REPO / "examples" / "essay.txt").read_text(encoding="utf-8")
REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"  # what ReDoc's side bar would load: refused by policy
TIMEOUT_MS = 120_000  # a summary of the 31,000-character seed takes seconds on a shared 2-core machine


@pytest.fixture(scope="module")
def server():
    """The service on 127.0.0.1, started and stopped by this module; yields its base URL."""
    import uvicorn

    from service.app import create_app
    from service.settings import Settings

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(Settings()), log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the service did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(30)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        yield browser
        browser.close()


class Requests:
    """Every URL the browser asked for, and those that left (or tried to leave) for a host but the service.

    A request the page's Content-Security-Policy refused (ReDoc's logo on cdn.redoc.ly: Chromium reports it as
    a request that failed with ``csp`` before any network access) is listed in ``refused_by_policy``, not as
    foreign: it never left the browser. Any other foreign request is also aborted by :meth:`route`.
    """

    def __init__(self, base: str) -> None:
        self.origin = urlparse(base).netloc
        self.all: list[str] = []
        self._foreign: list[str] = []
        self.refused_by_policy: list[str] = []

    def allowed(self, url: str) -> bool:
        parsed = urlparse(url)
        if parsed.scheme == "data":
            return True
        if parsed.scheme == "blob":  # blob:http://127.0.0.1:PORT/uuid, made by the page itself
            return urlparse(parsed.path).netloc == self.origin
        return parsed.scheme in ("http", "https", "ws") and parsed.netloc == self.origin

    def record(self, request) -> None:
        self.all.append(request.url)
        if not self.allowed(request.url):
            self._foreign.append(request.url)

    def failed(self, request) -> None:
        if request.failure == "csp" and not self.allowed(request.url):
            self.refused_by_policy.append(request.url)

    @property
    def foreign(self) -> list[str]:
        return [url for url in self._foreign if url not in self.refused_by_policy]

    def route(self, route) -> None:
        if self.allowed(route.request.url):
            route.continue_()
        else:
            route.abort()


def open_page(browser, server, width: int = 1280, height: int = 900, **context_options):
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True,
                                  locale="zh-CN", **context_options)
    context.set_default_timeout(TIMEOUT_MS)
    requests = Requests(server)
    context.on("request", requests.record)
    context.on("requestfailed", requests.failed)
    context.route("**/*", requests.route)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/")
    return context, page, requests, errors


@pytest.fixture
def session(browser, server):
    """(page, requests): a fresh page at /; afterwards no request may have left the service, no script error."""
    context, page, requests, errors = open_page(browser, server)
    yield page, requests
    context.close()
    assert requests.foreign == []
    assert set(requests.refused_by_policy) <= {REDOC_LOGO}
    assert errors == []
    assert any(url.endswith("/static/app.js") for url in requests.all)


def summarize_pasted(page, text: str, **options) -> dict:
    """Paste ``text``, set options, press the button; the API's answer (JSON)."""
    page.fill("#text", text)
    for name, value in options.items():
        page.fill(f"#{name}", str(value))
    with page.expect_response(lambda r: urlparse(r.url).path == "/v1/summarize") as info:
        page.click("#submit")
    response = info.value
    assert response.status == 200, response.text()
    page.wait_for_selector("#result:not([hidden])")
    return response.json()


def marked_text(page) -> str:
    marks = page.locator("#original mark")
    return "".join(marks.all_text_contents())


def click_point(page, selector: str) -> None:
    from playwright.sync_api import expect

    button = page.locator(selector)
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#original mark").first).to_be_in_viewport()


def test_paste_summarize_click_highlights_the_source(session, seed_text):
    page, _ = session
    data = summarize_pasted(page, seed_text, max_points=5)
    assert page.input_value("#text") == seed_text  # what was sent is what the offsets point into
    essays = data["essays"]
    assert len(essays) > 1
    cards = page.locator("article.essay")
    assert cards.count() == len(essays)
    for i, essay in enumerate(essays):
        assert cards.nth(i).locator("h3").text_content() == f"{i + 1}{essay['title'] or '（无标题）'}"
    assert page.locator("#original").text_content() == seed_text

    # A challenge of the first essay that has one, and a recommendation of the last essay that has one.
    first = next(e for e in essays if e["challenges"])
    point = first["challenges"][0]
    button = f"#essay-{first['index']} .aspect--challenges li:first-child .point"
    assert page.locator(button).inner_text() == point["text"]
    click_point(page, button)
    assert marked_text(page) == seed_text[point["start"]:point["end"]]
    assert page.locator("#original").text_content() == seed_text  # highlighting keeps the whole text

    last = next(e for e in reversed(essays) if e["recommendations"])
    rec = last["recommendations"][-1]
    button = f"#essay-{last['index']} .aspect--recommendations li:last-child .point"
    click_point(page, button)
    assert marked_text(page) == seed_text[rec["start"]:rec["end"]]
    assert page.locator(".point[aria-pressed=true]").count() == 1
    assert f"[{rec['start']}, {rec['end']})" in page.inner_text("#selection-info")

    # The collection view: the themes several essays share, with their counts; a member point highlights its source.
    shared = [t for t in data["collection"]["challenges"] if t["essay_count"] >= 2]
    theme = page.locator("#collection .aspect--challenges .theme").first
    assert theme.locator(".theme__label").inner_text() == shared[0]["label"]
    assert theme.locator(".theme__count").inner_text().startswith(f"{shared[0]['essay_count']}/{len(essays)} 篇")
    member = shared[0]["points"][1]
    click_point(page, "#collection .aspect--challenges .theme:first-child li:nth-child(2) .point")
    assert marked_text(page) == seed_text[member["start"]:member["end"]]


def test_keyboard_alone_selects_a_point(session):
    page, _ = session
    data = summarize_pasted(page, EXAMPLE)
    sentence = data["essays"][0]["summary_sentences"][1]
    button = page.locator("#essay-0 .aspect--summary .point").nth(1)
    assert button.inner_text() == sentence["text"]
    button.focus()
    page.keyboard.press("Enter")
    assert marked_text(page) == EXAMPLE[sentence["start"]:sentence["end"]]
    page.keyboard.press("Tab")  # the next point
    page.keyboard.press("Space")
    nxt = data["essays"][0]["summary_sentences"][2]
    assert marked_text(page) == EXAMPLE[nxt["start"]:nxt["end"]]


def test_offsets_are_code_points_past_characters_outside_the_bmp(session):
    page, _ = session
    # CJK Extension B characters and an emoji are two UTF-16 units each in the browser, one offset in the API.
    text = "𠀾𡃁😀前言\n" + F.ESSAY
    data = summarize_pasted(page, text)
    point = data["essays"][0]["recommendations"][2]
    assert point["text"] == "畅通参与渠道，激发群众活力"
    click_point(page, "#essay-0 .aspect--recommendations li:nth-child(3) .point")
    assert marked_text(page) == text[point["start"]:point["end"]]
    assert marked_text(page).startswith("畅通参与渠道")


def test_aspect_filter(session):
    page, _ = session
    summarize_pasted(page, EXAMPLE)
    visible = lambda aspect: page.locator(f"#essay-0 .aspect--{aspect}").is_visible()  # noqa: E731
    assert visible("summary") and visible("challenges") and visible("recommendations")
    page.get_by_label("挑战", exact=True).check()
    assert visible("challenges") and not visible("recommendations") and not visible("summary")
    page.get_by_label("建议", exact=True).check()
    assert visible("recommendations") and not visible("challenges")
    page.get_by_label("全部", exact=True).check()
    assert visible("summary") and visible("challenges") and visible("recommendations")


def test_copy_and_download_markdown_and_json(browser, server):
    from playwright.sync_api import expect

    from summarizer.cli import render_markdown

    context, page, requests, errors = open_page(browser, server)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    try:
        data = summarize_pasted(page, EXAMPLE, max_points=3)
        with page.expect_download() as info:
            page.click("#download-json")
        download = info.value
        assert download.suggested_filename == "pasted-text.summary.json"  # pasted text has no file name
        assert json.loads(Path(download.path()).read_text(encoding="utf-8")) == data

        with page.expect_download() as info:
            page.click("#download-md")
        markdown = Path(info.value.path()).read_text(encoding="utf-8")
        assert markdown == render_markdown(data)  # the same Markdown as `summarizer summarize --format markdown`
        assert "### 挑战" in markdown and data["essays"][0]["challenges"][0]["text"] in markdown

        page.click("#copy-md")
        # (wait_for_function would need eval, which the page's Content-Security-Policy forbids)
        expect(page.locator("#copy-status")).to_have_text("已复制 Markdown。")
        assert page.evaluate("navigator.clipboard.readText()") == render_markdown(data)
    finally:
        context.close()
    assert requests.foreign == [] and requests.refused_by_policy == [] and errors == []


@pytest.mark.parametrize("name, data, fmt", [
    ("essay_gbk.txt", F.ESSAY.encode("gb18030"), "text"),
    ("essay.docx", F.make_docx(), "docx"),
    ("essay.pdf", F.make_pdf([F.ESSAY_LINES]), "pdf"),
    ("page.html", F.page_html().encode("utf-8"), "html"),
])
def test_file_upload_shows_the_extracted_text(session, name, data, fmt):
    page, _ = session
    page.get_by_label("上传文件").check()
    assert page.locator("#text").is_hidden()
    page.set_input_files("#file", files=[{"name": name, "mimeType": "application/octet-stream", "buffer": data}])
    assert name in page.inner_text("#file-info")
    with page.expect_response(lambda r: urlparse(r.url).path == "/v1/summarize/file") as info:
        page.click("#submit")
    assert info.value.status == 200, info.value.text()
    answer = info.value.json()
    page.wait_for_selector("#result:not([hidden])")
    assert answer["format"] == fmt and answer["source"] == name
    text = answer["text"]
    assert "基层力量薄弱" in text
    assert page.locator("#original").text_content() == text
    assert f"格式 {fmt}" in page.inner_text("#result-meta")
    point = answer["essays"][0]["challenges"][0]
    click_point(page, "#essay-0 .aspect--challenges li:first-child .point")
    assert marked_text(page) == text[point["start"]:point["end"]]
    assert marked_text(page).replace("\n", "").startswith("基层力量薄弱")


def test_api_errors_are_readable_messages(session):
    from playwright.sync_api import expect

    page, requests = session
    error = page.locator("#error")
    # Nothing to send: said at once, no request made.
    page.click("#submit")
    expect(error).to_be_visible()
    assert "请先粘贴要摘要的文本" in error.inner_text()
    assert [url for url in requests.all if "/v1/" in url] == []

    # Punctuation only: the service's 422 empty_input, shown with its message and field.
    page.fill("#text", "。。。！！")
    with page.expect_response(lambda r: urlparse(r.url).path == "/v1/summarize") as info:
        page.click("#submit")
    assert info.value.status == 422
    message = info.value.json()["error"]["message"]
    expect(error).to_contain_text("没有可以摘要的文字")
    assert message in error.inner_text() and "代码 empty_input" in error.inner_text()
    assert page.get_attribute("#text", "aria-invalid") == "true"
    assert page.locator("#result").is_hidden()

    # An option out of range: 422 validation_error naming the field, which is marked invalid.
    page.fill("#text", EXAMPLE)
    page.fill("#max_points", "0")
    with page.expect_response(lambda r: urlparse(r.url).path == "/v1/summarize") as info:
        page.click("#submit")
    assert info.value.status == 422
    expect(error).to_contain_text("字段 max_points")
    assert page.get_attribute("#max_points", "aria-invalid") == "true"
    assert page.get_attribute("#text", "aria-invalid") is None

    # A picture uploaded: unsupported_format from the file endpoint.
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    page.get_by_label("上传文件").check()
    page.set_input_files("#file", files=[{"name": "scan.png", "mimeType": "image/png", "buffer": png}])
    page.fill("#max_points", "5")
    with page.expect_response(lambda r: urlparse(r.url).path == "/v1/summarize/file") as info:
        page.click("#submit")
    body = info.value.json()
    assert info.value.status == 422 and body["error"]["field"] == "file"
    expect(error).to_contain_text(body["error"]["message"])
    assert f"代码 {body['error']['type']}" in error.inner_text()
    assert page.get_attribute("#file", "aria-invalid") == "true"
    assert not page.locator("#submit").is_disabled()  # ready for the next try


def test_every_control_is_labelled(session):
    page, _ = session
    unlabelled = page.evaluate("""() => Array.from(document.querySelectorAll('input, select, textarea, button'))
        .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                        && !el.textContent.trim())
        .map((el) => el.outerHTML)""")
    assert unlabelled == []
    for label in ("文本", "方法", "每类最多要点数", "每条要点最多字数", "每篇摘要字数预算"):
        assert page.get_by_label(label).count() >= 1, label


def test_docs_and_redoc_render_offline(session, server):
    from playwright.sync_api import expect

    page, requests = session
    page.goto(server + "/docs")
    operations = page.locator(".opblock")
    expect(operations.first).to_be_visible()
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert {"/v1/summarize", "/v1/summarize/file", "/v1/summarize/batch", "/healthz"} <= {p.strip() for p in paths}
    assert any(url.endswith("/docs-assets/swagger-ui-bundle.js") for url in requests.all)

    assert requests.refused_by_policy == []
    page.goto(server + "/redoc")
    expect(page.get_by_text("Summarize an uploaded file").first).to_be_visible()
    assert any(url.endswith("/docs-assets/redoc.standalone.js") for url in requests.all)
    # ReDoc's side bar links its logo from a CDN: the page's policy refuses it, nothing leaves the browser.
    assert set(requests.refused_by_policy) <= {REDOC_LOGO}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("width, height", [(1280, 900), (390, 844)])
def test_screenshot_of_the_seed(browser, server, seed_text, width, height):
    from playwright.sync_api import expect

    # Reduced motion: the page scrolls at once (no smooth scrolling caught half-way in the picture).
    context, page, requests, errors = open_page(browser, server, width, height, reduced_motion="reduce")
    try:
        data = summarize_pasted(page, seed_text, max_points=5)
        first = next(e for e in data["essays"] if e["challenges"])
        click_point(page, f"#essay-{first['index']} .aspect--challenges li:first-child .point")
        # Usable at this width: nothing wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.mouse.move(0, 0)  # no hover colour in the picture
        if width < 600:  # a phone shows the original below the points: the click scrolled there
            expect(page.locator("#original mark").first).to_be_in_viewport()
            page.screenshot(path=str(ARTIFACTS / f"web-{width}-original.png"))
        page.evaluate("window.scrollTo(0, document.getElementById('result').offsetTop - 8)")
        path = ARTIFACTS / f"web-{width}.png"
        page.screenshot(path=str(path))
    finally:
        context.close()
    assert png_size(path) == (width, height)
    assert requests.foreign == [] and requests.refused_by_policy == [] and errors == []


def test_progress_while_waiting_and_cancel(session):
    from playwright.sync_api import expect

    page, _ = session
    held = []
    page.route("**/v1/summarize", lambda route: held.append(route))  # the answer never comes: the page must show it is waiting
    page.fill("#text", EXAMPLE)
    page.click("#submit")
    expect(page.locator("#progress-bar")).to_be_visible()
    expect(page.locator("#status-text")).to_contain_text("正在生成摘要")
    expect(page.locator("#submit")).to_be_disabled()
    assert page.get_attribute("#form", "aria-busy") == "true"
    expect(page.locator("#status-text")).to_contain_text("已用 1 秒")  # the elapsed time counts up
    assert len(held) == 1 and held[0].request.post_data_json["text"] == EXAMPLE
    page.click("#cancel")
    expect(page.locator("#status-text")).to_have_text("已取消。")
    expect(page.locator("#progress-bar")).to_be_hidden()
    expect(page.locator("#submit")).to_be_enabled()
    assert page.locator("#error").is_hidden() and page.locator("#result").is_hidden()


def test_a_file_dropped_on_the_page_is_uploaded(session):
    page, _ = session
    transfer = page.evaluate_handle(
        "(text) => { const t = new DataTransfer(); t.items.add(new File([text], 'dropped.txt', "
        "{type: 'text/plain'})); return t; }", F.ESSAY)
    page.dispatch_event("#text", "drop", {"dataTransfer": transfer})
    assert page.locator("#file-pane").is_visible() and page.locator("#paste-pane").is_hidden()
    assert page.inner_text("#file-info").startswith("dropped.txt")
    with page.expect_response(lambda r: urlparse(r.url).path == "/v1/summarize/file") as info:
        page.click("#submit")
    answer = info.value.json()
    assert answer["source"] == "dropped.txt" and answer["text"] == F.ESSAY
    page.wait_for_selector("#result:not([hidden])")
    assert page.locator("#essay-0 .aspect--challenges .point").all_inner_texts() == [
        p["text"] for p in answer["essays"][0]["challenges"]]


# WCAG 2 contrast ratio of an element's text against the first opaque background behind it.
CONTRAST_JS = """(selector) => {
  const parse = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  return Array.from(document.querySelectorAll(selector)).filter((el) => el === document.body || el.offsetParent !== null).map((el) => {
    let bg = null;
    for (let node = el; node && !bg; node = node.parentElement) {
      const c = parse(getComputedStyle(node).backgroundColor);
      if (c.length < 4 || c[3] === 1) bg = c;
    }
    const fg = parse(getComputedStyle(el).color);
    const [a, b] = [lum(fg), lum(bg || [255, 255, 255])].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  });
}"""


def test_text_contrast_is_at_least_4_5(session):
    page, _ = session
    summarize_pasted(page, EXAMPLE)
    page.locator("#essay-0 .aspect--challenges .point").first.click()
    page.mouse.move(0, 0)
    selectors = ["body", ".hint", "label", "legend", ".button", ".button--primary", ".site-title", ".site-header a",
                 ".essay__title", ".essay__index", ".link-button", ".aspect__title", ".aspect__count", ".point",
                 ".point[aria-pressed=true]", ".original__text", ".highlight", ".site-footer"]
    for selector in selectors:
        ratios = page.evaluate(CONTRAST_JS, selector)
        assert ratios, selector
        assert min(ratios) >= 4.5, (selector, min(ratios))
    page.fill("#text", "。。。")
    page.click("#submit")
    page.wait_for_selector("#error:not([hidden])")
    assert min(page.evaluate(CONTRAST_JS, "#error, #error p")) >= 4.5


def test_seq2seq_fallbacks_are_shown_with_their_reasons(session):
    """A seq2seq answer whose generated texts failed their checks says so on the page (with the reasons)."""
    import json as _json

    from playwright.sync_api import expect

    page, _ = session

    def answer(route):
        # the real extractive answer, marked as a seq2seq run whose generated texts all fell back
        response = route.fetch()
        data = response.json()
        data["method"] = "seq2seq"
        data["generation"] = {"model": "tiny", "max_input_tokens": 128, "input_tokens": 40, "truncated": False,
                              "chunks": 1, "generated_tokens": 12, "fallback": "support",
                              "fallbacks": {"support": 3, "repetition": 1}}
        route.fulfill(response=response, body=_json.dumps(data, ensure_ascii=False),
                      headers={**response.headers, "content-type": "application/json"})

    page.route("**/v1/summarize", answer)
    page.fill("#text", EXAMPLE)
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])")
    expect(page.locator("#result-meta .fallback-note")).to_have_text(
        "4 处生成结果未通过检查，已改用原文摘录（原文支持不足 3，循环重复 1）")


def test_decoding_warnings_are_shown_and_in_the_markdown(session):
    """A cut-off upload (trial 6): the page says the last character was replaced, and its Markdown carries the
    warning as `summarizer summarize --format markdown` does."""
    from playwright.sync_api import expect

    from summarizer.cli import render_markdown

    page, _ = session
    page.get_by_label("上传文件").check()
    data = F.ESSAY.rstrip().encode("utf-8")[:-1]  # cut inside the last character
    page.set_input_files("#file", files=[{"name": "cut.txt", "mimeType": "text/plain", "buffer": data}])
    with page.expect_response(lambda r: urlparse(r.url).path == "/v1/summarize/file") as info:
        page.click("#submit")
    answer = info.value.json()
    assert [w["type"] for w in answer["warnings"]] == ["truncated_character"]
    page.wait_for_selector("#result:not([hidden])")
    note = page.locator("#result-meta .decode-warning")
    expect(note).to_have_text("⚠ 文件末尾的字符被截断，原文中显示为 \ufffd")
    assert note.get_attribute("title") == answer["warnings"][0]["message"]
    assert min(page.evaluate(CONTRAST_JS, "#result-meta .decode-warning")) >= 4.5
    with page.expect_download() as download:
        page.click("#download-md")
    markdown = Path(download.value.path()).read_text(encoding="utf-8")
    record = {key: value for key, value in answer.items() if key != "text"}
    assert markdown == render_markdown(record)
    assert f"> ⚠ {answer['warnings'][0]['message']}" in markdown
