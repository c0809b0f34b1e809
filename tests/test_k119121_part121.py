"""Part 121's kinds (Traditional Chinese council interpellations, town-council minutes, a legislator's post, a thesis
abstract), fixed by k119121: each reading on small texts of the tests' own."""

import re

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.clean import clean
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    flat = lambda side: [re.sub(r"\s+", "", p.text) for e in essays for p in getattr(e, side)]
    return flat("challenges"), flat("recommendations")


def _spans(sentence):
    got = pts.problem_then_appeal(sentence)
    assert got is not None
    problem, fix = got
    return (sentence[problem[0]:problem[1]] if problem else None), sentence[fix[0]:fix[1]]


# --- an appeal after a problem, with its speaker between the comma and the verb ---

def test_appeal_after_named_speaker_splits_problem_and_fix():
    s = "议员张文雄指出,河滨公园的步道龟裂,照明也不足,张文雄要求工务局尽快编列经费整修。"
    problem, fix = _spans(s)
    assert problem == "河滨公园的步道龟裂,照明也不足"
    assert fix == "要求工务局尽快编列经费整修"


def test_appeal_after_pronoun_speaker_reads_any_problem_clause():
    # (the clause right before the appeal states no shortfall by itself; the one before it does)
    s = "另外,市场旁的停车格数量过少,货车只能并排停放,他建议交通局增设卸货专用格。"
    problem, fix = _spans(s)
    assert problem.endswith("市场旁的停车格数量过少,货车只能并排停放")
    assert fix == "建议交通局增设卸货专用格"


def test_appeal_after_councillor_title_and_setting():
    s = "车站后方的空地堆满废弃物,无人清理,李议员在质询中要求环保局限期清除。"
    problem, fix = _spans(s)
    assert problem == "车站后方的空地堆满废弃物,无人清理"
    assert fix == "要求环保局限期清除"


def test_no_speaker_for_an_unnamed_subject():
    # (a subject the sentence never named is no speaker: no split at its verb)
    verbs = asp.longest_first("appeal_after_problem")
    s = "路面坑洞很多,驾驶人反映多次,管委会要求住户配合。"
    comma = s.index("管委会") - 1
    assert pts._appeal_speaker_end(s, comma + 1, comma, verbs) == -1
    s2 = "议员王大同指出,路面坑洞很多,王大同要求市府修补。"
    comma2 = s2.rindex(",")
    assert pts._appeal_speaker_end(s2, comma2 + 1, comma2, verbs) == s2.index("要求")


def test_topic_lead_in_before_shortfalls_keeps_the_problem():
    s = "对于河堤旁的两栋旧仓库,杂草丛生,无人管理,陈议员要求市府协调产权单位拆除。"
    problem, fix = _spans(s)
    assert problem == "河堤旁的两栋旧仓库,杂草丛生,无人管理"
    assert fix == "要求市府协调产权单位拆除"


def test_interpellation_news_gives_hardship_and_request_apart():
    text = ("本報訊 縣議會昨天總質詢。議員黃志明指出,海口漁港的防波堤破損,漁船進出港險象環生,黃志明要求縣府爭取中央補助修復。"
            "此外,漁港旁的公廁年久失修,遊客抱怨連連,他建議觀光處納入明年度預算改建。\n")
    ch, rec = _points(text)
    assert any("防波堤破損" in p for p in ch) and not any("防波堤破損" in p for p in rec)
    assert any("爭取中央補助修復" in p for p in rec) and not any("爭取中央補助修復" in p for p in ch)


# --- the answering official named bare after his title ---

def test_official_named_before_by_title():
    before = ["县议员吴美华陪同居民会勘。", "公路局副局长林建国表示,该路段已多次坍方。"]
    assert asp.official_named_before("林建国指出,边坡须做全面调查与整治规划。", before)
    assert asp.official_named_before("林建国指出,须从法规研议。", ["林建国局长昨天会同议员会勘现场。"])


def test_official_named_before_needs_a_councillor_asking():
    # (no council member before: a premier's or minister's report in a news item is its content)
    before = ["总理李建华在工作报告中坦承,还存在不少问题。"]
    assert not asp.official_named_before("李建华说,发展不平衡问题依然突出。", before)
    # (a deputy who also holds a post, 市人大代表、…党委书记某某, asks: no official answering)
    before = ["市人大代表、花园社区党委书记陈丽芳建议增设充电桩。"]
    assert not asp.official_named_before("陈丽芳说,老旧小区没有预留充电空间。", before)


def test_councillor_named_bare_is_no_official():
    before = ["县议员吴美华昨天陪同居民会勘。"]
    assert not asp.official_named_before("吴美华指出,须尽快改善排水。", before)
    # (a verb of answering before the name is no title: 回应议员某某)
    assert not asp.official_named_before("吴美华指出,须尽快改善排水。", ["局长回应吴美华的质询。"])
    assert not asp.official_named_before("吴美华指出,须尽快改善排水。", [])


def test_answering_official_reply_gives_no_point():
    text = ("本報訊 縣議員許雅婷昨天陪同社區居民會勘溪邊道路,居民表示每逢颱風道路就中斷,要求中央專案補助改善。\n"
            "許雅婷也希望縣府把這條道路列入優先改善名單。\n"
            "水利署副署長鄭文彬表示,該溪段河道淤積,已是多年的問題。\n"
            "鄭文彬指出,河道的長期整治,須將淤積原因做通盤的調查與清疏規劃,至於經費來源,須從法規等方面再研議。\n")
    ch, rec = _points(text)
    assert any("優先改善名單" in p for p in rec)
    assert not any("淤積原因" in p or "再研議" in p for p in ch + rec)


# --- a question's opening condition ---

