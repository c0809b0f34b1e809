"""An office's reply letter (check60): its ``我们将…`` plans keep their figures and directing verbs, and a bare
``关于…`` topic label is no point; texts written for these tests."""

from __future__ import annotations

from costs import assert_linear

from summarizer import points as pts
from summarizer.pipeline import summarize_document

REPLY = """关于市政协十二届二次会议第45号提案的答复

李华委员：

您提出的《关于改善背街小巷路灯照明的提案》收悉，现答复如下：

一、关于路灯覆盖不足
目前我市背街小巷路灯由多个部门分头管理，维护责任不清。下一步，我们将开展背街小巷照明专项排查，年底前新增路灯800盏。

二、关于维护资金
我们将会同市财政局设立路灯维护专项资金，每年安排300万元，并建立故障报修48小时响应机制。

三、关于协调沿街商户意见
部分商户担心施工影响经营是推进改造的主要阻力。我们将指导街道建立商户沟通机制，合理安排夜间施工时段。

感谢您对我市市政建设工作的关心和支持。

联系人：赵刚  电话：87654321
市城市管理局
2026年6月10日
"""


def _texts(key: str) -> list[str]:
    return [p.text for p in getattr(summarize_document(REPLY).essays[0], key)]


def test_reply_plan_keeps_its_figure():
    recs = _texts("recommendations")
    assert "开展背街小巷照明专项排查，年底前新增路灯800盏" in recs
    assert "会同市财政局设立路灯维护专项资金，每年安排300万元" in recs
    assert "建立故障报修48小时响应机制" in recs


def test_figure_clause_joins_only_in_a_reply():
    sentence = "我们将推行网上受理，审批时限压缩至10个工作日。"
    assert pts.announced_plan_clauses(sentence, reply=True) == [(3, 23)]
    assert pts.announced_plan_clauses(sentence, reply=False) == []


def test_directing_coverb_opens_a_plan_measure():
    assert pts.announced_plan_clauses("我们将指导各区建立联席会议制度。", reply=True) == [(3, 15)]
    assert "指导街道建立商户沟通机制" in " ".join(_texts("recommendations"))


def test_topic_label_is_no_point():
    text = "现答复如下：\n一、关于协调沿街商户意见\n"
    at = text.index("关于")
    assert pts.reply_topic_label(text, at, at + len("关于协调沿街商户意见"), 6)
    title = "关于改善沿街照明的意见"
    assert not pts.reply_topic_label("现答复如下：\n" + title, 7, 7 + len(title), 6)
    assert "关于路灯覆盖不足" not in _texts("challenges")
    assert not any(t.startswith("关于协调") for t in _texts("recommendations"))


def test_figure_joining_stays_linear():
    assert_linear(lambda n: pts.announced_plan_clauses("我们将推行网上受理，" + "压缩至10天，" * n, reply=True),
                  2_000, "many figure clauses")
