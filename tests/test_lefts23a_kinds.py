"""lefts23a: leftover kinds of the points readers (a heading that names a problem by the question it raises,
``其一…其二…`` items after a sentence that states a problem, …). Texts written for these tests."""

from summarizer import pipeline, points
from aspect_helpers import analyzed_points as _points


# --- a run-in heading that names a problem by its question: 针对X，如何Y的问题 (points.asked_problem) ---------------

_VILLAGE = ("一、针对人口外流，如何留住青年的问题。村里的年轻人大多外出打工，留守的多是老人，村庄日渐冷清。"
            "本地缺少像样的企业，就业岗位很少。\n"
            "二、针对道路失修，如何改善出行条件的问题。通往镇上的公路年久失修，雨天泥泞难行，运输成本居高不下。\n")


def test_question_heading_names_a_problem():
    assert points.asked_problem("针对人口外流，如何留住青年的问题")
    assert points.asked_problem("怎样改善出行条件的问题")
    assert points.section_states_point("针对道路失修，如何改善出行条件的问题")


def test_question_heading_is_a_challenge_point_and_its_body_still_read():
    got = _points(_VILLAGE)["challenge"]
    assert got[0] == "针对人口外流，如何留住青年的问题"
    assert "针对道路失修，如何改善出行条件的问题" in got
    assert any("年久失修" in p for p in got)
    essay = pipeline.analyze(_VILLAGE)[0]
    p = essay.points["challenge"][0]
    assert (p.start, p.end) == (2, 2 + len("针对人口外流，如何留住青年的问题"))


def test_question_that_refers_back_or_names_a_section_is_no_point():
    assert not points.asked_problem("如何解决这些问题")
    assert not points.asked_problem("如何应对上述的难题")
    assert not points.asked_problem("存在的问题")
    assert not points.section_states_point("存在的问题")
    # a question sentence with a question mark is a question, not a noun phrase naming a problem
    assert not points.asked_problem("如何留住青年？")


# --- 其一…其二…其三 inside the paragraph of a sentence that states a problem (aspects.analyze,
# _parts_of_stated_problem) ----------------------------------------------------------------------------------------

_OLD_TOWN = ("旧城改造\n\n旧城改造推进多年，但改造模式的弊端日益显现。{items}\n")
_PARTS = "其一，老街的商铺被整体迁走；其二，新建小区入住率很高；其三，街坊邻里各奔东西。"


def test_ordinal_parts_of_a_stated_problem_are_its_problems():
    got = _points(_OLD_TOWN.format(items=_PARTS))["challenge"]
    assert got == ["旧城改造推进多年，但改造模式的弊端日益显现", "老街的商铺被整体迁走", "新建小区入住率很高",
                   "街坊邻里各奔东西"]
    # 一是…二是… after the same sentence reads the same
    shi = _PARTS.replace("其一，", "一是").replace("其二，", "二是").replace("其三，", "三是")
    assert _points(_OLD_TOWN.format(items=shi))["challenge"][1:] == got[1:]
    essay = pipeline.analyze(_OLD_TOWN.format(items=_PARTS))[0]  # (offsets into the essay's cleaned text)
    p = essay.points["challenge"][2]
    assert (p.start, p.end) == (essay.text.index("新建小区"), essay.text.index("新建小区") + len("新建小区入住率很高"))


def test_ordinal_parts_need_a_problem_stated_before_them_in_their_paragraph():
    neutral = "旧城改造\n\n旧城改造推进多年，居民普遍支持。" + _PARTS + "\n"
    assert _points(neutral)["challenge"] == []
    # a new paragraph after the problem sentence opens its own topic
    apart = _OLD_TOWN.format(items="\n" + _PARTS)
    assert _points(apart)["challenge"] == ["旧城改造推进多年，但改造模式的弊端日益显现"]


def test_ordinal_items_that_prescribe_are_no_parts_of_the_problem():
    measures = "其一，统一各区拆迁补偿标准；其二，新建小区要同步建设学校；其三，保留老街的商铺。"
    got = _points(_OLD_TOWN.format(items=measures))
    assert got["challenge"] == ["旧城改造推进多年，但改造模式的弊端日益显现"]
    assert "新建小区要同步建设学校" in got["recommendation"]


