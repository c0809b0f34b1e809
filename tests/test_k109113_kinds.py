"""Kinds fixed by helper k109113 (session forty-one) from Parts 109-113's open fault lists, each on a small text
written for the test (no corpus text)."""

from costs import assert_linear

from summarizer import points as P
from summarizer.pipeline import summarize_document


def _sides(text: str) -> tuple[list[str], list[str]]:
    r = summarize_document(text)
    return ([p.text for e in r.essays for p in e.challenges],
            [p.text for e in r.essays for p in e.recommendations])


# --- a complaint and its ask in one sentence (…情形时有所闻，…，建请/建议…): two points, each on its side ---

def test_proposal_ask_is_a_measure_tail():
    # 建议 / 建请 / 促请 after a complaint's clauses open its remedy, as 应该 / 希望 do
    assert P.measure_tail_clause("建议交通部门加强上下学时段的路面检查")
    assert P.measure_tail_clause("建请交通部门加强路面检查")
    assert not P.measure_tail_clause("建议")  # (nothing after the word)


def test_complaint_before_jianqing_in_a_list_item_is_a_challenge():
    for text in ("本会年会建议事项如下:\n一、校车超载接送学生的情形时有所闻,不仅危及学生安全,也让家长忧心忡忡,"
                 "建议交通部门加强上下学时段的路面检查。\n二、建议延长校车补贴的发放年限。\n",
                 "本會年會建議事項如下:\n一、校車超載接送學生的情形時有所聞,不僅危及學生安全,也讓家長憂心忡忡,"
                 "建請交通部門加強上下學時段的路面檢查。\n二、建請延長校車補貼的發放年限。\n"):
        ch, rec = _sides(text)
        assert any(p.startswith(("校车超载", "校車超載")) for p in ch), ch
        assert not any("路面" in p for p in ch), ch  # (the challenge stops before the ask)
        assert any(p.startswith(("建议交通部门", "建請交通部門")) for p in rec), rec
        assert not any("超载" in p or "超載" in p for p in rec), rec


def test_member_complaint_before_wish_past_the_speaker_frame():
    # 委员某某表示，A而忽略了B，影响C，希望当局…: the member's complaint, past the frame, is a challenge
    for text in ("区议会昨日举行会议。委员刘志明表示,有关部门只顾着增设公厕而忽略了现有公厕的清洁,影响附近商户及居民,"
                 "希望当局加强巡查现有公厕的卫生。\n",
                 "委員劉志明表示,有關部門只顧着增設公廁而忽略了現有公廁的清潔,影響附近商戶及居民,"
                 "希望當局加強巡查現有公廁的衛生。\n"):
        ch, rec = _sides(text)
        assert any(p.startswith(("有关部门只顾着", "有關部門只顧着")) for p in ch), ch
        assert not any("委员" in p or "委員" in p for p in ch), ch
        assert any("巡查现有公厕" in p or "巡查現有公廁" in p for p in rec), rec


def test_recurrence_verdict_shiyousuowen():
    from summarizer import aspects as asp
    assert asp.states_verdict("校车超载接送学生的情形时有所闻")


def test_tail_cut_cost_is_linear():
    item = "校车超载接送学生的情形时有所闻,也让家长忧心忡忡,建议交通部门加强路面检查。"
    assert_linear(lambda n: summarize_document(item * n), 40, "many complaint-and-ask sentences")
