"""Failure kinds found by the blind Part 8 documents (656-666) of the aspect corpus, each on a text written for the test.

1. Parallel run-in heads (``“听”的渠道还不够畅通。…``): a paragraph that opens with a run-in head of a parallel list
   goes on to explain it; the head is the point, the body's sentences are not (:func:`summarizer.points.
   parallel_run_ins`).
2. A lead-in that holds its own items after its colon (``具体表现在：A，B，带着问题研究讨论少。``): a cue noun among its
   items (问题) does not make it a lead-in of problems whose region runs over the measures that follow
   (:func:`summarizer.aspects.inline_items_start`).
3. A count of cases (``成立纠正案2案``) is a statistic (:func:`summarizer.aspects.reports_statistic`).
4. An activity narrated as done (``开展了…走访``) is neither aspect (:func:`summarizer.aspects.narrates_activity`).
"""

from __future__ import annotations

from summarizer import aspects as asp
from summarizer import pipeline
from summarizer import points as P
from summarizer.sentences import split_sentences

RUN_INS = ("当前基层治理在“听”“办”“评”三个环节上还存在短板。\n"
           "“听”的渠道还不够畅通。有的社区只在工作日开放接待窗口，上班族反映问题很不方便，群众意见难以及时收集。\n"
           "“办”的效率还不够高。部分诉求在部门之间来回流转，办理时限一拖再拖，群众意见很大。\n"
           "“评”的机制还不够健全。评价结果与干部考核脱钩，满意度测评流于形式，难以倒逼整改。")

INLINE = ("一些党员干部的理论学习还不够深入。具体表现在：学习不系统、不深入，内容大多以文件为主，学习形式单一，带着问题研究讨论少。\n"
          "首先，学习是提高本领的前提。学习法律知识，提高依法办事能力。要认真领会上级的方针政策，把握精神实质。\n"
          "其次，各级党组织要加强党员干部的理论学习。")


def _points(text: str) -> tuple[list[str], list[str]]:
    (essay,) = pipeline.summarize(text).essays
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_parallel_run_ins_group_heads_with_the_same_words_at_the_same_place():
    starts = [RUN_INS.index(h) for h in ("“听”的", "“办”的", "“评”的")]
    assert P.parallel_run_ins(RUN_INS, starts) == [starts]


def test_parallel_run_ins_need_three_heads_and_distinct_clauses():
    starts = [RUN_INS.index(h) for h in ("“听”的", "“办”的")]
    assert P.parallel_run_ins(RUN_INS, starts) == []
    # a repeated clause is the topic of each paragraph (解决…问题，需要A。): each paragraph is a point with its body
    topic = "解决停车难问题，需要增建停车场。\n解决停车难问题，需要错峰共享车位。\n解决停车难问题，需要加强违停治理。"
    lines = [0, topic.index("\n") + 1, topic.rindex("\n") + 1]
    assert P.parallel_run_ins(topic, lines) == []
    # heads too far apart are no list
    far = "“听”的渠道还不够畅通。" + "。" * 500 + "“办”的效率还不够高。" + "。" * 500 + "“评”的机制还不够健全。"
    assert P.parallel_run_ins(far, [0, far.index("“办”"), far.index("“评”")]) == []


def test_bodies_of_parallel_run_ins_give_no_points():
    challenges, recommendations = _points(RUN_INS)
    assert challenges == ["当前基层治理在“听”“办”“评”三个环节上还存在短板", "“听”的渠道还不够畅通", "“办”的效率还不够高",
                          "“评”的机制还不够健全"]
    assert recommendations == []


def test_listed_items_in_a_run_in_body_stay_points():
    text = ("要进一步提高站位。一是要加强组织领导，二是要明确责任分工。\n"
            "要进一步凝聚合力。主动与委员沟通协商，虚心听取意见。\n"
            "要进一步跟踪问效。建立工作台账，定期通报进度。")
    def span(s: str) -> tuple[int, int]:
        a = text.index(s)
        return a, a + len(s)

    heads = [span(h) for h in ("要进一步提高站位", "要进一步凝聚合力", "要进一步跟踪问效")]
    listed, body = span("要明确责任分工"), span("主动与委员沟通协商，虚心听取意见")
    out = {asp.RECOMMENDATION: [P.RawPoint(asp.RECOMMENDATION, a, b, 0.0) for a, b in heads + [listed, body]],
           asp.CHALLENGE: []}
    sents = split_sentences(text)
    markers = [text.index("二是")]
    P._parallel_run_in_bodies(text, sents, markers, out)
    kept = sorted((p.start, p.end) for p in out[asp.RECOMMENDATION])
    assert kept == sorted(heads + [listed])  # the listed item stays, the unlisted body sentence goes


