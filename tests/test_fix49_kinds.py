"""fix49: the faults a fresh user found in the forty-eighth session (check48), each as the kind it is, on small texts
of the tests' own.

* a self-assessment's first-person items (述职, 对照检查, 个人总结: ``一是我理论学习不够系统；二是我要…``) come out as
  impersonal ones do: each item a point, without its ordinal marker;
* an epigraph set above the title (a markdown ``> `` block quotation, an HTML ``<blockquote>`` before the ``<h1>``, a
  Word Quote-style paragraph, a plain text's ``题记`` or quoted motto with its attribution) takes neither the title's
  place nor the summary's opening;
"""

import pytest

from summarizer import aspects as asp
from summarizer import points as P
from summarizer.pipeline import summarize_document

from aspect_helpers import points
from costs import assert_linear

# -------------------------------------------------------------------------------- first-person items

_REPORT = ("{title}\n\n"
           "一年来，在党组的领导下，{p}认真履行职责，较好完成了各项任务，但也存在一些不足。\n\n"
           "二、存在的不足\n"
           "一是{p}理论学习不够系统，学用结合还不够紧密。\n"
           "二是{p}调查研究不够深入，掌握基层情况不够全面。\n"
           "三是{p}工作创新意识不强，习惯于按老办法办事。\n\n"
           "三、下一步打算\n"
           "一是{p}要加强理论学习，做到学思用贯通。\n"
           "二是{p}要深入基层调研，掌握第一手资料。\n"
           "三是{p}要增强创新意识，推动工作提质增效。\n")


@pytest.mark.parametrize("person", ["我", "本人", "我个人"])
def test_first_person_items_of_a_self_assessment_are_points(person):
    """Each item of a 述职报告's shortfalls and plans is a point whether it names the writer or not, its ordinal
    marker left out; the writer's subject stays in the point's words."""
    ch, rec = points(_REPORT.format(title="2025年度个人述职报告", p=person))
    impersonal = points(_REPORT.format(title="2025年度个人述职报告", p=""))
    assert len(ch) == len(impersonal[0]) == 3 and len(rec) == len(impersonal[1]) == 3
    assert [c.removeprefix(person) for c in ch] == impersonal[0]
    assert [r.removeprefix(person) for r in rec] == impersonal[1]
    assert not any(p.startswith(("一是", "二是", "三是")) for p in ch + rec)


def test_first_person_items_in_one_paragraph():
    """The same items run in one paragraph after their lead-ins (``存在的问题：一是我…；二是我…``)."""
    text = ("个人工作总结\n\n一年来，我认真履行职责，但也存在一些不足。\n\n"
            "存在的问题：一是我理论学习不够系统，学用结合还不够紧密；二是我调查研究不够深入，掌握基层情况不够全面。\n\n"
            "下一步努力方向：一是我要加强理论学习，做到学思用贯通；二是我要深入基层调研，掌握第一手资料。\n")
    ch, rec = points(text)
    assert ch == ["我理论学习不够系统，学用结合还不够紧密", "我调查研究不够深入，掌握基层情况不够全面"]
    assert rec == ["我要加强理论学习，做到学思用贯通", "我要深入基层调研，掌握第一手资料"]


def test_first_person_items_under_other_markers():
    """A 对照检查's numbered items and 第一，… items, some with 我, some with 自己 or 本人."""
    text = ("个人对照检查材料\n\n按照专题民主生活会的要求，我认真查摆问题，现将有关情况报告如下。\n\n"
            "一、存在的主要问题\n1.我在理论学习上存在差距，学习的系统性不够，满足于一般性了解。\n"
            "2.自己联系群众不够紧密，深入基层调研的次数偏少。\n3.本人担当作为不够，面对矛盾有畏难情绪。\n\n"
            "二、整改措施\n第一，我将坚持每天学习一小时，系统学习党的创新理论。\n"
            "第二，自己要每月深入基层调研不少于两次，主动倾听群众意见。\n第三，本人要敢于直面矛盾，主动担当作为。\n")
    ch, rec = points(text)
    assert ch[0] == "我在理论学习上存在差距，学习的系统性不够，满足于一般性了解"
    assert len(ch) == 3 and len(rec) == 3
    assert rec[0] == "我将坚持每天学习一小时，系统学习党的创新理论"


