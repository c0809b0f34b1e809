"""Faults new users met in evaluate, the HTML reader, the cleaning of a pasted page and the keyphrases (ux30), each as
a test of the right value; small inputs written here, no network, nothing timed."""

from __future__ import annotations

import json

import pytest

import summarizer
from summarizer.cli import app
from summarizer.evaluation.corpus import _group_labels, load_corpus
from summarizer.evaluation.errors import DatasetError
from summarizer.readers import read_bytes
from tests.cli_helpers import runner as _runner

HK_BODY = ("房屋署最新數字顯示，一般申請者的公屋平均輪候時間升至六年。不少基層家庭被迫長期居住在劏房，租金佔收入近一半。\n"
           "關注團體批評，政府覓地建屋進度緩慢，過渡性房屋數量追不上需求，輪候家庭得不到適切支援。\n"
           "團體要求當局增加公營房屋供應，加快收回棕地發展，並向輪候家庭發放現金津貼。\n")


# -------------------------------------------------------------------------- evaluate: the gold file


@pytest.mark.parametrize("content, said", [
    ("{}", "no 'essays' list (it is an empty object {})"),
    ('{"essay": []}', "no 'essays' list; it has 'essay'"),
    ('{"essays": 3}', "its 'essays' is not a list"),
    ('"x"', "a JSON string"),
])
def test_a_gold_file_of_the_wrong_shape_names_both_accepted_forms(tmp_path, content, said):
    # `{}` said "expected an object with an 'essays' list", though a bare JSON list of entries is read too
    gold = tmp_path / "gold.json"
    gold.write_text(content, encoding="utf-8")
    with pytest.raises(DatasetError) as info:
        load_corpus(gold)
    message = str(info.value)
    assert said in message
    assert 'a gold file is an object {"essays": [...]} or a JSON list of essay entries' in message


def test_a_gold_file_without_a_docs_folder_says_where_documents_are_read_and_how_to_name_another(tmp_path):
    # a gold file outside a corpus folder looked for docs/ next to itself and said only "file 'a.txt' not found"
    (tmp_path / "a.txt").write_text(HK_BODY, encoding="utf-8")
    gold = tmp_path / "trial.json"
    gold.write_text(json.dumps([{"file": "a.txt", "challenges": ["輪候時間升至六年"]}]), encoding="utf-8")
    with pytest.raises(DatasetError) as info:
        load_corpus(gold)
    assert str(info.value) == (
        f"{gold}: its documents ('file' of each entry) are read from {tmp_path.as_posix()}/docs/ (the docs/ folder "
        f"next to the gold file), which does not exist: put the documents there, or name their folder with --gold "
        f"{gold} --docs DIR")
    corpus = load_corpus(gold, docs=tmp_path)  # and named so, it is read
    assert [d.file for d in corpus.documents] == ["a.txt"]
    r = _runner().invoke(app, ["evaluate", "--task", "aspects", str(gold), "--docs", str(tmp_path)])
    assert r.exit_code == 2
    assert f"--docs goes with --gold FILE (a corpus directory DATA has its docs/ inside): write --gold {gold} " \
           f"--docs {tmp_path}" in r.stderr, r.stderr


def test_group_rows_of_the_table_never_read_alike():
    # Per shape cut `trial30c-txt-news-paragraph-one-sentence` and `…-essay-…` to the same `trial30c-tx…one-sentence`
    a, b = "trial30c-txt-news-paragraph-one-sentence", "trial30c-txt-essay-paragraph-one-sentence"
    assert _group_labels([a, b], width=24) == {a: a, b: b}
    assert _group_labels(["markdown", "plain"]) == {"markdown": "markdown", "plain": "plain"}
    long = "https://www.example.org/" + "x" * 80
    assert _group_labels([long], width=24)[long] == "example.org…" + "x" * 12


# -------------------------------------------------------------------------- titles of news pages


def test_an_h1_in_the_middle_of_the_page_title_is_the_article_title():
    # <title>港聞｜標題｜明報新聞網</title> with the headline in <h1>: the Markdown said 「（無標題）」
    headline = "公屋輪候時間再創新高 基層家庭苦等六年"
    paragraphs = "".join(f"<p>{line}</p>" for line in HK_BODY.splitlines())
    page = (f"<html><head><meta charset='utf-8'><title>港聞｜{headline}｜城市日報</title></head><body>"
            "<div class='menu'><a href='/'>主頁</a> | <a href='/hk'>港聞</a> | <a href='/intl'>國際</a></div>"
            f"<div class='main'><h1>{headline}</h1><div class='content'>{paragraphs}</div></div></body></html>")
    doc = read_bytes(page.encode("utf-8"), filename="news.html")
    assert doc.text.startswith(headline + "\n")
    assert summarizer.summarize(doc).essays[0].title == headline


@pytest.mark.parametrize("page_title", ["城市日報｜{h}", "港聞 - {h} - 城市日報"])
def test_a_headline_element_repeating_a_later_part_of_the_page_title_is_the_title(page_title):
    # no <h1>: the headline in a <div>, the <title> naming the site or the channel first (「（無標題）」 before)
    headline = "安老院舍人手短缺 長者照顧質素堪憂"
    paragraphs = "".join(f"<p>{line}</p>" for line in HK_BODY.splitlines())
    page = (f"<html><head><meta charset='utf-8'><title>{page_title.format(h=headline)}</title></head><body>"
            f"<div class='logo'>城市日報</div><div class='headline'>{headline}</div><div>{paragraphs}</div>"
            "</body></html>")
    doc = read_bytes(page.encode("utf-8"), filename="news.html")
    assert doc.text.startswith(headline + "\n")
    assert summarizer.summarize(doc).essays[0].title == headline