def test_inline_items_start_after_the_colon_of_a_lead_in_that_holds_its_items():
    s = "具体表现在：学习不系统，内容单一，带着问题研究讨论少。"
    assert asp.inline_items_start(s) == 6
    assert asp.inline_items_start("主要存在以下问题：") == len("主要存在以下问题：")
    assert asp.inline_items_start("问题：太少") == len("问题：太少")  # (too few characters after the colon)
    assert asp.inline_items_start("没有冒号的一句话") == len("没有冒号的一句话")


def test_a_cue_noun_among_inline_items_opens_no_problem_lead_in():
    assert asp.lead_in_aspect("具体表现在：学习不系统，内容单一，带着问题研究讨论少。") is None
    assert asp.lead_in_aspect("主要存在以下问题：") == asp.CHALLENGE
    # a lead-in that ends in its colon announces with its last clause, inline items before it or not
    assert asp.lead_in_aspect("有鉴于此，本会促请政府：（一）加快建设公共设施，并透过以下措施：") == asp.RECOMMENDATION


def test_measures_after_an_inline_problem_list_are_found():
    challenges, recommendations = _points(INLINE)
    # (the list of how the problem shows itself gives one problem per clause, its lead-in left out: clauses17)
    assert challenges == ["一些党员干部的理论学习还不够深入", "学习不系统、不深入", "内容大多以文件为主", "学习形式单一",
                          "带着问题研究讨论少"]
    assert recommendations == ["学习法律知识，提高依法办事能力", "要认真领会上级的方针政策，把握精神实质",
                               "各级党组织要加强党员干部的理论学习"]


def test_linear_on_long_inputs():
    # a 100k-character line without punctuation and 10,000 tiny sentences: no head, no colon scan beyond one pass
    line = "学" * 100_000
    assert asp.inline_items_start("表现在：" + line) == 4
    assert P.parallel_run_ins(line, list(range(0, 100_000, 7))) == []
    tiny = "好。" * 10_000  # (clauses of one character: too short to be heads)
    assert P.parallel_run_ins(tiny, list(range(0, len(tiny), 2))) == []
    same = "要进一步做好。" * 10_000  # (one repeated clause: the topic, no list)
    assert P.parallel_run_ins(same, list(range(0, len(same), 7))) == []


def test_a_count_of_cases_is_a_statistic():
    # 3. an oversight body's count of cases (计5案, 成立纠正案2案) reports what was done: neither aspect
    assert asp.reports_statistic("本院本月提出调查报告计5案，成立纠正案2案，函请改善案6案")
    assert asp.states_neither("本院本月提出调查报告计5案，成立纠正案2案，函请改善案6案")
    assert not asp.reports_statistic("本月提出纠正案2案，仍有3案尚未结案")  # (what remains undone is a shortcoming)


def test_an_activity_narrated_as_done_is_neither_aspect():
    # 4. a perfective report of an activity (开展了…走访, 召开了…会) is narration, unless it turns or prescribes
    assert asp.narrates_activity("社区开展了一次大规模的入户走访活动")
    assert asp.states_neither("街道召开了三次居民议事会")
    assert not asp.narrates_activity("虽然开展了多轮整治，但违建反弹问题依然突出")
    assert not asp.states_neither("虽然开展了多轮整治，但违建反弹问题依然突出")
    assert not asp.narrates_activity("要定期召开联席会议，研究解决群众反映的问题")


def test_a_lead_in_whose_items_open_with_markers_keeps_its_reading():
    # the list after the colon is marked (一是…；二是…): the structure reads its items, the lead-in is not inline
    s = "主要表现在：一是就餐人数偏少，日均不足五十人；二是菜品价格偏高。"
    assert asp.inline_items_start(s) == len(s)
    assert asp.inline_items_start("具体表现为：（1）学习不系统；（2）内容单一。") == len("具体表现为：（1）学习不系统；（2）内容单一。")
