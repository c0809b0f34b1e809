"""Leftover kinds of the Part 11 round (issue 8), each on a text written for the test.

1. A point that opens with a connective that links it to the sentence before (``同时引导…``, ``此外还有…``) or with an
   ordinal of a list it is no longer in (``第四，要畅通…``) starts after it (offsets exact), by the summary's one rule
   (:func:`summarizer.points.unlinked_start`) and :func:`summarizer.points.ordinal_lead_end`; a word the tokenizer
   reads as part of a longer one (``而是``, ``但凡``) stays.
2. A suggestion with a weak modal before a verb of means (``可通过…``, ``可采取…``, ``可以考虑…``): a measure inside a
   measures region; after a passage of problems it turns to the measures when a public actor makes it
   (``地方政府可通过…``); not what a company or a technique can do, nor a benefit (``这样可以通过…降低成本``), and
   not in free prose outside any region (:func:`summarizer.aspects.weak_modal_measure`).
3. A news report announces an official body's plan with no verb of saying (``下一步，市住建局将…``, ``今后将…``): each
   measure clause is a recommendation, as after ``X表示，将…`` (:func:`summarizer.points.announced_plan_clauses`); a
   resident's or a company's future (``今后，市民将享受…``) is none.
"""

from __future__ import annotations

from summarizer import aspects as asp
from summarizer import summarize
from summarizer.points import announced_plan_clauses, ordinal_lead_end


def _points(text: str):
    essay = summarize(text).essays[0]
    return essay.challenges, essay.recommendations


def test_an_ordinal_with_its_comma_opens_no_point():
    text = "第四，要畅通群众反映问题的渠道"
    assert text[ordinal_lead_end(text, 0, len(text)):] == "要畅通群众反映问题的渠道"
    text = "其五，社区服务人员流动性大"
    assert text[ordinal_lead_end(text, 0, len(text)):] == "社区服务人员流动性大"
    # no comma: 第四季度 is the point's own word; too little left: unchanged
    text = "第四季度社区服务人员流动性大"
    assert ordinal_lead_end(text, 0, len(text)) == 0
    text = "第四，要改"
    assert ordinal_lead_end(text, 0, len(text)) == 0


def test_a_point_opening_with_a_bare_linking_connective_starts_after_it():
    essay = ("老旧小区改造的难点与对策\n\n一、存在的问题\n"
             "老旧小区普遍缺少停车位。此外还有不少楼道照明设施年久失修的问题。\n\n"
             "二、对策建议\n"
             "要加大财政投入力度，科学编制改造计划。\n同时引导社会资本参与小区改造和运营，建立长效管护机制。\n"
             "第四，要畅通居民反映诉求的渠道，及时回应群众关切。")
    text = summarize(essay)
    essay_out = text.essays[0]
    challenges = [p.text for p in essay_out.challenges]
    recs = [p.text for p in essay_out.recommendations]
    assert not any(t.startswith(("此外", "同时", "第四")) for t in challenges + recs), (challenges, recs)
    assert recs == ["要加大财政投入力度，科学编制改造计划", "引导社会资本参与小区改造和运营，建立长效管护机制",
                    "要畅通居民反映诉求的渠道，及时回应群众关切"]
    # offsets are exact: the original input's slice is the point
    for p in essay_out.challenges + essay_out.recommendations:
        assert essay[p.start:p.end] == p.text


def test_a_weak_modal_suggestion_in_a_measures_section_is_a_measure():
    essay = ("社区养老服务的困境与出路\n\n一、存在的问题\n社区养老服务站点运营资金严重不足。\n\n"
             "二、对策建议\n要加大财政投入力度。\n各社区可尝试以邻里互助的形式照料独居老人。\n")
    challenges, recs = _points(essay)
    assert [p.text for p in challenges] == ["社区养老服务站点运营资金严重不足"]
    assert [p.text for p in recs] == ["要加大财政投入力度", "各社区可尝试以邻里互助的形式照料独居老人"]


def test_a_public_actors_weak_modal_suggestion_after_problems_is_a_measure():
    essay = ("托育服务发展观察\n\n近年来托育需求持续增长，但普惠性托育机构供给明显不足，收费偏高。"
             "未来，地方政府可通过减免场地租金等方式，支持普惠托育机构运营。"
             "企业可以通过技术手段实现降本增效。这样可以通过共享数据降低成本。")
    _, recs = _points(essay)
    assert [p.text for p in recs] == ["地方政府可通过减免场地租金等方式，支持普惠托育机构运营"]
    assert asp.prose_aspect("企业可以通过技术手段实现降本增效。") is None
    assert asp.prose_aspect("这样可以通过共享数据降低成本。") is None
    # free prose outside any region does not read it (there it mostly reports what a party can do)
    assert asp.prose_aspect("未来，地方政府可通过减免场地租金等方式，支持普惠托育机构运营。") is None
    # a question, a shortcoming, or the modal far into the sentence: no suggestion
    assert not asp.weak_modal_measure("政府可以采取哪些措施？")
    assert not asp.weak_modal_measure("政府可通过的手段十分有限，资金严重不足。")
    assert not asp.weak_modal_measure("在过去二十年间的多次城市更新工程中居民可通过听证会表达意见")


def test_weak_modal_reading_is_linear():
    long_line = "政府可通过" + "完善制度" * 25000  # 100k characters, no punctuation
    assert asp.weak_modal_measure(long_line, actor=True)
    # the modal only after 100k characters: beyond the lead a suggestion's subject may take
    assert not asp.weak_modal_measure("这样" * 50000 + "可通过减免租金支持托育机构")


NEWS = "本报讯 近日，市住建局对全市老旧小区改造工作开展专项检查，发现部分小区改造进度滞后、施工现场管理不规范。"


def test_a_bodys_plan_announced_without_a_verb_of_saying_gives_its_measures():
    essay = NEWS + "下一步，市住建局将会同各区建立协调机制，加大巡查频次，对进度滞后的项目予以通报批评。"
    _, recs = _points(essay)
    assert [p.text for p in recs] == ["会同各区建立协调机制", "加大巡查频次", "对进度滞后的项目予以通报批评"]
    s = "今后将对整改不到位的学校予以通报批评。"
    assert [s[a:b] for a, b in announced_plan_clauses(s)] == ["对整改不到位的学校予以通报批评"]
    s = "下一步，督察组将加强调度督促，对发现的问题予以督办。"
    assert [s[a:b] for a, b in announced_plan_clauses(s)] == ["加强调度督促", "对发现的问题予以督办"]


def test_a_future_that_is_no_bodys_plan_gives_no_measure():
    _, recs = _points(NEWS + "今后，市民将享受更便捷的服务，出行更加方便。")
    assert recs == []
    for s in ("今后，市民将加强锻炼，改善饮食。", "该公司将扩大生产规模，增加就业岗位。", "市住建局将加大巡查频次。"):
        assert announced_plan_clauses(s) == [], s


def test_announced_plan_reading_is_linear():
    s = "下一步，市住建局将" + "加大巡查频次" * 17000  # 100k characters, no punctuation
    assert announced_plan_clauses(s) == [(9, len(s))]
    tiny = "今后将加强。" * 10000
    assert len(announced_plan_clauses(tiny)) >= 1
