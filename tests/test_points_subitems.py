"""Granularity inside a point (issue 8): when the sub-items of a point's body are points of their own.

Every essay here is written for the test (none is copied from a dev document)."""

from summarizer import aspects as asp
from summarizer.points import LINE_LIST_MIN, line_list
from summarizer.structure import parse
from aspect_helpers import points as _points, roles as _roles


def test_a_list_announced_inside_a_run_in_measure_gives_one_point_per_item():
    # the measures are a lead-in's list (对此建议如下：第一…第二…), not a named section; the second measure
    # announces its own list (采取三项措施：) whose items are measures too
    text = ("乡镇文化站长期空转。对此，建议如下：\n"
            "第一，理顺经费来源。具体采取三项措施：（1）设专户。每年单列文化经费。（2）引捐赠。"
            "鼓励乡贤出资。（3）办活动。以活动带动使用。\n"
            "第二，盘活站点场地。把闲置的站点交给村民自己管理。\n")
    _, recs = _points(text)
    # a heading shorter than MIN_POINT_CHARS is completed with its body's first clause when that states the measure
    assert [r.split("。")[0] for r in recs] == ["理顺经费来源", "设专户", "引捐赠", "办活动", "盘活站点场地"]


def test_a_problem_sub_item_that_only_defines_its_parent_is_no_point():
    # 一是/二是 explain what the "双重锁定" is (X，即…): no shortcoming of their own
    roles = _roles("存在的问题如下：\n第一，资金投入不足。\n第二，形成双重锁定。主要表现在两个方面：一是路径锁定，即沿用旧的做法；"
                   "二是观念锁定，即习惯原有思路。\n")
    assert ("资金投入不足。", asp.CHALLENGE, "point") in roles
    assert ("形成双重锁定。", asp.CHALLENGE, "point") in roles
    assert [r for r in roles if r[0].startswith(("路径锁定", "观念锁定"))] == [
        ("路径锁定，即沿用旧的做法；", None, None), ("观念锁定，即习惯原有思路。", None, None)]


def test_a_problem_sub_item_that_names_a_shortcoming_is_a_point():
    roles = _roles("存在的问题如下：\n第一，资金投入不足。\n第二，队伍建设滞后。主要表现在两个方面：一是人员数量不足；"
                   "二是专业能力有待提高。\n")
    assert ("人员数量不足；", asp.CHALLENGE, "point") in roles
    assert ("专业能力有待提高。", asp.CHALLENGE, "point") in roles


def test_a_sub_item_naming_a_part_over_its_own_list_is_a_section_and_its_list_the_points():
    # 首先是场地 / 其次是人员 name the parts; 一靠…二靠… under each are the measures
    text = ("对策建议如下：\n一是完善配套条件。要从两个方面入手：首先是场地。一靠新建，在新区规划中预留；"
            "二靠挖潜，开放学校操场。其次是人员，要充实专职队伍。\n"
            "二是加强日常监管。\n")
    _, recs = _points(text)
    # the heading is not completed with the lead-in clause (要从两个方面入手：) that announces the parts
    assert recs == ["完善配套条件", "新建，在新区规划中预留", "挖潜，开放学校操场", "人员，要充实专职队伍", "加强日常监管"]


def test_under_a_heading_a_list_named_by_its_lead_in_gives_points_a_bare_colon_does_not():
    named = ("二、对策建议\n（一）健全信息发布机制\n为此提出以下几点建议：第一，建立统一的发布平台。第二，明确发布时限。\n"
             "（二）加强队伍建设\n")
    bare = ("二、对策建议\n（一）健全信息发布机制\n建议进一步健全信息发布机制：第一，建立统一的发布平台。第二，明确发布时限。\n"
            "（二）加强队伍建设\n")
    _, recs = _points(named)
    assert recs == ["健全信息发布机制", "建立统一的发布平台", "明确发布时限", "加强队伍建设"]
    _, recs = _points(bare)
    assert recs == ["健全信息发布机制", "加强队伍建设"]


