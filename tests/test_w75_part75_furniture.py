"""w75: page furniture of Part 75 (ids 3980-4021) read as the writer's words.

* Keyword lines a content farm injects between the commas of one sentence (``…審議會,`` ⏎ ``dg百家樂`` ⏎
  ``,經濟部長…``): :func:`summarizer.clean._remove_comma_spliced_lines` removes them by their shape (a short line with no
  clause mark, a comma before it and a comma opening the line after it), whatever their words; the sentence reads whole
  and a point may span the removed line (it is flagged as markup).
* A widget's empty state on a line of its own (``尚未有任何通知,趕快去參與討論吧!``, ``还没有评论,快来抢沙发吧!``): the
  ``empty_widget`` rule of ``resources/boilerplate.txt``.
* A squeeze on a sector's money named as a noun (``…形成長期性的營運擠壓``): the ``prose_challenge`` cue group.

Texts of the tests' own; linearity by costs.assert_linear (CPU-time ratios, no clock bounds)."""

from __future__ import annotations

from costs import assert_linear

from summarizer.clean import clean
from summarizer.pipeline import summarize_document


def _points(text: str) -> dict[str, list[str]]:
    essays = summarize_document(text).essays
    return {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


def test_keyword_lines_between_commas_are_removed():
    text = ("市府昨天召開公車路網檢討會,\n\n團購美食推薦\n\n,交通局長表示路線不調整,\n外送平台\n"
            ",被質疑漠視偏鄉需求。\n")
    ct = clean(text)
    assert ct.text == "市府昨天召開公車路網檢討會,交通局長表示路線不調整,被質疑漠視偏鄉需求。"
    assert ct.removed.get("seo_spam", 0) == len("團購美食推薦") + len("外送平台") + 2  # (and the two opening commas)


def test_keyword_line_in_latin_letters_is_removed():
    ct = clean("補助一再延宕,\nseo優化\n,業者苦不堪言。\n")
    assert ct.text == "補助一再延宕,業者苦不堪言。"


def test_prose_lines_stay():
    # a line that ends its sentence, a line with a clause mark, a longer line: no injected keyword
    for text in ("補助一再延宕。\n市府回應\n,將再研議。\n",
                 "補助一再延宕,\n市府回應:會改善\n,將再研議。\n",
                 "補助一再延宕,\n市府昨天回應外界質疑時表示相關單位\n,將再研議。\n",
                 "補助一再延宕,\n市府回應\n將再研議。\n"):
        assert clean(text).removed.get("seo_spam", 0) == 0, text


def test_point_spans_the_removed_line():
    text = ("主管機關本月將召開水價審議會,\n\n線上娛樂城推薦\n\n,部長昨天表示水價不調漲,\n\n網站排名優化\n\n"
            ",被質疑為選舉考量。然而水庫淤積嚴重,\n\n汽車美容\n\n,供水設施老化問題長期未能解決。\n")
    essays = summarize_document(text).essays
    points = [p for e in essays for p in e.challenges]
    assert any("淤積嚴重,供水設施老化" in p.text for p in points)
    for p in points + [p for e in essays for p in e.recommendations]:
        assert "娛樂城" not in p.text and "汽車美容" not in p.text
        # the original slice holds the injected line; the point's text does not
        if "淤積" in p.text:
            assert "汽車美容" in text[p.start:p.end]


def test_spliced_lines_linear():
    assert_linear(lambda n: clean("句子,\n關鍵字\n," * n + "完。\n"), 500, "keyword lines between commas")
    assert_linear(lambda n: clean("\n," * n), 500, "lines of a comma")
    assert_linear(lambda n: clean("字" * n + "\n"), 20_000, "one long line")


def test_empty_widget_lines_are_removed():
    for line in ("尚未有任何通知,趕快去參與討論吧!", "还没有评论,快来抢沙发吧!", "暂无评论", "尚無介紹"):
        ct = clean(f"讀者投書\n{line}\n偏鄉公車路線長期虧損。\n")
        assert line not in ct.text and "偏鄉公車路線長期虧損" in ct.text
        assert ct.removed.get("empty_widget", 0) > 0
    # prose that says something is missing stays
    ct = clean("目前没有评论机制对此进行约束,问题长期存在。\n")
    assert "目前没有评论机制" in ct.text


def test_notification_widget_is_no_challenge_and_squeeze_is_one():
    points = _points("讀者投書\n通知\n尚未有任何通知,趕快去參與討論吧!\n會員中心\n"
                     "投書 偏鄉診所被犧牲的真相\n近年健保給付一再凍結,實質上已對偏鄉診所形成長期性的財務擠壓。\n")
    assert not any("尚未有任何通知" in p for p in points["challenges"] + points["recommendations"])
    assert any("財務擠壓" in p for p in points["challenges"])


# --- w75: the writer's statements behind a setting, a byline and other parties' words (Part 75's 3988, 4012, 4015)

def test_byline_and_date_glued_to_the_paragraph_are_removed():
    ct = clean("研究中心主任 王大明、研究院研究員 陳小華 2021-03-08 目前長者院舍輪候時間過長。\n")
    assert ct.text == "目前長者院舍輪候時間過長。"
    assert ct.removed.get("author_byline", 0) > 0
    # a date after a sentence, or a name with no role, stays
    assert "王大明" in clean("王大明 2021-03-08 目前長者院舍輪候時間過長。\n").text
    assert clean("会议于2021-03-08 召开。\n").removed.get("author_byline", 0) == 0


def test_setting_clause_before_a_shortcoming_gives_the_challenge():
    from summarizer import aspects
    assert aspects.after_background_turn("随着人口老化,养老服务供给严重不足,质量参差不齐") == len("随着人口老化,")
    assert aspects.after_background_turn("随着人口老化,医疗费用持续增长") == 0  # one predicate: the trend told on
    assert aspects.after_background_turn("随着城市发展,社区组织日益重要") == 0  # the scene only
    assert aspects.after_background_turn("随着人口老化,政府应加大养老投入") == 0  # a measure: not read here
    points = _points("社区养老调研\n近年来社区服务有所发展。随着人口老化,养老服务供给严重不足,质量参差不齐。政府应加大投入。\n")
    assert any("养老服务供给严重不足" in p for p in points["challenges"])


def test_authorities_ongoing_plan_is_no_advice():
    from summarizer import aspects
    assert aspects.reports_ongoing_plan("当局现正探讨优化长者医疗券计划")
    assert aspects.reports_ongoing_plan("政府正在研究延长资助年限")
    assert not aspects.reports_ongoing_plan("政府应正视长者医疗需求")
    assert not aspects.reports_ongoing_plan("我正在研究这个问题")  # no official subject
    points = _points("長者醫療券的金額多年未調整,長者負擔沉重。當局現正探討優化長者醫療券計劃,"
                     "醞釀社區護理先導計劃。政府應盡快提高醫療券金額。\n")
    assert not any("現正探討" in p for p in points["recommendations"])
    assert any("提高醫療券金額" in p for p in points["recommendations"])


def test_reported_assurance_in_a_concession_is_no_advice():
    from summarizer import aspects
    text = "尽管水公司强调将持续确保供水稳定,并会加强设备维护,但用水缺口仍将扩大。"
    spans = aspects.reported_concession_spans(text)
    assert spans and spans[0][0] == 0 and text[spans[0][1] - 1] == "但"
    assert aspects.reported_concession_spans("尽管我们一再强调要节约用水,但浪费依然严重。") == []
    points = _points("各界持續憂心的供水問題,儘管水公司強調將持續確保供水穩定,並會加強水廠設備維護,"
                     "以提高供水系統的可靠度,但新園區陸續啟用,用水缺口勢將急遽擴大。政府應及早規劃新水源。\n")
    assert not any("確保供水穩定" in p or "可靠度" in p for p in points["recommendations"])
    assert any("新水源" in p for p in points["recommendations"])


def test_quoted_letter_appeals_are_no_advice():
    from summarizer import aspects
    text = "县里发布了一封信。信中写道“回来吧!积极为家乡发展建言献策!”年轻人仍在离开。"
    spans = aspects.quoted_letter_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].startswith("信中写道“") and text[spans[0][1] - 1] == "”"
    assert aspects.quoted_letter_spans("他说“要加强管理”。") == []  # a person's words: other rules read them
    points = _points("8月2日某縣人社局發布了一封《致返鄉大學生的一封信》。信中說道“畢業了,就別再走了!誠邀各位青年發揮專業優勢,"
                     "積極為家鄉發展建言獻策!”\n\n從這封信可以看到越來越多的年輕人離開小城的現狀。小城的企業少,工資低,這是很現實的問題。\n")
    assert not any("建言獻策" in p for p in points["recommendations"])
    assert any("工資低" in p for p in points["challenges"])


