"""Kinds of Parts 147 and 148 (labour and employment; county economy and business environment) fixed by k147148, each on
small texts of the tests' own: a work report's next-step plan kept past the achievements register, a measure framed by
what matters most, a balance a meeting demands, pinyin glosses in lenticular brackets, a meeting's agenda and purpose,
a quotation cited with its source, and quoted problems a meeting named."""

from summarizer import aspects, register
from summarizer.clean import clean, strip_pinyin_notes
from summarizer.pipeline import summarize_document
from summarizer.points import quoted_problem_run_spans


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# ---------------------------------------------------------------- a work report's plan past the achievements register

_WORK_DONE_THEN_PLAN = (
    "本报讯 为落实全省文旅工作会议精神,总结一季度文旅工作,交流各地好做法,确保完成全年目标,3月9日,全省文旅工作视频会召开。"
    "副区长赵强在我区分会场收看会议并作交流发言,介绍我区确保完成全年目标的具体做法。\n"
    "赵强说,今年以来,区委、区政府将文旅融合确定为全年工作的重点,全区形成了“部门联动、景区主攻”的格局。"
    "一季度,全区接待游客120万人次,同比增长35%,旅游收入完成9.8亿元。\n"
    "赵强表示,下一步,我区将进一步完善景区配套设施,积极开发夜间旅游产品,组织文旅企业开展联合推介活动,"
    "加大对民宿经营户的扶持力度,全力确保完成全年目标任务。\n")


def test_achievements_news_keeps_the_next_step_plan_as_measures():
    ch, rec = _points(_WORK_DONE_THEN_PLAN)
    assert any("完善景区配套设施" in p for p in rec)
    assert any("开发夜间旅游产品" in p for p in rec)
    assert not ch


def test_achievements_news_without_a_plan_still_gives_nothing():
    text = _WORK_DONE_THEN_PLAN.split("赵强表示")[0] + "二季度以来,全区新签约文旅项目8个,完成投资4.5亿元,同比增长21%。\n"
    assert _points(text) == ([], [])


def test_plan_spans_reads_only_an_announced_plan():
    sentences = ["一季度,全区接待游客120万人次,同比增长35%。", "赵强表示,下一步,我区将进一步完善景区配套设施,积极开发夜间旅游产品。",
                 "游客将近两万人次。"]
    spans = [(0, 10), (10, 40), (40, 50)]
    assert register.plan_spans(sentences, spans) == [(10, 40)]


# ---------------------------------------------------------------------------------- what matters most, then the act

def test_weighted_measure_frame_with_an_action_after_the_comma():
    assert aspects.weighted_measure("乡村治理最重要的是,凝聚村民共识。")
    assert aspects.weighted_measure("做好这项工作,最关键的是，落实属地责任")
    assert aspects.prose_aspect("乡村治理最重要的是,凝聚村民共识。") == aspects.RECOMMENDATION


def test_weighted_frame_before_a_person_a_state_or_a_noun_is_no_measure():
    assert not aspects.weighted_measure("最重要的是,她本人一直愿意倾听各方意见")
    assert not aspects.weighted_measure("最重要的是，家庭越富裕，花在食品上的比例越低")
    assert not aspects.weighted_measure("乡村治理最重要的是人才")


# -------------------------------------------------------------------------------------- a balance a meeting demands

def test_balance_demand_chain_keeps_its_later_relationships():
    text = ("会议指出,招商是发展之基。要进一步统一思想、提高认识,综合研判全区招商工作面临的压力,切实增强责任感,把握好招大引强与培育本土企业的关系,"
            "把握好项目数量与项目质量的关系,把握好当前与长远的关系,扎实做好各项工作。\n")
    _, rec = _points(text)
    assert any("项目数量与项目质量的关系" in p for p in rec)
    assert any("当前与长远的关系" in p for p in rec)


def test_balance_verbs_open_an_imperative():
    assert aspects.starts_imperative("把握好发展与安全的关系")
    assert aspects.starts_imperative("平衡好保护与开发的关系")
    assert not aspects.starts_imperative("把握十足")


# ------------------------------------------------------------------------------------ pinyin in lenticular brackets

def test_pinyin_notes_in_lenticular_brackets_are_removed():
    assert strip_pinyin_notes("管理权限依然不【bú】清,职【zhí】责不够明确") == "管理权限依然不清,职责不够明确"
    assert strip_pinyin_notes("【新闻】园区动态") == "【新闻】园区动态"  # (a bracketed label, no toned vowel)
    assert "【" not in clean("园区管委会的权限依然不【bú】清,职【zhí】责配置还不【bú】够规范。").text


