"""Failure kinds found by Parts 24 and 26 of the aspect corpus (871-901, 913-923), each on a text written for the
test (none copies a corpus string).

1. Part of a group that fails to heed, cooperate or take account (``有些商户就完全不怎么理会门前的垃圾``, ``还有部分
   司机没意识配合交警的指挥``) states a complaint with no word of deficiency: it is a challenge
   (:func:`summarizer.aspects.part_neglects`, ``neglecting_part`` and ``heeding_verb`` cue groups). A condition
   (``如果有些司机不配合，…``), a verb after 不必 (``有些意见不必理会``) and a first person (``有些话我不理会``) are not.
2. A subject's worst fault stated through a copula (``当局近年最大的失误是办事拖拉，看在居民眼里，…``) is a challenge
   though its clauses hold one deficiency word or none (:func:`summarizer.aspects.superlative_fault`, the
   ``verdict_head_noun`` cue group). A topic named as the problem (``最大的问题是交通问题``), a condition and a question
   are not.
3. A problem the subject faces, counted and then stated after a copula (``本市现在面对一个很大的问题，就是人手从何而来？``,
   ``我们面临一项严峻的挑战，那就是人才流失``) is a challenge, also when what the copula introduces is the question the
   problem poses (:func:`summarizer.aspects.names_faced_problem`). Facing problems in general (``面对问题，就是最好的
   办法``), a condition and a bare copula are not.
4. "Actually (one) could" (``很可惜，其实可以在会前先演练``) proposes gently, as 大可/不妨 do: 其实可以 joins the ``modal`` and
   ``strong_modal`` cue groups; "one could see / say / understand" (``其实可以看出…``, ``其实可以说…``) joins
   ``modal_exclusion`` and proposes nothing.
"""

from __future__ import annotations


from aspect_helpers import points
from summarizer import aspects as asp
from costs import assert_linear


def test_part_neglect_is_a_challenge():
    assert asp.part_neglects("有些商户就完全不怎么理会门前的垃圾")
    assert asp.part_neglects("还有部分司机没意识配合交警的指挥")
    assert asp.part_neglects("个别业主從不遵守小区的规定")
    assert asp.prose_aspect("有些商户就完全不怎么理会门前的垃圾") == asp.CHALLENGE
    text = "菜市场的卫生\n\n菜市场每天早上都很热闹。有些商户就完全不怎么理会门前的垃圾。管理处要加强巡查，督促商户清理。"
    challenges, recommendations = points(text)
    assert challenges == ["有些商户就完全不怎么理会门前的垃圾"]
    assert recommendations == ["管理处要加强巡查，督促商户清理"]


def test_part_neglect_negatives():
    assert not asp.part_neglects("如果有些司机不配合，交通就会乱")
    assert not asp.part_neglects("有些意见不必理会")
    assert not asp.part_neglects("有些话我不理会")
    assert not asp.part_neglects("有些商户，不理会")  # (a clause break between the part and the verb)
    assert not asp.part_neglects("部分商户积极配合清理工作")
    assert asp.prose_aspect("部分商户积极配合清理工作") is None


def test_part_neglect_is_linear():
    assert_linear(lambda n: asp.part_neglects("有些" + "商户" * n), 50000, "a long line")
    assert_linear(lambda n: asp.part_neglects("有些人。" * n), 10000, "many tiny sentences")


def test_superlative_fault_is_a_challenge():
    s = "当局近年最大的失误是办事拖拉，看在居民眼里，颇有推卸责任的意味。"
    assert asp.superlative_fault(s)
    assert asp.prose_aspect(s) == asp.CHALLENGE
    assert asp.superlative_fault("这套制度最严重的弊端在于只顾眼前")
    challenges, _ = points("城市管理\n\n城市管理有许多方面。当局近年最大的失误是办事拖拉，看在居民眼里，颇有推卸责任的意味。")
    assert challenges == ["当局近年最大的失误是办事拖拉，看在居民眼里，颇有推卸责任的意味"]


def test_superlative_fault_negatives():
    assert not asp.superlative_fault("本市目前最大的问题是交通问题。")
    assert not asp.superlative_fault("如果说最大的问题是资金，那就错了")
    assert not asp.superlative_fault("当局最大的失误是什么？")
    assert not asp.superlative_fault("当局最大的优势是办事快")
    assert_linear(lambda n: asp.superlative_fault("最大的问题是" + "拖拉" * n), 50000, "a long fault")


def test_faced_problem_is_a_challenge():
    assert asp.prose_aspect("我们面临一项严峻的挑战，那就是人才流失。") == asp.CHALLENGE
    assert asp.prose_aspect("本市现在面对一个很大的问题，就是人手从何而来？") == asp.CHALLENGE
    assert asp.names_faced_problem("社区碰到一个棘手的难题，便是停车位不够")


def test_faced_problem_negatives():
    assert not asp.names_faced_problem("面对问题，就是最好的办法")
    assert not asp.names_faced_problem("如果面对一个难题，就是要冷静")
    assert not asp.names_faced_problem("我们面临一个问题，就是。")
    assert asp.prose_aspect("面对问题，就是最好的办法") is None
    assert_linear(lambda n: asp.names_faced_problem("面对一个" + "很大" * n), 50000, "a long faced problem")


def test_actually_could_proposes():
    assert asp.sentence_aspect("其实可以在会前先演练") == asp.RECOMMENDATION
    _, recommendations = points("会议记录\n\n- 上次会议没做尝试，很可惜，其实可以在下次会议前先演练\n- 大家同意下周再谈\n")
    assert recommendations == ["上次会议没做尝试，很可惜，其实可以在下次会议前先演练"]


def test_actually_could_see_proposes_nothing():
    assert asp.sentence_aspect("其实可以看出，大家都很努力") is None
    assert asp.sentence_aspect("其實可以說，大家都很努力") is None
    assert points("会议记录\n\n- 其实可以看出，大家都很努力\n- 大家同意下周再谈\n") == ([], [])
