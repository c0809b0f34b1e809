"""Part 50's fault kinds (council32) on small inputs of the tests' own: a numbered list whose long one-line items
(past points.SECTION_POINT_CHARS) sit among shorter ones; a problem item whose sentence turns to its remedy."""

from summarizer.pipeline import summarize_document
from summarizer.aspects import _bodiless_statement
from summarizer.structure import parse


def _recs(text):
    return [p.text for e in summarize_document(text).essays for p in e.recommendations]


def test_long_one_line_item_among_short_items_is_a_point():
    text = ("居民代表提出了以下意見:\n"
            "1. 建議在公園增設有蓋休憩處,並為長者座椅加裝扶手,方便行動不便的街坊歇息;\n"
            "2. 建議延長圖書館的開放時間;\n")
    recs = _recs(text)
    assert any("有蓋休憩處" in p and "加裝扶手" in p for p in recs)
    assert any("圖書館" in p for p in recs)


def test_long_item_before_a_closing_ji_is_a_point():
    text = ("居民代表提出了以下意見:\n"
            "1. 建議延長圖書館的開放時間;\n"
            "2. 建議社署主動聯絡區內的護老者,為他們安排暫託服務,減輕他們長期照顧家人的壓力;及\n"
            "3. 建議增加街市的攤位;\n")
    recs = _recs(text)
    assert any("暫託服務" in p for p in recs)
    assert len(recs) == 3


def test_bodiless_statement_takes_end_punctuation_and_a_closing_ji():
    text = ("建议如下：\n1．建议在公园增设有盖休憩处，并为长者座椅加装扶手，方便行动不便的街坊歇息；及\n"
            "2．社区设施\n公园的座椅太少，长者无处歇息，街坊多有怨言，盼望改善。\n"
            "3．建议在屋苑入口加装「访客登记系统」，要求管理处记录来访者，以便追查。\n")
    st = parse(text)
    first, second, third = st.items[0], st.items[1], st.items[2]
    assert _bodiless_statement(st, first, "recommendation") is True
    assert _bodiless_statement(st, first, "challenge") is False
    assert _bodiless_statement(st, second, "recommendation") is False  # a short label over its body
    assert _bodiless_statement(st, third, "recommendation") is True  # a bare proposal, whatever its action holds


def test_run_in_problem_item_turning_to_its_remedy_gives_both():
    text = ("居民對新巴士路線不滿,問題主要有兩方面:其一,班次不足,繁忙時間候車時間過長,因此建議運輸署要求營辦商加密班次。"
            "其二,車站數量不足,長者步行距離過長,因此建議當局在屋苑門口增設中途站。")
    d = summarize_document(text)
    ch = [p.text for e in d.essays for p in e.challenges]
    rec = [p.text for e in d.essays for p in e.recommendations]
    assert any("加密班次" in p for p in rec) and any("中途站" in p for p in rec)
    assert not any("建議" in p or "促請" in p for p in ch)
    assert any("車站數量不足" in p for p in ch)


def test_turn_parts_reads_a_proposal_verb_right_after_the_connective():
    from summarizer.points import turn_parts
    s = "车站数量不足，长者步行距离过长，因此建议当局在屋苑门口增设中途站。"
    turn, spans = turn_parts(s)
    assert s[:turn] == "车站数量不足，长者步行距离过长"
    assert [s[a:b] for a, b in spans] == ["建议当局在屋苑门口增设中途站"]
    assert turn_parts("车站数量不足，因此建筑工人步行距离过长。") is None  # (建筑: no verb of proposing)


def test_causes_announced_in_a_proposal_letter_are_problems_and_their_remedies_recommendations():
    # a letter whose subject line names proposals (事由:…的建議) over a paragraph that announces two causes
    text = ("事由:有關公共泳池開放安排的建議\n"
            "局長您好!今年暑假多個公共泳池暫停開放,不少市民對此非常不滿。\n"
            "綜觀而論,事件的原因可歸納為兩大主因: 其一,救生員人手嚴重不足,現時的招聘安排未能吸引新人入行。"
            "上述安排只按學歷篩選,這顯然是不合理的,因此建議當局放寬救生員的入職要求。\n"
            "其二,泳池設施老化,維修工程經常延誤。因此,建議政府設立泳池維修專項撥款,並公佈維修時間表。\n")
    d = summarize_document(text)
    ch = [p.text for e in d.essays for p in e.challenges]
    rec = [p.text for e in d.essays for p in e.recommendations]
    assert any("救生員人手嚴重不足" in p for p in ch) and any("設施老化" in p for p in ch)
    assert not any("救生員人手" in p or "設施老化" in p for p in rec)
    assert any("放寬救生員的入職要求" in p for p in rec)
    assert any("維修專項撥款" in p for p in rec)


