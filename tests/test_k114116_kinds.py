"""k114116: kinds of Parts 114-116 (oversight and advisory writing, party building, society) fixed on texts of the
tests' own: a plan announced in a later clause of a sentence that reports a finding and what was done (a
rectification notice's ``…情况属实，已…；今后将…``), a plan a grassroots body announces after 下一步 (社区, 村, 乡, 站, 队),
a plan's aim of keeping the fault from coming back (``…，杜绝此类问题再次发生``), no problem read in a sentence that opens
with a body's plan, and 建议 the noun in a report's praise or tally of proposals as a whole (no advice)."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_later_clause_commitment_after_finding():
    # a notice answers each finding with what was done and a commitment, in one sentence
    ch, rec = _points("经核查,群众反映的“村务公开不及时”问题情况属实,该村已补齐公开内容,今后将严格落实村务公开制度,"
                      "每季度公开一次。\n")
    assert any("严格落实村务公开制度" in p for p in rec)
    assert not any("严格落实村务公开制度" in p for p in ch)
    assert any("村务公开不及时" in p for p in ch)


def test_later_clause_commitment_after_semicolon_and_work_place():
    s = "关于“食堂采购无台账”的问题,情况属实,学校已补建台账;在今后的工作中将规范采购流程,杜绝类似问题再次发生。"
    spans = points.later_plan_clauses(s)
    assert [s[a:b] for a, b in spans] == ["规范采购流程,杜绝类似问题再次发生"]


def test_later_clause_needs_a_measure_and_a_body():
    assert points.later_plan_clauses("如果不及时整改,今后将出现更多安全事故。") == []
    assert points.later_plan_clauses("小区停车位本已紧张,今后,居民将更难找到车位。") == []


def test_grassroots_body_plan_after_next_step():
    ch, rec = _points("今年以来,街道排查出老旧楼道杂物堆放问题35处,已全部清理。下一步,社区将对所有楼道进行绿化升级,"
                      "并动员居民参与文明劝导。\n")
    assert any("绿化升级" in p for p in rec) and any("文明劝导" in p for p in rec)


def test_sentence_opening_with_a_bodys_plan_states_no_problem():
    ch, rec = _points("检查发现部分养老机构消防通道堵塞。下一步,区民政局和区消防救援大队将对整改情况进行“回头看”,"
                      "整改不到位的将停业整顿。\n")
    assert any("回头看" in p for p in rec)
    assert not any("回头看" in p for p in ch)


def test_proposals_praised_as_a_whole_are_no_advice():
    assert asp.sentence_aspect("委员们递交的提案选题精准,建议务实,具有较强的可操作性。") is None
    assert asp.sentence_aspect("去年代表建议办结质量较高,各承办单位态度积极。") is None
    ch, rec = _points("本次会议收到代表提出的建议86件,建议内容涉及交通出行、教育医疗、养老服务等方面。"
                      "其中,王代表建议在地铁站周边增设非机动车停放点;赵代表建议延长社区食堂的供餐时间。\n")
    assert not any("建议内容涉及" in p for p in rec)
    ch, rec = _points("市政协全会期间,委员们递交的提案选题精准、建议务实,具有较强的针对性。孙委员建议在工业园区"
                      "配建人才公寓,缓解青年职工的住房压力。钱委员建议增开夜间公交线路。\n")
    assert not any("建议务实" in p for p in rec)
    assert any("人才公寓" in p for p in rec)


def test_later_plan_clauses_linear():
    assert_linear(lambda n: points.later_plan_clauses("问" * n), 25_000, "a long line without punctuation")
    assert_linear(lambda n: points.later_plan_clauses("，今后" * n), 5_000, "many later clauses opening with a time")
    assert_linear(lambda n: points.later_plan_clauses("已整改，今后将加强管理" * n), 2_000, "many later plans")