def test_a_site_name_h1_that_ends_the_page_title_is_still_no_title():
    page = ("<html><head><meta charset='utf-8'><title>通知公告_某某市人民政府</title></head><body>"
            "<h1>某某市人民政府</h1><article>" + "".join(f"<p>{line}</p>" for line in HK_BODY.splitlines())
            + "</article></body></html>")
    assert "某某市人民政府" not in read_bytes(page.encode("utf-8"), filename="p.html").text


def test_a_short_headline_under_a_menu_of_links_is_the_title_when_a_paragraph_follows():
    # a page pasted as text: `首頁 | 港聞 | …` heads its menu items, and a headline of ten characters went with them
    text = "首頁 | 港聞 | 財經 | 國際 | 返回頁首\n公屋輪候時間再創新高\n" + HK_BODY
    result = summarizer.summarize(text)
    assert result.essays[0].title == "公屋輪候時間再創新高"
    menu = "首頁 | 港聞 | 財經 | 國際\n社會新聞\n即時新聞\n" + HK_BODY  # menu items of four characters still go
    assert summarizer.summarize(menu).essays[0].title != "即時新聞"


# -------------------------------------------------------------------------- keyphrases


def test_keyphrases_take_no_latin_page_furniture_and_no_word_glued_across_a_conjunction():
    text = ("遠水難救近火 公屋輪候問題何解\n"
            "房屋署最新數字顯示，一般申請者的公屋平均輪候時間升至六年。不少基層家庭被迫長期居住在劏房。返回頁首 top of page\n"
            "關注團體批評，政府覓地建屋進度緩慢，過渡性房屋數量追不上需求。遠水不能救近火，而遠水之外，輪候家庭仍要面對高昂租金。"
            "返回頁首 top of page\n"
            "有議員指出，過渡性房屋只是權宜之計，而遠水終究要靠長遠規劃，政府應加快收回棕地。返回頁首 top of page 頁底 bottom\n"
            "團體要求當局增加公營房屋供應，加快收回棕地發展，並向輪候家庭發放現金津貼。返回頁首 top of page 頁底 bottom\n")
    phrases = [k.text for k in summarizer.summarize(text).essays[0].keyphrases]
    assert not {"page", "top", "bottom", "而遠水"} & set(phrases), phrases
    assert "輪候家庭" in phrases


def test_a_latin_term_of_the_text_stays_a_keyphrase():
    text = ("人工智能賦能基層治理\n" + "".join(
        f"第{n}個社區引入AI客服後，居民辦事更快捷，AI系統亦協助社工跟進個案，但AI應用仍受數據質量限制。" for n in "一二三四")
        + "\n建議加強AI數據治理，完善AI應用規範，培訓社工使用AI工具。\n")
    phrases = [k.text for k in summarizer.summarize(text).essays[0].keyphrases]
    assert any(p.startswith("AI") for p in phrases), phrases


# -------------------------------------------------------------------------- HTTP service and `summarizer serve`


def test_a_form_sent_to_the_batch_endpoint_is_told_the_batch_body_not_the_single_text_one():
    # `curl -d '{"documents": …}'` (a url-encoded form) to /v1/summarize/batch was told to send {"text": "..."}
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(max_concurrent_jobs=1, warm_up=False))) as client:
        body = '{"documents": [{"id": "a", "text": "x"}]}'
        batch = client.post("/v1/summarize/batch", content=body,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert batch.status_code == 415
        assert batch.json()["error"]["message"] == (
            "POST /v1/summarize/batch reads application/json, not application/x-www-form-urlencoded: send a JSON "
            'object ({"documents": [{"id": "1", "text": "..."}, ...]}) with Content-Type: application/json; one text '
            "goes to POST /v1/summarize")
        single = client.post("/v1/summarize", content='{"text": "x"}',
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert 'send a JSON object ({"text": "..."})' in single.json()["error"]["message"]


def test_the_page_the_docs_and_the_metrics_answer_head_as_get():
    # `curl -I /` and an uptime monitor's HEAD got 405 from the page, /docs, /redoc and /metrics
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(max_concurrent_jobs=1, warm_up=False))) as client:
        for path in ("/", "/docs", "/redoc", "/metrics", "/healthz"):
            get, head = client.get(path), client.head(path)
            assert (get.status_code, head.status_code) == (200, 200), path
            assert head.headers["content-type"] == get.headers["content-type"] and head.content == b"", path
        paths = client.get("/openapi.json").json()["paths"]
        assert "head" not in paths["/metrics"] and "get" in paths["/metrics"]


def test_serve_on_a_port_in_use_is_one_error_before_the_workers_start():
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = _runner().invoke(app, ["serve", "--port", str(port)])
    assert r.exit_code == 2
    assert r.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}: Address already in use (another server "
                               "listens there: stop it or choose another --port)"), r.stderr


def test_a_field_of_another_endpoint_is_said_to_belong_there():
    # {"text": …, "collection": true} to /v1/summarize was "collection: unknown field", nothing more
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(max_concurrent_jobs=1, warm_up=False))) as client:
        one = client.post("/v1/summarize", json={"text": HK_BODY, "collection": True}).json()["error"]
        assert one["field"] == "collection" and one["message"].startswith(
            "collection: unknown field (it is an option of POST /v1/summarize/batch")
        batch = client.post("/v1/summarize/batch", json={"text": HK_BODY}).json()["error"]
        assert "text: unknown field (one text goes to POST /v1/summarize; a batch sends" in batch["message"]
        other = client.post("/v1/summarize", json={"text": HK_BODY, "colour": 1}).json()["error"]
        assert other["message"] == "colour: unknown field"