# --- 其一，…；其二，… after a sentence that prescribes: the measures it announces, as 一是…二是… are
# (aspects.analyze, _prescribing_lead, _refers_back_ordinal) ----------------------------------------------------------

_MEASURES = ("旧城改造\n\n旧城改造推进多年，但改造模式的弊端日益显现，拆迁补偿标准不一。{lead}"
             "其一，设立统一的补偿基金，公开补偿标准；其二，新建小区同步建设学校和诊所；其三，保留老街的特色商铺。\n")


def test_refers_back_ordinals_after_a_prescribing_sentence_are_its_measures():
    got = _points(_MEASURES.format(lead="对此，政府应当多管齐下。"))["recommendation"]
    assert got == ["设立统一的补偿基金，公开补偿标准", "新建小区同步建设学校和诊所", "保留老街的特色商铺"]


def test_refers_back_ordinals_after_a_plain_statement_are_not_read_as_measures():
    got = _points(_MEASURES.format(lead="改造工作分三个阶段完成。"))["recommendation"]
    assert "新建小区同步建设学校和诊所" not in got and "保留老街的特色商铺" not in got


# --- a question that ends mid-sentence with 呢 and a comma (aspects.question_clause, question_lead_end;
# points._prose_statement_of, prose_parts) ---------------------------------------------------------------------------

def test_question_clause_finds_the_question_before_its_comma():
    s = "那么，怎样才能把医生留在乡镇呢，关键是要提高他们的待遇。"
    from summarizer import aspects
    a, b, c = aspects.question_clause(s)
    assert s[a:b] == "怎样才能把医生留在乡镇呢" and s[c:] == "关键是要提高他们的待遇。"
    assert aspects.question_lead_end(s) == c
    # mid-sentence after a concession: a question, but it opens no sentence
    s2 = "道理大家都懂，但街道的回复速度能不能再快一些呢，比如三天内答复。"
    assert aspects.question_lead(s2) == "但街道的回复速度能不能再快一些呢？"  # (the point trims 但: points.shape)
    assert aspects.question_lead_end(s2) == 0


def test_topic_marking_ne_is_no_question():
    from summarizer import aspects
    assert aspects.question_clause("乡镇卫生院的医生呢，多年来一直紧缺。") == (0, 0, 0)
    assert aspects.question_clause("另一部分呢，则是经费不足。") == (0, 0, 0)
    assert aspects.question_clause("如何留住医生呢？") == (0, 0, 0)  # (a question mark ends its own sentence)


_DOCTORS = "乡镇医疗\n\n乡镇卫生院的医生流失严重。{q}\n"


def test_opening_question_is_skipped_and_the_statement_after_it_is_the_point():
    got = _points(_DOCTORS.format(q="那么，怎样才能把医生留在乡镇呢，关键是要提高他们的待遇，解决子女上学的难题。"))
    assert got["recommendation"] == ["关键是要提高他们的待遇，解决子女上学的难题"]


def test_proposal_asked_with_ne_and_a_comma_is_a_measure():
    got = _points(_DOCTORS.format(q="道理大家都懂，但卫生院的夜间值班能不能再增加一些呢，比如每晚安排两名医生。"))
    assert got["recommendation"] == ["卫生院的夜间值班能不能再增加一些呢"]


def test_topic_marking_ne_keeps_the_sentence_a_statement():
    got = _points(_DOCTORS.format(q="乡镇卫生院的设备呢，多年来一直陈旧落后，检查项目很少。"))
    assert any(p.startswith("乡镇卫生院的设备呢") for p in got["challenge"])


# --- a hardship said to be one that can always be overcome: 没有克服不了的困难 (aspects._denied_problem_re) ---------

