"""Failure kinds found by the blind Part 11 documents (690-700) of the aspect corpus, each on a text written for the
test.

1. A work report or an inspection's findings state one problem a clause and join them with commas; a run longer than
   one point (``城乡区域发展不够平衡，部分企业融资成本偏高，…，基层治理能力有待提升``) was cut to a window that lost its
   first or its last clauses. Now its clauses are grouped into chunks of at most a point's length, each a point
   (:func:`summarizer.points.problem_run_chunks`).
2. A lead-in that names the way out (``应对之道``, ``出路``) or the aspect and ends with a colon, followed by a comma
   run of short items (``出路只有一条：规范化办学，规范化收费，规范化管理……``): one point per item
   (:func:`summarizer.points.colon_comma_items`); the run was read as one sentence of the aspect its lead-in named.
3. A meeting report's run-in requirements written as short sentences, each followed by the sentences that explain it
   (``会议要求，要压实整改责任。党组书记…负总责。要细化推进措施。对照…建立台账。``): the short sentences are the points and
   their bodies are not (:func:`summarizer.points.short_modal_heads`); the bodies' sentences were picked instead.
4. A clause that only announces problems (``但检查也发现一些问题和不足``) was a challenge point of its own: it names none
   (:func:`summarizer.points.only_announces`).
5. A problem noun that is the object of work done on it (``对发现的问题紧盯到底``, ``确保所有问题按期整改到位``,
   ``靠实际行动去解决民生问题``) made a measure a challenge: it states no shortcoming
   (:func:`summarizer.aspects.addressed_problem_spans`).
6. After a sentence that announces problems, a problem sentence that names measures only to say they fall short
   (``…雾霾频发，治理措施需要进一步加强``) ended the reading of the problems as if the text turned to its plan
   (:func:`summarizer.points.measures_fall_short`).
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as P

RUN = ("城乡区域发展不够平衡，部分企业融资成本偏高，一些地方财政收支矛盾突出，公共服务供给仍有短板，"
       "生态环境治理任务艰巨，基层治理能力有待提升")


def test_a_long_run_of_terse_problem_clauses_is_cut_into_chunks_of_whole_clauses():
    chunks = P.problem_run_chunks(RUN, 0, len(RUN), asp.CHALLENGE, 60)
    texts = [RUN[a:b] for a, b in chunks]
    # greedy: as many whole clauses as fit in 60 characters (56 here), then the rest
    assert texts == ["城乡区域发展不够平衡，部分企业融资成本偏高，一些地方财政收支矛盾突出，公共服务供给仍有短板，生态环境治理任务艰巨",
                     "基层治理能力有待提升"]
    # every clause is kept, each in one chunk
    assert "，".join(texts) == RUN


def test_a_run_that_fits_a_point_a_measure_a_cause_or_a_long_clause_gives_no_chunks():
    short = "部分企业融资成本偏高，一些地方财政收支矛盾突出，公共服务供给仍有短板"
    assert P.problem_run_chunks(short, 0, len(short), asp.CHALLENGE, 60) == []
    assert P.problem_run_chunks(RUN, 0, len(RUN), asp.RECOMMENDATION, 60) == []
    # 由于…，导致…: one argument, not a run of findings
    cause = "由于资金投入不足，导致设施老化严重，维修保养长期缺位，服务质量明显下降，群众意见较大，投诉逐年增多，满意度持续走低"
    assert P.problem_run_chunks(cause, 0, len(cause), asp.CHALLENGE, 60) == []
    # a long clause narrates or argues: no terse run
    long_clause = ("坊间把获得家长信任的学校称为名校并且长期以来一直如此认为，选校困难重重，学校不受信任，"
                   "家长焦虑加剧，教育资源不足")
    assert P.problem_run_chunks(long_clause, 0, len(long_clause), asp.CHALLENGE, 60) == []
    # half of the clauses or more must state a problem, and no other clause may prescribe
    mixed = "城乡区域发展不够平衡，加快推进基础设施建设，完善公共服务体系，强化要素保障，优化营商环境，扩大有效投资规模"
    assert P.problem_run_chunks(mixed, 0, len(mixed), asp.CHALLENGE, 60) == []


def test_a_work_reports_problem_paragraph_keeps_every_clause_of_a_long_run():
    text = ("政府工作报告（摘要）\n"
            "我们也清醒看到，发展中还存在不少困难和问题。" + RUN + "。我们一定要直面挑战，做好各项工作。")
    challenges, _ = points(text)
    joined = "".join(challenges)
    for clause in RUN.split("，"):
        assert clause in joined
    assert any(c.startswith("城乡区域发展不够平衡") for c in challenges)
    assert any(c.endswith("基层治理能力有待提升") for c in challenges)


def test_chunking_is_linear_on_long_inputs():
    one_line = "问题" * 50000  # 100k characters, no punctuation: one clause, longer than a run's clause
    assert P.problem_run_chunks(one_line, 0, len(one_line), asp.CHALLENGE, 60) == []
    many = "，".join(["资金不足"] * 10000)  # 10,000 tiny clauses
    chunks = P.problem_run_chunks(many, 0, len(many), asp.CHALLENGE, 60)
    assert len(chunks) > 100 and all(b - a <= 60 for a, b in chunks)


def _items(sentence):
    aspect, items = P.colon_comma_items(sentence)
    return aspect, [sentence[a:b] for a, b in items]


def test_a_colon_lead_in_gives_each_item_of_a_comma_run():
    assert _items("村里的出路只有一条：规范化办学，规范化收费，规范化管理……。") == (
        asp.RECOMMENDATION, ["规范化办学", "规范化收费", "规范化管理"])
    assert _items("问题说清楚了；解决之道无非几条：加大财政投入，完善师资培训，改善办学条件。") == (
        asp.RECOMMENDATION, ["加大财政投入", "完善师资培训", "改善办学条件"])
    assert _items("当前存在的问题主要有：资金投入不足，人才流失严重，设施老化明显等。") == (
        asp.CHALLENGE, ["资金投入不足", "人才流失严重", "设施老化明显"])


def test_a_colon_before_a_list_marker_a_quotation_or_long_items_gives_no_run():
    assert _items("主要对策：（1）加大投入，完善制度，强化监督，（2）培养人才。") == (None, [])
    assert _items("面临一些新问题：一是资金不足，二是人才短缺，三是设施落后。") == (None, [])
    assert _items("他说：“加大投入，完善制度，强化监督。”") == (None, [])
    assert _items("对策如下：加大投入；完善制度；强化监督。") == (None, [])  # (a ；-list: the list readers)
    assert _items("对策如下：我们认为应当在今后相当长的一段时期内持续不断地加大投入，完善制度，强化监督。") == (None, [])
    assert _items("今天的会议议程如下：上午开会，下午参观，晚上讨论。") == (None, [])  # (no aspect named)


def test_a_columns_way_out_gives_one_measure_per_item():
    text = ("微型华小的出路\n这些学校的校舍破旧，师资不足，问题确定了；"
            "应对之道，不外乎两个字：规范化增建学校，规范化拨款，规范化培训教师，规范化设计课程……。")
    _, recommendations = points(text)
    for item in ("规范化增建学校", "规范化拨款", "规范化培训教师", "规范化设计课程"):
        assert item in recommendations


def test_the_colon_run_reader_is_linear_on_long_inputs():
    long_line = "对策：" + "加" * 100000
    assert P.colon_comma_items(long_line) == (None, [])
    many = "对策如下：" + "，".join(["加大投入"] * 10000)
    aspect, items = P.colon_comma_items(many)
    assert aspect == asp.RECOMMENDATION and len(items) == 10000


MEETING = ("局党组召开会议研究整改工作\n"
           "会议要求，要压实整改责任。主要负责人要履行第一责任人职责，亲自部署、亲自督办。班子成员要落实一岗双责。"
           "要细化整改措施。对照反馈意见逐条分析原因，建立整改台账，实行清单管理。"
           "要强化督促检查。定期通报整改进度，对进度慢的单位及时约谈。")


def test_short_run_in_requirements_are_the_points_and_their_bodies_are_not():
    assert P.short_modal_head("会议要求，要压实整改责任。") == (5, 12)
    assert P.short_modal_head("要细化整改措施。") == (0, 7)
    assert P.short_modal_head("主要负责人要履行第一责任人职责，亲自部署、亲自督办。") is None  # (a body sentence)
    assert P.short_modal_head("要看到成绩的同时也要看到问题。") is None  # (too long for a head)
    _, recommendations = points(MEETING)
    assert recommendations == ["要压实整改责任", "要细化整改措施", "要强化督促检查"]


def test_short_requirements_without_bodies_stay_a_list_of_sentences():
    text = "整改要求\n要压实整改责任。要细化整改措施。要强化督促检查。"
    _, recommendations = points(text)
    assert recommendations == ["要压实整改责任", "要细化整改措施", "要强化督促检查"]


def test_the_head_reader_is_linear_on_many_tiny_sentences():
    text = "会议要求\n" + "要加强管理。正文说明。" * 5000
    _, recommendations = points(text)
    assert recommendations and all(r == "要加强管理" for r in recommendations)


def test_a_clause_that_only_announces_problems_is_no_point():
    assert P.only_announces("但检查组也发现一些问题和不足")
    assert P.only_announces("工作中还存在不少困难和问题。")
    assert not P.only_announces("工作中存在一些问题，主要是资金不足")
    assert not P.only_announces("资金投入存在不足")
    assert not P.only_announces("一些地方存在数据造假问题")
    text = ("检查情况通报\n检查组肯定了各单位的工作。但检查组也发现一些问题和不足。"
            "台账记录不完整，安全培训流于形式，隐患整改不及时。")
    challenges, _ = points(text)
    assert not any("一些问题和不足" in c for c in challenges)
    assert any("台账记录不完整" in c for c in challenges)


def test_the_announcement_reader_is_linear_on_long_inputs():
    assert not P.only_announces("发现" * 50000)
    assert not P.only_announces("存在一些" + "问题和" * 30000 + "不足")


def test_a_problem_worked_on_states_no_shortcoming():
    for clause in ("对检查发现的问题紧盯到底", "确保所有问题按期整改到位", "做到反馈问题调查分析到位",
                   "要靠实际行动去解决群众反映的问题"):
        assert asp.addressed_problem_spans(clause), clause
        assert asp.challenge_strength(clause) == 0, clause
    # a complaint about the work stays one
    for clause in ("对群众反映的问题整改不力", "问题整改不到位", "没有去解决群众的问题", "一些地方存在数据造假问题"):
        assert asp.challenge_strength(clause) > 0, clause


def test_a_meeting_requirement_on_the_problems_found_is_a_measure():
    text = ("整改推进会召开\n会议指出，要提高政治站位，做到反馈问题调查分析到位、共性问题集中整治到位。"
            "下一步，要持续加强调度督促，对发现的问题紧盯到底。")
    challenges, recommendations = points(text)
    assert challenges == []
    assert any("问题紧盯到底" in r for r in recommendations)


def test_the_addressed_reader_is_linear_on_long_inputs():
    assert asp.addressed_problem_spans("对" * 100000) == []
    assert asp.addressed_problem_spans("问题" * 50000) == []
    assert len(asp.addressed_problem_spans("问题整改到位，" * 10000)) == 10000


def test_measures_that_fall_short_are_a_problem_not_a_turn_to_the_plan():
    assert P.measures_fall_short("水污染形势依然严峻，治理措施需要进一步加强。")
    assert P.measures_fall_short("防控措施不到位。")
    assert not P.measures_fall_short("分析其带来的挑战，研究其对策，是本文的目的。")
    assert not P.measures_fall_short("资金投入不足。")  # (no measures named)
    text = ("县政府工作报告（节选）\n我们也清醒看到，发展中还存在不少困难和问题。产业结构不够合理，创新能力不强。"
            "水污染形势依然严峻，一些河段黑臭现象频发，治理措施需要进一步加强。一些干部作风不实，办事效率不高。")
    challenges, _ = points(text)
    joined = "".join(challenges)
    assert "水污染形势依然严峻" in joined
    assert "一些干部作风不实" in joined
