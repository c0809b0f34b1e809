"""fix57: kinds of faults a fresh user found (check56) and left open, on small texts of the tests' own.

* a decimal at a paragraph's start (``16.4萬名…``, ``3.5亿元…``) is a quantity, never a dotted section number or a
  list marker (``structure.DECIMAL_UNITS``; the ``(?!\\d)`` of every point-level marker reader in ``points``);
* a pinyin note of several syllables one space apart (``【qíng xù】``) is removed like a one-syllable note
  (``clean._PINYIN_NOTE``), while a bracketed heading or Chinese note (``【案例】``) stays;
* a quotation cited with its source in brackets after it (``“…”（摘自《…》）``, ``（来源：…）``) gives no challenge
  (``aspects.cited_quote_spans``, ``pipeline._drop_reported_advice``);
* short quoted problems (``“审批慢”“用地难”……``, three characters each) give one challenge each
  (``points.QUOTED_PHRASE_MIN_CHARS``);
* a summary piece cut to fit never ends on a concession its cut left unanswered (``…虽然取得一定进展``): it reads the
  main clause past the turn instead (``pipeline.concession_cut_start``);
* a caveat on the study's own data or scope (``需要注意的是，本次调查数据不包括在校学生``) is neither aspect
  (``aspects.study_scope_caveat`` in ``aspects.states_neither``);
* the problems of a sentence's rest after a consequence (``…进而导致A，甚至引发B，C严重不足，…``) are read again
  (``points.cut_problem_rest``);
* a plan sentence's clauses end at a lead-in's colon (``下一步，…将A，重点抓好以下工作：一是B，C。``: the item keeps its
  head), and a company's announced plan (``董事长…表示，下一步，公司将…``) gives no recommendation
  (``points._plan_points``, ``points.business_plan``).
"""

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.clean import strip_pinyin_notes
from summarizer.pipeline import concession_cut_start, summarize_document
from summarizer.structure import find_markers

_DECIMALS = ("乡村养老的难处\n\n"
             "这些年，农村老人独居比例不断上升，照料需求持续增长，服务供给却跟不上。\n\n"
             "12.7萬名留守老人長期無人照看，生活起居十分困難，緊急情況難以及時處置。\n\n"
             "2.8亿元护理补贴下拨迟缓，乡镇敬老院运转吃力，护理员队伍流失严重。\n\n"
             "为此，要加快建设农村互助养老服务点，健全护理补贴发放机制，培养本土护理人员。\n")


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_decimal_at_paragraph_start_is_no_section_number():
    families = [(m.family, m.marker.strip()) for m in find_markers(_DECIMALS)]
    assert not [f for f in families if f[0] in ("num2", "num3", "num_dot", "num")], families


def test_dotted_section_number_before_a_heading_stays():
    text = "1.1 研究背景\n城市更新进入新阶段。\n1.2 研究方法\n本文采用问卷调查。\n"
    assert [(m.family, m.marker.strip()) for m in find_markers(text)][:2] == [("num2", "1.1"), ("num2", "1.2")]


def test_decimal_challenge_keeps_its_number():
    challenges, _ = _points(_DECIMALS)
    assert any(c.startswith("12.7萬名留守老人") for c in challenges), challenges
    assert any(c.startswith("2.8亿元护理补贴") for c in challenges), challenges


def test_point_level_marker_readers_leave_a_decimal():
    assert pts._STRAY_MARKER.match("3.5亿元资金闲置") is None
    assert pts._STRAY_MARKER.match("3.资金闲置").end() == 2
    assert pts._FINDING_MARKER.match("16.4万人失业").end() == 0
    assert pts._ITEM_NUMBER.match("2.5倍于往年") is None
    assert pts._LIST_LINE.match("4.2公里道路") is None


def test_multi_syllable_pinyin_note_removed():
    assert strip_pinyin_notes("孩子的情绪【qíng xù】起伏大，绿色【lǜ sè】出行少。") == "孩子的情绪起伏大，绿色出行少。"
    assert strip_pinyin_notes("责任（zé rèn）重大") == "责任重大"


