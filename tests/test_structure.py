"""Headings and enumerations at every level used by Chinese essays."""

from summarizer import summarize
from summarizer.structure import find_markers, parse


def _tree(text):
    st = parse(text)

    def node(it):
        return (it.family, it.value, st.heading(it), [node(ch) for ch in it.children])

    return [node(r) for r in st.roots]


def test_every_marker_family_is_recognised():
    text = ("一、总体要求\n（一）坚持党的领导。一是完善议事规则，明确权责边界。二是健全监督机制。\n"
            "(二)强化基层。第一，压实责任。第二，加强考核。\n"
            "二、具体措施\n1. 首先，要压实责任。其次，要加强督查。\n2. 做好保障。\n"
            "（1）资金保障。（2）人员保障。①定期调度。②按月通报。")
    families = [(m.family, m.value) for m in find_markers(text)]
    assert families == [
        ("cn", 1), ("paren_cn", 1), ("shi", 1), ("shi", 2), ("paren_cn", 2), ("di", 1), ("di", 2),
        ("cn", 2), ("num_dot", 1), ("seq", 1), ("seq", 2), ("num_dot", 2), ("paren_num", 1), ("paren_num", 2),
        ("circled", 1), ("circled", 2),
    ]


def test_items_nest_by_rank():
    text = "一、存在的问题\n（一）队伍不稳定。一是待遇低。二是晋升难。\n（二）负担较重。\n二、对策建议\n（一）提高待遇。"
    assert _tree(text) == [
        ("cn", 1, "存在的问题", [
            ("paren_cn", 1, "队伍不稳定", [("shi", 1, "待遇低。", []), ("shi", 2, "晋升难。", [])]),
            ("paren_cn", 2, "负担较重", []),
        ]),
        ("cn", 2, "对策建议", [("paren_cn", 1, "提高待遇", [])]),
    ]


def test_dotted_sections_nest_under_their_arabic_section():
    text = "1 存在的问题\n正文。\n2 对策建议\n2.1 在制度上明确职能定位\n正文。\n2.2 在技术上推进智能创新\n正文。"
    tree = _tree(text)
    assert [(f, v) for f, v, _, _ in tree] == [("num", 1), ("num", 2)]
    assert [(f, v, h) for f, v, h, _ in tree[1][3]] == [("num2", 1, "在制度上明确职能定位"), ("num2", 2, "在技术上推进智能创新")]


def test_quoted_enumeration_stays_inside_its_item():
    text = ("一是加强党建。二是提升素质。三是实现有机结合。要实现“一是对象精细划分；二是内容精细划分；三是手段多样化。”"
            "四是关注老旧小区。五是补足短板。")
    shi = [m for m in find_markers(text) if m.family == "shi"]
    assert [m.value for m in shi] == [1, 2, 3, 4, 5]
    assert text[shi[3].start:shi[3].start + 2] == "四是"


def test_lower_rank_list_inside_a_run_in_item_is_nested_by_position():
    text = "一是做好宣传。主要做法：(1)张贴标语。(2)入户宣传。二是规范管理。三是联防联控。"
    tree = _tree(text)
    assert [(f, v) for f, v, _, _ in tree] == [("shi", 1), ("shi", 2), ("shi", 3)]
    assert [(f, v) for f, v, _, _ in tree[0][3]] == [("paren_num", 1), ("paren_num", 2)]


def test_heading_glued_to_the_next_marker_ends_there():
    text = "二、“月考”中暴露出来的问题不可小觑(一)少数干部不作为。(二)民生保障不足。"
    tree = _tree(text)
    assert tree[0][2] == "“月考”中暴露出来的问题不可小觑"
    assert [h for _, _, h, _ in tree[0][3]] == ["少数干部不作为", "民生保障不足"]


def test_ordinals_inside_words_are_not_markers():
    text = "统一是前提。第一次排查完成。唯一是关键。1月24日启动响应。2020年取得成效。"
    assert find_markers(text) == []


def test_single_shi_marker_is_not_a_list():
    assert find_markers("一是要提高认识。") == []


