"""gen50: an essay left with no point of an aspect takes the one prose sentence the sentence selector reads as that
aspect likeliest (``SentenceSelector.empty_aspect_points``, ``EMPTY_ASPECT_AT``)."""

from summarizer import aspects as asp
from summarizer import sentence_selector as ss
from summarizer import summarize
from summarizer.aspect_model import using
from summarizer.schema import SummarizeOptions
from summarizer.sentence_selector import SentenceSelector

# a narrated complaint that no rule reads a measure in (written for this test)
STORY = ("这几年，镇上的集市一年比一年冷清。以前逢五逢十赶集，街上挤得水泄不通，卖菜的、卖农具的、修鞋的一字排开。"
         "如今不少摊位空着，来赶集的多是上了年纪的老人。年轻人大多在网上买东西，或者开车去县城的超市。"
         "摊主老刘在集市上卖了二十年竹筐，他说一天下来卖不出几个，连摊位费都挣不回来。"
         "镇里前些年翻修过集市的棚子，可地面坑坑洼洼，一下雨就满地泥水。"
         "老人们说，赶集不光是买东西，也是出来见见老熟人、说说话。集市冷清了，镇上也跟着冷清了。"
         "傍晚收摊的时候，老刘把没卖出去的竹筐一个个摞起来，用绳子捆好，放上三轮车。"
         "他说明天还来，干了一辈子，闲不下来。\n")

# the file's form of a selector whose one tree is one leaf: every sentence reads the softmax of ``baseline``
LEAF = {"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "leaf": [True], "value": [0.0],
        "roots": [0], "classes": [0], "depth": 1}


def _selector(recommendation_logit: float) -> SentenceSelector:
    # none 0, challenge -3: recommendation 1.6 reads ~0.83, 0.2 ~0.55 (no regular addition: add_at 2.0)
    trees = dict(LEAF, baseline=[0.0, -3.0, recommendation_logit])
    return SentenceSelector.from_selector_dict({
        "format": "summarizer-sentence-selector/1", "classes": ["none", asp.CHALLENGE, asp.RECOMMENDATION],
        "vocab": [], "drop_at": 2.0, "move_at": 2.0, "add_at": 2.0, "trees": trees})


def _recommendations(sel, text=STORY):
    with using(sel):
        essays = summarize(text, options=SummarizeOptions()).essays
    return [p for e in essays for p in e.recommendations]


def test_an_essay_with_no_measure_takes_one_sentence_the_selector_reads_as_a_measure(monkeypatch):
    monkeypatch.setattr(ss, "EMPTY_ASPECT_AT", {asp.RECOMMENDATION: 0.65})
    assert len(_recommendations(_selector(1.6))) == 1  # (every sentence reads 0.83: the first eligible one, once)
    monkeypatch.setattr(ss, "EMPTY_ASPECT_AT", {})
    assert _recommendations(_selector(1.6)) == []  # (the fallback off: the rules and the selector add none)


def test_below_the_threshold_no_sentence_is_taken(monkeypatch):
    monkeypatch.setattr(ss, "EMPTY_ASPECT_AT", {asp.RECOMMENDATION: 0.65})
    assert _recommendations(_selector(0.2)) == []  # (0.55 < 0.65)


ESSAY = ("近年来，我村公共服务条件有了明显改善。但走访中也发现，村级服务还有一些不足。"
         "一是文化设施利用率低，图书室平时很少开门。二是卫生服务薄弱，村医年龄偏大、药品种类不全。"
         "三是办事流程繁琐，群众办一件事往往要跑好几趟。\n\n"
         "为此，提出以下几点建议。首先，要延长图书室开放时间，安排志愿者轮流值守。"
         "其次，应当引进年轻村医，定期组织县级医院专家下乡义诊。最后，要推行一站式代办服务，让群众少跑腿。"
         "村两委要把这些工作列入年度计划，逐项抓好落实。相信经过努力，村里的公共服务一定会越来越好。\n")


def test_an_essay_that_states_measures_takes_no_more(monkeypatch):
    monkeypatch.setattr(ss, "EMPTY_ASPECT_AT", {asp.RECOMMENDATION: 0.65})
    on = _recommendations(_selector(1.6), ESSAY)
    monkeypatch.setattr(ss, "EMPTY_ASPECT_AT", {})
    off = _recommendations(_selector(1.6), ESSAY)
    assert on == off and len(on) >= 3


def test_shipped_thresholds_are_probabilities():
    assert set(ss.EMPTY_ASPECT_AT) <= {asp.CHALLENGE, asp.RECOMMENDATION}
    assert all(0.5 <= v <= 1.0 for v in ss.EMPTY_ASPECT_AT.values())
