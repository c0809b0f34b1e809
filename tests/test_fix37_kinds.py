"""fix37 (a new user's faults on main): numbering that goes on across a section line, an inline list's last item
that swallowed the list of the next sentence, an item heading that asserts a problem exists, ordinals read as
tallies of work done, linking clauses as points, and a speaker's or a column's label kept in a point. Small texts of
the tests' own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer import register
from summarizer.pipeline import names_section, summarize_document
from summarizer.structure import parse


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


_CONTINUED = ("主要问题：\n1. 社区医生数量偏少。\n2. 药品供应渠道不畅。\n改进建议：\n3. 要招聘全科医生。\n"
              "4. 要拓宽药品采购渠道。\n5. 要推行家庭医生签约。")


def test_numbering_continued_under_a_measures_line_gives_recommendations():
    ch, rec = _points(_CONTINUED)
    assert ch == ["社区医生数量偏少", "药品供应渠道不畅"]
    assert rec == ["要招聘全科医生", "要拓宽药品采购渠道", "要推行家庭医生签约"]
    ch, rec = _points(_CONTINUED.rsplit("\n", 1)[0])  # (two measures: the first one is kept too)
    assert rec == ["要招聘全科医生", "要拓宽药品采购渠道"]


def test_a_section_line_splits_the_run():
    items = parse(_CONTINUED, names_section).items
    assert [it.value for it in items] == [1, 2, 3, 4, 5]
    assert items[0].run == items[1].run != items[2].run == items[3].run == items[4].run
    # (no section line between: one run; a plain body line between titled items: one run)
    plain = parse("1. 社区医生数量偏少。\n2. 药品供应渠道不畅。\n3. 要招聘全科医生。", names_section).items
    assert len({it.run for it in plain}) == 1


def test_an_inline_list_ends_with_its_sentence():
    text = ("目前面临以下困难：（1）社区医生数量偏少；（2）药品供应渠道不畅。为此建议：①招聘全科医生；②拓宽药品采购渠道；"
            "③推行家庭医生签约。")
    items = parse(text, names_section).items
    assert [it.marker for it in items if it.parent is not None] == []
    ch, rec = _points(text)
    assert ch == ["社区医生数量偏少", "药品供应渠道不畅"]
    assert rec == ["招聘全科医生", "拓宽药品采购渠道", "推行家庭医生签约"]


def test_a_heading_that_asserts_a_problem_exists_is_a_challenge():
    assert asp.item_vote("监管存在盲区") == asp.CHALLENGE
    assert asp.item_vote("管理存在漏洞") == asp.CHALLENGE
    assert asp.item_vote("解决存在问题") == asp.RECOMMENDATION
    assert asp.item_vote("加强监管") == asp.RECOMMENDATION
    ch, _rec = _points("目前面临以下困难：（1）社区医生数量偏少；（2）药品供应渠道不畅。\n其一，监管存在盲区。其二，宣传力度不够。")
    assert "监管存在盲区" in ch and "宣传力度不够" in ch


def test_an_ordinal_is_no_tally_of_work_done():
    text = "".join(f"{i}. 要提升社区养老服务水平第{i}项。\n" for i in range(1, 7))
    assert register.no_point_register(text, text.splitlines()) is None
    _ch, rec = _points(text)
    assert rec == ["要提升社区养老服务水平第1项"]  # (near-identical items: one is kept)
    tally = "".join(f"今年新建养老站{i}家。\n" for i in range(1, 7))
    assert register.reports_achievements(tally.splitlines())


def test_linking_clauses_are_no_points():
    assert pts.linking_point("针对上述问题") and pts.linking_point("应当采取以下措施")
    assert pts.linking_point("对于以上几个方面的问题") and pts.linking_point("要从以下三个方面入手：")
    assert not pts.linking_point("针对上述问题加强监管") and not pts.linking_point("采取有效措施")
    assert pts.linking_point("社区养老面临的问题是") and pts.linking_point("主要困难在于")  # (a stub lead)
    assert not pts.linking_point("最大的困难是护理人员流失")
    ch, rec = _points("社区养老服务存在护理人员不足的问题。\n针对上述问题，应当采取以下措施：\n1. 提高护理人员待遇。\n"
                      "2. 加强护理技能培训。")
    assert ch == ["社区养老服务存在护理人员不足的问题"]
    assert rec == ["提高护理人员待遇", "加强护理技能培训"]


def test_a_speaker_or_column_label_leaves_the_point():
    ch, rec = _points("王教授：最突出的困难是护理人员流失。赵主任：建议提高护理人员待遇。")
    assert ch == ["最突出的困难是护理人员流失"] and rec == ["建议提高护理人员待遇"]
    doc = summarize_document("社評：本港安老院舍宿位嚴重不足。政府應加快興建院舍。")
    p = doc.essays[0].challenges[0]
    assert p.text == "本港安老院舍宿位嚴重不足" and (p.start, p.end) == (3, 15)
    assert pts.past_speaker_label("问题：护理人员流失严重", 0, 11) == 0  # (a field label stays)
    assert doc.essays[0].summary == "本港安老院舍宿位嚴重不足。政府應加快興建院舍。"  # (the summary drops it too)


def test_a_point_cut_at_the_limit_ends_before_a_joining_word():
    text = "一、存在问题\n" + ("社区养老面临的问题是护理人员数量长期偏少导致日常照护工作难以开展并且运营经费保障机制不健全"
                          "使得助餐服务频繁出现中断而且智慧养老平台覆盖率较低数据共享不畅。")
    ch, _rec = _points(text)
    assert ch == ["社区养老面临的问题是护理人员数量长期偏少导致日常照护工作难以开展并且运营经费保障机制不健全使得助餐服务"
                  "频繁出现中断"]
    # (a cut word by word: the joining word at the cut is passed back over, the words before it kept)
    words = ["甲乙丙丁戊己庚辛壬癸" * 2, "而且", "子丑寅卯"]
    line = "".join(words)
    assert pts.word_end(line, 0, 24, 24, lambda t: words) == 20


def test_fix37_readers_stay_linear():
    assert_linear(lambda n: parse("存在问题：\n" + "".join(f"{i % 90 + 1}. 人员不足。\n对策建议：\n" for i in range(n)),
                                  names_section), 500, "section lines between items")
    assert_linear(lambda n: pts.linking_point("针对上述" * n + "问题"), 20_000, "a long linking candidate")
    assert_linear(lambda n: [pts.past_speaker_label(t, 0, len(t)) for t in ["张" * n + "教授：人才流失"]], 20_000,
                  "a long label candidate")
