"""perf52 (issue 9): the last of a set of characters in a window (``chars.rfind_any``) is one character-class search
of the reversed window, the value of ``max(text.rfind(c, lo, hi) for c in chars)`` that some forty places of the
points and aspects stages computed one ``rfind`` a character; an item's opening modal (``aspects._opening_modal``) is
looked up among the modal words of its first character. Each answer is the old expression's, on every bound."""
import itertools
import random

import pytest

from summarizer import aspects as asp
from summarizer import points
from summarizer.chars import SENTENCE_END, rfind_any


def _idiom(text, chars, lo=0, hi=None):
    """The expression rfind_any replaced, as it stood at its call sites."""
    return max((text.rfind(c, lo, len(text) if hi is None else hi) for c in chars), default=-1)


@pytest.mark.parametrize("chars", ["，,；;", SENTENCE_END + "\n", "：:", "]^-\\", ""])
def test_rfind_any_equals_the_idiom_on_every_bound(chars):
    text = "一是加强基层治理，完善制度；二是经费不足：人员老化。]^-\\要落实！\n三是"
    n = len(text)
    for lo, hi in itertools.product(range(-n - 3, n + 4), repeat=2):
        assert rfind_any(text, chars, lo, hi) == _idiom(text, chars, lo, hi), (chars, lo, hi)
    assert rfind_any(text, chars) == _idiom(text, chars)


def test_rfind_any_on_random_texts_and_concrete_offsets():
    rng = random.Random(52)
    alphabet = "，,。；;：:！？!?\n问题要好a"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        chars = rng.choice(["，,", "。！？!?\n", "；;：:\n", "a"])
        lo, hi = rng.randint(-25, 25), rng.randint(-25, 25)
        assert rfind_any(text, chars, lo, hi) == _idiom(text, chars, lo, hi)
    s = "经费不足，人员老化；要加强培训。"
    assert rfind_any(s, "，,；;") == 9  # the semicolon
    assert rfind_any(s, "，,；;", 0, 9) == 4  # the comma: the window ends before the semicolon
    assert rfind_any(s, "，,；;", 5, 9) == -1
    assert rfind_any(s, "。", 0, -1) == -1 and rfind_any(s, "。") == len(s) - 1  # a negative end counts from the end
    assert rfind_any("", "，") == -1 and rfind_any(s, "") == -1


def test_sentence_windows_read_as_before():
    text = "小区停车难。物业管理混乱！要加强监管\n一是增设车位，二是完善制度"
    for start in range(len(text) + 1):
        a = max(0, start - points.SENTENCE_HEAD_CHARS)
        last = _idiom(text, SENTENCE_END + "\n", a, start)
        assert points._sentence_head(text, start) == text[last + 1 if last >= 0 else a:start].strip()
        for lo in range(start + 1):
            assert asp._last_sentence_break(text, lo, start) == _idiom(text, SENTENCE_END + "\n", lo, start)
    assert points._sentence_head(text, len(text)) == "一是增设车位，二是完善制度"


def test_opening_modal_is_the_longest_modal_word_that_opens_the_clause():
    words = asp.lexicon().words("modal")

    def old(clause):  # the expression before perf52, with the rest of the function as it is
        if asp._mask_non_modals(clause[:4])[:1].isspace():
            return None
        m = max((w for w in words if clause.startswith(w)), key=len, default=None)
        if m is None:
            return None
        rest = clause[len(m):len(m) + asp.OPENING_MODAL_REST_CHARS]
        return m if len(rest) == asp.OPENING_MODAL_REST_CHARS and all("\u4e00" <= ch <= "\u9fff" for ch in rest) \
            else None

    clauses = ["要备足抢险物资", "应进一步完善制度", "要进一步落实责任", "一定要守住底线", "必须加强监管", "应对风险",
               "应用新技术", "要", "要求", "要ab", "经费不足", "", "不妨试点推行"]
    clauses += [w + "加强治理" for w in words] + [w + "a" for w in words]
    for clause in clauses:
        assert asp._opening_modal(clause) == old(clause), clause
    assert asp._opening_modal("应进一步完善制度") == "应进一步"  # the longest word, not 应
    assert asp._opening_modal("要备足抢险物资") == "要"