def test_first_person_narration_outside_items_stays_background():
    """Outside an enumeration the author's first-person narration is still no point (``我居住的小区…``)."""
    assert asp.states_background("我居住的小区停车位严重不足")
    assert asp.first_person_subject_end("我理论学习不够系统") == 1
    assert asp.first_person_subject_end("我个人要加强学习") == 3
    for s in ("我国农村养老保障水平偏低", "我们要加强学习", "我单位将加强管理", "我认为应加强管理", "有人说我不够努力"):
        assert asp.first_person_subject_end(s) == 0, s
    for s in ("我办正加快辅道建设", "我园实行园长负责制", "我站将加强巡查"):  # (a body speaking as "we")
        assert asp.first_person_subject_end(s) == 0, s
    text = "一是我理论学习不够系统"
    assert P.item_reading(text, 2, text[2:]) == "理论学习不够系统"
    text = "（二）我居住的街道每天都能见到推着纸皮车的老人"  # (narration: no shortcoming, no measure past 我)
    assert P.item_reading(text, 3, text[3:]) == text[3:]
    text = "首先，我不认同这种说法"  # (a speech orders its remarks: no item)
    assert P.item_reading(text, 3, text[3:]) == text[3:]
    text = "去年，我理论学习不够系统"
    assert P.item_reading(text, 3, text[3:]) == text[3:]  # (no item marker before it)


def test_item_reading_is_linear():
    assert_linear(lambda n: [P.item_reading(t, k, t[k:k + 20]) for t in ["一是我" * n] for k in range(0, len(t), 3)],
                  2000, "item_reading over many item starts")


# -------------------------------------------------------------------------------- an epigraph above the title

_TITLE = "关于社区养老服务的几点思考"
_BODY = ("当前，社区养老服务发展较快，但也存在不少问题。一是服务设施不足，二是专业人才缺乏。\n\n"
         "对此，建议加大投入，加强人才培养。\n")
_MOTTO = "不忘初心，方得始终"


def _essay(data, **kw):
    from summarizer.readers import read_bytes

    doc = summarize_document(read_bytes(data, **kw))
    return doc, doc.essays[0]


def _read(data, **kw) -> str:
    from summarizer.readers import read_bytes

    return read_bytes(data, **kw).text


@pytest.mark.parametrize("head", [
    f"> {_MOTTO}。\n\n# {_TITLE}\n\n",  # a markdown block quotation
    f"> 题记：{_MOTTO}。\n> ——某某\n\n# {_TITLE}\n\n",  # two quoted lines, the second its attribution
    f"---\ndate: 2025-01-01\n---\n> {_MOTTO}。\n\n# {_TITLE}\n\n",  # after front matter
])
def test_markdown_epigraph_before_the_title(head):
    doc, essay = _essay((head + _BODY).encode("utf-8"), filename="note.md")
    assert essay.title == _TITLE
    assert _MOTTO not in essay.summary
    assert doc.removed.get("epigraph")


@pytest.mark.parametrize("head", [
    f"> ### 摘要\n> {_MOTTO}。\n> ### 关键词\n> 养老\n## 一、基本情况\n\n",  # a quoted abstract: headings inside it
    f"> {_MOTTO}。\n\n## 一、基本情况\n\n",  # a numbered section follows, no title
    "> " + "不忘初心，方得始终，" * 25 + "\n\n# " + _TITLE + "\n\n",  # too long for a motto
])
def test_markdown_quotations_that_are_no_epigraph_stay(head):
    doc, _ = _essay((head + _BODY).encode("utf-8"), filename="note.md")
    assert "epigraph" not in doc.removed


def test_markdown_quotation_after_the_title_stays():
    """A block quotation under the title is the essay's own citation: not removed."""
    doc, essay = _essay(f"# {_TITLE}\n\n> {_MOTTO}。\n\n{_BODY}".encode("utf-8"), filename="note.md")
    assert essay.title == _TITLE and "epigraph" not in doc.removed


@pytest.mark.parametrize("head", [
    f"题记：{_MOTTO}。\n\n{_TITLE}\n\n",
    f"【题记】“{_MOTTO}。”\n——某某\n\n{_TITLE}\n\n",
    f"题记\n“{_MOTTO}。”\n——某某\n\n{_TITLE}\n\n",
    f"“{_MOTTO}。”\n——某某\n\n{_TITLE}\n\n",  # a quoted motto with its attribution, no label
])
def test_plain_text_epigraph_before_the_title(head):
    doc, essay = _essay((head + _BODY).encode("utf-8"), filename="note.txt")
    assert essay.title == _TITLE
    assert _MOTTO not in essay.summary
    assert doc.removed.get("epigraph")


def test_plain_text_quotation_opening_the_essay_stays():
    """A quotation that opens the essay's prose (no title under it, or no attribution) is the essay's own text."""
    for text in (f"“{_MOTTO}。”这句话说得好。\n\n{_BODY}", f"“{_MOTTO}。”\n\n{_TITLE}\n\n{_BODY}"):
        doc, _ = _essay(text.encode("utf-8"), filename="note.txt")
        assert "epigraph" not in doc.removed


