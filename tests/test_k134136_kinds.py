"""k134136: kinds of Parts 134-136 (issue 8) fixed in general, on small texts of the tests' own.

* a task judged very hard or impossible (``…要在…名额内聘到…是非常困难的``, ``…要有…很难``) states a challenge, its 要
  no demand (:func:`summarizer.aspects.judges_task_hard`; Part 136's 7681);
* a writer's aside that opens ``要知道…`` proposes nothing (``aside_opener``; Part 136's 7660), nor does the writer's
  ``首先感谢…`` or a reply's ``一如既往的关心`` (``ceremony``; 7674, 7553);
* a course judged the best ``方式``/``途径`` is the measure urged (:func:`summarizer.aspects.judged_course`; 7681);
* a leader's or a higher document's demand quoted, its speaker after the closing mark (``“…”…书记…时强调``), is no
  recommendation of the writer's; a deputy's quoted proposal stays (:func:`summarizer.aspects.inside_attributed_quote`;
  Part 135's 7611);
* a point that is only a ``在…的同时`` frame states nothing (:func:`summarizer.aspects.frame_only`; 7611);
* a deed in the perfective before a counted object (``优化了2条线路``) is work done (``reports_deed_done``; Part 134's
  7555), and 已 before a verb of an undertaking marks a body of work done (:func:`summarizer.aspects.narrates_done`).
"""

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.script import simplified_view


def _points(text: str, **kw) -> tuple[list[str], list[str]]:
    essays = summarize_document(text, **kw).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_judges_task_hard_reads_the_closing_verdict():
    assert asp.judges_task_hard("所以要在有限的名额里聘到懂盲文的老师是非常困难的。")
    assert asp.judges_task_hard("目前本镇的卫生院要留住年轻医生很难")
    assert asp.judges_task_hard(simplified_view("要一般護士在半年內學會方言又幾乎不可能。"))
    # (a verdict inside the sentence, a demand after it, or a question: not the closing verdict)
    assert not asp.judges_task_hard("留住医生很难，卫生院应提高待遇。")
    assert not asp.judges_task_hard("要留住年轻医生很难吗？")
    assert not asp.judges_task_hard("要提高乡村医生的待遇，稳定队伍。")


def test_task_judged_hard_is_a_challenge_not_a_recommendation():
    text = ("镇卫生院要招聘会讲方言的全科医生。每年编制只有一两个，所以要在有限的编制里招到会讲方言的医生是非常困难的。"
            "因为目前本镇的卫生院要留住年轻医生很难。县卫健局应为乡村医生培训增设定向名额。\n")
    ch, rec = _points(text)
    assert any("非常困难" in p for p in ch) and any("很难" in p for p in ch)
    assert not any(("非常困难" in p) or ("很难" in p) for p in rec)
    assert any("定向名额" in p for p in rec)


def test_aside_to_the_reader_and_thanks_propose_nothing():
    text = ("各位委员:\n\n"
            "笔者作为社区护士，首先感谢委员会各位委员愿意聆听前线人员的意见。\n\n"
            "要知道要照顾独居长者，最难的是如何找到他们。\n\n"
            "一、社区护士只有两名，长者预约上门往往要等三个星期。\n\n"
            "二、卫生署至今未公布任何服务检讨。\n")
    ch, rec = _points(text)
    assert not any(("感谢委员会" in p) or ("要知道" in p) or ("最难的是" in p) for p in rec)
    assert any("未公布任何服务检讨" in p for p in ch)
    assert asp.states_no_measure("要知道要照顾独居长者，最难的是如何找到他们")
    # (须要知道… demands the facts be told: the aside only opens a sentence)
    assert not asp.states_no_measure("政府须要知道市民所指的共识具体为何")


def test_reply_closing_courtesy_is_ceremony():
    assert asp.is_ceremony("恳请您一如既往的关心、支持交通运输工作，我们将认真研究落实")
    assert asp.is_ceremony("笔者首先感谢各位委员的关心")


def test_best_way_names_the_measure():
    assert asp.judged_course("至于偏远山区，最好的方式就是设立地方定向生名额，让本地学生毕业后回乡任教") > 0
    assert asp.judged_course("最有效的途径是建立乡村教师轮岗制度") > 0
    text = ("近年乡村学校招聘困难，不少学校开学仍缺老师。代课待遇偏低，应聘者寥寥可数。"
            "至于偏远山区，最好的方式就是设立地方定向生名额，让本地学生毕业后回乡任教。\n")
    ch, rec = _points(text)
    assert any("定向生名额" in p for p in rec)


