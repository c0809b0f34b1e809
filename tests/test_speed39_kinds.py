"""speed39: hoisted per-call work that changes no output (issue 9). Exactness only, never timing: each rewritten
function answers as the form it replaced, on texts written here."""

from __future__ import annotations

import re

from summarizer import aspects as asp
from summarizer.chars import ends_as_lead_in

_OLD_BREAK = re.compile(r"[。！？!?\n]")


def _old_inside_definition(text: str, start: int, end: int) -> bool:
    """inside_definition as it read before speed39 (a list of the window's breaks)."""
    lo = max(0, start - asp.DEFINITION_LOOKBACK_CHARS)
    breaks = list(_OLD_BREAK.finditer(text[lo:start]))
    if not breaks and lo > 0:
        return False
    opening = lo + (breaks[-1].end() if breaks else 0)
    m = asp._defined_term_re().match(text, opening, end)
    if m is not None and any(aspect == asp.CHALLENGE for _, aspect in asp.heading_cues(m.group())):
        return False
    return m is not None and not asp.strong_modal(text[start:end])


DEFINITION = "养老驿站，简称驿站，是指增加护理岗位的机构。"
TEXTS = [
    DEFINITION,
    "前文。\n" + DEFINITION,
    "社区工作很多！" + DEFINITION + "政府应当增加护理岗位。",
    "很" * 70 + DEFINITION,  # (a sentence opening further back than the look-back)
    "很" * 70 + "。" + DEFINITION,
    "所谓“落地难题”，指的是资金不足、人手短缺等问题。",
]


def test_inside_definition_answers_as_the_list_of_breaks_did():
    seen = set()
    for text in TEXTS:
        for start in range(len(text)):
            for end in (start + 1, min(len(text), start + 6), len(text)):
                got = asp.inside_definition(text, start, end)
                assert got == _old_inside_definition(text, start, end), (text, start, end)
                seen.add(got)
    assert seen == {True, False}  # (both answers are exercised)
    start = DEFINITION.index("增加")
    assert asp.inside_definition(DEFINITION, start, start + 6) is True
    assert asp.inside_definition("很" * 70 + DEFINITION, 70 + start, 76 + start) is False


def _old_front_aspect(sentence: str) -> str | None:
    """front_aspect as it read before speed39 (the sentence stripped twice, the split pattern looked up per call)."""
    if sentence.strip().startswith(asp._CONNECTIVES):
        return None
    first = re.split(r"[，,；;。！？!?]", sentence.strip(), maxsplit=1)[0]
    if first.endswith(asp.lexicon().words("time_frame_end")) or asp.opens_condition(first):
        return None
    if asp.promises_handling(sentence) or asp.opens_with_findings(first):
        return None
    if asp.starts_imperative(first) and not asp.challenge_strength(first):
        return asp.RECOMMENDATION
    if first.startswith("对") and asp._treated_topic_re().match(sentence.strip()):
        return None
    if asp.challenge_strength(first) and not asp.starts_imperative(first):
        return asp.CHALLENGE
    return None


def test_front_aspect_answers_as_before():
    sentences = ["加强基层队伍建设，充实网格员力量。", "  社区工作队伍单薄，人手不足。", "改革开放以来，城市面貌发生了巨大变化。",
                 "一旦发生金融风险，后果严重。", "对有条件解决的问题，将集中力量予以解决。", "但是资金不足；人员短缺。",
                 "加强监管不到位的问题整改！", "今天天气很好"]
    got = [asp.front_aspect(s) for s in sentences]
    assert got == [_old_front_aspect(s) for s in sentences]
    assert got[0] == asp.RECOMMENDATION and got[1] == asp.CHALLENGE and got[2] is None and got[7] is None


def test_ends_as_lead_in_reads_colons_and_dashes():
    assert [ends_as_lead_in(t) for t in ("存在以下问题：", "建议如下: ", "有三大因素——", "原因有二--", "原因—",
                                         "问题很多。", "")] == [True, True, True, True, True, False, False]