def test_html_blockquote_before_the_h1():
    page = (f"<html><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
            f"<blockquote><p>{_MOTTO}。</p></blockquote><h1>{_TITLE}</h1>"
            + "".join(f"<p>{p}</p>" for p in _BODY.split("\n\n")) + "</body></html>")
    doc, essay = _essay(page.encode("utf-8"), filename="page.html")
    assert essay.title == _TITLE
    assert _MOTTO not in _read(page.encode("utf-8"), filename="page.html")
    kept = page.replace("<blockquote>", "<div>").replace("</blockquote>", "</div>")  # (a paragraph, not a quotation)
    assert _MOTTO in _read(kept.encode("utf-8"), filename="page.html")


def test_docx_quote_style_before_the_title():
    from files_fixtures import docx_package, w_p

    styles = ('<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Quote"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="Title"/></w:style>')
    quote = '<w:pStyle w:val="a5"/>'
    body = (w_p(f"{_MOTTO}。", ppr=quote) + w_p("——某某", ppr=quote) + w_p(_TITLE, ppr='<w:pStyle w:val="a1"/>')
            + "".join(w_p(p) for p in _BODY.strip().split("\n\n")))
    doc, essay = _essay(docx_package(body, styles=styles), filename="a.docx")
    assert essay.title == _TITLE
    assert _MOTTO not in _read(docx_package(body, styles=styles), filename="a.docx")
    # a quotation inside the document (after its first paragraph) stays
    body = w_p(_TITLE) + w_p(f"{_MOTTO}。", ppr=quote) + "".join(w_p(p) for p in _BODY.strip().split("\n\n"))
    assert _MOTTO in _read(docx_package(body, styles=styles), filename="a.docx")


def test_epigraph_readers_are_bounded():
    from summarizer.markup import markup_edits

    assert_linear(lambda n: markup_edits("> 引" * n + "\n# 题\n"), 2000, "a long first quoted line")
    assert_linear(lambda n: markup_edits("> 引\n" * n + "# 题\n"), 2000, "many quoted lines")
    assert_linear(lambda n: summarize_document("题记\n" + "引\n" * n), 500, "a 题记 label over many lines")


# -------------------------------------------------------------------------------- the service's size limits

_THREE = "第一句。第二句。第三句。"


def test_the_service_refuses_too_many_sentences_before_queueing(monkeypatch):
    """A ``text`` over SUMMARIZER_MAX_SENTENCES is refused in the server's own process, beside SUMMARIZER_MAX_CHARS:
    no job is queued; the message names the server setting (a client cannot send ``max_sentences``)."""
    from fastapi.testclient import TestClient

    import service.app as service_app
    from service.settings import Settings

    async def no_job(*args, **kwargs):
        raise AssertionError("a job was queued")

    with TestClient(service_app.create_app(Settings(max_sentences=2))) as c:
        monkeypatch.setattr(service_app, "run_while_connected", no_job)
        response = c.post("/v1/summarize", json={"text": _THREE})
        assert response.status_code == 422
        assert response.json()["error"] == {"type": "input_too_large", "field": "text",
                                            "message": "the document has 3 sentences; the limit is 2 "
                                                       "(SUMMARIZER_MAX_SENTENCES)"}
        monkeypatch.undo()
        # an upload is counted once read, in the worker: the same setting named, field ``file``
        response = c.post("/v1/summarize/file", files={"file": ("a.txt", _THREE.encode("utf-8"), "text/plain")})
        assert response.status_code == 422
        assert response.json()["error"] == {"type": "input_too_large", "field": "file",
                                            "message": "the document has 3 sentences; the limit is 2 "
                                                       "(SUMMARIZER_MAX_SENTENCES)"}


def test_the_service_names_its_essay_limit_setting():
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    text = ("第一篇\n加强社区养老服务\n老年人日间照料站点少。建议增设照料站点。\n"
            "第二篇\n推进垃圾分类\n居民分类意识不强。建议加强宣传引导。\n")
    with TestClient(create_app(Settings(max_essays=1))) as c:
        response = c.post("/v1/summarize/file", files={"file": ("a.txt", text.encode("utf-8"), "text/plain")})
        assert response.status_code == 422
        assert response.json()["error"] == {"type": "input_too_large", "field": "file",
                                            "message": "the document has 2 essays; the limit is 1 "
                                                       "(SUMMARIZER_MAX_ESSAYS)"}
    # the library and the command line name their own (the argument, the option)
    import summarizer
    from summarizer.errors import TooManyEssaysError

    with pytest.raises(TooManyEssaysError, match=r"\(max_essays\)"):
        summarizer.summarize(text, max_essays=1)


# -------------------------------------------------------------------------------- keyphrases open where words open

def _keyphrases(text):
    return [k.text for k in summarize_document(text).essays[0].keyphrases]