def test_standalone_short_line_is_a_heading_that_closes_open_lists():
    text = "一是待遇低。二是晋升难。\n对策建议\n一是提高待遇。二是畅通晋升。"
    tree = _tree(text)
    assert [(f, h) for f, _, h, _ in tree] == [("shi", "待遇低。"), ("shi", "晋升难。"), ("line", "对策建议")]
    assert [h for _, _, h, _ in tree[2][3]] == ["提高待遇。", "畅通晋升。"]


def test_three_level_decimal_numbering_nests_under_its_dotted_section():
    """Journal papers number sub-sections 3.1.1, 3.1.2 under 3.1: each is a titled item inside its 3.x part,
    and the 3.1.x run does not continue into 3.2.x (its prefix differs)."""
    text = ("3 对策建议\n3.1 完善筹资机制\n3.1.1 纳入法定管理\n将项目经费纳入法定预算。\n3.1.2 提高资金管理效益\n"
            "建立绩效评价制度。\n3.2 加强队伍建设\n3.2.1 扩充基层人员\n增加编制。\n3.2.2 开展分层培训\n提高技能。\n")
    st = parse(text)
    num3 = [it for it in st.items if it.family == "num3"]
    assert [(it.value, st.heading(it)) for it in num3] == [
        (1, "纳入法定管理"), (2, "提高资金管理效益"), (1, "扩充基层人员"), (2, "开展分层培训")]
    assert len({it.run for it in num3}) == 2
    parents = [st.heading(it.parent) for it in num3]
    assert parents == ["完善筹资机制", "完善筹资机制", "加强队伍建设", "加强队伍建设"]
    assert all(it.titled for it in num3)


def _depth(st) -> int:
    best, todo = 0, [(r, 1) for r in st.roots]
    while todo:
        it, d = todo.pop()
        best = max(best, d)
        todo.extend((ch, d + 1) for ch in it.children)
    return best


def test_a_written_outline_keeps_every_level():
    """Five marker families one inside the other (一、/（一）/1./（1）/①) nest five deep."""
    text = "一、存在的问题\n（一）资金方面\n1.投入不足\n（1）县级配套少\n①乡镇无专款\n②村级靠募捐\n（2）渠道单一\n2.使用分散\n二、对策建议\n"
    st = parse(text)
    assert _depth(st) == 5
    circled = [it for it in st.items if it.family == "circled"]
    assert [st.heading(it.parent) for it in circled] == ["县级配套少", "县级配套少"]


def test_runs_nested_thousands_deep_stay_within_the_nesting_limit():
    """``1.`` a thousand times, then ``2.`` a thousand times: each pair of runs (the last 1. with the first 2., …)
    lies inside the one around it, so the runs nest a thousand deep. The tree stops at MAX_NESTING levels (a deeper
    item is a sibling of the deepest one), every item is kept and its region lies inside its parent's; no walk over
    the tree recurses a thousand deep (shapes10's RecursionError in parse, then in the aspect pass)."""
    from summarizer.structure import MAX_NESTING

    n = 1500
    text = "\n".join(["1.加强管理"] * n + ["2.完善制度"] * n)
    st = parse(text)
    assert len(st.items) == 2 * n
    assert _depth(st) == MAX_NESTING
    for it in st.items:
        if it.parent is not None:
            assert it.parent.start < it.start and it.end <= it.parent.end
    summary = summarize(text)  # the whole pipeline walks the same tree
    assert summary.essays


def test_many_open_runs_are_continued_in_linear_time():
    """A marker continues the latest open run of its family that ends one number before it; with thousands of runs
    open (``1.`` then ``（1）`` a thousand times, then ``2.`` and ``（2）``) each marker still finds its run at once:
    which run each ``2.`` continues is the same as by scanning the open runs from the latest back (the nesting pairs
    the last ``1.`` with the first ``2.``)."""
    n = 300
    text = "\n".join(["1.存在问题", "（1）资金不足"] * n + ["2.对策建议", "（2）加强管理"] * n)
    items = find_markers(text)
    ones = [it for it in items if it.marker == "1."]
    twos = [it for it in items if it.marker == "2."]
    assert len(ones) == len(twos) == n
    run_of_two = {it.run: it for it in twos}
    # the k-th 2. from the front continues the k-th 1. from the back
    assert [run_of_two[it.run].start for it in reversed(ones)] == [it.start for it in twos]