def test_leader_quote_attributed_after_is_no_recommendation():
    text = ("稳住菜篮子——代表委员热议蔬菜保供\n\n"
            "“蔬菜是群众的日常必需品，一定要把供应牢牢抓在自己手里。”市委书记在调研时强调。\n\n"
            "围绕这一话题，代表委员纷纷建言。市人大代表李某认为，应设立蔬菜保供专项资金，支持合作社建设冷库;"
            "要完善产销对接平台，减少流通环节。\n")
    for kw in ({}, {"aspect_model": False, "sentence_selector": False}):
        ch, rec = _points(text, **kw)
        assert not any("必需品" in p for p in rec)
        assert any("专项资金" in p for p in rec)


def test_inside_attributed_quote_reads_speaker_after_or_before():
    after = "“粮食生产一定要抓紧。”3月5日，某总书记在参加代表团审议时如是说。"
    assert asp.inside_attributed_quote(after, 1)
    before = "某总书记强调：“耕地保护要像保护大熊猫一样。我们必须守住红线。”"
    assert asp.inside_attributed_quote(before, before.index("我们"))
    deputy = "“应该设立专项资金。”代表张某说。"
    assert not asp.inside_attributed_quote(deputy, 1)
    unquoted = "某总书记强调，要守住耕地红线。政府应加大投入。"
    assert not asp.inside_attributed_quote(unquoted, unquoted.index("政府"))


def test_concurrence_frame_alone_is_no_point():
    assert asp.frame_only("在肯定过去三年稳定生产、加强保护等方面工作的同时")
    assert asp.frame_only("在带头强化政治忠诚方面")
    assert not asp.frame_only("在肯定成绩的同时，也要看到存在的不足")


def test_counted_deed_in_the_perfective_is_work_done():
    assert asp.reports_deed_done("今年我局调整了3条公交线路，在第一中学门口增设站点一处")
    assert not asp.reports_deed_done("建议增开3条公交线路")
    assert asp.narrates_done("目前全区已开通六条学生定制专线。")
    assert not asp.narrates_done("目前全区尚未开通学生定制专线。")


def test_reply_plan_after_an_awaited_event_is_a_recommendation():
    from summarizer import points
    s = "待明年桥梁改造工程完工后，我局将根据沿线客流情况开通城乡公交线路，并同步设置候车亭。"
    spans = points.announced_plan_clauses(s, reply=True)
    assert [s[a:b] for a, b in spans][:1] == ["根据沿线客流情况开通城乡公交线路"]
    assert points.announced_plan_clauses(s) == []  # (outside a reply: no time word of a plan)
    s2 = "随着山区道路条件的逐步改善，我局将适时对符合开行条件的客运班线进行公交化改造。"
    assert [s2[a:b] for a, b in points.announced_plan_clauses(s2, reply=True)] == ["适时对符合开行条件的客运班线进行公交化改造"]
    # (a resident's or a company's plan is no office's)
    assert points.announced_plan_clauses("待工程完工后，市民将根据需要开通线路。", reply=True) == []
    text = ("张某某代表:\n您提出的《关于开通青山村公交的建议》收悉。现答复如下:\n"
            "目前青山村尚未开通公交,主要是受进村桥梁承重的制约,大中型客车无法安全通行。"
            "待明年桥梁改造工程完工后,我局将根据沿线客流情况开通城乡公交线路。\n"
            "感谢您的关心和支持!\n")
    ch, rec = _points(text)
    assert any("尚未开通公交" in p for p in ch)
    assert any("开通城乡公交线路" in p for p in rec)


def test_tolerated_wrong_is_the_failing_not_its_consequence():
    text = ("超限运输为何屡禁不止\n"
            "张某告诉记者,西部某县盛产煤炭,为了压低当地煤矿的外运成本,当地有关部门对运煤车辆的超载行为长期睁一只眼闭一只眼,"
            "导致县乡公路路面损坏严重。\n")
    ch, rec = _points(text)
    assert any("睁一只眼闭一只眼" in p for p in ch)


def test_aside_before_a_conditional_course_still_proposes():
    # (要知道 opens an argument for the course the condition names: not the aside's no-measure)
    assert not asp.states_no_measure("要知道，本区空置校舍很多，要是善加利用改建成长者日间中心，已可解燃眉之急")


def test_others_practice_and_counted_proposals_are_no_deed_of_the_writer():
    # (others' practice cited under a proposal's heading: no body of the office's own done work)
    assert not asp.narrates_done("不少国家早已实施生活工资，让工人可以享受劳动带来的成果。")
    # (a member's proposals counted: their content follows, no deed reported)
    assert not asp.reports_deed_done("她带来了3个提案，第一个提案是关于乡村学校的，主题是稳定乡村教师队伍")