@pytest.mark.parametrize("text, inside", [
    ("副市长张强主持召开会议。副市长张强指出，要加强城市管理。副市长张强强调，城市管理存在短板。"
     "会议由副市长张强主持，张强要求各部门加强协作。", "市长张强"),
    ("市委副书记李明调研乡村振兴工作。李明指出，乡村振兴要抓好产业发展。副主任王红陪同调研。"
     "市委副书记李明强调，产业发展要因地制宜。副主任王红表示，将抓好落实。", "书记李明"),
])
def test_a_keyphrase_never_opens_after_a_bound_prefix(text, inside):
    """jieba cuts 副市长 into 副|市长: a keyphrase opens with the prefix (副市长…) or not at all, never inside the
    title (市长张强)."""
    phrases = _keyphrases(text)
    assert not any(p.startswith(inside) or p.startswith(inside[1:]) and not p.startswith("副") for p in phrases)
    for p in phrases:  # every occurrence of a phrase that holds the title's word holds its prefix
        if "书记" in p or "市长" in p:
            assert p.startswith("副")


def test_bound_prefix_reads_the_tag():
    from summarizer.keyphrases import _bound_prefix

    toks, spans = ["副", "市长"], [(0, 1), (1, 3)]
    assert _bound_prefix(toks, [-1, 0], spans, 1)
    assert not _bound_prefix(toks, [-1, 0], [(0, 1), (2, 4)], 1)  # (not glued)
    assert not _bound_prefix(["在", "市长"], [-1, 0], spans, 1)  # (a preposition, free)
    assert not _bound_prefix(toks, [-1, 0], spans, 0)


# -------------------------------------------------------------------------------- a wrong declared charset

_PAGE = ("<html><head><meta charset=\"{cs}\"><title>关于社区养老</title></head><body><h1>关于社区养老</h1>"
         "<p>当前，社区养老服务发展较快，但也存在不少问题。</p><p>对此，建议加大投入，加强人才培养。</p></body></html>")


def test_a_page_whose_declared_charset_is_wrong_says_so():
    from summarizer.readers import read_bytes

    doc = read_bytes(_PAGE.format(cs="utf-8").encode("gbk"), filename="a.html")
    assert doc.encoding == "gb18030" and "存在不少问题" in doc.text
    assert [w.type for w in doc.warnings] == ["wrong_charset"]
    assert "utf-8" in doc.warnings[0].message and "gb18030" in doc.warnings[0].message
    assert [w.type for w in summarize_document(doc).warnings] == ["wrong_charset"]
    # a right declaration, an alias (gbk -> gb18030) and no declaration: no warning
    for cs, codec in (("utf-8", "utf-8"), ("gbk", "gbk")):
        assert read_bytes(_PAGE.format(cs=cs).encode(codec), filename="a.html").warnings == ()
    assert read_bytes(_PAGE.replace('<meta charset="{cs}">', "").encode("gbk"), filename="a.html").warnings == ()
    # a charset that names no codec at all
    doc = read_bytes(_PAGE.format(cs="no-such-codec").encode("utf-8"), filename="a.html")
    assert [w.type for w in doc.warnings] == ["wrong_charset"] and doc.encoding == "utf-8"


def test_an_mhtml_part_whose_charset_is_wrong_says_so():
    from files_fixtures import mhtml

    from summarizer.readers import read_bytes

    page = _PAGE.replace('<meta charset="{cs}">', "")
    archive = mhtml(page, charset="gbk").replace(b"text/html; charset=gbk", b"text/html; charset=utf-8")
    doc = read_bytes(archive, filename="a.mhtml")
    assert "存在不少问题" in doc.text and [w.type for w in doc.warnings] == ["wrong_charset"]
    assert read_bytes(mhtml(page, charset="gbk"), filename="a.mhtml").warnings == ()


# -------------------------------------------------------------------------------- repeated copies: one rule

def test_the_summary_and_the_points_read_a_repeated_sentence_at_its_first_copy():
    from summarizer import pipeline, points, sentences

    assert sentences.first_copies(["甲。", "乙。", "甲 ！", "乙"]) == [True, True, False, False]
    assert sentences.copy_key(" 基层 负担重。") == "基层负担重"
    assert not hasattr(pipeline, "_copy_key") and not hasattr(points, "_first_copies")
    text = ("基层治理的几点思考\n\n基层干部负担过重，考核名目繁多。基层干部负担过重，考核名目繁多。"
            "建议精简考核事项，切实为基层减负。\n")
    essay = summarize_document(text).essays[0]
    assert essay.summary.count("基层干部负担过重") == 1
    first = text.index("基层干部负担过重")
    held = [c for c in essay.challenges if "负担过重" in c.text]
    assert held and all(c.start == first for c in held)
