"""Failure kinds found on the documents with the most missed gold points (free prose), each on a text written for
the test.

1. A page titled ``作者｜标题`` whose piece repeats its own title on the next line with the byline glued to it
   (``抗疫下半场：12个基本问题杜骏飞``) made that line a section of problems over the whole essay (its 问题 is a
   question counted, not a problem), and the prose problems of the essay were then read only as a sectioned
   essay's are: a line that opens or closes with a ``｜``-part of the title and holds at most a byline more is the
   title again (:func:`summarizer.aspects.repeats_title` in ``analyze``'s ``_is_title``).
2. A lead-in whose last clause is only an example word and its colon (``这套策略应能考虑到…，如：``) gave its list the
   aspect of the cue noun of its subject (策略: measures): the list gives instances of what the clauses before 如
   state, and takes their aspect as prose reads them (``aspects._EXAMPLE_TAIL`` in
   :func:`summarizer.aspects.lead_in_aspect`).
3. A clause that names a problem noun and ends with a copula right before a colon (``与上述问题相关联的一个小问题是：``)
   announces what follows and was kept as a challenge: it is none (:func:`summarizer.points.copula_lead_in`).
4. A sentence that weighs a course (``实施的是…模式，优点是A，缺点是容易引起B、经济代价大，…到不可持续``): the downside
   stated no predicate prose trusts twice (不可持续, 代价大 were no deficiency words: now in ``prose_challenge``),
   and a window cut from a long such sentence started at its opening, the merits, where no clause holds a challenge
   predicate: it now starts at the first clause that names a deficiency as prose does when the words before it
   name none (:func:`summarizer.points.cue_window`).
5. 改善 before the problems it removes (``改善现时一次性配发药物所衍生的诸种问题，减少积存药物``) read as a heading that
   names a problem and an imperative at once (no vote): 改善 is a remedy verb (``remedy`` cue group), and the item
   votes for a measure.
6. A clause named as one of the causes of a harm (``A且存在监管缺漏，是…犯罪断而不绝的重要原因之一``) or as the cause
   with 就是 (``A及B，就是破坏营生环境的表面原因``) stated no problem: the cause noun had to end its clause and follow a
   copula inside it; ``之一`` may follow the noun, and 就是/正是 may open the clause
   (:func:`summarizer.aspects._states_cause`).
7. A body said not to fulfil a duty (``许多快递公司在收寄环节，也未按照…尽到必要的验视义务``) was no omission: 义务 is an
   ``omission_exclusion`` word (``没有义务…``: no duty at all); after a verb of fulfilling (``omission_fulfil_verb``:
   尽到, 履行) it is the duty not met (:func:`summarizer.points._excluded_omission` in
   :func:`summarizer.points.omission_clauses`).
8. A place or a group said to be at the margin (``无论是卫生条件还是医疗水平，乡村均处于边缘地带``) stated no
   deficiency: 处于边缘 and 边缘地带 join ``prose_challenge``, as 被边缘化 names the neglect.
9. A question that lists the fields it asks about as bare lines (``未来在老人的 ⏎ a.工作制度 ⏎ b.出行管理 ⏎
   c.居家策略、社区服务体系 ⏎ d.… ⏎ 等方面，可以采取哪些办法？``): the one label whose noun names measures (策略) became a
   measures section of its own, and the essay, sectioned, kept no prose measure before it. A line with no text under
   it whose cue noun does not open it heads no section (:func:`summarizer.aspects.bare_topic_line` in ``analyze``).
10. A structure, a form or a source of one kind only (``导致基层医务人员知识结构单一``, ``学习形式单一``) named no
    deficiency, and a window cut from the sentence skipped it for the next clause with a predicate: the compounds
    (结构单一, 形式单一, 渠道单一 …) join ``prose_challenge`` and ``challenge_predicate`` (not bare 单一: 单一窗口).
11. The benefits an interviewee lists for a measure (``缩短学制是最有效的措施，一是可以缓解高考压力；二是有助于缓解…``)
    gave a challenge (压力): a point that opens with the relief a measure brings (a modal of ability or 有助于, then a
    remedy verb) states no problem (:func:`summarizer.aspects.states_relief` in
    :func:`summarizer.points._neither_and_flips`).
"""

from __future__ import annotations

from aspect_helpers import points, roles
from summarizer import aspects as asp
from summarizer import points as P
from summarizer.clean import clean
from summarizer.structure import parse


# 1. the title repeated with its byline ---------------------------------------------------------------------------

def test_a_title_part_with_a_byline_glued_on_is_the_title_again():
    assert asp.repeats_title("抗疫下半场：十个基本问题李明", "李明｜抗疫下半场：十个基本问题")
    assert asp.repeats_title("城市更新的五个问题", "城市更新的五个问题")
    # a line that only shares a short part, or adds a body, is no title
    assert not asp.repeats_title("十个基本问题", "李明｜抗疫下半场：十个基本问题")
    assert not asp.repeats_title("抗疫下半场：十个基本问题之一：疫苗接种率仍然偏低", "李明｜抗疫下半场：十个基本问题")
    assert not asp.repeats_title("存在的问题", "李明｜抗疫下半场：十个基本问题")


