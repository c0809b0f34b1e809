"""A new user's trial of the tool from the README (ux34): fault kinds found and fixed, each with its right value."""

from __future__ import annotations

from summarizer.batch import jsonl_tasks


# -------------------------------------------------------------------------- a JSON body that does not parse


def test_a_json_body_that_does_not_parse_says_where():
    # the 422 said "request body is not valid JSON (Unterminated string starting at)": Python's message cut
    # before its position, where --input-jsonl gives the whole of it
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings())) as c:
        cut = c.post("/v1/summarize", content='{"text": "人员不足'.encode(),
                     headers={"content-type": "application/json"})
        comma = c.post("/v1/summarize/batch", content=b'{"documents": [{"id": 1 "text": "x"}]}',
                       headers={"content-type": "application/json"})
    assert cut.status_code == 422
    assert cut.json()["error"] == {
        "type": "validation_error", "field": None,
        "message": "request body is not valid JSON (Unterminated string starting at: line 1 column 10 (char 9))"}
    assert comma.status_code == 422
    assert comma.json()["error"]["message"] == (
        "request body is not valid JSON (Expecting ',' delimiter: line 1 column 25 (char 24))")


# -------------------------------------------------------------------------- a JSONL line that is no object


def test_a_jsonl_line_that_is_not_an_object_says_what_it_is(tmp_path):
    # "a record must be a JSON object with 'id' and 'text'" for an array of records, a bare string or a number,
    # without saying what the line holds
    data = tmp_path / "in.jsonl"
    data.write_text('[{"id": 1, "text": "人员不足。"}]\n"人员不足。"\n7\nnull\n{"id": 2, "text": "经费紧张。"}\n',
                    encoding="utf-8")
    tasks = list(jsonl_tasks(str(data)))
    assert [t.error["message"] if t.error else None for t in tasks] == [
        f"{data}:1: a record must be a JSON object with 'id' and 'text', not an array",
        f"{data}:2: a record must be a JSON object with 'id' and 'text', not a string",
        f"{data}:3: a record must be a JSON object with 'id' and 'text', not a number",
        f"{data}:4: a record must be a JSON object with 'id' and 'text', not null",
        None,
    ]
    assert (tasks[4].id, tasks[4].text) == ("2", "经费紧张。")


# -------------------------------------------------------------------------- summarize(source=...)


def test_a_source_that_is_not_a_string_is_a_type_error_before_any_work():
    # summarize(text, source=5) summarized the whole document, then failed in pydantic with "1 validation error
    # for DocumentSummary"; a pathlib.Path (a file name, as read_path reports it) is taken as its string
    import pathlib

    import pytest

    import summarizer

    text = "一、存在的问题\n基层人员不足，经费紧张。\n二、对策建议\n建议充实基层队伍。"
    for bad, kind in ((5, "int"), (b"a.txt", "bytes"), (["a.txt"], "list")):
        for call in (summarizer.summarize, summarizer.analyze):
            with pytest.raises(TypeError) as info:
                call(text, source=bad)
            assert str(info.value) == f"source must be a str (a file name or id) or None, not {kind}"
    assert summarizer.summarize(text, source=pathlib.PurePosixPath("报告/基层.txt")).source == "报告/基层.txt"
    assert summarizer.summarize(text, source="基层.txt").source == "基层.txt"
    assert summarizer.summarize(text).source is None


# -------------------------------------------------------------------------- web addresses in keyphrases


def test_tokens_inside_many_addresses_of_one_unit_are_dropped_and_the_words_between_kept():
    # one unit holding thousands of addresses was tokens × addresses (5,000 of them: 3 CPU s); now each token is
    # looked up among the addresses in text order. What is dropped must stay the same: the pieces of every
    # address, never the words between them, also a word right after an address's end
    from summarizer.keyphrases import _without_urls
    from summarizer.sentences import Sentence

    hay = "".join(f"网址http://a.com/{i}基层治理www.b{i}.gov.cn/x 人员" for i in range(40)) + "建议加强"
    toks, pos = [], 0
    for i in range(40):
        toks += ["网址", "http", "://", "a", ".", "com", "/", str(i), "基层", "治理", "www", ".", f"b{i}", ".", "gov",
                 ".", "cn", "/", "x", " ", "人员"]
    toks += ["建议", "加强"]
    assert "".join(toks) == hay
    unit = Sentence(index=0, start=0, end=len(hay), text=hay, kind="sentence")
    kept = _without_urls(hay, [unit], [toks])[0]
    # http://a.com/N基层治理 is one address ([!-~] stops at 基), so 基层 and 治理 stay; the space ends www.bN.gov.cn/x
    assert kept == ["网址", "基层", "治理", " ", "人员"] * 40 + ["建议", "加强"]


# -------------------------------------------------------------------------- a bullet before a point


def test_a_bullet_that_opens_a_point_or_a_summary_sentence_is_stripped():
    # lines bulleted with ● ◆ ■ · (not items of the structure) gave the point "●引入市场主体，…" and the summary
    # sentence "●定期征求老人意见，丰富菜品。": the README promises a point's text with its list markers stripped
    import summarizer

    head = ("关于社区食堂运营的调研报告\n一、存在的问题\n1. 食堂选址偏远，老人就餐不便。\n2. 运营成本高，财政补贴难以持续。\n"
            "二、对策建议\n")
    for bullet in ("● ", "◆ ", "■", "· "):
        text = head + "".join(bullet + line + "\n" for line in (
            "建议就近利用社区闲置用房设点。", "引入市场主体，实行政府补贴加市场化运营。", "定期征求老人意见，丰富菜品。"))
        essay = summarizer.summarize(text).essays[0]
        points = essay.recommendations + essay.summary_sentences
        assert "引入市场主体，实行政府补贴加市场化运营" in [p.text for p in essay.recommendations], bullet
        assert "定期征求老人意见，丰富菜品。" in [p.text for p in essay.summary_sentences], bullet
        for p in points:
            assert p.text[0] not in "●◆■·", (bullet, p.text)
            assert text[p.start:p.end].rstrip("。") == p.text.rstrip("。"), (bullet, p.text)
        assert "●" not in essay.summary and "◆" not in essay.summary and "■" not in essay.summary