def test_an_outline_on_lines_of_its_own_under_a_run_in_problem_gives_points():
    text = ("一、存在的问题\n（1）药品浪费严重\n1.复诊间隔过长，药品一次配发过多；\n2.患者自行停药，剩药无处回收；\n"
            "（2）回收渠道缺乏\n二、对策建议\n（1）设立回收点\n")
    chals, _ = _points(text)
    assert chals == ["药品浪费严重", "复诊间隔过长，药品一次配发过多", "患者自行停药，剩药无处回收", "回收渠道缺乏"]


def test_a_heading_over_short_lines_gives_one_point_per_line_and_a_label_before_a_colon():
    text = ("一、存在的问题\n1、群众参与不足：\n居民对议事规则了解有限。\n年轻人忙于工作，很少到场。\n议事结果落实不了，群众失去信心。\n"
            "2、经费保障不够\n二、对策建议\n1、激发参与：\n畅通渠道：开通线上议事平台，方便年轻人参与。\n"
            "公开结果：每次议事的结果张榜公布。\n跟踪落实：由村务监督委员会跟踪办理。\n")
    chals, recs = _points(text)
    assert chals == ["群众参与不足", "居民对议事规则了解有限", "年轻人忙于工作，很少到场", "议事结果落实不了，群众失去信心",
                     "经费保障不够"]
    assert recs == ["激发参与", "畅通渠道", "公开结果", "跟踪落实"]


