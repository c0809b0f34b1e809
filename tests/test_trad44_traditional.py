"""trad44: Traditional-script gaps, each on a small Traditional text of the test's own: what the Simplified copy of a
text gets right must be got right in the user's own characters too."""

from summarizer.clean import clean
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_traditional_structured_abstract_labels_are_removed_like_simplified_ones():
    # the inline apparatus rules (【目的/意義】, 中圖分類號, 作者簡介) read the Simplified view: a Traditional paper's
    # bracketed part label goes like 【目的/意义】 does, and the findings after it are read as in Simplified text
    body = ("【目的/意義】社區養老是應對人口老化的重要途徑,本文以某市為例。【結果/結論】研究發現:社區養老普遍存在"
            "服務設施不足、專業人員短缺以及資金來源單一等問題,提出要完善服務網絡,加大財政投入等對策。")
    trad = clean(body).text
    assert "目的/意義" not in trad and "結果/結論" not in trad
    challenges, _ = _points(body)
    assert any("服務設施不足" in p for p in challenges)
    simp = clean("中圖分類號:C913.6 文獻標識碼:A\n社區養老是重要途徑。").text
    assert "中圖分類號" not in simp and "文獻標識碼" not in simp


def test_simplified_apparatus_rules_unchanged():
    assert "目的/意义" not in clean("【目的/意义】本文研究社区养老。【结果/结论】存在设施不足等问题。").text
