"""demands33: a plea asked as a question (``政府会否考虑…``, ``询问当局可否…``) after a complaint in one sentence is the
complaint's measure tail: the clauses before it a challenge, the question's act a recommendation; idioms of hardship
(水深火热, 危如累卵) state a problem. Small texts of the test's own."""

from summarizer import points
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_asked_measure_clause():
    assert points._asked_measure("政府会否考虑设计一个预警机制")
    assert points._asked_measure("当局可否增加繁忙时间的班次")
    assert points._asked_measure("询问政府会否设计一个预警机制")  # (a verb of asking: any act)
    assert not points._asked_measure("学校会不会倒闭")  # (no act asked for)
    assert not points._asked_measure("政府会否")  # (nothing after the word)
    assert points.measure_tail_clause("政府会否考虑设立预警机制")


def test_question_tail_splits_complaint_and_measure():
    ch, rec = _points("议员张明提问，零售业的失业率高企，员工生活困难，政府会否考虑设计一个预警机制，"
                      "当单一行业失业率超过某个水平，就暂停引入外地劳工。局长回应称，会密切留意。")
    assert any("员工生活困难" in c for c in ch)
    assert not any("员工生活困难" in r for r in rec)
    assert any(r.startswith("政府会否考虑设计一个预警机制") for r in rec)


def test_asking_verb_tail_after_hardship_idiom():
    ch, rec = _points("工联会议员张明形容行业员工处于水深火热之中，询问政府会否设计一个预警机制，"
                      "当单一行业失业率超过某个数字，就暂停引入外地劳工。")
    assert any("水深火热" in c for c in ch)
    assert any("设计一个预警机制" in r for r in rec)
    assert not any("设计一个预警机制" in c for c in ch)


def test_point_stopping_before_its_tail_takes_the_tail():
    # a long speaker's frame: the recommendation first read stops before the question; the tail is the measure
    ch, rec = _points("工聯會九龍東立法會議員張明提問，零售業和飲食業的失業率接近8%，行業員工處於水深火熱之中，"
                      "政府會否考慮設計一個「預警機制」，當單一行業失業率超過某個數字，就暫停引入外地勞工。")
    assert any("水深火熱之中" in c for c in ch)
    assert any(r.startswith("政府會否考慮設計") and "暫停引入外地勞工" in r for r in rec)
    assert not any("水深火熱" in r for r in rec)


def test_broadcaster_tag_opening_a_paragraph_is_no_part_of_the_demand():
    for tag in ("【本台消息】", "【Now新聞台】", "【中央社讯】"):
        _ch, rec = _points(tag + "市长将于下月发表施政报告，居民协会期望政府重新推出公交优惠计划。巴士候车时间已增至半小时。")
        assert any("期望政府重新推出公交优惠计划" in r for r in rec), tag
        assert not any("【" in r for r in rec)
    # a column's tag (not an outlet's) still opens an author blurb: no point
    assert _points("【张三专栏】居民协会期望政府重新推出公交优惠计划。") == ([], [])


def test_demand_chain_closed_by_a_second_demand_gives_one_point_per_act():
    s = "居民协会又要求增加夜间班次，在新市镇设立小巴总站，并建议政府研究引入电动巴士，为营办商提供补贴。"
    assert points.demand_chain_clauses(s) == [(7, 13), (14, 24), (25, 47)]
    _ch, rec = _points(s + "巴士候车时间已增至半小时，情况严重。")
    assert "增加夜间班次" in rec and "在新市镇设立小巴总站" in rec
    assert any(r.endswith("为营办商提供补贴") for r in rec)


def test_demand_list_with_no_second_demand_stays_whole():
    assert points.demand_chain_clauses("代表张三建议增设路灯，并加强宣传教育，提高村民安全意识。") == []
    # a clause that opens with no measure breaks the chain
    assert points.demand_chain_clauses("工会要求增加人手，工作量太大，并建议政府检讨政策。") == []
    # linear on a long clause with no punctuation
    assert points.demand_chain_clauses("协会要求" + "增" * 100000) == []


def test_quoted_slogan_subtitle_gives_its_demands():
    _ch, rec = _points("规管劏房咨询结束 基层租客提交意见书\n「床位纳入监管 人均面积必须计\n制定起始租金 安置政策要妥善」\n"
                       "政府两个月的规管制度咨询今日完结。劏房居住环境恶劣，租金高昂，基层租客苦不堪言。")
    assert any(r.startswith("床位纳入监管") for r in rec)
    assert any(r.startswith("制定起始租金") for r in rec)
    # a quoted remark of two phrases that demand nothing is no slogan line
    assert not points._slogan_phrase("就是想听听大家的声音")
    _ch, rec = _points("他说：「我们今天来 就是想听听大家的声音」。住房问题严重。")
    assert rec == []


def test_slogan_scan_is_linear():
    text = "「" + "床位纳入监管 " * 20000
    assert list(points._SLOGAN_LINE.finditer(text)) == []
