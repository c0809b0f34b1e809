"""Points stated in prose with no cue word of the older groups (issue 8, prose17): a hardship told by what people
cannot do and the only course left to them, and a modal measure whose verb keeps or opens a service.

Texts are written for these tests (not copied from the corpora)."""

from __future__ import annotations

from aspect_helpers import points

from summarizer import aspects as asp


# -- a hardship: an inability, then the only course left -------------------------------------------------------

def test_inability_then_forced_course_is_a_challenge():
    text = "社保改为网上办理以后，许多独居老人看不懂手机界面，只好托邻居代办。"
    challenges, recommendations = points(text)
    assert challenges == ["社保改为网上办理以后，许多独居老人看不懂手机界面，只好托邻居代办"]
    assert recommendations == []


def test_states_hardship_reads_both_words_in_order():
    assert asp.states_hardship("不少摊贩无法申领牌照，被迫在街边流动经营。")
    # the forced course alone is a rule or a plan, not a hardship
    assert not asp.states_hardship("这笔经费只能用于修缮校舍。")
    # the inability alone states a limit, not what people are left with
    assert not asp.states_hardship("单靠技术手段难以杜绝这类行为。")
    # the forced course must come in a later clause than the inability
    assert not asp.states_hardship("只好先放一放，回头再看无法解决的部分。")
    # a condition makes it hypothetical
    assert not asp.states_hardship("如果居民不会使用自助机，只能到窗口排队。")


def test_hardship_in_a_long_sentence_needs_more_evidence():
    # longer than PROSE_SHORT_CHARS: one pair of words is not enough for a narrating sentence
    long = ("据街道办工作人员介绍，辖区内部分长者由于视力和记忆衰退而不会使用新的电子门禁系统，"
            "只能等候保安开门，此事已经在上月的居民会议上讨论过。")
    assert len(long) > asp.PROSE_SHORT_CHARS
    assert asp.prose_aspect(long) is None
    short = "部分长者不会使用电子门禁，只能等候保安开门。"
    assert asp.prose_aspect(short) == asp.CHALLENGE


def test_hardship_words_are_linear_on_long_input():
    # a 100k-character run without punctuation and 10,000 tiny sentences: both return (bounded searches)
    assert not asp.states_hardship("不会" + "字" * 100_000)
    assert asp.states_hardship("不会，" * 10_000 + "只能")


# -- a measure whose verb keeps or opens a service -------------------------------------------------------------

def test_modal_then_keeping_verb_is_a_measure():
    text = "不少农村邮政网点近年陆续撤并。邮政企业应当保留偏远乡镇的营业网点，方便村民寄取包裹。"
    challenges, recommendations = points(text)
    assert recommendations == ["邮政企业应当保留偏远乡镇的营业网点，方便村民寄取包裹"]


def test_keeping_verb_without_a_modal_is_no_measure():
    # the same verbs narrate when no modal stands before them
    assert asp.prose_aspect("该镇保留了三处老街区，游客逐年增多。") is None
    assert asp.prose_aspect("市政府应维持现有的交通补贴，减轻学生家庭负担。") == asp.RECOMMENDATION
    assert asp.prose_aspect("区政府应开通往返新院区的接驳巴士。") == asp.RECOMMENDATION


# -- a named kind of problem with a vague amount is a statement, not an announcement -------------------------------

def test_named_problem_with_an_amount_states_it():
    # 消防隐患较多 names which problem (a noun compounded onto 隐患); 问题仍然不少 only announces problems
    assert not asp.announces_problems("管线老旧，消防隐患较多")
    assert not asp.states_neither("管线老旧，消防隐患较多")
    assert asp.announces_problems("社区治理存在的问题仍然不少")
    assert asp.announces_problems("困难和问题还很多")
    assert asp.announces_problems("这些问题还很多")
    assert asp.announces_problems("问题还很多")


def test_second_item_of_a_prose_run_with_a_named_problem_is_kept():
    text = "老旧小区改造推进缓慢。首先，改造资金筹措困难，居民出资意愿低。其次，管线老旧，消防隐患较多。"
    challenges, _ = points(text)
    assert "管线老旧，消防隐患较多" in challenges
    assert "改造资金筹措困难，居民出资意愿低" in challenges


def test_container_noun_after_a_topic_still_announces():
    # 困难/问题 after a topic (乡镇卫生院困难不少) point at problems the next sentences list
    assert asp.announces_problems("乡镇卫生院困难不少")
    assert asp.announces_problems("存在的隐患仍然不少")


# -- an authority's conduct set against what was called for (却) ---------------------------------------------------

def test_authority_against_expectation_is_a_challenge():
    text = "台风过后多处积水未退，区政府却忙着筹办庆典晚会。"
    challenges, recommendations = points(text)
    assert challenges == ["台风过后多处积水未退，区政府却忙着筹办庆典晚会"]
    assert recommendations == []


def test_contrary_needs_the_authority_in_the_same_clause():
    # 却 after another subject, or across a clause mark, says nothing of the authority
    assert not asp.authority_contrary("政府推出新的补贴计划，市民却反应冷淡。")
    assert asp.authority_contrary("居民一再投诉噪音，当局却置之不理。")
    assert asp.authority_contrary("当局事后却未作交代。")
    assert not asp.authority_contrary("市政府却步不前，计划就此搁置。")  # 却步: a word, not the contrast
    assert not asp.authority_contrary("政府" + "字" * 100_000 + "却")
