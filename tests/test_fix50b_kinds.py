"""fix50b: kinds of point faults a fresh user saw (check50), on small texts of the tests' own.

* prose measures after a numbered run in a measures section (``一是…二是…`` ⏎ ``另外，要…`` ⏎ ``同时，我们将…``): each is a
  recommendation of its own (``points._section_sequel_points``); the level a plan's measure raises (``…，提高…质量``)
  is its aim, one point with it (``points.plan_clauses``);
* a measure item's body opening with a bare modal (``要…``, ``需要…``) states its measure as ``应…`` does
  (``points.opens_modal_measure``);
* an office's dated plan in its reply (``答复：`` ⏎ ``本局将于下半年起…，并会…``): recommendations
  (``points.announced_plan_clauses`` with ``reply``);
* a fault said to persist (``…的现象仍较普遍``, ``…的问题依然存在``) after praise: a challenge whatever words name it
  (``aspects.persisting_fault``).
"""

import pytest

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document

from costs import assert_linear


def _points(text, **options):
    doc = summarize_document(text, **options)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


# ---------------------------------------------------------------- prose measures after a numbered run

_PLANS = ("三、今后工作思路\n"
          "一是充实网格员队伍，落实岗位补贴。\n"
          "二是健全群众评议制度，定期公开评议结果。\n"
          "另外，要完善志愿者招募机制，扩大服务覆盖面。\n"
          "同时，我们将加强与驻区单位的联系，共享活动场地。\n")


@pytest.mark.parametrize("model", [True, False])
def test_prose_measures_after_a_numbered_run_are_kept(model):
    _ch, rec = _points(_PLANS, aspect_model=model)
    assert any("充实网格员队伍" in p for p in rec)
    assert any("健全群众评议制度" in p for p in rec)
    assert any("完善志愿者招募机制" in p for p in rec)
    assert any("加强与驻区单位的联系" in p for p in rec)


_REPORT = ("关于社区治理工作的调研报告\n"
           "一、基本情况\n"
           "近年来，我街道辖区常住人口持续增加，社区服务需求日益多样化。街道共设立网格128个，配备专兼职网格员300余名，"
           "基本实现了网格全覆盖。\n"
           "二、存在的主要问题\n"
           "一是网格员流动频繁，队伍不稳定。\n"
           "二是经费来源单一，保障水平偏低。\n"
           "三是居民参与渠道不畅，议事协商流于形式。\n" + _PLANS)


def test_prose_measures_after_a_numbered_run_in_a_long_report():
    # (an essay of 250 characters or more: the learned model and the sentence selector read it too)
    _ch, rec = _points(_REPORT)
    assert any("完善志愿者招募机制" in p for p in rec)
    assert any("加强与驻区单位的联系" in p for p in rec)


def test_closing_pledge_after_a_numbered_run_is_no_measure():
    _ch, rec = _points("三、今后工作思路\n"
                       "一是充实网格员队伍，落实岗位补贴。\n"
                       "二是健全群众评议制度，定期公开评议结果。\n"
                       "总之，我们将以更大的干劲做好各项工作。\n")
    assert not any("更大的干劲" in p for p in rec)


def test_problem_added_after_a_numbered_problem_run():
    ch, _rec = _points("二、存在的主要问题\n"
                       "一是网格员流动频繁，队伍不稳定。\n"
                       "二是经费来源单一，保障水平偏低。\n"
                       "此外，部分居民参与意识淡薄，配合度不高。\n")
    assert any("参与意识淡薄" in p for p in ch)


def test_argument_in_the_last_run_in_items_paragraph_is_no_added_point():
    ch, rec = _points("二、存在的问题\n"
                      "一是部分网格员业务不熟，入户走访流于形式。二是经费保障不足，设备更新缓慢。形成这些问题的原因有很多，"
                      "例如一些街道没有建立网格员培训制度，存在“重登记、轻服务”的现象。\n"
                      "三、对策建议\n一是加强业务培训。二是加大经费投入。\n")
    assert not any("原因有很多" in p or "重登记" in p for p in ch + rec)
    assert any("经费保障不足" in p for p in ch)


def test_aim_of_a_plan_measure_is_one_point_with_it():
    _ch, rec = _points("下一步，我们将完善垃圾分类设施，提高分类投放质量。\n")
    assert any("完善垃圾分类设施" in p and "提高分类投放质量" in p for p in rec)
    assert not any(p.startswith("提高分类投放质量") for p in rec)
    s = "我们将完善垃圾分类设施，提高分类投放质量，健全督导考核机制"
    assert [s[a:b] for a, b in pts.plan_clauses(s)] == ["完善垃圾分类设施，提高分类投放质量", "健全督导考核机制"]
    # (提高村医补助标准 raises a figure of policy, a measure of its own)
    s = "我们将增加卫生室设备，提高村医补助标准"
    assert len(pts.plan_clauses(s)) == 2


# ---------------------------------------------------------------- a bare modal opening a measure item's body

def test_bare_modal_body_under_a_measure_subheading():
    _ch, rec = _points("二、对策建议\n（一）健全培训机制\n要组织农技人员定期下乡，开展田间课堂。\n")
    assert any("组织农技人员定期下乡" in p for p in rec)
    _ch, rec = _points("3 建议\n3.2 强化资金保障\n需要设立专项资金，用于设备更新。\n")
    assert any("设立专项资金" in p for p in rec)


