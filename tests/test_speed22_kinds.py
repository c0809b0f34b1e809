"""speed22: speed-ups of a document's first pass that change no output (issue 9, third round). Behaviour only, never
timing: each word gate answers exactly what the reading without it answers (the gate's lines removed from the
function's own source), on small inputs written for these tests; each gated reader keeps its answers; the facts
built once (the words of :func:`summarizer.aspects._modal_actions`, the line-start answers of the cleaning patterns)
are what the readers built before."""

from __future__ import annotations

import inspect
import re
import textwrap

import pytest

import summarizer.aspects as asp
import summarizer.clean as clean
from summarizer import pipeline

# sentences of several kinds: counts of what remains (ASCII and full-width digits), a plan called for, causes, a
# commended course, demands and appeals to the authorities, measures with modals and adverbs, plain narration,
# a question, empty and punctuation-only texts
SENTENCES = [
    "全县仍有危房1200户，尚有3.2万贫困人口未脱贫。",
    "其中2000人无人监护。",
    "全县仍有危房１２００户。",  # (full-width digits: \d reads them too)
    "此外还有300户未改造。",
    "全县共有小区86个。",
    "香港的房屋政策始终要有一个远景目标。",
    "政府应该有一套完整的应对方案。",
    "问题的症结在于监管缺位。",
    "体制不顺是造成效率低下的重要原因。",
    "既有体制上的原因，也有管理上的原因。",
    "少点折腾，才是最有力的真减负。",
    "加强监管，才是问题所在。",
    "把钱花在刀刃上，才是真正的为民办事。",
    "团体要求政府暂停削减整笔拨款。",
    "本人亦希望运输署检讨该路线的班次。",
    "他希望政府尽快回应。",
    "我们期望政府先致力改善交通。",
    "市民呼吁有关部门尽快修复破损路面。",
    "展望政府未来的工作。",
    "应进一步切实加强基层队伍建设，要因地制宜发展特色产业。",
    "政府大可在短期内将审批时限压缩一半。",
    "应趁施政报告，至少订出时间表。",
    "《关于加强基层治理的意见》指出，要压实责任。",
    "会议强调，要细化推进措施。",
    "我们强调，要细化推进措施。",
    "农村饮用水还存在着氟砷超标、苦咸等问题。",
    "不存在任何问题。",
    "存在的问题如下：",
    "会制造更多问题，包括侵犯马来人利益。",
    "存在以下问题，包括资金不足。",
    "健全食品安全法律法规是加强食品安全的关键。",
    "健全食品安全法律法规，加强食品安全的关键是监管。",
    "研究防范化解金融风险和隐性债务风险等工作",
    "研究表明风险上升",
    "她希望相关部门清理参保中的不合理门槛",
    "居民呼吁物业尽快修复破损路面",
    "我们不是建议医管局削减开支",
    "今年举办了三场招聘会。",
    "为什么问题迟迟不能解决？",
    "",
    "，。；",
]


def _ungated(module, name: str, marker: str = "speed22)"):
    """``module.name`` with its speed22 gate removed: the source of the function (decorators dropped) with every
    ``if …:`` line whose ``return`` line carries ``marker`` taken out, compiled in the module's namespace."""
    fn = getattr(module, name)
    fn = getattr(fn, "__wrapped__", fn)
    lines = textwrap.dedent(inspect.getsource(fn)).splitlines()
    lines = [ln for ln in lines if not ln.startswith("@")]
    kept, removed = [], 0
    for i, ln in enumerate(lines):
        if ln.rstrip().endswith(marker) and ln.lstrip().startswith("return"):
            assert kept[-1].lstrip().startswith("if "), kept[-1]
            kept.pop()
            removed += 1
            continue
        kept.append(ln)
    assert removed == 1, (name, removed)
    namespace = dict(vars(module))
    exec(compile("\n".join(kept), f"<ungated {name}>", "exec"), namespace)  # noqa: S102 - the module's own source
    return namespace[name]


GATED = ["counts_remaining", "calls_for_plan", "_states_cause", "commends_course", "news_demand", "_appeal",
         "quotes_directive", "states_existence", "holds_one_included_item", "_names_measure",
         "deliberates_remedy", "requests_action"]


@pytest.mark.parametrize("name", GATED)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_gate_answers_as_the_reading_without_it(name, sentence):
    assert getattr(asp, name)(sentence) == _ungated(asp, name)(sentence)


def test_gated_readers_values():
    # positive and negative answers of each gated reader (what the gate must keep and what it must not take)
    assert asp.counts_remaining("全县仍有危房1200户。")
    assert asp.counts_remaining("全县仍有危房１２００户。")  # full-width digits are digits
    assert not asp.counts_remaining("全县仍有危房一千二百户。")  # no digit: the gate answers
    assert not asp.counts_remaining("全县共有小区86个。")  # a digit, but a count of what exists
    assert asp.calls_for_plan("香港的房屋政策始终要有一个远景目标。")
    assert not asp.calls_for_plan("政府要制定一个远景目标。")  # no 有: the gate answers
    assert asp._states_cause("问题的症结在于监管缺位。")
    assert not asp._states_cause("监管缺位，效率低下。")
    assert asp.commends_course("少点折腾，才是最有力的真减负。")
    assert not asp.commends_course("加强监管，才是问题所在。")  # the second clause names the problem
    assert not asp.commends_course("少点折腾，就是最有力的真减负。")  # no 才是: the gate answers
    assert asp.news_demand("团体要求政府暂停削减整笔拨款。")
    assert not asp.news_demand("他希望政府尽快回应。")  # a third party's wish is reported
    assert not asp.news_demand("政府暂停削减整笔拨款。")
    assert asp._appeal("我们期望政府先致力改善交通。")
    assert not asp._appeal("展望政府未来的工作。")  # 望 inside 展望 asks nothing
    assert not asp._appeal("政府先致力改善交通。")


