"""Faults a fresh user found on the merged code of the forty-second session (verify50), fixed by the lead: a slide
deck's closing courtesy line taken as a recommendation, and a ``wrong_charset`` warning that said a page's bytes were
"not iso-8859-1" (every byte string is valid Latin-1)."""

from __future__ import annotations

from summarizer import summarize
from summarizer.clean import clean
from summarizer.readers import read_bytes

DECK = """县域物流体系建设汇报
幻灯片1
一、现状
全县共有快递网点一百二十个。
幻灯片2
二、存在问题
冷链仓储能力弱，生鲜损耗大。
乡村配送线路分散，单件成本高。
幻灯片3
三、对策建议
统筹建设县级共配中心，整合快递线路。
扶持冷链仓储项目，降低生鲜损耗。
幻灯片4
谢谢大家！
"""


def test_a_decks_closing_thanks_is_no_point():
    result = summarize(DECK, aspect_model=False)
    (essay,) = result.essays
    assert [p.text for p in essay.recommendations] == ["统筹建设县级共配中心，整合快递线路", "扶持冷链仓储项目，降低生鲜损耗"]
    assert result.removed.get("closing_thanks") == 5


def test_closing_courtesies_alone_on_a_line_are_removed_and_prose_thanks_is_kept():
    for line in ("谢谢！", "谢谢", "感谢聆听", "謝謝觀看！", "Thank you!", "THE END", "谢谢您的指导。"):
        assert set(clean(line + "\n乡村配送线路分散，单件成本高。").removed) == {"closing_thanks"}, line
    for line in ("感谢各位对我们工作的支持。", "谢谢各位领导的关心和支持！", "谢谢你们在防汛一线的坚守，我们会把堤防修好。"):
        assert clean(line + "\n乡村配送线路分散，单件成本高。").removed == {}, line


def test_the_wrong_charset_warning_says_what_the_bytes_were_read_as():
    page = ('<html><head><meta charset="iso-8859-1"><title>t</title></head><body><h1>冷链物流短板</h1>'
            '<p>冷链仓储能力弱，生鲜损耗大。要扶持冷链仓储项目。</p></body></html>').encode("utf-8")
    document = read_bytes(page, filename="page.html")
    assert document.encoding == "utf-8"
    (warning,) = [w for w in document.warnings if w.type == "wrong_charset"]
    assert warning.message == ("the page declares charset 'iso-8859-1', but its bytes decode as utf-8 text; "
                               "read as utf-8 instead")