def test_bare_modal_bodies_in_a_long_paper():
    _ch, rec = _points("农村电商人才培养的困境与对策\n"
                       "1 引言\n"
                       "近年来，农村电子商务快速发展，成为带动农民增收的重要渠道。然而，人才短缺制约了农村电商的进一步发展。\n"
                       "2 存在的问题\n"
                       "2.1 培训内容脱离实际\n"
                       "现有培训多以理论讲授为主，实操环节偏少，学员学完后仍不会开店。\n"
                       "2.2 人才流失严重\n"
                       "农村薪酬待遇偏低，发展空间有限，培养出的人才大多流向城市。\n"
                       "3 对策建议\n"
                       "3.1 构建多元培养体系\n"
                       "要组织农技人员与电商企业结对，开展田间直播课堂。\n"
                       "3.2 完善人才激励政策\n"
                       "需要设立返乡创业专项资金，对优秀电商人才给予奖励。\n")
    assert any("组织农技人员与电商企业结对" in p for p in rec)
    assert any("设立返乡创业专项资金" in p for p in rec)
    assert any("构建多元培养体系" in p for p in rec)


def test_modal_opening_reader():
    assert pts.opens_modal_measure("要组织农技人员定期下乡")
    assert pts.opens_modal_measure("同时，务必加强食堂日常巡查")
    assert pts.opens_modal_measure("应当建立台账")
    assert not pts.opens_modal_measure("要想提高收入，关键在于产业")
    assert not pts.opens_modal_measure("需要指出的是，这一做法存在争议")
    assert not pts.opens_modal_measure("要求各单位按时报送材料")
    assert not pts.opens_modal_measure("要素市场发育不全")


# ---------------------------------------------------------------- an office's dated plan in its reply

def test_dated_plan_in_a_reply_is_a_measure():
    _ch, rec = _points("关于增开夜班公交的建议\n答复：\n本局将于下半年起增加三条公交线路的夜间班次，方便市民出行，"
                       "并会增设主要站点的候车亭。\n")
    assert any("增加三条公交线路的夜间班次" in p for p in rec)
    assert any(p.startswith("增设主要站点的候车亭") for p in rec)


def test_dated_plan_in_a_traditional_reply():
    _ch, rec = _points("答覆：\n運輸署將於明年起延長兩條巴士路線的服務時間，並會增設電子站牌。\n")
    assert any("延長兩條巴士路線的服務時間" in p for p in rec)
    assert any("增設電子站牌" in p for p in rec)


def test_dated_plan_reader_needs_a_reply():
    s = "本局将于下半年起增加三条公交线路的夜间班次，并会增设主要站点的候车亭"
    assert pts.announced_plan_clauses(s) == []
    assert len(pts.announced_plan_clauses(s, reply=True)) == 2
    # (a resident is no office: 居民将于明年起… states no office's plan)
    assert pts.announced_plan_clauses("部分居民将于明年起搬离小区，另觅住处", reply=True) == []
    assert pts.reply_start("某某代表：\n您提出的建议收悉。\n答复：\n本局将…") > 0
    assert pts.reply_start("本局将加强巡查") == len("本局将加强巡查")


# ---------------------------------------------------------------- a fault said to persist

def test_persisting_fault_after_praise_is_a_challenge():
    ch, _rec = _points("经过整治，小区环境面貌有所改善，但车辆乱停乱放的现象仍较普遍。\n")
    assert any("车辆乱停乱放的现象仍较普遍" in p for p in ch)
    ch, _rec = _points("近两年，村里的道路硬化率有所提高，但维护责任不明的问题依然存在。\n")
    assert any("维护责任不明的问题依然存在" in p for p in ch)


def test_persisting_fault_in_a_long_survey():
    ch, _rec = _points("学校食堂管理情况的调查\n"
                       "本次调查覆盖全县32所中小学食堂，采取实地查看、查阅台账、座谈访谈等方式进行。调查发现，各校普遍建立了"
                       "食堂管理制度，食材采购基本实现统一配送，学生满意度较去年有所上升。\n"
                       "总体来看，学校食堂管理水平有所提高，但台账登记不全的问题仍较突出。部分学校留样记录填写随意，"
                       "有的甚至存在补记现象。\n")
    assert any(p.startswith("台账登记不全的问题仍较突出") for p in ch)


def test_persisting_fault_reader():
    assert asp.persisting_fault("但台账登记不全的问题仍较突出")
    assert asp.persisting_fault("设备老化的隐患依然存在。")
    assert not asp.persisting_fault("如果台账登记不全的问题仍然存在，就会影响核查")
    assert not asp.persisting_fault("全镇经济增长势头依然明显")
    assert not asp.persisting_fault("问题仍较突出的环节是审批")  # (the predicate closes no clause)


# ---------------------------------------------------------------- costs

def test_costs_are_linear():
    assert_linear(lambda n: asp.persisting_fault("的问题仍较" * n), 2000, "persisting_fault, no clause end")
    assert_linear(lambda n: asp.persisting_fault("问题仍较突出，" * n), 2000, "persisting_fault, many clauses")
    assert_linear(lambda n: pts.announced_plan_clauses("本局将于明年起" + "增加班次，" * n, reply=True), 2000,
                  "announced_plan_clauses in a reply")
    assert_linear(lambda n: pts.plan_clauses("我们将完善设施" + "，提高服务质量" * n), 2000, "plan_clauses aims")
    assert_linear(lambda n: pts.reply_start("答" * n), 5000, "reply_start, no label")
    assert_linear(lambda n: pts.opens_modal_measure("要" + "推" * n), 5000, "opens_modal_measure")
    assert_linear(lambda n: pts._DATED_BODY_PLAN.match("本" * n), 5000, "dated plan, no 将")


def test_sequel_lines_cost_is_linear():
    def run(n):
        text = "三、今后工作思路\n一是充实队伍。\n二是健全制度。\n" + "此外，要完善招募机制。\n" * n
        return summarize_document(text, aspect_model=False)
    assert_linear(run, 50, "sections with many prose lines after the list")