def test_pinyin_glossed_problem_sentence_is_a_challenge():
    ch, rec = _points("近年来,园区数量增长较快。然而【ér】,园区管委会的权限依然不【bú】清,职【zhí】责配置还不【bú】够规范。\n")
    assert any("权限依然不清" in p for p in ch)
    assert not any("权限" in p for p in rec)


# ------------------------------------------------------------------------------------ a meeting's agenda and purpose

def test_meeting_agenda_names_topics_only():
    assert aspects.topic_narration_start("会议聚焦企业反映的融资贵、招工难等问题,请有关部门现场答复") == 0
    assert aspects.topic_narration_start("會議還研究了關于支持小微企業發展若干措施、園區道路改造等工作") == 0
    assert aspects.topic_narration_start("会议要求,各部门要聚焦融资贵、招工难等问题,拿出硬招实招") is None
    assert aspects.topic_narration_start("会议指出,当前企业融资贵、招工难问题依然突出") is None


def test_event_purpose_or_nature_is_narration():
    assert register.narrates_event("本次“政企早餐会”的目的就是要帮助企业解决发展中的难题")
    assert register.narrates_event("此次座谈会是贯彻落实区委关于优化营商环境的要求")
    assert register.narrates_event("李主任表示,本次“政企早餐会”的目的就是要帮助企业解决发展中的难题")
    assert not register.narrates_event("本次检查中发现的问题是台账不全")
    assert not register.narrates_event("他说,本次检查发现的问题是台账不全")
    assert not register.narrates_event("此次整改要在月底前完成")


def test_meeting_agenda_and_purpose_give_no_points():
    text = ("6月3日,开发区召开企业家座谈会。会议聚焦企业关心的用地指标、物流成本、人才公寓等问题,请区自然资源局与企业家面对面交流。"
            "本次座谈会的目的就是要帮助企业解决发展中的堵点难点。会议还研究了关于支持外贸企业稳订单若干措施、园区绿化提升等工作。\n")
    ch, rec = _points(text)
    assert not any(k in p for p in ch + rec for k in ("会议聚焦", "目的就是", "会议还研究"))


# ------------------------------------------------------------------------------------ a quotation cited with its source

def test_cited_quote_spans():
    text = "“要抓紧解决拖欠工程款问题。”摘自2008年市政府工作报告。记者说:“要加快审批。”"
    spans = aspects.cited_quote_spans(text)
    assert [text[a:b] for a, b in spans] == ["“要抓紧解决拖欠工程款问题。”"]
    assert aspects.cited_quote_spans("记者说:“要加快审批。”") == []


def test_quoted_past_report_lines_give_no_recommendation():
    text = ("“抓紧解决拖欠工程款问题。”摘自2008年市政府工作报告。“建立工程款按时支付的长效机制。”"
            "摘自2009年市政府工作报告。十多年过去,这些话仍被工友们记在心里。\n")
    assert _points(text)[1] == []


# ---------------------------------------------------------------------------------- quoted problems a meeting named

def test_quoted_problem_run_spans():
    s = "“冷链设施不足”“物流成本偏高”“品牌影响力弱”……座谈会上,代表们直言不讳地指出了当前农产品上行还存在的诸多问题。"
    assert [s[a:b] for a, b in quoted_problem_run_spans(s)] == ["冷链设施不足", "物流成本偏高", "品牌影响力弱"]
    assert quoted_problem_run_spans("“最多跑一次”“一网通办”……改革成效明显。") == []  # (no problem noun after the run)
    assert quoted_problem_run_spans("“冷链设施不足”……") == []  # (one phrase is no run)
    run = "“要加快建设冷链”“要降低物流成本”……代表们围绕存在的问题提出建议。"
    assert quoted_problem_run_spans(run) == []  # (demands quoted, no problems)


def test_quoted_problem_run_split_by_its_ellipsis_reads_the_next_sentence():
    s = "“冷链设施不足”“物流成本偏高”……"
    assert len(quoted_problem_run_spans(s, "座谈会上,代表们指出了农产品上行存在的诸多问题。")) == 2
    assert quoted_problem_run_spans(s, "座谈会上,代表们畅所欲言。") == []


def test_quoted_problems_in_a_suggestions_report_are_challenges():
    text = ("代表建言乡村物流发展\n\n7月2日,县人大召开乡村物流专题座谈会。\n\n多角度建言乡村物流\n\n"
            "“冷链设施不足”“物流成本偏高”“品牌影响力弱”……座谈会上,代表们直言不讳地指出了当前农产品上行还存在的诸多问题。\n\n"
            "代表们建议,要加快建设县乡村三级物流体系,统筹整合快递资源,降低农产品运输成本。\n")
    ch, _ = _points(text)
    assert sum(any(k in p for p in ch) for k in ("冷链设施不足", "物流成本偏高", "品牌影响力弱")) == 3
