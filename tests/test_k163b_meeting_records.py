"""Meeting and speech records (k163b): two speakers quoted back to back are two sentences, and a meeting's demands in
one ``；``-paragraph are one recommendation per part, the occasion clause (``要以…为抓手，``) part of its own demand.
Texts of the tests' own."""

from costs import assert_linear

from summarizer import points as P
from summarizer.pipeline import summarize_document
from summarizer.sentences import split_sentences


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# speakers quoted back to back ------------------------------------------------------------------------------------

_TWO_SPEAKERS = ("座谈会上,居民代表李强直言:“小区停车位太少,建议开放周边学校的夜间停车场。”"
                 "居民代表赵敏说:“老年人出行不便,希望增设无障碍坡道。”")


def test_second_speakers_tag_opens_a_sentence():
    units = [s.text for s in split_sentences(_TWO_SPEAKERS)]
    assert units == ["座谈会上,居民代表李强直言:“小区停车位太少,建议开放周边学校的夜间停车场。”",
                     "居民代表赵敏说:“老年人出行不便,希望增设无障碍坡道。”"]


def test_tag_inside_one_quotation_still_joins():
    # the quotation opens the sentence: the tag between its two parts belongs to it (“……。”他说，“……。”)
    text = "“停车难的问题拖了好几年。”李强说,“这次一定要有个说法。”"
    assert [s.text for s in split_sentences(text)] == [text]


def test_point_does_not_run_into_the_next_speaker():
    _, rec = _points(_TWO_SPEAKERS + "\n")
    assert any("开放周边学校的夜间停车场" in p for p in rec)
    assert not any("赵敏" in p for p in rec)


def test_speaker_quotes_linear():
    quote = "代表甲说:“路灯不亮。”"
    assert_linear(lambda n: split_sentences(quote * n), 500, "speakers quoted back to back")
    assert_linear(lambda n: split_sentences("代表甲说:“" + "路灯不亮。”他说,“" * n), 500, "one long quotation")


# a meeting's demands in one semicolon paragraph -----------------------------------------------------------------

_DEMANDS = ("会议要求,要以抓学习、强作风为抓手,对检查中发现的问题,要逐项分析原因,逐条制定整改措施;"
            "要持之以恒的抓作风,坚决杜绝推诿扯皮;"
            "要以本次会议为契机,再鼓干劲,再明责任,再抓落实,做好全年目标冲刺。\n")


def test_occasion_clause_inside_semicolon_parts_is_no_chain():
    assert P.occasion_exhortation_clauses(_DEMANDS.strip()) == []
    # outside a semicolon list the exhortation's acts are still one each
    assert len(P.occasion_exhortation_clauses("要以本次会议为契机,再鼓干劲,再明责任,再抓落实。")) == 3


def test_semicolon_demands_one_per_part():
    _, rec = _points(_DEMANDS)
    assert rec == ["要以抓学习、强作风为抓手,对检查中发现的问题,要逐项分析原因,逐条制定整改措施",
                   "要持之以恒的抓作风,坚决杜绝推诿扯皮",
                   "要以本次会议为契机,再鼓干劲,再明责任,再抓落实,做好全年目标冲刺"]


def test_pronoun_tag_goes_on_with_the_same_speaker():
    # a tag that names its speaker by a pronoun continues the quotation of the speaker before it
    text = "谈到人手,站长王芳指出:“现在缺的不只是人。”她坦言:“年轻人更不愿意来。”"
    assert [s.text for s in split_sentences(text)] == [text]
