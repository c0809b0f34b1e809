"""Faults a fresh user found on the merged code of the forty-second session (verify50), fixed by the lead: a slide
deck's closing courtesy line (``谢谢！``) taken as a recommendation, and a ``wrong_charset`` warning that said a page's bytes were
"not iso-8859-1" (every byte string is valid Latin-1)."""

from __future__ import annotations

from summarizer import summarize
from summarizer.aspects import is_ceremony
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
    (essay,) = summarize(DECK, aspect_model=False).essays
    assert [p.text for p in essay.recommendations] == ["统筹建设县级共配中心，整合快递线路", "扶持冷链仓储项目，降低生鲜损耗"]
    (essay,) = summarize(DECK).essays
    assert [p.text for p in essay.recommendations] == ["统筹建设县级共配中心，整合快递线路", "扶持冷链仓储项目，降低生鲜损耗"]


def test_a_closing_courtesy_alone_is_ceremony_and_prose_thanks_is_not():
    for line in ("谢谢！", "谢谢", "感谢聆听", "謝謝觀看！", "Thank you!", "THE END", "谢谢您的指导。"):
        assert is_ceremony(line), line
    for line in ("感谢信里反映的问题要认真整改。", "谢谢你们在防汛一线的坚守，我们会把堤防修好。", "谢谢" * 30):
        assert not is_ceremony(line), line


def test_a_letters_closing_thanks_still_marks_it_a_message_to_an_office():
    """The courtesy is no point, but it stays in the text: it is one of the signs that a short text is a message to
    an office (``summarizer.posts``), whose demands stated as rules are its requests (a first version removed it as
    page furniture and lost them)."""
    letter = ("尊敬的街道领导:\n我们楼下新开的洗车店每天把污水直接排进雨水井,整条巷子都是泡沫。居民们提出以下要求:\n"
              "一、洗车污水不得直接排入雨水管网。\n二、建议店家安装沉淀池。\n谢谢。\n")
    (essay,) = summarize(letter).essays
    assert [p.text for p in essay.recommendations] == ["洗车污水不得直接排入雨水管网", "建议店家安装沉淀池"]


def test_the_wrong_charset_warning_says_what_the_bytes_were_read_as():
    page = ('<html><head><meta charset="iso-8859-1"><title>t</title></head><body><h1>冷链物流短板</h1>'
            '<p>冷链仓储能力弱，生鲜损耗大。要扶持冷链仓储项目。</p></body></html>').encode("utf-8")
    document = read_bytes(page, filename="page.html")
    assert document.encoding == "utf-8"
    (warning,) = [w for w in document.warnings if w.type == "wrong_charset"]
    assert warning.message == ("the page declares charset 'iso-8859-1', but its bytes decode as utf-8 text; "
                               "read as utf-8 instead")
