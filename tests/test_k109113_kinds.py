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


# --- a resident's hardship before the wish it asks (有街坊反映，A，B十分吃力，期望当局…) ---

def test_hardship_chili_before_wish_is_a_challenge():
    ch, rec = _sides("有家长反映,镇上小学没有校车,孩子每天步行上学十分吃力,期望教育部门能开通接送专线。\n")
    assert any("十分吃力" in p for p in ch), ch
    assert any("开通接送专线" in p for p in rec), rec


# --- a wish set off by a comma before the authority it addresses (我们期望，政府…困难，并…) ---

def test_framed_wish_is_a_recommendation():
    from summarizer import aspects as asp
    s = "我们期望,市政府认真倾听外卖骑手在保险、休息以至工伤上遇到的种种困难,并安排专款改善他们的保障。"
    assert asp.framed_wish(s)
    assert asp.sentence_aspect(s) == "recommendation"
    assert not asp.framed_wish("我们不希望,政府再次失误。")
    assert not asp.framed_wish("我们期望,政府的困难何时才能解决?")
    ch, rec = _sides(s + "\n")
    assert not any("专款" in p for p in ch), ch


def test_framed_wish_cost_is_linear():
    from summarizer import aspects as asp
    assert_linear(lambda n: asp.framed_wish("期望" * n), 20_000, "a long run of wishes")
    assert_linear(lambda n: asp.framed_wish("我们" + "，" * n), 20_000, "a long line of commas")


# --- 唯有A、B，才能C: the actions listed with 、 are the measures, as with a comma ---

def test_only_way_with_listed_actions_is_a_measure():
    from summarizer import aspects as asp
    s = "唯有提高乡村教师待遇、改善教师周转宿舍条件,才能真正把年轻教师留在村小。"
    assert asp.necessary_condition_measure(s)
    assert not asp.necessary_condition_measure("唯有坚持、奋斗,才能成功。")  # (too short to be actions)
    ch, rec = _sides("村小年轻教师流失严重,根源在于待遇偏低而住宿简陋。" + s + "\n")
    assert any("提高乡村教师待遇" in p for p in rec), rec


def test_listed_actions_cost_is_linear():
    from summarizer import aspects as asp
    assert_linear(lambda n: asp._listed_actions("提高待遇、" * n), 5_000, "many listed actions")
    assert_linear(lambda n: asp.necessary_condition_measure("唯有" + "、" * n + "才能"), 20_000, "a run of 、")
