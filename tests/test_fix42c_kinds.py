"""fix42c (a late tryout of the day's merges): an emoji inside a line cut its point off at the emoji, and one opening
the page's title line made it a bullet; a jammed forum page took a product list, versions and code for jammer runs;
a listed strength that turns to its shortfall gave no challenge; ``还要说的是，`` lost its 还 and stood on both sides;
a table row of names gave a challenge. Small texts of the tests' own."""

import pytest
from costs import assert_linear

from summarizer import aspects as asp
from summarizer.clean import _jammer_tokens, _random_marks, clean, emoji_edits
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


# --- 1. emoji inside a line -------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, point", [
    ("农民😀工工资拖欠严重。", "农民工工资拖欠严重"),
    ("当前社区停车👍🏽难，老旧小区设施老化。", "当前社区停车难，老旧小区设施老化"),
    ("用户反映iPhone15Pro😡发热严重，影响使用。", "用户反映iPhone15Pro发热严重，影响使用"),  # (as without the emoji)
    ("家庭👨‍👩‍👧‍👦医生签约率低，服务不到位。", "家庭医生签约率低，服务不到位"),
    ("绿化🌳覆盖率低。", "绿化覆盖率低"),
])
def test_an_emoji_inside_a_line_never_cuts_its_point(line, point):
    text = "一、存在的问题\n" + line + "\n"
    doc = summarize_document(text)
    points = [p for e in doc.essays for p in e.challenges]
    assert [p.text for p in points] == [point]
    # (the offsets cover the source sentence, emoji included)
    src = text[points[0].start:points[0].end]
    assert src.startswith(point[:2]) and src.endswith(point[-2:])


def test_an_emoji_opening_the_title_line_is_removed_not_a_bullet():
    text = "🏠 社区治理🚗报告\n当前社区停车难，老旧小区设施老化。\n要加快推进老旧小区改造。\n"
    assert clean(text).text.startswith("社区治理报告\n")
    assert summarize_document(text).essays[0].title == "社区治理报告"


def test_emoji_opening_a_run_of_lines_stay_bullets():
    # (the first of several emoji-marked lines is an item, not the title)
    edits = emoji_edits("🔥 停车难\n🔥 看病贵\n")
    assert [r for _, _, r, _ in edits] == ["•", "•"]


# --- 2. jammer runs need random marks ---------------------------------------------------------------------------

_JAMMED = ("论坛帖子\n小区停车难，物业不作为。2 @9 t+ a( Q0 I4 {' M% D\n; t1 ]\" e6 S. i$ Z( o建议业主委员会介入。\n"
           "物业回复慢。l8 y+ q# W3 z6 f1 J\"_\n")


@pytest.mark.parametrize("line, kept", [
    ("我们测试了 C++ / C# / F# 和 Java 语言，问题较多。", "C#"),
    ("型号 X-1, Y-2, Z-3, W-4 都有缺陷：电池不足。", "X-1, Y-2, Z-3, W-4"),
    ("代码 if (x > 0) { y = a[i] + b; } 运行报错。", "a[i]"),
    ("版本 v1.2 v1.3 v2.0 v2.1 均有 bug。", "v1.2 v1.3 v2.0 v2.1"),
])
def test_a_jammed_page_keeps_product_names_versions_and_code(line, kept):
    cleaned = clean(_JAMMED + line + "\n").text
    assert kept in cleaned
    assert "@9" not in cleaned and "i$" not in cleaned  # (the jammer runs still go)


@pytest.mark.parametrize("run, random", [
    (" 2 @9 t+ a( Q0 I4 {' M% D ", True), (" l8 y+ q# W3 z6 f1 J\"_ ", True),
    (" X-1, Y-2, Z-3, W-4 ", False), (" v1.2 v1.3 v2.0 v2.1 ", False), (" C++ / C# / F# ", False),
    (" if (x > 0) { y = a[i] + b; } ", False)])
def test_random_marks(run, random):
    assert _random_marks(run) is random


def test_jammer_tokens_inside_a_line():
    assert _jammer_tokens(" tvb now,tvbnow,bttvb, l8 y+ q# W3 z6 f1 J\"_")
    assert not _jammer_tokens(" X-1, Y-2, Z-3, W-4 ")
    assert not _jammer_tokens(" if (x > 0) { y = a[i] + b; } ")


