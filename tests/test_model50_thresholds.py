"""model50: the sentence selector adds a recommendation at probability 0.7 (0.8 before), chosen on Parts 97-108 and
confirmed on Parts 109-118, both held out of the linear model's and the selector's fits (README "Thresholds of the
learned models judged on held-out Parts (model50)")."""

from summarizer import aspects as asp
from summarizer import summarize
from summarizer.schema import SummarizeOptions
from summarizer.sentence_selector import load_selector

# (written for this test) a measure stated without a modal, after the problems and one modal measure
ESSAY = ("破解农村垃圾治理难题的几点思考\n\n"
         "农村人居环境整治开展以来，村容村貌有了很大改观，但垃圾治理仍是短板。一些村庄垃圾随意堆放，河道沟渠漂浮物多。"
         "部分村民环保意识淡薄，习惯把垃圾倒在房前屋后。保洁经费不足，保洁员工资长期拖欠，工作积极性不高。\n\n"
         "治理农村垃圾，关键在于调动村民的积极性。浙江一些地方推行“垃圾分类积分制”，村民分类投放可以兑换生活用品，"
         "参与率大幅提高。乡镇政府应当把保洁经费列入年度预算，按时足额发放保洁员工资。"
         "村规民约里写入环境卫生条款，由村民代表定期检查评比，效果会更加明显。\n\n"
         "农村垃圾治理不是一朝一夕的事情，需要久久为功、持续发力。\n")


def test_shipped_selector_thresholds():
    sel = load_selector()
    assert sel.add_aspect_at == {asp.CHALLENGE: 0.9, asp.RECOMMENDATION: 0.7}
    assert (sel.drop_at, sel.move_at) == (0.6, 0.9)


def test_a_measure_without_a_modal_is_a_recommendation():
    essays = summarize(ESSAY, options=SummarizeOptions()).essays
    recs = [p.text for e in essays for p in e.recommendations]
    assert any(r.startswith("村规民约里写入环境卫生条款") for r in recs), recs
    assert any(r.startswith("乡镇政府应当把保洁经费列入年度预算") for r in recs), recs
    challenges = [p.text for e in essays for p in e.challenges]
    assert not any("村规民约" in c for c in challenges)
