"""hk35 (issue 8, Part 56): audit findings reported in news, the authorities' own plans and speeches as reported,
and a page's date field glued to a later paragraph. Small texts of the tests' own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.clean import clean
from summarizer.pipeline import summarize_document


def _points(text: str) -> dict[str, list[str]]:
    return {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
            for side in ("challenges", "recommendations")}


def test_date_field_after_title_and_breadcrumb_is_removed():
    text = ("某報：公營街市空置率偏高\n\n新聞網 > 要聞 > 社會\n"
            " date 2025-08-17 審計處指出，多個公營街市的攤位空置率超過三成，租金收入持續減少。\n")
    out = clean(text).text
    assert "date" not in out and "2025-08-17" not in out
    assert "審計處指出，多個公營街市" in out


def test_date_word_inside_prose_is_kept():
    out = clean("文章討論了 update 2025-08-17 的版本。\n").text
    assert "update 2025-08-17" in out


def test_audit_body_finding_is_read_as_challenge():
    said = asp.news_aspect("审计署说，经查核，公营街市的摊位空置率由三成升至四成，显示街市的管理成效不足。")
    assert said == (True, asp.CHALLENGE)
    # a figure with no shortfall stated is no finding of a problem
    assert asp.news_aspect("审计署说，经查核，街市租金收入由两亿元增至三亿元。") == (True, None)


def test_attribute_shortfall_keeps_its_subject_clause():
    s = ("审计处指出，市政府以土地出让收入作为道路维修的主要财源，稳定性不足，且维修开支短短三年间增加了一倍，"
         "但财政局推估未来收入的增幅只有两成。")
    a, b = pts.cue_window(s, 0, len(s), asp.CHALLENGE, 60)
    assert s[a:b].startswith("市政府以土地出让收入作为道路维修的主要财源，稳定性不足")


def test_finding_after_xianshi_starts_the_window():
    s = ("又因新的排放标准于去年修订后越趋严格，道路基金获配的燃油税收入也由三百亿元逐年减少为"
         "二百六十亿元，显示道路基金的财源高度依赖燃油税，财源稳定性不足。")
    a, b = pts.cue_window(s, 0, len(s), asp.CHALLENGE, 60)
    assert s[a:b] == "道路基金的财源高度依赖燃油税，财源稳定性不足"


def test_official_quoted_announcing_agency_plan_is_no_point():
    text = ("某某表示，醫管局在下季起會增加人手處理收費減免的申請，每個聯網會有小隊負責，確保流程暢順，"
            "不會造成混亂。")
    got = _points(text)
    assert got == {"challenges": [], "recommendations": []}


def test_vice_minister_speech_and_bureau_reply_are_no_points():
    text = ("內政部常務次長某某致詞表示，政府持續以社會住宅帶動居住政策，透過租金補貼等多元措施，全面落實居住正義。\n\n"
            "房屋局回覆議員的書面質詢時強調，現行法例已規定申請者須為本地居民，修訂草案沒有考慮設定居住年限。\n")
    got = _points(text)
    assert got == {"challenges": [], "recommendations": []}


def test_denied_disorder_is_no_deficiency():
    assert not asp._prose_deficits("确保流程畅顺，不会造成混乱")
    assert asp._prose_deficits("流程混乱，市民无所适从")


def test_new_readers_are_linear():
    assert_linear(lambda n: clean(" date 2025-08-17 審計處指出，空置率偏高。\n" * n), 500, "date fields on many lines")
    assert_linear(lambda n: clean(" date 2025-08-17" + " " * n + "審計處"), 10_000, "a date field and a long space run")
    assert_linear(lambda n: pts.cue_window("稳定性不足，" * n + "显示财源不足。", 0, 6 * n + 7, asp.CHALLENGE, 60),
                  500, "many short shortfall clauses")
    assert_linear(lambda n: asp.news_aspect("审计署说，" + "空" * n), 10_000, "an audit finding with no punctuation")


def test_audit_finding_warning_of_harm_is_a_challenge_cut_to_the_warning():
    s = "审计署说，据运输署推估，街市租金收入的年增幅只有百分之二，未及维修开支的增幅，恐影响街市的长远营运。"
    assert asp.news_aspect(s) == (True, asp.CHALLENGE)
    body = s[len("审计署说，"):]
    a, b = pts.cue_window(body, 0, len(body), asp.CHALLENGE, 30)
    assert body[a:b] == "恐影响街市的长远营运"
    assert not asp.warns_of_harm("恐龙化石展览吸引大批市民")
    assert_linear(lambda n: asp.warns_of_harm("恐" * n), 10_000, "a run of 恐")
