"""speed21b: engine-level speed-ups of the points rules that change no output (issue 9, second round). Behaviour
only, never timing: each gate answers exactly what the full reading answers (the gate patched to let every text
through), on small inputs written for these tests, and each gated reader keeps its answers (points' text)."""

from __future__ import annotations

import re

import pytest

import summarizer.aspects as asp
import summarizer.points as pts

_EVERYTHING = re.compile("")  # a gate that lets every text through: the full reading

# sentences of several kinds: a persisting problem after a turn (with and without its subject), a turn to a modal,
# a problem then a resolution (我们应当…, 各级要…), a resolution in its frame, narration, plain deficiencies, a
# question, an empty text
SENTENCES = [
    "路面去年重新铺了一遍，可是楼下的路面，依旧坑坑洼洼，造成居民出行不便。",
    "虽然收入增加了，但仍要继续努力。",
    "政策出台后，可执行依然不到位。",
    "改革推进多年，但审批程序仍然繁琐。",
    "当前，社区面临人手不足等问题，我们应当加强队伍建设。",
    "面对严峻的就业形势，我们应加强培训。",
    "经费投入不足，设施老化，各级要加大投入，改善条件。",
    "大家都知道，服务跟不上。",
    "社区人手不足，队伍老化。",
    "今年举办了三场招聘会。",
    "仍有不少问题，为何迟迟不能解决？",
    "",
    "，。；",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_persisting_problem_gate_answers_as_the_full_reading(sentence, monkeypatch):
    gated = pts.persisting_problem(sentence)
    monkeypatch.setattr(pts, "_PERSIST_GATE", _EVERYTHING)
    monkeypatch.setattr(pts, "_PERSIST_TURN_GATE", _EVERYTHING)
    assert pts.persisting_problem(sentence) == gated


def test_persisting_problem_values():
    s = "路面去年重新铺了一遍，可是楼下的路面，依旧坑坑洼洼，造成居民出行不便。"
    a, b = pts.persisting_problem(s)
    assert s[a:b] == "楼下的路面，依旧坑坑洼洼，造成居民出行不便"
    s = "政策出台后，可执行依然不到位。"
    a, b = pts.persisting_problem(s)
    assert s[a:b] == "执行依然不到位"
    # negative: a modal after the turn is a measure; narration holds no adverb of persistence (the gate's answer)
    assert pts.persisting_problem("虽然收入增加了，但仍要继续努力。") is None
    assert pts._PERSIST_GATE.search("今年举办了三场招聘会。") is None
    assert pts.persisting_problem("今年举办了三场招聘会。") is None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_resolving_turn_gate_answers_as_the_full_reading(sentence, monkeypatch):
    gated = pts._resolving_turn(sentence)
    monkeypatch.setattr(asp, "_RESOLVING_GATE", _EVERYTHING)
    monkeypatch.setattr(asp, "_RESOLVING_MODAL_GATE", _EVERYTHING)
    assert pts._resolving_turn(sentence) == gated


def test_resolving_turn_values():
    s = "当前，社区面临人手不足等问题，我们应当加强队伍建设。"
    turn, spans = pts._resolving_turn(s)
    assert s[turn] == "，" and [s[a:b] for a, b in spans] == ["加强队伍建设"]
    s = "经费投入不足，设施老化，各级要加大投入，改善条件。"
    turn, spans = pts._resolving_turn(s)
    assert [s[a:b] for a, b in spans] == ["加大投入，改善条件"]
    # negative: a resolution in its frame (面对…); problems with no resolving subject and modal (the gate's answer)
    assert pts._resolving_turn("面对严峻的就业形势，我们应加强培训。") is None
    assert asp._RESOLVING_MODAL_GATE.search("社区人手不足，队伍老化。") is None
    assert pts._resolving_turn("社区人手不足，队伍老化。") is None


def test_resolving_gates_hold_every_subject_and_modal():
    """What makes the gate exact: each subject of a resolution is a word of the subject gate, and each modal of
    :data:`summarizer.aspects._RESOLVING_MODAL` holds a word of the modal gate."""
    for subject in asp._RESOLVING_SUBJECT:
        assert asp._RESOLVING_GATE.search(subject)
    for modal in ("应当", "应该", "必须", "务必", "需要", "要", "应", "须"):
        assert asp._RESOLVING_MODAL.fullmatch(modal) and asp._RESOLVING_MODAL_GATE.search(modal)


# (text before a point, the point): a clause of work done before a comma, with spaces or a line break after the
# comma, a turn (虽), a sentence end, and a point with its own subject
BEFORE_POINT = [
    ("今年在住房保障方面加大了财政投入，", "进一步减轻居民负担，改善居民生活品质"),
    ("今年在住房保障方面加大了财政投入。", "进一步减轻居民负担"),
    ("虽然加大了财政投入，", "进一步减轻居民负担"),
    ("加大了投入，  ", "提升服务质量"),
    ("加大了投入，\n", "提升服务质量"),
    ("加大了投入,\u3000", "提升服务质量"),
    ("今年加大了投入，", "居民负担依然很重"),
    ("", "提升服务质量"),
    ("今年在住房保障方面加强财政投入，", "进一步减轻居民负担"),
]


@pytest.mark.parametrize("before,point", BEFORE_POINT)
def test_continues_work_done_gate_is_exact(before, point):
    """The gate (the window ends with a comma and white space only) passes every window the clause pattern
    matches, so the answer is the full reading's."""
    window = before[-asp.DONE_CLAUSE_CHARS:]
    m = asp._LAST_CLAUSE_BEFORE.search(window)
    if m:
        assert window.rstrip().endswith(("，", ","))
        if asp._done_verb_re().search(m.group(1)):
            assert "了" in window
    if not window.rstrip().endswith(("，", ",")) or "了" not in window:
        assert asp.continues_work_done(before, point) is False


def test_continues_work_done_values():
    assert asp.continues_work_done("今年在住房保障方面加大了财政投入，", "进一步减轻居民负担，改善居民生活品质")
    assert asp.continues_work_done("加大了投入，\n", "提升服务质量")
    # negative: after a sentence end (the gate), after a turn, and a point with its own subject and deficit
    assert not asp.continues_work_done("今年在住房保障方面加大了财政投入。", "进一步减轻居民负担")
    assert not asp.continues_work_done("虽然加大了财政投入，", "进一步减轻居民负担")
    assert not asp.continues_work_done("今年加大了投入，", "居民负担依然很重")
    assert not asp.continues_work_done("今年在住房保障方面加强财政投入，", "进一步减轻居民负担")  # (no 了: not done)


def _awaits_improvement_ungated(point: str) -> bool:
    """:func:`summarizer.aspects.awaits_improvement` without its gate (the reading as it stood before speed21b)."""
    if asp.starts_imperative(point) or point.lstrip().startswith(asp.lexicon().words("modal")):
        return False
    clause = asp._last_clause(point)
    m = asp.shortfall_end(clause)
    if m is None or m.group("still") is None or m.start() < 2:
        return False
    return not clause[:m.start()].startswith(asp._RESOLVING_SUBJECT)


AWAITING = ["社会矛盾化解和风险防范工作还需要加强", "一些部门的法治素养仍需进一步提高", "还需加强监管", "服务质量需要加强",
            "我们还要进一步加强", "要加强监管，队伍建设仍需加强", "业务水平有待提升", "基层队伍能力尚待提高。", ""]


@pytest.mark.parametrize("point", AWAITING)
def test_awaits_improvement_gate_answers_as_the_full_reading(point):
    assert asp.awaits_improvement(point) == _awaits_improvement_ungated(point)


def test_awaits_improvement_values():
    assert asp.awaits_improvement("社会矛盾化解和风险防范工作还需要加强")
    assert asp.awaits_improvement("一些部门的法治素养仍需进一步提高")
    # negative: no adverb of "still" (the gate), an object after the verb, the speaker resolving, an opening modal
    assert not asp.has_cue("服务质量需要加强", "awaiting_adverb")
    assert not asp.awaits_improvement("服务质量需要加强")
    assert not asp.awaits_improvement("还需加强监管")
    assert not asp.awaits_improvement("我们还要进一步加强")
    assert not asp.awaits_improvement("要加强监管，队伍建设仍需加强")


# (text, the point's text): a scholar's reported view, the author's own view, an official's words, plain prose
SCHOLAR = [
    ("有学者从治理视角出发，认为当前政府仍然面临着资金不足、人才匮乏等困局；", "当前政府仍然面临着资金不足、人才匮乏等困局"),
    ("笔者认为当前政府面临资金不足的困局。", "当前政府面临资金不足的困局"),
    ("部长在辩论时说，政府将加大投入。", "政府将加大投入"),
    ("当前政府面临资金不足的困局。", "当前政府面临资金不足的困局"),
    ("有学者指出。当前政府面临资金不足的困局。", "当前政府面临资金不足的困局"),
]


@pytest.mark.parametrize("text,point", SCHOLAR)
def test_reports_scholar_view_gate_answers_as_the_full_reading(text, point, monkeypatch):
    start = text.rfind(point)
    gated = asp.reports_scholar_view(text, start, start + len(point))
    monkeypatch.setattr(asp, "_scholar_gate_re", lambda: _EVERYTHING)
    assert asp.reports_scholar_view(text, start, start + len(point)) == gated


def test_reports_scholar_view_values():
    def read(text, point):
        start = text.rfind(point)
        return asp.reports_scholar_view(text, start, start + len(point))
    assert read(*SCHOLAR[0]) and read(*SCHOLAR[2])
    # negative: the author's own view, plain prose (the gate: no scholar or official named), a view in the
    # sentence before
    assert not read(*SCHOLAR[1])
    assert asp._scholar_gate_re().search(SCHOLAR[3][0]) is None and not read(*SCHOLAR[3])
    assert not read(*SCHOLAR[4])


@pytest.mark.parametrize("sentence", SENTENCES + ["社区工作者待遇偏低，流失严重。", "要加强队伍建设。",
                                                  "还存在着违法违规征地的现象。", "还存在着一些现象。"])
def test_prose_statement_remembered_answers_as_read(sentence):
    for before_list in (False, True):
        assert pts._prose_statement(sentence, before_list) == pts._prose_statement_of(sentence, before_list)
    long = sentence + "，" * (asp._MEMO_CHARS + 1)  # (too long to be remembered: read at each call)
    assert pts._prose_statement(long) == pts._prose_statement_of(long)


def test_prose_statement_values():
    assert pts._prose_statement("社区工作者待遇偏低，流失严重。") == asp.CHALLENGE
    assert pts._prose_statement("要加强队伍建设。") == asp.RECOMMENDATION
    assert pts._prose_statement("还存在着一些现象。") == asp.CHALLENGE  # (that a problem exists: states_existence)
    # negative: before a list the existence of a problem sums the list up; narration states neither
    assert pts._prose_statement("还存在着一些现象。", True) is None
    assert pts._prose_statement("今年举办了三场招聘会。") is None


def test_gated_readers_are_linear_on_long_and_many_inputs():
    """A 100,000-character line and 10,000 tiny sentences: the gates read each text once."""
    line = "社区面临人手不足等问题，" * 8000 + "我们应当加强队伍建设，但仍然不到位。"
    pts._resolving_turn(line)
    pts.persisting_problem(line)
    asp.awaits_improvement(line)
    asp.continues_work_done(line, line)
    asp.reports_scholar_view(line, len(line) // 2, len(line))
    for k in range(10_000):
        s = f"第{k}句。"
        assert pts.persisting_problem(s) is None and pts._resolving_turn(s) is None
        assert not asp.awaits_improvement(s)


def _praises_report_ungated(point: str) -> bool:
    """:func:`summarizer.aspects.praises_report` without its gate (the reading as it stood before speed21b)."""
    words = asp.lexicon().words("report_praise")
    clauses = re.split(r"[，,；;。！!]", point)
    if sum(c.strip().endswith(words) for c in clauses if c.strip()) < asp.REPORT_PRAISE_CLAUSES:
        return False
    return not (asp.challenge_strength(point) or asp._prose_deficits(point))


PRAISE = ["总结成绩实事求是，分析问题深入透彻，部署工作措施有力", "总结成绩实事求是，分析问题深入透彻，但落实不到位",
          "报告实事求是，措施有力", "加强队伍建设，完善经费保障", "", "，；"]


@pytest.mark.parametrize("point", PRAISE)
def test_praises_report_gate_answers_as_the_full_reading(point):
    assert asp.praises_report(point) == _praises_report_ungated(point)


def test_praises_report_values():
    assert asp.REPORT_PRAISE_CLAUSES >= 1  # (what makes the gate exact: a praise clause is needed)
    assert asp.praises_report("总结成绩实事求是，分析问题深入透彻，部署工作措施有力")
    # negative: a measure names no praise word (the gate)
    assert not asp.has_cue("加强队伍建设，完善经费保障", "report_praise")
    assert not asp.praises_report("加强队伍建设，完善经费保障")
