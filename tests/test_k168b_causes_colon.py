"""k168b (Part 168's kinds): a pair of causes an abstract names after a colon (``…的可能成因：A下的B、C下的D。``) and an
expert's verdict turned into its demand by ``须进一步`` (``…还面临一些短板弱项，须进一步加大投入``). Texts of the tests' own."""

from costs import assert_linear

from summarizer.pipeline import summarize_document
from summarizer.points import announced_enumeration
from summarizer import aspects as asp


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_two_causes_after_a_colon_are_two_challenges():
    text = ("摘要:本文利用某市2021年社区调查数据,考察了老年人跌倒的影响因素。在此基础上,本文讨论了居家跌倒的主要成因:"
            "照护人手短缺下的独居风险、适老化改造滞后下的环境隐患。最后,本文提出对策建议:推广居家适老化改造;"
            "完善社区巡访制度;加强家庭照护培训。\n")
    challenges, recommendations = _points(text)
    assert "照护人手短缺下的独居风险" in challenges
    assert "适老化改造滞后下的环境隐患" in challenges
    assert "推广居家适老化改造" in recommendations


def test_announced_cause_pair_reads_two_items_and_not_a_success():
    sentence = "本文讨论了居家跌倒的可能成因:照护人手短缺下的独居风险、适老化改造滞后下的环境隐患"
    aspect, items = announced_enumeration(sentence, 0, len(sentence))
    assert aspect == asp.CHALLENGE
    assert [sentence[a:b] for a, b in items] == ["照护人手短缺下的独居风险", "适老化改造滞后下的环境隐患"]
    # the causes of a success are what went right, and one 、 after any other noun is no list
    success = "该村脱贫成功的主要原因:领导班子高度重视脱贫工作、群众积极参与产业发展"
    assert announced_enumeration(success, 0, len(success)) == (None, [])
    other = "本次调查的主要对象:城区独居的高龄老人、农村留守的空巢老人"
    assert announced_enumeration(other, 0, len(other)) == (None, [])


def test_must_go_further_clause_is_the_demand_after_the_problem():
    text = ("今年两会上,代表委员关注养老服务。我省社区养老服务建设仍处于起步阶段,还面临一些短板弱项,"
            "须进一步加大投入,建设方便可及、价格可接受的社区养老服务网络。\n")
    challenges, recommendations = _points(text)
    assert challenges == ["我省社区养老服务建设仍处于起步阶段,还面临一些短板弱项"]
    assert recommendations == ["须进一步加大投入,建设方便可及、价格可接受的社区养老服务网络"]


def test_cause_list_reading_is_linear():
    def run(n):
        s = "原因:" + "、" * n
        announced_enumeration(s, 0, len(s))
        t = "的成因:" + "好、坏" * n
        announced_enumeration(t, 0, len(t))

    assert_linear(run, 2_000, "a cause lead-in before a long run of 、")