def test_more_gated_readers_values():
    assert asp.quotes_directive("《关于加强基层治理的意见》指出，要压实责任。")
    assert asp.quotes_directive("会议强调，要细化推进措施。")
    assert not asp.quotes_directive("会议认为，要细化推进措施。")  # no verb of the pattern: the gate answers
    assert asp.states_existence("农村饮用水还存在着氟砷超标、苦咸等问题。")
    assert not asp.states_existence("不存在任何问题。")
    assert not asp.states_existence("农村饮用水有氟砷超标等问题。")  # no verb of existence: the gate answers
    assert asp.holds_one_included_item("会制造更多问题，包括侵犯马来人利益。")
    assert not asp.holds_one_included_item("存在以下问题，包括资金不足。")  # 以下 points ahead
    assert not asp.holds_one_included_item("会制造更多问题，例如侵犯马来人利益。")  # no inclusion word
    assert asp._names_measure("健全食品安全法律法规是加强食品安全的关键。")
    assert not asp._names_measure("健全食品安全法律法规，加强食品安全的关键是监管。")  # 是 not in the first clause
    assert not asp._names_measure("健全食品安全法律法规为加强食品安全的关键。")  # no 是: the gate answers
    assert asp.deliberates_remedy("研究防范化解金融风险和隐性债务风险等工作")
    assert not asp.deliberates_remedy("研究表明风险上升")  # the object opens with no remedy
    assert not asp.deliberates_remedy("防范化解金融风险")  # no verb of deliberation: the gate answers
    assert asp.requests_action("她希望相关部门清理参保中的不合理门槛")
    assert not asp.requests_action("我们不是建议医管局削减开支")  # a denied demand
    assert not asp.requests_action("相关部门清理参保中的不合理门槛")  # no verb of demand: the gate answers


def test_directive_gate_holds_every_verb_of_the_directive_pattern():
    verbs = re.search(r"\(\?:((?:[^()|]+\|)+[^()|]+)\)(?:\(\?:)?\[：", asp._DIRECTIVE_SAID.pattern).group(1).split("|")
    assert "指出" in verbs and "表示" in verbs
    for verb in verbs:
        assert asp._DIRECTIVE_VERB_GATE.search(verb), verb


def test_appeal_gate_holds_every_verb_of_the_appeal_pattern():
    # each verb of _APPEAL (the alternation before the addressee) holds a word of the gate: a verb added there needs
    # its word in _APPEAL_GATE
    verbs = re.search(r"\(\?:((?:[^()|]+\|)+)\(\?<!", asp._APPEAL.pattern).group(1).strip("|").split("|")
    assert "期待" in verbs and "呼吁" in verbs
    for verb in verbs + ["望"]:
        assert asp._APPEAL_GATE.search(verb), verb


@pytest.mark.parametrize("sentence", SENTENCES)
def test_modal_actions_words_built_once_read_the_same(sentence):
    verbs, adverbs = asp._modal_action_words()
    lex = asp.lexicon()
    assert verbs == lex.words("imperative") + lex.words("prose_action") + lex.words("modal_keep_action")
    assert adverbs == (asp._MODAL_ADVERBS + lex.words("manner_idiom") + lex.words("manner_adverb")
                       + lex.words("order_adverb"))
    assert asp._modal_actions(sentence) == asp._modal_actions(sentence)  # (deterministic; values below)


def test_modal_actions_values():
    assert asp._modal_actions("应进一步切实加强基层队伍建设。") == ["应"]
    assert asp._modal_actions("政府大可在短期内将审批时限压缩一半。") != []
    assert asp._modal_actions("今年举办了三场招聘会。") == []
    assert asp._modal_actions("这项工作很重要。") == []  # 重要 holds no modal


def test_line_start_answers_outlive_a_documents_memos():
    # a fact of a cleaning pattern, not of a document: forget_document_memos (after every summarize()) keeps it
    pattern = re.compile(r"^责任编辑[:：].*$", re.M)
    assert clean._opens_at_line_start(pattern)
    assert not clean._opens_at_line_start(re.compile(r"(?m)^记者|编辑"))  # an alternation: anywhere
    before = clean._opens_at_line_start.cache_info().currsize
    pipeline.forget_document_memos()
    assert clean._opens_at_line_start.cache_info().currsize == before >= 2
    assert clean.LINE_START_MEMO_SIZE < pipeline.DOCUMENT_MEMO_MIN_SIZE
    assert clean._opens_at_line_start not in pipeline._document_memos