def test_ratios_grades_and_models_are_no_jammer_runs():
    # (lead, after a second tryout: on a page with no jammer at all, ratio and grade lists counted as jammer runs
    # inside lines, reached the page's gate and were cut out with the rest of their sentence)
    text = ("小区停车调研\n目前各小区车位配比为 1:2 3:4 5:6 10% 不等，停车难问题突出。\n"
            "部分小区收费上涨 3/4 1/2 5% 8.5% 不等，居民负担过重。\n老旧小区绿化率仅 A+ B- C+ D 级，环境问题严重。\n"
            "建议将车位配比统一提高到 1:1 2:1 3:1 5% 以上。\n")
    cleaned = clean(text)
    assert "jammer" not in cleaned.removed
    challenges, recommendations = _points(text)
    assert challenges == ["目前各小区车位配比为 1:2 3:4 5:6 10%不等，停车难问题突出",
                          "部分小区收费上涨 3/4 1/2 5% 8.5%不等，居民负担过重", "老旧小区绿化率仅 A+B-C+D 级，环境问题严重"]
    assert recommendations == ["建议将车位配比统一提高到 1:1 2:1 3:1 5%以上"]
    for line, kept in [("型号有这些 RTX-4090 i7-13700K A/B M.2 都有问题。", "A/B M.2"),
                       ("分数这样 3/4 1/2 5% 8.5% 不等。", "8.5%")]:
        cleaned_jammed = clean(_JAMMED + line + "\n").text
        assert kept in cleaned_jammed and "@9" not in cleaned_jammed
    assert not _jammer_tokens(" 1:2 3:4 5:6 10% ") and not _jammer_tokens(" 3/4 1/2 5% 8.5% ")


# --- 3. a listed strength that turns to its shortfall -----------------------------------------------------------

def test_a_strength_that_turns_to_its_shortfall_gives_its_challenge():
    challenges, _ = _points("调研报告\n我市发展有几个优势。一是区位优越，但交通短板明显。二是人才充足，但住房保障不足。\n")
    assert challenges == ["区位优越，但交通短板明显", "人才充足，但住房保障不足"]
    challenges, _ = _points("调研报告\n我市发展有几个优势。一是区位优越。二是人才充足。\n")
    assert challenges == []


@pytest.mark.parametrize("item, turns", [("一是区位优越，但交通短板明显。", True), ("二是人才充足，却住房保障不足。", True),
                                         ("三是没有城乡之间的巨大差距。", False), ("一是区位优越，但也有人才。", False)])
def test_merit_turns_to_shortfall(item, turns):
    assert asp.merit_turns_to_shortfall(item) is turns


# --- 4. 还要说的是: a discourse frame ---------------------------------------------------------------------------------

def test_a_framed_shortfall_under_measures_is_a_challenge_only():
    challenges, recommendations = _points("我的看法\n我觉得要解决这个问题：\n1. 政府应该建停车场。\n2. 还要简化审批。\n"
                                          "3. 还要说的是，物业收费太高。\n")
    assert "还要说的是，物业收费太高" in challenges
    assert recommendations == ["政府应该建停车场", "要简化审批"]
    assert not set(challenges) & set(recommendations)


@pytest.mark.parametrize("item, framed", [("3. 还要说的是，物业收费太高。", True), ("还要指出，老旧小区设施老化。", True),
                                          ("也要看到，停车位严重不足。", True), ("还要简化审批。", False),
                                          ("还要说的是，要简化审批。", False)])
def test_frames_shortfall(item, framed):
    assert asp.frames_shortfall(item) is framed


# --- 6. a row of names in a table -------------------------------------------------------------------------------

def test_a_row_labelled_as_names_gives_no_point():
    challenges, recommendations = _points("调研报告\n| 类别 | 问题 | 建议 |\n|---|---|---|\n| 交通 | 停车难 | 建停车场 |\n"
                                          "| 医疗 | 看病难 | 增加医院 |\n| 姓名 | 王大难 | 无 |\n")
    assert challenges == ["停车难", "看病难"]
    assert recommendations == ["建停车场", "增加医院"]


# --- costs ------------------------------------------------------------------------------------------------------

def test_costs_stay_linear():
    assert_linear(lambda n: emoji_edits("🏠" + "社区" * n + "\n" + "停车😀难。" * n), 2_000, "emoji lines")
    assert_linear(lambda n: _random_marks(" a( {' [x " * n), 2_000, "marks")
    assert_linear(lambda n: asp.frames_shortfall("还要说的是，" + "停车" * n + "难。"), 2_000, "a framed item")
    assert_linear(lambda n: asp.merit_turns_to_shortfall("区位优越，但" * n + "交通短板明显。"), 2_000, "turns")