def test_past_opening_condition():
    assert asp.past_opening_condition("若乡镇人力不足,县府能否派员协助?") == "县府能否派员协助?"
    assert asp.past_opening_condition("县府能否派员协助?") == "县府能否派员协助?"
    assert asp.past_opening_condition("人力不足,县府能否派员协助?") == "人力不足,县府能否派员协助?"


def test_conditional_question_asks_for_measure():
    assert asp.asks_for_measure("若乡镇人力不足,县府能否提供支援人力?")
    assert not asp.asks_for_measure("人力严重不足,县府能否提供支援人力?")  # (a complaint, no condition)


def test_conditional_question_items_are_recommendations():
    text = ("偏鄉學童的課後照顧一直是難題。\n一、照顧人力不足\n許多學校只有一名課後班老師,學童人數卻逐年增加。\n"
            "我想請問教育處:\n✅ 是否能放寬課後班教師的聘用資格?\n✅ 若學校無力自行聘請老師,縣府能否統籌派遣支援人力?\n")
    ch, rec = _points(text)
    assert any("統籌派遣支援人力" in p for p in rec)
    assert not any("統籌派遣支援人力" in p for p in ch)


# --- a worst difficulty named through a copula ---

def test_superlative_difficulty_without_de():
    assert asp.superlative_fault("农会要转型的最大困难就是缺乏资金")
    assert asp.superlative_fault("这项政策最大的问题是只顾眼前")
    assert not asp.superlative_fault("最大困难就是什么?")


def test_difficulty_verdict_stays_a_challenge():
    text = ("摘 要 本研究探討部落合作社的經營;其推動方式宜結合公部門輔導與族人自主、因地制宜。研究發現,"
            "合作社要走向穩定經營的最大困難就是「缺乏專業經理人」的培養、主要原因是年輕族人長期外流所造成。"
            "本文以一個合作社八年的運作為例,說明其歷程。\n")
    ch, rec = _points(text)
    assert any("缺乏專業經理人" in p for p in ch)
    assert not any("缺乏專業經理人" in p for p in rec)


# --- minutes typed as printed: a numbered request wrapped mid-sentence ---

def test_wrapped_numbered_request_joins_its_line():
    text = ("里民大會紀錄\n里長報告:\n(一)社區公園的遊具生鏽,家長反映多次,請公所儘速\n更換遊具,並加裝防撞地墊。\n"
            "(二)巷口路燈時常不亮,請工務課\n派員檢修,並回報處理進度。\n")
    out = clean(text).text
    assert "請公所儘速更換遊具" in out and "請工務課派員檢修" in out
    ch, rec = _points(text)
    assert any("請公所儘速更換遊具" in re.sub(r"\s", "", p) for p in rec)


def test_numbered_sentences_list_joins_a_wrapped_item():
    # (the list's other numbered lines are sentences: the one with no end was wrapped)
    text = ("會議紀錄\n(一)圖書館的開放時間太短,學生放學後無法使用。\n(二)館內座位不足,假日一位難求,館方應\n增加閱覽座位。\n"
            "(三)兒童區的書籍老舊,請館方汰換。\n")
    assert "館方應增加閱覽座位" in clean(text).text
    # (one sentence line of the family is not enough: the unended line may be a heading)
    one = "會議紀錄\n(一)圖書館的開放時間太短,學生放學後無法使用。\n(二)館內座位不足,假日一位難求,館方應\n增加閱覽座位。\n"
    assert "館方應\n增加" in clean(one).text


def test_heading_of_another_family_stays_a_heading():
    # (二、 over (一)… sentences: a heading of its own, not wrapped into the paragraph below)
    text = ("二、把防汛工作纳入年度考核,确保责任落实\n根据有关要求,各乡镇要压实责任。\n"
            "(一)凡涉及河道的工程,建设单位必须征求水利部门意见。\n(二)汛期前各单位要完成隐患排查。\n")
    out = clean(text).text
    assert "确保责任落实\n根据" in out


def test_a_superlative_that_asks_states_no_fault():
    # (lead51, the CI run of the merged code: tests/test_corpus22b_kinds.py) the difficulty nouns k119121 added to
    # superlative_fault made a reporter's quoted question a challenge: a question asks, it states no fault
    from summarizer.aspects import superlative_fault

    assert not superlative_fault("“您认为加装电梯最大的困难是什么？”记者问道。")
    assert not superlative_fault("老人们说，这里最大的困难是什么呢？")
    assert not superlative_fault("他接着问：最大的难题是哪些方面？")
    assert superlative_fault("要走向自主经营的最大困难就是缺乏稳定的资金来源。")
    assert superlative_fault("当局近年最大的失误是做事拖拉，不够果断。")  # (read on the Simplified view)


def test_wrapped_request_opener_read_in_either_script():
    # (the request verbs are the ``request_opener`` group of resources/cues.txt, matched in the Simplified view:
    # 懇請 and 恳请 alike; a clause that merely holds 請 later does not open a request)
    from summarizer.clean import _opens_request
    assert _opens_request("宿舍的熱水時有時無,懇請總務處")
    assert _opens_request("宿舍的热水时有时无，恳请总务处")
    assert _opens_request("宿舍的熱水時有時無, 建議校方")
    assert not _opens_request("宿舍的熱水時有時無,學生多次請假")
    assert not _opens_request("請總務處派員檢修")  # (no comma: not the last clause of a longer line)
    text = ("宿舍座談紀錄\n(一)熱水供應時有時無,同學多次反映,懇請總務處\n儘速檢修鍋爐,並公告維修時程。\n"
            "(二)洗衣機數量不足,假日排隊過久,建議宿委會\n增購兩台洗衣機。\n")
    out = clean(text).text
    assert "懇請總務處儘速檢修鍋爐" in out and "建議宿委會增購兩台洗衣機" in out
