"""k137138 (issue 8, Parts 137 and 138): a shortfall stated by figures alone, a measure sentence cut at a point's
length, and the shortfalls a measure examines. Small texts of the tests' own."""

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# --- a shortfall stated by figures alone (aspects.turned_to_few) ---

def test_fraction_of_reference_is_a_challenge():
    for s in ("本县人均耕地面积仅为全省平均水平的一半。", "该市单位用水的产值只相当于全国平均的三分之一。",
              "村民人均收入仅为城镇居民的1/4。"):
        assert asp.turned_to_few(s), s
        assert asp.prose_aspect(s) == asp.CHALLENGE, s
    # (a fraction with no 仅/只 is a plain figure, and 仅为 with no fraction after it states none)
    assert not asp.turned_to_few("本县人均耕地面积为全省平均水平的一半。")
    assert not asp.turned_to_few("本县人均耕地面积仅为1.2亩。")


def test_sized_shortage_is_a_challenge():
    for s in ("全区正常年份缺水约3亿立方米。", "全县乡村医生缺口达二百余人。"):
        assert asp.turned_to_few(s), s
        assert asp.prose_aspect(s) == asp.CHALLENGE, s
        assert asp.sentence_aspect(s) == asp.CHALLENGE, s
    assert not asp.turned_to_few("今年全区缺水情况明显好转。")


def test_few_achieved_is_no_achievement():
    ch, _rec = _points("全镇只有两成的村庄实现了集中供水,仅为全县平均水平的一半。\n")
    assert any("仅为全县平均水平的一半" in p for p in ch)
    # (a plain achievement stays narration)
    ch, _rec = _points("去年全镇所有村庄都实现了集中供水,群众饮水安全得到保障。\n")
    assert not ch


def test_supply_run_dry_is_a_challenge():
    for s in ("西岭村的几口水窖蓄水已接近枯竭。", "受持续干旱影响,上游两座小水库濒临干涸。"):
        assert asp.prose_aspect(s) == asp.CHALLENGE, s


def test_figures_report_gives_challenges():
    ch, _rec = _points("关于我镇抗旱工作的调查\n全镇人均水资源量仅为全省平均水平的1/3。"
                       "北坡片区的塘坝蓄水均已接近干涸。正常年份全镇缺水约200万立方米。\n")
    assert any("仅为全省平均水平的1/3" in p for p in ch)
    assert any("接近干涸" in p for p in ch)
    assert any("缺水约200万立方米" in p for p in ch)


# --- a shortfall a measure examines is its object (aspects._prose_deficits, as challenge_strength reads it) ---

def test_examined_shortfalls_state_no_problem():
    s = "加强汛前检查,把病险水库和在建工程作为重点,查找存在的不足和隐患"
    assert asp.prose_aspect(s) is None
    assert asp.prose_aspect("查找存在的不足和隐患") is None
    # (a shortfall stated for itself still counts)
    assert asp.prose_aspect("部分水库存在安全隐患,防汛物资储备不足") == asp.CHALLENGE


def test_plan_sentence_with_examined_shortfalls_gives_measures():
    text = ("市水利局召开防汛工作会议,对今年的汛期工作进行了部署。下一阶段,各区将进一步完善山洪灾害预警体系,"
            "加强值班值守,及时发布预警信息;加强隐患排查,把病险水库、在建工程作为重点,查找存在的不足和隐患;"
            "及时补充防汛物资,落实抢险队伍。\n")
    ch, rec = _points(text)
    assert not any("查找存在的不足和隐患" in p for p in ch)
    assert any("落实抢险队伍" in p for p in rec)
    assert any("完善山洪灾害预警体系" in p for p in rec)


# --- a measure sentence cut at a point's length goes on in a point of its own (points._cut_measure_rest_points) ---

def test_cut_measure_rest_offset():
    text = "要坚持节水优先,把用水总量作为刚性约束,严格控制地下水开采,全面提升用水效率。"
    at = pts.cut_measure_rest(text, text.index("严格") - 3, len(text) - 1)
    assert text[at:].startswith("严格控制地下水开采")
    # (a goal clause is no further measure, nor is a turn to a problem)
    goal = "要加快堤防加固,确保安全度汛。"
    assert pts.cut_measure_rest(goal, goal.index(","), len(goal) - 1) == -1
    turn = "要加快堤防加固,但部分堤段资金严重不足。"
    assert pts.cut_measure_rest(turn, turn.index(","), len(turn) - 1) == -1


def test_long_measure_sentence_keeps_its_later_measures():
    text = ("要坚持以需定供、以供定需,把社区居民的实际需求作为服务项目设置的首要依据,对现有服务站点的运行情况进行全面评估,"
            "逐步淘汰使用率低的站点,积极引入专业社会组织参与运营。\n")
    _ch, rec = _points(text)
    assert any("逐步淘汰使用率低的站点" in p for p in rec)
    assert any("积极引入专业社会组织参与运营" in p for p in rec)
    # (a measure sentence that fits one point stays one point)
    _ch, rec = _points("要加强站点管理,积极引入专业社会组织参与运营。\n")
    assert rec == ["要加强站点管理,积极引入专业社会组织参与运营"]
