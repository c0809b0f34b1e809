"""A written question enumerated over items, as Hong Kong's Legislative Council and Macau's Legislative Assembly print
it (trad58): each item closes with a semicolon (``；`` / ``;``, ``；及`` before the last) and only the last with the
question mark. An item that asks whether the government will take a measure (``會否研究…``, ``會不會考慮…``,
``有否計劃推行…``) proposes it, as ``可否…？`` does in a list of questions that each end with a question mark; an item
that asks for figures or an account (``…為何；``) proposes nothing. Each case on a text of the test's own, Traditional
and the same text in Simplified."""

from costs import assert_linear
from summarizer import points
from summarizer import structure as S
from summarizer.pipeline import summarize_document
from summarizer.script import simplified_view

QUESTION = ("據報，近年本港學童的精神健康問題日益嚴重，輪候精神科服務的時間長達兩年，不少學童得不到適時支援。"
            "就此，政府可否告知本會：\n"
            "(一)過去三年，學童輪候精神科服務的平均時間為何；\n"
            "(二)會否研究在學校增設駐校心理學家，並推行「一校兩社工」措施，以及早識別有需要的學童；\n"
            "(三)當局會否研究加強對單親家庭學童的支援，並建立社區協作機制，避免有關學童被邊緣化；及\n"
            "(四)有否評估現行的學生輔導服務是否足夠；若有，詳情為何；若否，原因為何？\n")


def _points(text: str) -> dict[str, list[str]]:
    doc = summarize_document(text)
    return {side: [p.text for e in doc.essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


def _proposing_markers(text: str) -> list[str]:
    view = simplified_view(text)
    structure = S.parse(view)
    items = [it for it in structure.items if it.run == 0]
    return [it.marker for it in points._semicolon_question_items(view, items)]


def test_semicolon_items_that_ask_for_a_measure_propose_it():
    assert _proposing_markers(QUESTION) == ["(二)", "(三)"]
    # (有否評估 asks whether a thing was done, an account; 有否計劃 asks for a plan, a measure)
    planned = QUESTION.replace("(一)過去三年，學童輪候精神科服務的平均時間為何；",
                               "(一)醫管局有否計劃推行措施，縮短學童輪候精神科服務的時間；")
    assert _proposing_markers(planned) == ["(一)", "(二)", "(三)"]
    spoken = QUESTION.replace("(二)會否研究", "(二)教育局會不會考慮")
    assert _proposing_markers(spoken) == ["(二)", "(三)"]


def test_the_convention_needs_every_item_closed_by_a_semicolon_and_the_last_by_a_question_mark():
    no_mark = QUESTION.replace("原因為何？", "原因為何。")
    assert _proposing_markers(no_mark) == []
    not_closed = QUESTION.replace("以及早識別有需要的學童；", "以及早識別有需要的學童")
    assert _proposing_markers(not_closed) == []


def test_written_question_measures_are_recommendations_in_either_script():
    for text in (QUESTION, simplified_view(QUESTION)):
        got = _points(text)
        recs = [simplified_view(r) for r in got["recommendations"]]
        assert any(r.startswith("会否研究在学校增设驻校心理学家") for r in recs), got
        assert any(r.startswith("当局会否研究加强对单亲家庭学童的支援") for r in recs), got
        assert not any("平均时间为何" in r or "原因为何" in r for r in recs), got
        assert any(simplified_view(c).startswith("据报，近年本港学童的精神健康问题日益严重") for c in got["challenges"])


def _run_items(text: str) -> None:
    view = simplified_view(text)
    structure = S.parse(view)
    runs: dict[int, list] = {}
    for it in structure.items:
        if it.run >= 0:
            runs.setdefault(it.run, []).append(it)
    for items in runs.values():
        points._semicolon_question_items(view, items)


def test_semicolon_question_items_is_linear():
    # (many items, the last closed by the question mark: every item is read; the structure's run keeps under 1,000)
    assert_linear(lambda n: _run_items("".join(f"({i})會否研究增設駐校社工，並推行新措施；\n" for i in range(1, n + 1))
                                       + f"({n + 1})原因為何？\n"), 10, "semicolon_question_items over many items")
    # (one item of a very long line of clauses)
    assert_linear(lambda n: _run_items("(一)過去三年的數字為何；\n(二)會否研究" + "增設駐校社工，" * n + "並推行新措施；\n"
                                       "(三)原因為何？\n"), 200, "semicolon_question_items over a long item")
