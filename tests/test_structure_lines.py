"""Unnumbered heading lines inside a numbered outline: sub-headings, captions and sub-essay titles."""

from summarizer.structure import parse


def _tree(text):
    st = parse(text)

    def node(it):
        return (it.family, st.heading(it), [node(ch) for ch in it.children])

    return [node(r) for r in st.roots]


def test_unnumbered_sub_heading_stands_beside_the_numbered_one_and_the_next_section_closes_it():
    text = ("1 研究背景\n乡镇卫生院是基层医疗的网底。\n"
            "2 两地做法比较\n2.1 甲省的做法\n甲省由县级医院托管乡镇卫生院。\n"
            "乙省的做法\n(1)设立专项补助\n补助按服务人口拨付。\n(2)建立轮岗制度\n医生每两年轮岗一次。\n"
            "3 存在的问题\n3.1 人员流失\n年轻医生留不住。\n3.2 设备老化\n检查设备多已超期使用。")
    tree = _tree(text)
    assert [(f, h) for f, h, _ in tree] == [("num", "研究背景"), ("num", "两地做法比较"), ("num", "存在的问题")]
    assert tree[1][2] == [
        ("num2", "甲省的做法", []),
        ("line", "乙省的做法", [("paren_num", "设立专项补助", []), ("paren_num", "建立轮岗制度", [])]),
    ]
    assert [h for _, h, _ in tree[2][2]] == ["人员流失", "设备老化"]


def test_unnumbered_sub_heading_under_a_top_level_section_is_inside_it():
    text = ("一、存在的问题\n近年来村级组织负担加重。\n"
            "考核方面\n(1)考核事项过多\n一个村每年要迎接几十项考核。\n(2)台账重复填报\n同一数据要报送多个部门。\n"
            "二、对策建议\n(1)精简考核\n合并同类考核事项。\n(2)统一台账\n数据一次采集。")
    tree = _tree(text)
    assert [(f, h) for f, h, _ in tree] == [("cn", "存在的问题"), ("cn", "对策建议")]
    assert tree[0][2] == [("line", "考核方面", [("paren_num", "考核事项过多", []), ("paren_num", "台账重复填报", [])])]


def test_a_title_line_before_numbering_that_starts_again_closes_everything():
    text = ("社区养老的困境\n一、存在的问题\n（一）床位不足\n老人排队等候。\n（二）护理人员短缺\n待遇偏低。\n"
            "农村养老的出路\n一、存在的问题\n（一）留守老人多\n子女外出务工。")
    tree = _tree(text)
    assert [(f, h) for f, h, _ in tree] == [("line", "社区养老的困境"), ("line", "农村养老的出路")]
    assert [h for _, h, _ in tree[1][2]] == ["存在的问题"]


def test_a_caption_or_a_numbered_line_is_never_a_sub_heading():
    # a figure caption and a heading whose own number the marker patterns miss keep closing the outline
    text = ("1 调查概况\n1.1 样本\n共回收问卷三百份。\n图1样本的年龄分布\n(1)青年\n占四成。\n(2)老年\n占六成。")
    tree = _tree(text)
    assert [(f, h) for f, h, _ in tree] == [("num", "调查概况"), ("line", "图1样本的年龄分布")]