_TITLED = ("李明｜社区防疫：八个基本问题\n社区防疫：八个基本问题李明\n"
           "最近疫情趋于平稳，下面谈谈我的几点看法。\n"
           "1、人员\n社区工作人员长期超负荷运转，人手严重不足，基层防疫力量十分薄弱。\n"
           "2、物资\n可否建立区级防疫物资储备库，统一调配口罩和消毒用品？\n")


def test_the_repeated_title_opens_no_section_of_problems():
    assert [r for r in roles(_TITLED) if "社区防疫" in r[0]] == [
        ("李明｜社区防疫：八个基本问题", None, "none"), ("社区防疫：八个基本问题李明", None, "none")]


# 2. a lead-in that ends with 如： ----------------------------------------------------------------------------------

def test_a_lead_in_ending_with_an_example_word_takes_the_aspect_of_its_clauses():
    assert asp.lead_in_aspect("这套策略应能兼顾不同人群的需要，也能照顾到各地实际，如：") is None
    # (the cue noun of the subject decided before: 方案 names measures)
    assert asp.lead_in_aspect("解决这些问题的主要措施如下：") == asp.RECOMMENDATION
    # the clauses before 如 state a problem: the instances are problems
    assert asp.lead_in_aspect("社区服务中心人手严重不足，设备陈旧落后，如：") == asp.CHALLENGE
    # an example word that is no clause of its own (如下) is no example tail
    assert asp._EXAMPLE_TAIL.search("存在以下问题，如下：") is None


def test_the_examples_after_such_a_lead_in_are_no_measures():
    text = ("5、分区管理\n未来，各地情况不同，防疫办法也不会处处相同。\n那么，可否制定一套分区分级的防疫方案？\n这套策略应能兼顾不同人群的需要，也能照顾到各地实际，如：\n"
            "（1）病毒变异情况\n（2）疫苗保护效果\n（3）本地经济状况\n")
    assert points(text)[1] == ["那么，可否制定一套分区分级的防疫方案"]


# 3. a problem noun and a copula before a colon ---------------------------------------------------------------------

def test_a_clause_ending_with_a_copula_before_its_colon_only_announces():
    text = "与上述问题相关的另一个问题是：基层人手严重不足。"
    end = text.index("：")
    assert P.copula_lead_in(text, 0, end)
    assert P.copula_lead_in("症结在于 ：人手不足", 0, 4)
    # no colon after it, or no problem noun: no announcement
    assert not P.copula_lead_in("最大的问题是人手不足。", 0, 10)
    assert not P.copula_lead_in("我们的目标是：全面达标。", 0, 6)


# 4. merits, then the downside --------------------------------------------------------------------------------------

_WEIGHED = ("目前，我们应对疫情，实行的是严格封控的办法，优点是防控效果明显、社会秩序稳定，缺点是容易引起防疫疲劳、"
            "经济代价大，而且，从长远看，这一办法很可能旷日持久到不可持续。")


def test_a_course_judged_unable_to_last_or_too_costly_states_a_deficiency():
    assert {"不可持续", "代价大"} <= set(asp.lexicon().words("prose_challenge"))
    assert asp._prose_deficits("这一模式旷日持久到不可持续")
    assert asp.prose_aspect(_WEIGHED) == asp.CHALLENGE


def test_the_window_of_a_weighed_course_starts_at_its_downside():
    a, b = P.cue_window(_WEIGHED, 0, len(_WEIGHED), asp.CHALLENGE, 40)
    assert _WEIGHED[a:b] == "缺点是容易引起防疫疲劳、经济代价大"
    assert points(_WEIGHED)[0] == ["缺点是容易引起防疫疲劳、经济代价大"]


def test_the_window_keeps_its_start_when_the_opening_names_a_deficiency():
    # the problem named first (存在…的错误观念, its words cut at a 、 inside the quotation) keeps the window there
    s = ("并且，很多毕业生存在着“非大城市、非高收入、环境不好不去”的错误就业观念，这往往使他们在就业门前徘徊不前，"
         "在竞争中一直处于不利的地位。")
    a, b = P.cue_window(s, 0, len(s), asp.CHALLENGE, 40)
    assert s[a:b].startswith("并且，很多毕业生存在着")


# 5. 改善 names what a measure removes -------------------------------------------------------------------------------

def test_improving_the_problems_is_a_measure_item():
    assert asp.opens_with_remedy("改善现时一次性配发药物所衍生的诸种问题，减少积存药物")
    assert asp.item_vote("改善现时一次性配发药物所衍生的诸种问题，减少积存药物") == asp.RECOMMENDATION
    # a problem heading with no remedy verb still votes for a challenge
    assert asp.item_vote("配发药物过多，造成积存浪费问题") == asp.CHALLENGE