def test_bracketed_heading_and_chinese_note_stay():
    text = "【案例】某县推行河长制。【编者按】本文有删节。"
    assert strip_pinyin_notes(text) == text
    assert strip_pinyin_notes("采用人工智能(AI)技术") == "采用人工智能(AI)技术"


def test_pinyin_note_of_too_many_syllables_is_left():
    # (bounded: five syllables are no reading note of one word)
    text = "情绪（qíng xù lǜ sè mà）好"
    assert strip_pinyin_notes(text) == text


def test_section_heading_opening_with_a_counted_word_stays_a_section():
    # (人员, 个人, 公共 open headings: only a decimal's unit words make the number a quantity)
    text = "3 存在的问题\n3.1 人员流失\n年轻医生留不住。\n3.2 个人信息泄露\n数据管理松散。\n"
    assert [(m.family, m.marker.strip()) for m in find_markers(text) if m.family == "num2"] == [
        ("num2", "3.1"), ("num2", "3.2")]


_CITED = ("治理减负的思考\n\n"
          "“有的地方会议一个接一个，村干部整天忙着写材料，真正下村入户的时间很少。”（摘自《乡村治理观察》）\n\n"
          "“个别部门把填报表格当成工作成绩，数据层层上报却无人使用。”（来源：某日报评论）\n\n"
          "目前，一些乡镇考核指标设置过多，村干部疲于迎检，服务群众的精力被严重挤占。\n\n"
          "为此，要大力精简考核指标，合并同类检查事项，减少不必要的台账报表。\n")


def test_cited_quote_span_reads_a_bracketed_source():
    text = "“村里的路一下雨就没法走。”（引自某县调研笔记）他说。"
    assert [text[a:b] for a, b in asp.cited_quote_spans(text)] == ["“村里的路一下雨就没法走。”（引自某县调研笔记）"]
    assert asp.cited_quote_spans("他说：“村里的路不好走。”（笑）") == []


def test_cited_quotations_give_no_challenge():
    challenges, recommendations = _points(_CITED)
    assert challenges == ["一些乡镇考核指标设置过多，村干部疲于迎检，服务群众的精力被严重挤占"], challenges
    assert recommendations


def test_short_quoted_problems_each_a_challenge():
    text = ("小微企业恳谈会侧记\n\n"
            "“贷款难”“招工难”“租金高”……在昨天的恳谈会上，店主们一一说出了经营中遇到的诸多困难。\n")
    challenges, _ = _points(text)
    assert challenges == ["贷款难", "招工难", "租金高"], challenges


def test_concession_cut_start_reads_the_main_clause():
    body = "今年，我县污水处理设施建设虽然取得一定进展，但仍存在管网覆盖不全、设施运行不稳定等问题。"
    whole = len(body) - 1
    b = body.index("，但")
    assert body[concession_cut_start(body, 0, b, whole):].startswith("仍存在管网覆盖不全")
    # (a piece that holds the turn, or no concession, is left as cut)
    assert concession_cut_start(body, 0, body.index("、"), whole) is None
    assert concession_cut_start("今年，设施建设取得进展，仍存在问题。", 0, 11, 17) is None


def test_summary_never_ends_on_an_unanswered_concession():
    text = ("县域污水治理的难点\n\n"
            "今年以来，我县农村生活污水治理工作虽然取得了一定进展，但仍然存在管网建设滞后、已建设施运行维护不到位、"
            "治理资金来源单一、村民参与意识淡薄、第三方运维企业服务质量参差不齐、监管考核机制不健全等一系列突出问题，"
            "严重制约了农村人居环境的整体改善和乡村振兴战略的顺利实施，这些问题亟待认真研究加以解决。\n")
    summary = [e.summary for e in summarize_document(text, summary_chars=60).essays]
    assert summary and summary[0].startswith("仍然存在管网建设滞后"), summary


