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


def test_hong_kong_support_verbs_open_measures_of_a_demand_list():
    # 支援 (Hong Kong and Taiwan for 支持, support) opens a demand as 支持 does: a numbered list of demands where some
    # items open with it is read whole, not only its items of mainland verbs
    text = ("關注長者生活 完善安老服務\n\n社區組織協會\n\n政策面向 訴求\n1 完善長者醫療券計劃 擴大使用範圍\n"
            "2 支援獨居長者 設立社區關懷隊\n3 識別體弱長者 服務支援到位\n4 支援護老者 提供暫託服務\n"
            "5 增加安老宿位 縮短輪候時間\n\n本會一直關注長者生活。\n")
    _, recommendations = _points(text)
    assert any(p.startswith("支援獨居長者") for p in recommendations)
    assert any(p.startswith("支援護老者") for p in recommendations)


def test_taiwan_policy_verbs_and_jie_read_as_measures():
    # 藉此 (= 借此) and 研擬修法 (draft an amendment of the law): a modal sentence of them is a measure
    _, recommendations = _points("政府應藉此檢討政策,研擬修法。")
    assert recommendations and "研擬修法" in recommendations[0]


def test_fold_variants_reads_taiwan_and_hong_kong_variants_as_simplified_writes_them():
    from summarizer.script import fold_variants, simplified_view

    assert simplified_view("藉此瞭解甚麼祇是") == "借此了解什么只是"
    # kept where Simplified Chinese keeps them: 慰藉 狼藉 瞭望 神祇 甚至
    assert simplified_view("慰藉狼藉瞭望神祇甚至") == "慰藉狼藉瞭望神祇甚至"
    assert fold_variants("") == "" and fold_variants("没有变体") == "没有变体"
    assert len(simplified_view("憑藉" * 1000)) == 2000


def test_fold_variants_is_linear():
    from costs import assert_linear

    from summarizer.script import fold_variants

    assert_linear(lambda n: fold_variants("藉" * n), 50_000, "a long run of 藉")
    assert_linear(lambda n: fold_variants("甚麼藉口。" * n), 10_000, "many tiny sentences")
