"""Sibling measures after a run-in measure heading: ``解决这个问题，要A。同时要B。还要C。`` is a list in prose, each
sentence that opens with an ordinal or an adding word and prescribes its own point; the sentences that argue the
heading (reasons, examples, elaboration) stay its argument (runin45; texts written for this test)."""

from __future__ import annotations

import pytest

import summarizer
from costs import assert_linear
from summarizer import points

LEAD = "近年来，社区养老服务供给不足的问题日益凸显。许多老人独居在家，日常照料无人承担。\n"
MODES = ({}, {"aspect_model": False})


def _points(text: str, **kw) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text, **kw).essays[0]
    return [p.text for p in essay.recommendations], [p.text for p in essay.challenges]


@pytest.mark.parametrize("kw", MODES)
def test_adding_words_after_run_in_heading(kw):
    text = LEAD + ("解决这个问题，要增加社区养老服务站点，方便老人就近获得照料。同时要培养专业护理人员，提升服务质量。"
                   "还要完善财政补贴制度，减轻老人家庭负担。")
    recs, _ = _points(text, **kw)
    for want in ("增加社区养老服务站点", "培养专业护理人员", "完善财政补贴制度"):
        assert any(want in r for r in recs), (want, recs)


@pytest.mark.parametrize("kw", MODES)
def test_short_ordinal_sibling_with_modal(kw):
    # 其次要B。 is too short for its words to tell its aspect: the ordinal and the modal say it is one more measure
    text = LEAD + ("破解这一难题，首先要增加社区养老服务站点，方便老人就近获得照料。其次要培养护理人员。"
                   "最后要完善财政补贴制度，减轻老人家庭负担。")
    recs, _ = _points(text, **kw)
    for want in ("增加社区养老服务站点", "培养护理人员", "完善财政补贴制度"):
        assert any(want in r for r in recs), (want, recs)


@pytest.mark.parametrize("kw", MODES)
def test_argument_with_adding_word_is_no_sibling(kw):
    # 同时 here adds a remark to the heading's argument, prescribing nothing: no measure of its own
    text = LEAD + ("解决这个问题，需要增加社区养老服务站点。同时，站点的布局往往与老人的实际需求并不匹配，"
                   "这一点在老旧小区尤为明显。")
    recs, _ = _points(text, **kw)
    assert recs == ["解决这个问题，需要增加社区养老服务站点"] or recs == ["需要增加社区养老服务站点"], recs


def test_adding_challenge_after_root_cause():
    # the challenge side: 根源在于A。此外B。 keeps B as one more problem
    text = ("这个问题的根源在于基层服务能力不足，护理人员流失严重。此外，社区养老站点的经费十分有限，难以维持日常运转。\n"
            "解决这个问题，要加强护理人员队伍建设。")
    for kw in MODES:
        _, chs = _points(text, **kw)
        assert any("经费十分有限" in c for c in chs), (kw, chs)


@pytest.mark.parametrize("sentence, prescribes, expected", [
    ("同时要培养专业护理人员。", False, True),
    ("还要完善财政补贴制度。", False, True),
    ("其次，应当加强培训。", False, True),
    ("二是加强培训，提升服务质量。", True, True),
    ("二是加强培训，提升服务质量。", False, False),
    ("同时，站点布局并不合理。", False, False),
    ("这是因为人才是关键。", True, False),
    ("例如，某县增加了站点。", True, False),
])
def test_sibling_measure(sentence, prescribes, expected):
    assert points._sibling_measure(sentence, prescribes) is expected


def test_sibling_measure_cost():
    assert_linear(lambda n: points._sibling_measure("同时" * n), 2000, "adding words without end")
    assert_linear(lambda n: summarizer.summarize(LEAD + "解决这个问题，要增加站点。" + "同时要培养护理人员。" * n,
                                                 aspect_model=False), 50, "many sibling measures")


def test_adding_word_after_a_heading_that_names_its_problem_argues_it():
    # 解决X问题，需要Y。 labels its paragraph (as its sibling paragraphs do): what 另外 adds argues the label; an
    # ordinal still opens a sibling measure
    text = LEAD + ("解决养老服务问题，需要增加财政投入。许多社区养老站点经费紧张，运转困难。另外，完善护理补贴制度，"
                   "稳定护理人员队伍。\n解决养老服务问题，需要加强人才培养。")
    recs, _ = _points(text, aspect_model=False)
    assert not any("完善护理补贴制度" in r for r in recs), recs
    assert points._sibling_measure("另外，完善护理补贴制度。", True, adding=False) is False
    assert points._sibling_measure("其次，完善护理补贴制度。", True, adding=False) is True


@pytest.mark.parametrize("heading, expected", [
    ("解决这个问题，要增加站点", True), ("破解这一难题，首先要增加站点", True), ("针对上述问题，应增加站点", True),
    ("解决养老服务问题，需要增加投入", False),
])
def test_heading_refers_back(heading, expected):
    assert (points._HEADING_REFERS_BACK.match(heading) is not None) is expected