def test_a_body_written_as_paragraphs_gives_no_line_points():
    body = ("近年来各地陆续开展议事协商。但是群众参与普遍不足，议事会常常流于形式。\n"
            "究其原因，一方面在于规则复杂。另一方面在于结果难以落实。\n")
    assert line_list(body, 0, len(body), 60) == []
    lines = "甲乙丙丁不足。\n" * LINE_LIST_MIN
    assert len(line_list(lines, 0, len(lines), 60)) == LINE_LIST_MIN
    assert line_list(lines, 0, len(lines) // LINE_LIST_MIN * (LINE_LIST_MIN - 1), 60) == []  # too few lines


def test_unannounced_parallel_sides_of_a_run_in_measure_are_points_when_they_state_measures():
    # 一方面/另一方面 each state a measure of their own (需要…): points; the sides of a measure that only
    # describe (社区处于…；网络空间是…) elaborate it and are not
    stated = ("对策建议如下：\n一是压实各方责任。一方面，加强部门联动，形成工作合力。另一方面，整合社会力量参与治理。\n"
              "二是完善考核办法。\n")
    described = ("对策建议如下：\n一是压实各方责任。一方面，社区处在治理的最前沿。另一方面，网络空间也是治理的新场域。\n"
                 "二是完善考核办法。\n")
    _, recs = _points(stated)
    assert recs == ["压实各方责任", "加强部门联动，形成工作合力", "整合社会力量参与治理", "完善考核办法"]
    _, recs = _points(described)
    assert recs == ["压实各方责任", "完善考核办法"]


def test_qi_yi_qi_er_is_an_enumeration_like_di_yi():
    st = parse("首先，搭建三类平台。其一，搭建预警平台；其二，搭建劝阻平台；其三，搭建咨询平台。其次，加强打击。")
    assert [(it.family, it.value) for it in st.items if it.family == "di"] == [("di", 1), ("di", 2), ("di", 3)]


def test_a_long_measure_sentence_is_cut_to_the_clause_where_its_subject_takes_a_strong_modal():
    # the cause comes first; the measure is the clause whose subject is followed by 应
    # (a sentence longer than max_point_chars = 60: a shorter one is kept whole)
    text = ("三、对策建议\n（1）熬夜是高血压、糖尿病、抑郁症等多种慢性病的重要诱因，长期熬夜还会损伤免疫功能和记忆力，"
            "因此，年轻人应主动规律作息，减少熬夜带来的健康损害。\n（2）加强健康宣传。\n")
    _, recs = _points(text)
    assert recs[0].startswith("年轻人应主动规律作息"), recs


def test_words_that_contain_yi_are_not_the_modal_yi():
    assert not asp.strong_modal("房价适宜，交通便宜")
    assert asp.strong_modal("政府宜加快审批")


def test_first_then_ordinals_are_one_enumeration():
    # 首先，…第二，…第三，… is one list although its first marker is not 第一
    st = parse("具体建议如下：首先，要统一数据标准；第二，要打通部门系统；第三，要开放公共数据。")
    items = [(it.marker, it.run) for it in st.items]
    assert [m for m, _ in items] == ["首先，", "第二，", "第三，"]
    assert len({r for _, r in items}) == 1 and items[0][1] >= 0


def test_under_a_heading_a_list_announced_by_ju_ti_er_yan_gives_points():
    text = ("一、存在的问题\n（一）各区发展不平衡\n各区差距较大。具体而言：①东区基础设施老化，维修资金不足；②西区公共服务供给不足；"
            "③北区产业结构单一，就业岗位缺乏。\n（二）人才流失严重\n二、对策建议\n（一）加大投入\n")
    chals, _ = _points(text)
    assert chals[0] == "各区发展不平衡" and chals[-1] == "人才流失严重"
    # the body's short opening sentence is its topic sentence (a point of its own); then the three items
    assert [c[:6] for c in chals[1:-1]] == ["各区差距较大", "东区基础设施", "西区公共服务", "北区产业结构"]


def test_under_a_heading_unannounced_items_that_each_name_their_own_actor_are_points():
    # （1）学校应…（2）家长应…（3）社区应…: one measure per party; 第一，建立…第二，明确… only elaborate the heading
    actors = ("二、对策建议\n（一）加强家校社协同育人\n（1）学校应开设家长课堂，定期开展家访。"
              "（2）家长应主动配合学校，关注孩子心理健康。（3）社区应开放活动场地，组织假期托管。\n（二）加强师资培训\n")
    steps = ("二、对策建议\n（一）加强家校社协同育人\n（1）建立家校联系制度，定期开展家访。"
             "（2）明确各方职责分工。（3）开放社区活动场地。\n（二）加强师资培训\n")
    _, recs = _points(actors)
    assert [r[:7] for r in recs] == ["加强家校社协同", "学校应开设家长", "家长应主动配合", "社区应开放活动", "加强师资培训"]
    _, recs = _points(steps)
    assert [r[:7] for r in recs] == ["加强家校社协同", "加强师资培训"]
    assert asp._actor_modal("教练员应加强训练") and not asp._actor_modal("应加强训练") \
        and not asp._actor_modal("房价适宜的地区")


def test_a_first_then_ordinal_run_takes_the_aspect_its_items_vote():
    # 首先…其次 alone orders an argument's steps; going on with 第三，第四 it is a numbered list of measures
    text = ("大学生就业难，原因是多方面的。\n"
            "首先，要深化高校课程改革。其次，要加强就业指导服务。第三，完善就业市场建设。第四，积极拓宽基层就业渠道。\n")
    _, recs = _points(text)
    assert recs == ["要深化高校课程改革", "要加强就业指导服务", "完善就业市场建设", "积极拓宽基层就业渠道"]


def test_a_point_cut_to_its_limit_never_ends_inside_a_quotation():
    """With a small max_point_chars the cut falls at a clause end outside quotation marks, or before the quotation
    (new-user trial: ``按照"源头减排、管网排放、蓄排并举`` with its quote left open)."""
    from summarizer.points import shape

    text = "坚持系统治理，按照“源头减排、管网排放、蓄排并举、超标应急”的思路推进城市内涝治理工作。"
    for limit in (12, 16, 20, 24):
        a, b = shape(text, 0, len(text), limit)
        point = text[a:b]
        assert point.count("“") == point.count("”"), (limit, point)
        assert b - a <= limit
    a, b = shape(text, 0, len(text), 20)
    assert text[a:b] == "坚持系统治理"
    long_quote = "各村普遍建立“一户一档、一人一策、动态监测、精准帮扶、定期回访”的防返贫工作机制"
    a, b = shape(long_quote, 0, len(long_quote), 14)
    assert long_quote[a:b] == "各村普遍建立"  # no clause end outside the quotation: cut before it