def test_no_hardship_that_cannot_be_overcome_states_no_problem():
    from summarizer import aspects
    for s in ("只要上下一心，就没有克服不了的困难", "没有解决不了的问题", "我们没有过不去的坎"):
        assert aspects.challenge_strength(s) == 0, s
    # a hardship stated, or a lack of the means to overcome it, stays a problem
    assert aspects.challenge_strength("企业经营困难，资金周转不灵")
    assert aspects.challenge_strength("没有解决困难的办法")


def test_speech_encouragement_is_no_challenge_point():
    text = ("在全县攻坚动员会上的讲话\n\n"
            "同志们，今年的任务很重。只要大家全力以赴，共同努力，就没有克服不了的困难。各部门要主动担当，"
            "抓紧落实各项攻坚任务。\n")
    got = _points(text)
    assert not any("克服不了" in p for p in got["challenge"])


def test_many_questions_in_one_sentence_are_read_in_one_pass():
    # (a question is read past once, never searched again in the rest: no recursion, bounded scan)
    from summarizer import summarize
    summarize("如何办呢，" * 5000 + "好。")
    summarize("呢，" * 20000)
    from summarizer import aspects
    assert aspects.question_clause("字" * 300 + "如何办呢，好。") == (0, 0, 0)  # (past QUESTION_SCAN_CHARS)


# --- a subhead set in single-star emphasis inside a paragraph (markup._inline_subhead) ------------------------------

_NEWS = ("议会辩论住房议题\n\n议员们在辩论中就住房问题提出多项建议。 *张议员：先解决轮候时间* "
         "  张议员表示，公屋轮候时间过长，政府应当增加过渡性房屋供应。\n")


def test_inline_emphasis_subhead_ends_as_a_sentence_of_its_own():
    from summarizer import pipeline as pl
    essay = pl.analyze(_NEWS)[0]
    assert "先解决轮候时间。" in essay.text  # (the closing star becomes a full stop, one character for one)
    assert "先解决轮候时间张议员" not in essay.text.replace(" ", "")
    got = _points(_NEWS)
    assert not any("轮候时间张议员" in p or p.startswith("先解决轮候时间") and "张议员表示" in p
                   for ps in got.values() for p in ps)


def test_emphasis_inside_a_sentence_or_on_its_own_line_is_no_inline_subhead():
    from summarizer import markup
    m = markup._MD_EMPHASIS_ONE.search("政府必须*尽快*增加供应。")
    assert m and not markup._inline_subhead("政府必须*尽快*增加供应。", m)
    line = "*张议员：先解决轮候时间*\n张议员表示，…"
    m = markup._MD_EMPHASIS_ONE.search(line)
    assert m and not markup._inline_subhead(line, m)  # (a line of its own: the line break ends it already)
    ends = "上文。 *重要提示！*  下文继续。"
    m = markup._MD_EMPHASIS_ONE.search(ends)
    assert m and not markup._inline_subhead(ends, m)  # (it ends with its own mark)


# --- 第一，A；第二，B in one prose sentence: no point window across the next ordinal (points.prose_parts) ------------

def test_ordinal_parts_of_one_sentence_give_no_window_across_the_next_ordinal():
    s = "第一，设立统一的补偿基金，公开补偿标准；第二，新建小区同步建设学校；第三，保留老街的特色商铺。"
    spans = [s[a:b] for a, b in points.prose_parts(s, 0, len(s), "recommendation", 60)]
    assert spans == ["设立统一的补偿基金，公开补偿标准"]
    assert not any("第二" in p for p in spans)
    # parts with no ordinal keep the reading of a plain sentence (one window when one part states the aspect)
    plain = "设立统一的补偿基金，公开补偿标准；新建小区的学校迟迟未动工。"
    assert [plain[a:b] for a, b in points.prose_parts(plain, 0, len(plain), "recommendation", 60)] != []


def test_ordinal_sentence_after_a_plain_statement_reads_like_a_shi_run():
    got = _points(_MEASURES.format(lead="改造工作分三个阶段完成。").replace("其一", "第一").replace("其二", "第二")
                  .replace("其三", "第三"))["recommendation"]
    assert not any("第二" in p or "第三" in p for p in got)
