"""k7984: a profile that turns from its advantages to a run of shortfalls, where the shortfalls end in an excess or a
mediocre degree (``年龄偏大``, ``发展一般``) and a clause of plain fact (``现有教师十五人``) gives the next shortfall its
subject (Part 80's village profile kind), on small texts of the tests' own."""

from costs import assert_linear

from summarizer import points as P
from summarizer.pipeline import summarize_document


def _challenges(text):
    return [p.text for e in summarize_document(text).essays for p in e.challenges]


def test_excess_and_mediocre_degrees_end_shortfall_clauses():
    assert P._shortfall_clause("教师平均年龄偏大")
    assert P._shortfall_clause("办学质量一般")
    assert P._shortfall_clause("班级人数过多")
    assert not P._shortfall_clause("一般")


def test_fact_clause_inside_turned_run_is_read_past():
    s = "南湾小学地处镇中心，校舍整洁，但是图书资源一直偏少；办学质量一般；现有教师十五人，教师平均年龄偏大。"
    got = [s[a:b] for a, b in P.turned_shortfalls(s)]
    assert got == ["图书资源一直偏少", "办学质量一般", "教师平均年龄偏大"]


def test_fact_clause_at_run_end_is_not_taken():
    s = "南湾小学地处镇中心，校舍整洁，但是图书资源一直偏少，办学质量一般，现有教师十五人。"
    got = [s[a:b] for a, b in P.turned_shortfalls(s)]
    assert got == ["图书资源一直偏少", "办学质量一般"]


def test_profile_weaknesses_come_out_as_challenges():
    ch = _challenges("南湾小学情况介绍\n南湾小学地处镇中心，校舍整洁，但是图书资源一直偏少；办学质量一般；现有教师十五人，"
                     "教师平均年龄偏大，骨干教师少。今年学校新建了塑胶跑道。\n")
    assert any("图书资源" in p for p in ch) and any("年龄偏大" in p for p in ch)
    assert not any("校舍整洁" in p for p in ch)


def test_turned_run_linear():
    assert_linear(lambda n: P.turned_shortfalls("校舍整洁，但是" + "现有教师十五人，教师年龄偏大，" * n + "。"), 200,
                  "turned shortfalls with fact clauses")
    assert_linear(lambda n: P.turned_shortfalls("校舍整洁但是" + "有" * n), 2000, "one unpunctuated clause")


def test_two_fact_clauses_read_past_but_not_three():
    s = "后河村位于某镇北部，交通便利，但是村集体经济一直较弱；个体经济发展一般；全村有党员十五名，只有两名女党员，党员平均年龄偏大。"
    got = [s[a:b] for a, b in P.turned_shortfalls(s)]
    assert got == ["村集体经济一直较弱", "个体经济发展一般", "党员平均年龄偏大"]
    s = "校舍整洁，但是图书资源一直偏少，办学质量一般，现有教师十五人，有学生三百名，有班级六个，教师年龄偏大。"
    assert [s[a:b] for a, b in P.turned_shortfalls(s)] == ["图书资源一直偏少", "办学质量一般"]


def test_rating_option_is_no_shortfall_cell():
    assert not P.shortfall_cell("C.一般")
    assert P.shortfall_cell("办学质量一般")
    assert P.shortfall_cell("教师年龄偏大")
