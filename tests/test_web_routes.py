"""The web page's routes and the offline docs, without a browser (tests/test_web_browser.py drives chromium)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

import files_fixtures as F
from service.app import create_app
from service.settings import Settings
from service.web import DOCS_ASSETS_DIR, STATIC_DIR


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(warm_up=False))) as c:
        yield c


def test_page_is_served_at_root_with_a_self_only_policy(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "connect-src 'self'" in csp and "script-src 'self'" in csp
    html = response.text
    assert '<script src="/static/app.js" defer></script>' in html
    assert '<link rel="stylesheet" href="/static/style.css">' in html
    # Nothing on the page names another host: every src/href is a path on this service.
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert url.startswith(("/", "#")), url


@pytest.mark.parametrize("name, media_type", [
    ("app.js", "text/javascript"), ("style.css", "text/css"), ("favicon.svg", "image/svg+xml")])
def test_page_files_are_served_from_the_package(client, name, media_type):
    response = client.get(f"/static/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert response.content == (STATIC_DIR / name).read_bytes()


def test_page_script_calls_only_relative_paths():
    script = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    assert re.findall(r"https?://", script) == []
    assert '"/v1/summarize"' in script and '"/v1/summarize/file"' in script


def test_unknown_static_file_is_a_json_404(client):
    response = client.get("/static/nope.js")
    assert response.status_code == 404
    assert response.json()["error"]["type"] == "not_found"


def test_docs_load_packaged_scripts_not_a_cdn(client):
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert '"/docs-assets/swagger-ui-bundle.js"' in docs.text
    assert '"/docs-assets/swagger-ui.css"' in docs.text
    assert '"validatorUrl": null' in docs.text
    redoc = client.get("/redoc")
    assert redoc.status_code == 200
    assert '"/docs-assets/redoc.standalone.js"' in redoc.text
    for html in (docs.text, redoc.text):
        assert re.findall(r'(?:src|href)="(https?://[^"]+)"', html) == []
    for name in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js"):
        asset = client.get(f"/docs-assets/{name}")
        assert asset.status_code == 200
        assert asset.content == (DOCS_ASSETS_DIR / name).read_bytes()
        assert len(asset.content) > 100_000  # the real bundles, not stubs


def test_page_and_docs_are_not_api_operations(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "/" not in paths and "/docs" not in paths and "/redoc" not in paths
    assert "/v1/summarize/file" in paths


def test_upload_returns_the_extracted_text_when_asked(client):
    docx = F.make_docx()
    asked = client.post("/v1/summarize/file", files={"file": ("essay.docx", docx)},
                        data={"include_text": "true", "max_points": "3"})
    assert asked.status_code == 200, asked.text
    body = asked.json()
    assert body["format"] == "docx"
    assert body["text"] == "\n".join(F.ESSAY_LINES)  # python-docx: one line per paragraph, no final newline
    assert body["chars"] == len(body["text"])
    point = body["essays"][0]["challenges"][0]
    assert point["text"] == "基层力量薄弱，人员编制不足"
    assert body["text"][point["start"]:point["end"]].startswith("基层力量薄弱，人员编制不足")

    plain = client.post("/v1/summarize/file", files={"file": ("essay.docx", docx)}, data={"max_points": "3"})
    assert plain.status_code == 200
    assert plain.json()["text"] is None
    assert {k: v for k, v in plain.json().items() if k != "text"} == {k: v for k, v in body.items() if k != "text"}


def test_upload_text_is_the_decoded_text_of_a_gbk_file(client):
    response = client.post("/v1/summarize/file", files={"file": ("a.txt", F.ESSAY.encode("gb18030"))},
                           data={"include_text": "true"})
    assert response.status_code == 200
    assert response.json()["encoding"] == "gb18030"
    assert response.json()["text"] == F.ESSAY


def test_include_text_must_be_a_boolean(client):
    response = client.post("/v1/summarize/file", files={"file": ("a.txt", F.ESSAY.encode())},
                           data={"include_text": "perhaps"})
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "include_text"


def test_every_page_file_is_package_data():
    """pyproject's package-data globs cover every file of service/static (a wheel carries them; checked by hand
    with `pip wheel . --no-deps` and `unzip -l`)."""
    import fnmatch

    from conftest import REPO

    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")

    globs = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["service"]
    files = [p.relative_to(STATIC_DIR.parent).as_posix() for p in STATIC_DIR.rglob("*") if p.is_file()]
    assert {"static/index.html", "static/app.js", "static/style.css", "static/favicon.svg"} <= set(files)
    # setuptools' "static/*" does not reach into sub-folders (fnmatch's * would): such a file is left out.
    uncovered = [f for f in files if f.count("/") > 1 or not any(fnmatch.fnmatchcase(f, g) for g in globs)]
    assert uncovered == []
