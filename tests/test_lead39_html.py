"""An article written loose in its page (``<body><h3>…</h3><p>…</p>…``, a paper converted from PDF to HTML) keeps its
section headings: trafilatura rebuilds such a page from its loose paragraphs and took no headings once the page
passed about 3,000 characters (formats.html._wrap_loose_article)."""

from summarizer.formats.html import main_content, prepare

_WORDS = "调查数据显示各地区变化明显主要特征来源于全国普查遥感监测结果其中东部地区相对较小西部地区尤为突出面积减少程度下降局部恶化趋势仍在持续"


def _paragraph(i: int, k: int) -> str:
    """A paragraph of 100-odd characters, different for each (section i, paragraph k)."""
    run = "".join(_WORDS[(i * 7 + k * 3 + j) % len(_WORDS)] for j in range(90))
    return f"2010年，第{i}区{k}：{run}，占全国总面积的{i + k}.{k}%。"


def _paper(sections: int = 12) -> tuple[str, list[str]]:
    body = ['<div id="nav"><a href="/">首页</a> | <a href="/list">列表</a> | <a href="/s">检索</a></div>',
            "<h3>农村养老服务体系建设的困境与出路</h3>"]
    headings = [f"{i // 4 + 1}.{i % 4 + 1}养老服务{'人才队伍不稳定' if i < sections // 2 else '完善财政投入机制'}之{i}"
                for i in range(sections)]
    for i, heading in enumerate(headings):
        body.append(f"<h3>{heading}</h3>")
        body.extend(f"<p>{_paragraph(i, k)}</p>" for k in range(3))
    body.append('<div class="footer">联系我们</div>')
    return ("<html><head><title>农村养老服务体系建设的困境与出路 - 预印本全文</title></head><body>"
            + "".join(body) + "</body></html>"), headings


def test_long_loose_paper_keeps_every_section_heading():
    page, headings = _paper()
    text = main_content(page)
    assert len(text) > 3000
    lines = text.split("\n")
    assert [h for h in headings if h not in lines] == []
    assert lines[0] == "农村养老服务体系建设的困境与出路"
    assert "首页" not in text and "联系我们" not in text


def test_wrapping_needs_two_subheadings_and_leaves_framed_pages_alone():
    one_heading = "<html><body><h3>小标题</h3>" + "".join(f"<p>{_paragraph(0, k)}</p>" for k in range(40)) + "</body></html>"
    assert "<article>" not in prepare(one_heading)
    page, _ = _paper()
    assert prepare(page).count("<article>") == 1
    framed = page.replace("<body>", "<body><main>").replace("</body>", "</main></body>")
    assert "<article>" not in prepare(framed)
