"""A council member's written question states its premise as views reported without a speaker (fix60c):
``有意見認為，…``, ``亦有意見認為，…``, ``此外，有意見認為，…``. There the view is the member's own premise, not
another voice the author argues against: the problem it names is a challenge, the course it urges a recommendation.
Outside a written question (no asking frame such as ``就此，政府可否告知本會``) the reading is unchanged. Texts of the
test's own."""

from costs import assert_linear
from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.script import simplified_view

QUESTION = ("立法會六題：屋邨升降機維修\n\n"
            "以下是今日在立法會會議上黃議員的提問和房屋局局長的書面答覆：\n\n"
            "問題：\n\n"
            "近年，公共屋邨升降機故障的投訴不斷上升。有意見認為，維修承辦商人手不足。"
            "亦有意見認為，升降機機齡偏高、保養欠佳，影響居民出入安全。另有意見認為，當局應設立升降機更換基金。"
            "就此，政府可否告知本會：\n\n"
            "（一）過去三年，公共屋邨升降機每年的故障數字為何；及\n"
            "（二）當局會否考慮加強巡查維修承辦商的表現？\n\n"
            "答覆：\n\n主席：\n\n"
            "（一）過去三年，房屋署每年接獲約二千宗升降機故障報告。\n"
            "（二）房屋署會繼續監察承辦商的表現。\n")


def _points(text: str) -> dict[str, list[str]]:
    doc = summarize_document(text)
    return {side: [p.text for e in doc.essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


def test_reported_views_of_a_written_question_are_its_points():
    got = _points(QUESTION)
    assert any(p.endswith("維修承辦商人手不足") for p in got["challenges"]), got
    assert any("機齡偏高、保養欠佳" in p for p in got["challenges"]), got
    assert any(p.endswith("當局應設立升降機更換基金") for p in got["recommendations"]), got
    assert not any("更換基金" in p for p in got["challenges"]), got


def test_the_same_text_in_simplified_gives_the_same_points():
    got = _points(simplified_view(QUESTION))
    assert any("机龄偏高、保养欠佳" in p for p in got["challenges"]), got
    assert any(p.endswith("当局应设立升降机更换基金") for p in got["recommendations"]), got


def test_unnamed_view_frame_and_written_question_frame():
    assert asp.unnamed_view_said_end("有意见认为，现行罚则不足") == 6
    assert asp.unnamed_view_said_end("此外，有意见认为，当局应…") == 9
    assert asp.unnamed_view_said_end("亦有声音指出：…") == 7
    assert asp.unnamed_view_said_end("有人认为，…") == 0  # (a person, not a view: left to the news readers)
    assert asp.unnamed_view_said_end("专家认为，…") == 0
    assert asp.reports_written_question(["近年…。", "就此，政府可否告知本会："])
    assert not asp.reports_written_question(["有意见认为，现行罚则不足。", "我们认为应当加强执法。"])


def test_unnamed_view_frame_is_linear():
    assert_linear(lambda n: asp.unnamed_view_said_end("有意见认为" * n), 2000, "repeated frame words")
    assert_linear(lambda n: asp.reports_written_question(["有意见认为，A不足。"] * n), 2000, "many sentences")
