"""A verb of finding whose own clause only announces findings (发现了一些问题，A，B，C): the count is no point, the
clauses after it are (points._announced_findings, points.comma_run_items)."""
import pytest

from summarizer import summarize
from summarizer.points import _announced_findings, comma_run_items


@pytest.mark.parametrize("found, expected", [
    ("一些问题", True), ("不少方面的不足", True), ("以下问题", True), ("几个短板", True),
    ("问题", False),  # bare: a method (发现问题，找到矛盾), read by _BARE_FOUND
    ("一些村民不知情", False), ("不少问题仍未解决", False),
])
def test_announced_findings(found, expected):
    assert _announced_findings(found) is expected


def test_the_announcement_is_no_item_of_the_run():
    s = "检查组在督查中发现了一些问题，应急物资储备不足，安全培训不到位，消防设施老化严重。"
    aspect, items = comma_run_items(s)
    assert aspect == "challenge"
    assert [s[a:b].rstrip("。") for a, b in items] == ["应急物资储备不足", "安全培训不到位", "消防设施老化严重"]


def test_summary_points_leave_the_count_out():
    text = "检查组在督查中发现了一些问题，应急物资储备不足，安全培训不到位，消防设施老化严重。"
    essay = summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["应急物资储备不足", "安全培训不到位", "消防设施老化严重"]
    assert all(text[p.start:p.end] == p.text for p in essay.challenges)


def test_linear_on_a_long_line():
    assert _announced_findings("一些" + "问" * 100_000) is False


def test_a_noun_holding_a_modal_character_opens_no_subjectless_clause():
    from summarizer.points import subject_clause_start
    noun = "仓库管理混乱，应急物资储备不足"
    start = noun.index("应急")
    assert subject_clause_start(noun, start, len(noun), 60) == (start, len(noun))
    modal = "仓库管理混乱，应加强物资储备"
    start = modal.index("应加强")
    assert subject_clause_start(modal, start, len(modal), 60) == (0, len(modal))


@pytest.mark.parametrize("predicate", ["不完整", "不达标", "未落实"])
def test_shortcoming_predicates_of_inspection_findings(predicate):
    from summarizer import aspects
    assert aspects.challenge_strength("部分单位的台账" + predicate) >= 1


def test_inspection_findings_are_one_challenge_each():
    text = "督查组在暗访中发现了一些问题，部分社区应急台账不完整，个别单位整改措施未落实，两处消防设施检测不达标。"
    essay = summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["部分社区应急台账不完整", "个别单位整改措施未落实", "两处消防设施检测不达标"]