# 6. a clause named as a cause -------------------------------------------------------------------------------------

def test_a_clause_named_as_one_of_the_causes_is_a_challenge():
    s = "基层网格员配备不足且培训缺失，是社区矛盾长期积压的重要原因之一。"
    assert asp._states_cause(s.rstrip("。"))
    assert points(s) == (["基层网格员配备不足且培训缺失"], [])
    t = "收入减少及租金上升，就是小店纷纷倒闭的直接原因，这一点人人都明白。"
    assert asp._states_cause(t.rstrip("。")) and asp.prose_aspect(t) == asp.CHALLENGE


def test_an_aim_or_a_purpose_named_so_is_no_cause():
    assert not asp._states_cause("提高效率是改革的目的之一")
    assert points("提高效率是改革的目的之一。")[0] == []
    assert points("这也是我们此行的原因之一。") == ([], [])


# 7. a duty not fulfilled ------------------------------------------------------------------------------------------

def test_a_duty_not_fulfilled_is_an_omission():
    s = "另外，许多快递公司在收寄环节，也未按照有关规定尽到必要的验视义务。"
    assert [s[a:b] for a, b in P.omission_clauses(s)] == ["许多快递公司在收寄环节，也未按照有关规定尽到必要的验视义务"]
    assert points(s)[0] == ["许多快递公司在收寄环节，也未按照有关规定尽到必要的验视义务"]


def test_a_duty_the_subject_lacks_is_no_omission():
    assert P.omission_clauses("政府没有义务为每个市民提供住房。") == []
    assert P._excluded_omission("义务为每个市民提供住房")
    assert not P._excluded_omission("按照规定履行监管义务")


# 8. left at the margin --------------------------------------------------------------------------------------------

def test_a_place_left_at_the_margin_is_a_challenge():
    s = "无论是交通条件还是教育资源，山区学校均处于边缘地带。"
    assert asp.prose_aspect(s) == asp.CHALLENGE
    assert points(s) == (["无论是交通条件还是教育资源，山区学校均处于边缘地带"], [])
    # the margin of a page or a road names no neglect: no deficiency word of its own
    assert asp.prose_aspect("道路的边缘种满了花草，景色宜人。") is None


# 9. bare topic labels -----------------------------------------------------------------------------------------------

def _bare_lines(text: str) -> list[tuple[str, bool]]:
    st = parse(clean(text).text)
    return [(st.heading(it), asp.bare_topic_line(st, it)) for it in st.items]


def test_a_label_line_with_nothing_under_it_heads_no_section():
    text = "未来在老人的\na.工作制度\nb.出行管理\nc.居家策略、社区服务体系\nd.医疗资源优先供给\n等方面，可以采取哪些办法？\n"
    assert ("c.居家策略、社区服务体系", True) in _bare_lines(text)
    assert ("d.医疗资源优先供给", False) in _bare_lines(text)  # (the question's words stand under it)


def test_a_heading_with_a_body_or_opening_with_its_proposal_is_read_as_before():
    lines = _bare_lines("建议压缩铝罐及塑料\n[脚踩挤压器](https://example.com/a)（日制）\n对策建议\n政府应加大投入。\n")
    assert ("建议压缩铝罐及塑料", False) in lines
    assert ("对策建议", False) in lines


# 10. of one kind only ----------------------------------------------------------------------------------------------

def test_a_structure_of_one_kind_only_is_a_deficiency():
    assert asp._prose_deficits("农村合作社融资渠道单一")
    assert asp.challenge_strength("导致乡村教师知识结构单一")
    s = ("一是偏远地区因交通不便等原因，导致乡村教师知识结构单一，对于信息化教学认识程度不足，信息化教学工作难成体系，"
         "存在教学设备闲置、培训经费不足的现象。")
    a, b = P.cue_window(s, 0, len(s), asp.CHALLENGE, 40)
    assert s[a:b].startswith("导致乡村教师知识结构单一")


def test_a_single_window_scheme_is_no_deficiency():
    assert not asp._prose_deficits("推行单一窗口办理模式")


# 11. the relief a measure brings -----------------------------------------------------------------------------------

def test_the_relief_a_measure_brings_is_no_challenge():
    assert asp.states_relief("一是可以缓解升学压力")
    assert asp.states_relief("有助于缓解越来越普遍的晚育现象")
    assert asp.states_relief("这样能够减少药物浪费")


def test_a_problem_that_names_relief_or_a_modal_of_seeing_stays():
    assert not asp.states_relief("缓解压力的措施明显不足")
    assert not asp.states_relief("可以看出问题十分严重")
    assert points("目前，基层用于缓解压力的措施明显不足，心理辅导也很缺乏。")[0] == [
        "基层用于缓解压力的措施明显不足，心理辅导也很缺乏"]
