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


def test_a_caption_inside_a_section_is_text_of_that_section_not_a_heading():
    text = ("1 调查概况\n1.1 样本\n共回收问卷三百份。\n图1样本的年龄分布\n(1)青年\n占四成。\n(2)老年\n占六成。\n"
            "1.2 方法\n采用入户访谈。\n表2访谈对象构成\n2 主要发现\n居民普遍关心停车。")
    st = parse(text)
    assert [st.heading(it) for it in st.items] == ["调查概况", "样本", "青年", "老年", "方法", "主要发现"]
    assert _tree(text) == [
        ("num", "调查概况", [("num2", "样本", [("paren_num", "青年", []), ("paren_num", "老年", [])]), ("num2", "方法", [])]),
        ("num", "主要发现", []),
    ]
    # the caption lies inside the region of the item around it
    method = st.items[4]
    assert "表2访谈对象构成" in text[method.start:method.end]


def test_a_line_with_a_number_of_its_own_is_not_an_unnumbered_sub_heading():
    # "7对策建议" after section 4: a number that continues no run, still a numbered heading;
    # it closes the outline instead of nesting inside 4.1
    text = "4 问题\n4.1 投入不足\n经费逐年减少。\n7对策建议\n(1)增加投入\n设立专项资金。\n(2)强化考核\n按季度通报。"
    assert [(f, h) for f, h, _ in _tree(text)] == [("num", "问题"), ("line", "7对策建议")]


def test_a_numbered_heading_continues_its_run_across_one_lost_number():
    # PDF extraction glued "1.2" into the paragraph above; "1.3" on its own line still follows "1.1"
    text = ("1 存在的问题\n1.1 基础薄弱\n自然条件较差。据统计约七成的村没有集体经济1.2 内生动力不足\n部分群众等靠要。\n"
            "1.3 产业单一\n产业项目缺乏评估。\n2 对策建议\n2.1 因地制宜\n分类施策。")
    tree = _tree(text)
    assert [(f, h) for f, h, _ in tree] == [("num", "存在的问题"), ("num", "对策建议")]
    assert [(f, h) for f, h, _ in tree[0][2]] == [("num2", "基础薄弱"), ("num2", "产业单一")]
