"""Failure kinds left by the blind Part 13 documents (712-722) of the aspect corpus, each on a text written for the
test.

1. Bare heading lines over bodies (a Q&A answer's ``接通率低与渠道不畅`` ⏎ ``热线电话常因…``): each heading is the point,
   but the first sentence of each body was taken as a topic point of its own beside it (the findings a heading sums
   up: figures, examples). The body of a bare heading line (an item of family ``line``) gives no topic point
   (``points._line_heading_body`` in :func:`summarizer.points._paragraph_points`); a marked item's body is read as
   before (its heading may only label it, ``研究能力问题``).
2. A sentence that opens with a measure and turns to the problem it answers, then back to measures
   (``香港应尽快重检…政策，现时…普遍存在就业问题，…，政府应…``): the challenge point starts after the opening clause,
   and the opening measure was never read. An opening clause that names an actor before a modal and an imperative
   verb, when no measure is read before the challenge point, is a recommendation point
   (:func:`summarizer.points._leading_measure_points`).
3. An interviewee's reported words go on after a verb of saying with no subject of its own (``他指…，亦应…，形容香港
   人口结构是「倒三角」，劳动人口缺口大，…``; ``…，认为政府应…``): the clause-by-clause reading of the reported words
   (:func:`summarizer.points.reported_clauses`) took the verb for a further party's words and stopped there. A verb
   of saying that opens its clause continues the same speaker: the words after it are read as his; a clause that
   names a further speaker before its verb (``有很多街坊质疑…``) still ends the reading.
4. Verbs that prescribe only after a modal (``亦应涵盖…``, ``应精准分析…``, ``应精准地补充…``) were no action: they join
   the ``modal_keep_action`` cue group (``# part13fix20:`` at the end of cues.txt), never read alone.
5. A problem judged as growing grave (``人口老化问题日益严峻``) was no verdict where ``日趋严重`` is one: ``日益严峻`` and its
   kin join the ``prose_verdict`` cue group; a frame that faces the grave challenge (``面对日益严峻的挑战，…``) is none.
6. A measure window over a long sentence whose only demand is a wish to an authority (``…，反映最多的问题是社屋，显示
   市民对公屋的需求相当大，希望政府进一步完善…``) started at the sentence's first clause, since no clause prescribed as a
   modal does: the window took the problem and left the wish out. When no clause prescribes, the window starts at a
   demand to an authority (:func:`summarizer.aspects.news_demand`, :func:`summarizer.aspects._appeal`) in
   :func:`summarizer.points.cue_window`; a clause that prescribes still wins (corpus20's try made the demand the start
   whatever came before it, and measures before the demand were lost).
7. A verb before 类 names a category of things (``咨询类诉求解答效率低``: consultation requests), as a verb before 的
   modifies a noun: the clause opens with no imperative (:func:`summarizer.aspects._opens_with_verb`), and a body's
   finding was no longer a measure.
8. The thesis sentence right before such headed problem items names the problems they state
   (``…仍存在电话难打通、派单不精准、…等突出短板，亟需…``): its enumeration (and the window over it) were points beside the
   headings. The last sentence before a run of at least ``SUMMARY_RUN_ITEMS`` titled challenge items, when it frames an
   enumeration of two problems or more (:func:`summarizer.points.framed_problems`), gives no challenge
   (``points._summary_sentences``); the same sentence with no list after it is read as before.
9. A page stored as its opening stops mid-sentence (``…，政府应在人口``): a point reaching into the clause cut by the
   end of the text held words that state nothing whole (rule of 683). When the text ends with a Han character (or
   ``、``) after a clause break of its last sentence, every point is cut back to that break (``points._cut_off_end``);
   a text that ends with a sentence end, whose last sentence has no break, whose last line is a list item, or that
   writes no sentence end before its last sentence (a note of bullets), ends whole.
10. A report's problem item grants something in a concession after its subject, with no 但 after it
    (``…在理论学习上，虽能自觉学习…，在一定程度上存在着学风不实…的问题``): the point started at the subject and was cut
    before the problem's end. A challenge point whose part up to a mid-sentence concession clause states no
    shortcoming, and whose rest does, starts after the concession (``points._past_concessions``).
11. Means running short or a capacity lacking (``政府财政吃紧，已经没有能力协助…``) stated no deficiency in prose:
    ``吃紧``, ``没有能力`` join the ``prose_challenge`` cue group.
12. ``与其A，不如痛下决心，先把…解决``: the resolve that opens B (``痛下决心``) was no action, so the contrast was no
    measure, and its A, which states what goes wrong (``却投资不足，摊子大但无一能完工``), and B were read as one
    challenge window. ``痛下决心`` and kin join the ``contrast_course`` cue group; a 与其…不如… measure whose A states a
    deficiency or a verdict gives a challenge for A beside the measure B (``points._rejected_course_points``); an A
    that states none (``与其大建新中心，不如先把旧中心翻新``) is only the course rejected.
13. A speaker's own demands chained with a bare conjunction (``我要求政府尽快落实A，并协助B，完善C，同时要D``): the
    reading of his proposals (:func:`summarizer.points.own_proposals`) split only at ``同时要``/``并应``, and ``并协助…``
    ended it. A conjunction (并, 并且, 同时) before an imperative verb adds a measure as ``同时要`` does
    (``points._ADDED_ACTION``); one before no action (``并于明年完成``) adds none.
"""