def test_caveat_on_the_studys_own_data_is_neither():
    text = ("外来务工人员住房状况调查\n\n"
            "调查发现，外来务工人员租房负担重，居住条件简陋，保障性租赁住房覆盖面窄。\n\n"
            "需要注意的是，本次调查数据不包括建筑工地集体宿舍。必须注意的是，本研究样本仅限于主城区。\n\n"
            "为此，建议扩大保障性租赁住房供给，规范住房租赁市场秩序。\n")
    challenges, recommendations = _points(text)
    assert not any("本次调查" in p or "样本" in p for p in challenges + recommendations), (challenges, recommendations)
    assert any("租房负担重" in p for p in challenges), challenges


def test_study_scope_caveat_reads_scope_not_findings():
    assert asp.study_scope_caveat("需要注意的是，本次调查数据不包括在校学生")
    assert asp.study_scope_caveat("以上数据来源于各区县上报")
    assert not asp.study_scope_caveat("本次调查数据显示，截至年底仍有三成老人未纳入保障")
    assert not asp.study_scope_caveat("部分老人未纳入保障范围")


def test_problems_after_a_consequence_are_read():
    rest = ("，进而导致独居老人突发疾病无人知晓，甚至引发悲剧，社区医疗服务站点布局严重不足，"
            "家庭医生签约服务流于形式。")
    pos = pts.cut_problem_rest(rest, 0, len(rest))
    assert rest[pos:].startswith("社区医疗服务站点布局严重不足"), pos
    # (a consequence with nothing of its own after it, or a report of what people say, still ends the reading)
    only = "，进而导致服务内容与需求脱节，居民们普遍反映服务太少、收费太贵。"
    assert pts.cut_problem_rest(only, 0, len(only)) == -1


def test_consequence_chain_keeps_the_later_problems():
    text = ("城市社区居家养老的短板\n\n"
            "目前存在的主要问题是：子女长期在外，老人独居比例高，进而导致独居老人突发疾病无人知晓，甚至引发悲剧，"
            "社区医疗服务站点布局严重不足，多数小区没有助餐点，家庭医生签约服务流于形式、上门服务少。\n\n"
            "为此，建议加快社区嵌入式养老服务设施建设，推进家庭医生签约服务提质增效。\n")
    challenges, _ = _points(text)
    assert any(c.startswith("社区医疗服务站点布局严重不足") for c in challenges), challenges


def test_plan_item_after_a_lead_in_colon_keeps_its_head():
    text = ("某镇2025年工作总结\n\n"
            "今年以来，我镇扎实推进各项工作，农村人居环境明显改善，全年新建农村公厕40座。\n\n"
            "二、存在问题\n"
            "一是村级集体经济薄弱，多数村缺乏稳定收入来源。二是基础设施仍有短板，部分道路年久失修。\n\n"
            "三、下一步工作打算\n"
            "下一步，我镇将继续坚持农业优先发展，重点抓好以下工作：一是壮大村级集体经济，盘活闲置资产资源，"
            "发展物业经济。二是加快补齐基础设施短板，实施道路提升改造工程。\n")
    _, recommendations = _points(text)
    assert any(r.startswith("壮大村级集体经济，盘活闲置资产资源") for r in recommendations), recommendations
    assert "盘活闲置资产资源" not in recommendations, recommendations


def test_business_plan_in_business_news_gives_no_recommendation():
    text = ("某食品公司上半年净利润增长两成\n\n"
            "本报讯 某食品股份有限公司日前发布半年度报告，上半年实现营业收入18亿元，同比增长21%。\n\n"
            "公司总经理李华表示，下一步，公司将加大新品研发力度，拓展线上销售渠道，并将推进华南生产基地建设。\n")
    assert _points(text)[1] == []
    assert pts.business_plan("该集团董事长表示，下一步，集团将扩大海外产能。")
    assert not pts.business_plan("市长表示，下一步，我市将加大对中小企业的扶持力度。")
    assert not pts.business_plan("在调研某公司时，市长表示，下一步将优化营商环境。")
