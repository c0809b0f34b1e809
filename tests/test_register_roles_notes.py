"""A page's list of what each public body does (register.agency_roles_points) and a call for contributions' notes to
its readers (register.reader_notes_end) propose nothing (k164168, Parts 166 and 167), on texts of the tests' own."""

from costs import assert_linear

from summarizer import register
from summarizer.pipeline import summarize_document


def _points(text: str) -> dict[str, list[str]]:
    essays = summarize_document(text).essays
    return {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


def test_agency_heading_names_a_body_not_a_word_of_its_ending():
    assert register.agency_heading("环境保护局")
    assert register.agency_heading("社會福利署")
    assert register.agency_heading("市住建委：")
    assert register.agency_heading("消防救援支队办")
    assert not register.agency_heading("不足之处")
    assert not register.agency_heading("下一步工作部署")
    assert not register.agency_heading("存在的问题")
    assert not register.agency_heading("建议由环境保护局牵头推进垃圾分类")  # (longer than a name: a sentence)


def test_bodies_roles_under_their_names_are_no_recommendations():
    text = ("各部门防汛工作分工\n\n水务局\n\n  • 加强河道堤防巡查。\n  • 完善泵站排涝调度。\n\n"
            "交通局\n\n  • 加快抢修受损道路。\n  • 强化抢险物资运输保障。\n\n民政局\n\n  • 做好受灾群众安置。\n")
    points = _points(text)
    assert not any(k in p for p in points["recommendations"] for k in ("河道堤防巡查", "泵站排涝", "受灾群众安置"))


def test_one_body_heading_over_proposals_keeps_them():
    # one heading naming a body is a proposal's addressee, not a division of work
    text = ("老旧小区加装电梯的难题与对策\n一、存在的问题\n加装电梯协调难,低层住户普遍反对,资金筹集渠道单一。\n"
            "二、对策建议\n住建局\n  • 简化加装电梯审批流程,推行一站式办理。\n  • 设立加装电梯专项补贴资金。\n")
    points = _points(text)
    assert any("简化加装电梯审批流程" in p for p in points["recommendations"])


def test_reader_notes_end_after_the_items_under_a_notes_heading():
    text = "前言要写清楚。\n投稿须知：\n1.来稿须为原创。\n2.请注明联系电话。\n编辑部将择优刊登。\n"
    end = register.reader_notes_end(text)
    assert text[:end].endswith("2.请注明联系电话。")
    assert register.reader_notes_end("没有须知的文章。\n  • 投稿须知\n1.来稿须为原创。\n") == 0  # (a menu link)
    assert register.reader_notes_end("须知,我们处在一个转型的时代。\n1.一条。\n") == 0  # (须知 opening a sentence)


def test_call_for_contributions_rules_are_no_recommendations():
    text = ("读者来稿征集\n本刊开设社区治理专栏,征集基层治理中的经验和建议。来稿内容要真实具体,观点要鲜明。\n"
            "投稿须知：\n1.来稿须为原创,不得一稿多投。\n2.来稿应注明作者真实姓名和联系电话。\n")
    points = _points(text)
    assert not any(k in p for p in points["recommendations"] for k in ("来稿须为原创", "注明作者真实姓名", "观点要鲜明"))


def test_reader_notes_and_agency_roles_are_linear():
    assert_linear(lambda n: register.reader_notes_end("征集须知：\n" + "1.来稿须为原创。\n" * n), 2000, "notes items")
    assert_linear(lambda n: register.reader_notes_end("征集须知：\n好。\n" * n), 2000, "notes headings")
    assert_linear(lambda n: register.agency_heading("局" * n), 2000, "one long heading")