def test_turn_parts_takes_a_prose_deficiency_before_the_turn():
    from summarizer.points import turn_parts
    s = "单凭学历筛选，这显然是不合理的，因此建议当局放宽入职要求。"
    turn, spans = turn_parts(s)
    assert s[:turn] == "单凭学历筛选，这显然是不合理的"
    assert [s[a:b] for a, b in spans] == ["建议当局放宽入职要求"]


def test_jianqing_motions_after_a_colon_are_one_recommendation_each():
    # a Taiwan council report lists the motions passed as 建請… parts of one sentence
    text = ("鄉民代表會昨天審查提案,共四案均獲照案通過。各提案分別是:建請鄉公所爭取經費修繕活動中心屋頂;"
            "建請增設國小路口的行人號誌;建請鄉公所研議延長垃圾車的收運時間;建請爭取補助興建長青食堂。")
    rec = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    for words in ("活動中心屋頂", "行人號誌", "垃圾車", "長青食堂"):
        assert sum(words in p for p in rec) == 1, words


def test_jianqing_is_a_proposal_verb_and_a_strong_modal():
    from summarizer.aspects import _bare_proposal, strong_modal
    assert _bare_proposal("建请乡公所争取经费修缮活动中心屋顶")
    assert strong_modal("建请县府研议延长收运时间")
    assert not strong_modal("县府研议延长收运时间")


def test_pronoun_demand_follows_a_council_member_not_an_official():
    from summarizer.points import pronoun_demand
    s = "她要求市府增设夜间托育服务。"
    member = ["市议员王美玲在总质询时指出，本市夜间托育不足。", "许多轮班家长求助无门。"]
    assert [s[a:b] for a, b in pronoun_demand(s, member)] == ["要求市府增设夜间托育服务"]
    official = member + ["局长回应，明年将检讨托育政策。"]
    assert pronoun_demand(s, official) == []  # (the nearest speaker is the official)
    assert pronoun_demand(s, ["许多轮班家长求助无门。"]) == []  # (no council member to stand for)
    assert pronoun_demand("她认为市府的政策很好。", member) == []  # (no demand)


def test_pronoun_demand_after_a_councillor_is_a_recommendation():
    text = ("市議員王美玲在總質詢時指出,本市夜間托育名額嚴重不足,輪班家長求助無門。"
            "她要求市府在各區增設夜間托育服務。\n")
    rec = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    assert any("增設夜間托育服務" in p for p in rec)


def test_hyphenation_point_bullets_are_list_items():
    from summarizer.structure import parse
    text = ("以下是幾點建議：\n‧善用閒置校舍，增設社區托兒所：區內托兒名額嚴重不足。\n"
            "‧延長服務時間，照顧輪班家長：現時服務只到下午五時。\n")
    st = parse(text)
    assert [(it.family, it.marker) for it in st.items] == [("bullet", "‧"), ("bullet", "‧")]
    # (read as the bullets markdown lists become: the same points)
    points = [(p.text, side) for e in summarize_document(text).essays for side in ("challenges", "recommendations")
              for p in getattr(e, side)]
    assert points and points == [(p.text, side) for e in summarize_document(text.replace("‧", "•")).essays
                                  for side in ("challenges", "recommendations") for p in getattr(e, side)]


def test_an_officials_reply_gives_no_point_a_prescribed_reply_stays():
    from summarizer.points import _official_reply_points
    from summarizer.sentences import split_sentences
    from summarizer.points import RawPoint
    text = "《施政报告》应正面回应这些忧虑，例如阐明教育资源的分配原则。署长在回应时表示，署方不断改善交通问题，增设快线。"
    sentences = split_sentences(text)
    a, b = 0, text.index("，例如")
    c = text.index("署方")
    out = {"challenge": [RawPoint("challenge", c, c + 10, 0.0)], "recommendation": [RawPoint("recommendation", a, b, 0.0)]}
    _official_reply_points(text, sentences, out)
    assert [text[p.start:p.end] for p in out["recommendation"]] == [text[a:b]]
    assert out["challenge"] == []
