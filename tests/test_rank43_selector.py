"""rank43: the sentence selector (summarizer/sentence_selector.py) over every segmented sentence."""


import numpy as np

from summarizer import summarize
from summarizer.aspect_model import load, using
from summarizer.schema import SummarizeOptions
from summarizer.sentence_selector import SentenceSelector, TreeEnsemble, load_selector
from costs import assert_linear

ESSAY = ("关于推进社区养老服务的几点思考\n\n"
         "当前，我市老龄化程度不断加深，社区养老服务需求日益增长。但从调研情况看，社区养老服务仍面临不少困难。"
         "一是服务设施不足，部分老旧小区缺少日间照料场所。二是专业人员短缺，护理人员流动性大、待遇偏低。"
         "三是资金来源单一，主要依靠财政投入，社会资本参与不够。\n\n"
         "为此，建议从以下几个方面着力。首先，要加大设施建设力度，利用闲置用房改建养老服务站点。"
         "其次，应当完善人才培养机制，提高护理人员薪酬待遇。最后，要拓宽资金渠道，鼓励社会力量参与社区养老服务。"
         "各街道要把养老服务纳入年度考核，确保各项措施落到实处。\n")


def _recommendations(options):
    return [p.text for e in summarize(ESSAY, options=options).essays for p in e.recommendations]


def test_tree_ensemble_walks_every_tree_to_its_leaf():
    # two trees: class 1's splits on feature 0 at 0.5 (left leaf +1, right leaf -1); class 2's is one leaf of +0.5
    trees = TreeEnsemble({"feature": [0, 0, 0, 0], "threshold": [0.5, 0, 0, 0], "left": [1, 0, 0, 0],
                          "right": [2, 0, 0, 0], "leaf": [False, True, True, True], "value": [0, 1.0, -1.0, 0.5],
                          "roots": [0, 3], "classes": [1, 2], "baseline": [0.0, 0.0, 0.0], "depth": 2})
    p = trees.probabilities(np.array([[0.2], [0.5], [0.9]], dtype=np.float32))
    raw = np.array([[0, 1, 0.5], [0, 1, 0.5], [0, -1, 0.5]])
    want = np.exp(raw) / np.exp(raw).sum(axis=1, keepdims=True)
    assert np.allclose(p, want)
    assert trees.probabilities(np.zeros((0, 1))).shape == (0, 3)


def test_shipped_selector_reads_and_adds_a_measure_the_rules_miss():
    sel = load_selector()
    assert isinstance(sel, SentenceSelector) and 0 < sel.add_at <= 1
    on = _recommendations(SummarizeOptions(sentence_selector=True))
    off = _recommendations(SummarizeOptions(sentence_selector=False))
    assert _recommendations(SummarizeOptions()) == on  # (on by default since selon44: see the README, rank43)
    assert "要加大设施建设力度，利用闲置用房改建养老服务站点" in on
    assert "要加大设施建设力度，利用闲置用房改建养老服务站点" not in off


def test_selector_off_or_a_model_set_by_using_leaves_the_linear_model():
    off = _recommendations(SummarizeOptions(sentence_selector=False))
    with using(load()):
        assert _recommendations(SummarizeOptions(sentence_selector=True)) == off
    assert _recommendations(SummarizeOptions(aspect_model=False)) == _recommendations(
        SummarizeOptions(aspect_model=False, sentence_selector=False))


def test_selector_is_linear_in_the_essay():
    options = SummarizeOptions(sentence_selector=True)
    assert_linear(lambda n: summarize("关于工作的思考\n\n" + "".join(f"第{i}项工作要加强管理。" for i in range(n)),
                                      options=options), 100, "an essay of many sentences")
    assert_linear(lambda n: summarize("关于工作的思考\n\n" + "要加强管理" * n, options=options), 1_000,
                  "one long sentence")


def test_selector_option_is_on_by_default_and_documented_so():
    field = SummarizeOptions.model_fields["sentence_selector"]
    assert field.default is True
    assert "on by default" in field.description and "off by default" not in field.description
    assert "aspect_model off it does nothing" in field.description


def test_cli_summarize_and_evaluate_pass_the_selector_option(tmp_path):
    import json

    from typer.testing import CliRunner

    from summarizer.cli import app

    essay = tmp_path / "essay.txt"
    essay.write_text(ESSAY, encoding="utf-8")
    runner = CliRunner()

    def recs(*flags):
        r = runner.invoke(app, ["summarize", str(essay), "--workers", "0", "--quiet", *flags])
        assert r.exit_code == 0, r.output
        return [p["text"] for e in json.loads(r.stdout)["essays"] for p in e["recommendations"]]

    assert recs() == recs("--sentence-selector") == _recommendations(SummarizeOptions())
    assert recs("--no-sentence-selector") == _recommendations(SummarizeOptions(sentence_selector=False))
    assert recs() != recs("--no-sentence-selector")
    corpus = tmp_path / "corpus"
    (corpus / "docs").mkdir(parents=True)
    (corpus / "docs" / "a.txt").write_text(ESSAY, encoding="utf-8")
    (corpus / "gold.json").write_text(json.dumps({"essays": [{"id": "a", "file": "a.txt", "challenges": ["服务设施不足"],
                                                               "recommendations": ["拓宽资金渠道"]}]},
                                                 ensure_ascii=False), encoding="utf-8")
    for flags, want in (([], True), (["--no-sentence-selector"], False)):
        out = tmp_path / f"report{len(flags)}.json"
        r = runner.invoke(app, ["evaluate", "--task", "aspects", str(corpus), "--quiet", "--json", str(out), *flags])
        assert out.exists(), r.output
        assert json.loads(out.read_text(encoding="utf-8"))["options"]["sentence_selector"] is want
    r = runner.invoke(app, ["evaluate", "data.jsonl", "--no-sentence-selector"])
    assert r.exit_code != 0 and "--no-sentence-selector" in r.output and "--task aspects only" in " ".join(
        r.output.replace("│", " ").split())