def test_new_readings_linear():
    from summarizer import aspects
    assert_linear(lambda n: aspects.reported_concession_spans("尽管政府强调" + "字" * n + "。"), 20_000,
                  "a concession with no end")
    assert_linear(lambda n: aspects.reported_concession_spans("尽管政府强调会改善," * n), 2_000,
                  "many concessions")
    assert_linear(lambda n: clean("主任 张三 " * n + "2020-01-01 正文。\n"), 2_000, "a long byline run")
    assert_linear(lambda n: aspects.quoted_letter_spans("信中写道“" * n), 2_000, "unclosed letter quotations")


def test_section_heading_opening_with_a_noun_shape_splits_no_essay():
    # a column's second section heading opens with 研究 (a title_shape noun that only ends a title): one essay
    text = ("某某專欄｜議會的轉型\n\n議會需要一場靜默卻深刻的變革，從議論走向研究。\n\n現屆議會會期即將終止。社會對議會的期望早已"
            "超越過往的議政模式，期盼其能成為推動社會進步的力量。\n\n議會關係新範式\n\n議政背後必須有數據、證據與分析作為支撐，"
            "否則只會流於空談，難以解決複雜的社會問題。\n\n研究型立法具迫切性\n\n香港目前面臨的多重挑戰，無一不需要基於深度研究的"
            "立法應對。現行法規大多停留於上世紀90年代的水平，嚴重滯後於社會發展需要。\n\n以飲食業為例，現行條例仍以管制為主，"
            "而非通過立法促進產業發展，業界屢次反映牌照審批程序繁複、耗時過長，新興業態更是無法可依。\n")
    assert [e.title for e in summarize_document(text).essays] == ["某某專欄｜議會的轉型"]