from __future__ import annotations

from aspect_helpers import points, roles
from summarizer import aspects as asp
from summarizer.points import cue_window, own_proposals, reported_clauses

_LINES = ("街道食堂虽然方便了老人,但仍有不少短板。\n"
          "菜品供给不足\n"
          "多数食堂菜品长期不变,老人选择很少。部分食堂一份午餐超过二十元。\n"
          "人员队伍薄弱\n"
          "厨师流失率高、培训不足,高峰时段排队很长。卫生检查流于形式。\n"
          "场地设施落后\n"
          "不少食堂设在旧楼底层,设备多年未更新,面积不足五十平方米。")


def test_a_bare_heading_lines_body_gives_no_point_beside_it():
    assert roles(_LINES) == [("菜品供给不足", asp.CHALLENGE, "point"), ("人员队伍薄弱", asp.CHALLENGE, "point"),
                             ("场地设施落后", asp.CHALLENGE, "point")]
    assert points(_LINES) == (["菜品供给不足", "人员队伍薄弱", "场地设施落后"], [])


def _canteen(head: str) -> str:
    return ("社区食堂运营多年，老人普遍满意。\n\n" + head + "，现时不少食堂普遍存在经费短缺问题，很多老人由于收入微薄，"
            "仍然难以负担餐费，政府应增加财政补贴，减少老人负担。\n\n社区也应定期听取老人意见，改进菜品。")


def test_a_measure_that_opens_a_sentence_before_its_problem_is_a_point():
    challenges, measures = points(_canteen("本市应尽快修订社区食堂的补贴办法"))
    # (…仍然难以负担餐费，政府应增加财政补贴…: an actor and the bare 应 after the problem open a measure tail; lefts26)
    assert measures == ["本市应尽快修订社区食堂的补贴办法", "政府应增加财政补贴，减少老人负担", "社区也应定期听取老人意见，改进菜品"]
    assert challenges[0].startswith("现时不少食堂普遍存在经费短缺问题")


def test_an_opening_clause_that_prescribes_nothing_gives_no_measure():
    challenges, measures = points(_canteen("本市的补贴办法已经实行多年"))
    assert measures == ["政府应增加财政补贴，减少老人负担", "社区也应定期听取老人意见，改进菜品"]  # (the tail: lefts26)


def _said(sentence: str) -> list[tuple[str, str]]:
    return [(aspect, sentence[a:b]) for aspect, a, b in reported_clauses(sentence)]


def test_a_subjectless_verb_of_saying_goes_on_with_the_speakers_words():
    assert _said("区议员陈先生指出，社区会堂的冷气设备严重老化，认为政府应尽快增拨资源更换设备。") == [
        (asp.RECOMMENDATION, "政府应尽快增拨资源更换设备")]
    assert _said("区议员陈先生指出，社区会堂的冷气设备严重老化，形容会堂是「老古董」，维修经费严重不足，影响居民使用。") == [
        (asp.CHALLENGE, "维修经费严重不足")]


def test_a_further_speaker_still_ends_the_reported_words():
    assert _said("区议员陈先生指出，社区会堂的冷气设备严重老化，有很多街坊质疑，维修经费严重不足。") == []


def test_verbs_that_prescribe_after_a_modal_only():
    assert asp.prose_aspect("人口政策亦应精准分析各年龄段所需的人口结构") == asp.RECOMMENDATION
    assert asp.prose_aspect("安老规划亦应涵盖银发就业") == asp.RECOMMENDATION
    assert asp.prose_aspect("政府应精准地补充流失的劳动力") == asp.RECOMMENDATION
    assert asp.prose_aspect("分析各年龄段所需的人口结构") is None


def test_a_problem_growing_grave_is_a_verdict():
    assert asp.prose_aspect("本港人口老化问题日益严峻，预计十年后八十岁以上长者将超过八十万。") == asp.CHALLENGE
    assert asp.prose_aspect("面对日益严峻的挑战，政府应加快规划。") == asp.RECOMMENDATION


def test_a_measure_window_starts_at_the_wish_when_no_clause_prescribes():
    s = "过去一年，议员办事处接获不少求助个案，反映最多的是街市环境卫生欠佳，希望政府尽快翻新街市设施。"
    a, b = cue_window(s, 0, len(s), asp.RECOMMENDATION, 30)
    assert s[a:b] == "希望政府尽快翻新街市设施"
    s = "过去一年，议员办事处接获不少求助个案，反映最多的是街市环境卫生欠佳，街坊对翻新街市的需求很大。"
    a, b = cue_window(s, 0, len(s), asp.RECOMMENDATION, 30)
    assert s[a:b] == "过去一年，议员办事处接获不少求助个案"


def test_a_verb_before_lei_names_a_category_not_an_imperative():
    assert not asp.starts_imperative("咨询类诉求解答效率低。")
    # (no measure; since trialfix21c 效率低 is a deficiency predicate, so the sentence states a problem)
    assert asp.sentence_aspect("咨询类诉求解答效率低。") != asp.RECOMMENDATION
    assert asp.starts_imperative("咨询公众意见。")
    assert asp.sentence_aspect("加强咨询类服务。") == asp.RECOMMENDATION


_THESIS = "街道食堂仍存在菜品种类太少、厨师人手不足、场地面积不够等突出短板。"


def test_a_thesis_that_names_the_headed_problems_gives_no_point_beside_them():
    text = _THESIS + "\n" + _LINES.split("\n", 1)[1]
    assert points(text) == (["菜品供给不足", "人员队伍薄弱", "场地设施落后"], [])
    # with no headed items after it, the enumeration is read as before
    assert points(_THESIS + "政府应加大投入。") == (["菜品种类太少", "厨师人手不足", "场地面积不够"], ["政府应加大投入"])


def test_a_clause_cut_off_by_the_end_of_the_text_is_left_out_of_its_point():
    head = "街市环境卫生欠佳，老鼠为患。政府应增加街市的清洁人手，并应在"
    assert points(head + "每月") == (["街市环境卫生欠佳，老鼠为患"], ["政府应增加街市的清洁人手"])
    assert points(head + "每月检查。") == (["街市环境卫生欠佳，老鼠为患"], ["政府应增加街市的清洁人手，并应在每月检查"])
    # a list line, or a note that writes no full stop, ends whole
    assert points("街市环境卫生欠佳。\n建议：\n- 增加清洁人手，每月检查")[1] == ["增加清洁人手，每月检查"]


_ITEMS = ("一、存在的问题\n1、社区工作人员在业务学习和政策理论学习上,虽能按时参加各类培训,在一定程度上存在着学习走过场、"
          "不求效果、笔记应付检查的问题;\n2、部分人员服务意识不强,对居民诉求推诿扯皮。\n3、个别人员工作纪律性差,上班时间玩手机。")


def test_a_problem_item_starts_after_its_concession():
    challenges, _ = points(_ITEMS)
    assert challenges[0] == "在一定程度上存在着学习走过场、不求效果、笔记应付检查的问题"
    assert challenges[1:] == ["部分人员服务意识不强,对居民诉求推诿扯皮", "个别人员工作纪律性差,上班时间玩手机"]


def test_a_concession_after_a_stated_problem_leaves_the_point_whole():
    text = _ITEMS.replace("社区工作人员在业务学习和政策理论学习上", "社区工作人员业务能力不强")
    assert points(text)[0][0] == ("社区工作人员业务能力不强,虽能按时参加各类培训,在一定程度上存在着学习走过场、"
                                  "不求效果、笔记应付检查的问题")


def test_means_running_short_is_a_deficiency():
    assert asp.prose_aspect("近年街道办财政吃紧，已经没有能力资助社区活动。") == asp.CHALLENGE
    assert asp.prose_aspect("疫情期间医院人手吃紧。") == asp.CHALLENGE
    assert asp.prose_aspect("市民有能力自行负担。") is None


def test_a_rejected_course_that_states_its_faults_is_a_challenge_beside_the_measure():
    assert points("社区服务的资源很有限。与其每个项目都要兼顾，却投入不足，摊子大但无一能完成，不如痛下决心，先把长者服务办好。") == (
        ["社区服务的资源很有限", "每个项目都要兼顾，却投入不足，摊子大但无一能完成"], ["痛下决心，先把长者服务办好"])
    assert points("社区服务的资源很有限。与其大建新的活动中心，不如先把旧的中心翻新。") == (
        ["社区服务的资源很有限"], ["与其大建新的活动中心，不如先把旧的中心翻新"])


def test_a_conjunction_before_an_action_adds_a_demand():
    s = "我要求政府尽快增建长者日间中心，并协助社福机构招聘护理员，完善培训，同时要发展智慧安老服务。"
    assert [s[a:b] for a, b in own_proposals(s)] == ["政府尽快增建长者日间中心", "协助社福机构招聘护理员，完善培训",
                                                      "发展智慧安老服务"]
    s = "我要求政府尽快增建长者日间中心，并于明年完成。"
    assert [s[a:b] for a, b in own_proposals(s)] == ["政府尽快增建长者日间中心"]
