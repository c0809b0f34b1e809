"""The input corpus (``benchmarks/data/inputs``) and its lost/duplicated check (``benchmarks.inputs_check``).

The readers' current loss rates are reported by the benchmark, not asserted here: these tests check that every
corpus file is accounted for (expected text, source, licence) and that the figures count what they say.
"""

from __future__ import annotations

import io
import json
import re

import pytest

from benchmarks import inputs_check as ic
from benchmarks.inputs_check import CORPUS, compare, discover, read_sources

ESSAY = "基层治理是国家治理的基石。当前，部分社区数据重复填报，网格员负担较重。建议统一数据标准，做到一次采集、多方使用。"


# ------------------------------------------------------------------------------------------ the corpus


def test_every_corpus_file_has_expected_text_source_and_licence():
    items = discover()
    sources = read_sources()
    by_format = {fmt: [it for it in items if it.format == fmt] for fmt in ic.FORMATS}
    for fmt, found in by_format.items():
        assert len(found) >= 10, f"{fmt}: only {len(found)} files"
        assert sum(1 for it in found if sources[it.path.relative_to(CORPUS).as_posix()]["kind"] == "real") >= 3
    for it in items:
        rel = it.path.relative_to(CORPUS).as_posix()
        assert rel in sources, f"{rel} has no row in SOURCES.md"
        row = sources[rel]
        assert row["kind"] in ("real", "built"), rel
        assert re.search(r"MIT|BSD|GPL|OFL|licen[cs]e|permission|public domain", row["licence"], re.I), rel
        assert row["origin"] and row["why"] and row["checked"], rel
        assert it.path.stat().st_size < 1_000_000, rel
        expected = it.expected.read_text(encoding="utf-8")
        assert ic.normalize(expected), f"{rel}: empty expected text"
    # every SOURCES row names a file that exists (no stale rows)
    assert {it.path.relative_to(CORPUS).as_posix() for it in items} == set(sources)
    assert sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file()) < 15_000_000


def test_discover_refuses_a_document_without_expected_text(tmp_path):
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "a.pdf").write_bytes(b"%PDF-1.4\n")
    with pytest.raises(FileNotFoundError, match="a.expected.txt"):
        discover(tmp_path)


# ------------------------------------------------------------------------------------------ the figures


def test_identical_text_loses_nothing_whatever_the_whitespace():
    c = compare(ESSAY, "  " + ESSAY.replace("。", "。\n") + "\n")
    assert (c.expected_chars, c.matched, c.lost, c.duplicated, c.moved, c.noise) == (len(ESSAY),) * 2 + (0,) * 4


def test_lost_characters_are_counted_exactly():
    cut = ESSAY.index("当前")
    output = ESSAY[:cut] + ESSAY[cut + 7:]  # "当前，部分社区" left out
    c = compare(ESSAY, output)
    assert c.lost == 7
    assert c.matched == len(ESSAY) - 7
    assert c.lost_fragments == ["当前,部分社区"]  # NFKC: the full-width comma counts as ","
    assert c.lost_rate == pytest.approx(7 / len(ESSAY))


def test_duplicated_text_is_counted_and_not_called_noise():
    c = compare(ESSAY, ESSAY + ESSAY[:12])
    assert (c.duplicated, c.noise, c.lost) == (12, 0, 0)
    assert c.duplicated_fragments == [ic.normalize(ESSAY[:12])]


def test_added_boilerplate_is_noise_with_its_rate():
    added = "责任编辑：王某"
    c = compare(ESSAY, ESSAY + "\n" + added)
    assert (c.noise, c.lost, c.duplicated) == (len(added), 0, 0)
    assert c.noise_rate == pytest.approx(len(added) / (len(ESSAY) + len(added)))


def test_short_unmatched_runs_are_noise_not_copies():
    # a repeated short piece ("建议", 2 characters < MIN_COPY) is noise; a long one is duplicated text
    c = compare(ESSAY, ESSAY + "建议")
    assert (c.noise, c.duplicated) == (2, 0)


def test_text_out_of_order_is_moved_not_lost():
    first, second = ESSAY[:13], ESSAY[13:]
    c = compare(first + "\n" + second, second + "\n" + first)
    assert c.lost == 0 and c.noise == 0
    assert c.moved == min(len(first), len(second))
    assert c.matched + c.moved == len(ESSAY)


def test_words_run_together_are_not_lost():
    # PDF text layers drop spaces ("BigPicture"): the characters are there, in order
    c = compare("Big Picture principle 820\t1300", "BigPicture principle | 820 | 1300 |")
    assert (c.lost, c.matched) == (0, len("BigPictureprinciple8201300"))
    assert c.noise == 3  # the three "|" a Markdown-like table adds


# ------------------------------------------------------------------------------------------ through the reader


def _docx(paragraphs: list[str], header: str | None = None) -> bytes:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_docx_whose_expected_text_has_one_more_paragraph_loses_exactly_it(tmp_path):
    kept = ["一、存在的问题", "部分社区数据重复填报，网格员负担较重。", "二、对策建议", "统一数据标准，做到一次采集、多方使用。"]
    missing = "加强培训，提升网格员数字技能。"  # in the expected text only
    (tmp_path / "docx").mkdir()
    (tmp_path / "docx" / "essay.docx").write_bytes(_docx(kept, header="××市民政局 内部资料"))
    (tmp_path / "docx" / "essay.expected.txt").write_text("\n".join(kept[:2] + [missing] + kept[2:]) + "\n",
                                                        encoding="utf-8")
    (tmp_path / "SOURCES.md").write_text(
        "| `docx/essay.docx` | built | test | project licence | one paragraph short | built |\n", encoding="utf-8")
    results = ic.run(tmp_path, settings=False)
    (row,) = results["files"]
    assert row["error"] is None
    assert row["lost"] == len(ic.normalize(missing))
    assert row["noise"] == 0  # the header is furniture, not read
    assert row["expected_chars"] == len(ic.normalize("".join(kept) + missing))
    assert results["formats"]["docx"]["all"]["lost"] == row["lost"]
    assert results["formats"]["docx"]["built"]["files"] == 1


def test_a_file_the_reader_refuses_counts_as_all_lost(tmp_path):
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\n")
    (tmp_path / "pdf" / "broken.expected.txt").write_text(ESSAY, encoding="utf-8")
    (tmp_path / "SOURCES.md").write_text("| `pdf/broken.pdf` | built | test | project licence | damaged | built |\n",
                                         encoding="utf-8")
    (row,) = ic.run(tmp_path, settings=False)["files"]
    assert row["error"] and row["lost"] == len(ESSAY) and row["output_chars"] == 0


def test_the_corpus_check_computes_figures_for_every_file_and_setting(tmp_path):
    results = ic.run(settings=True)
    files = results["files"]
    assert len(files) == len(discover())
    for r in files:
        assert r["matched"] + r["lost"] + r["moved"] == r["expected_chars"], r["file"]
        assert r["matched"] + r["duplicated"] + r["moved_out"] + r["noise"] == r["output_chars"], r["file"]
        assert 0.0 <= r["lost_rate"] <= 1.0 and 0.0 <= r["noise_rate"] <= 1.0
    for fmt in ic.FORMATS:
        t = results["formats"][fmt]["all"]
        assert t["files"] == sum(1 for r in files if r["format"] == fmt)
        assert t["expected_chars"] == sum(r["expected_chars"] for r in files if r["format"] == fmt)
    settings = results["html_settings"]["settings"]
    assert "trafilatura favor_recall" in settings and "trafilatura include_formatting" in settings
    n_html = sum(1 for r in files if r["format"] == "html")
    assert all(len(s["files"]) == n_html for s in settings.values())
    # html2txt keeps all of a page's text: it can only lose what is not text at all
    assert settings["trafilatura html2txt"]["all"]["lost_rate"] < 0.02
    # the report: a Markdown table per format, written beside the JSON
    md = ic.render_markdown(results, "python -m benchmarks.inputs_check")
    for fmt in ic.FORMATS:
        assert f"| **{fmt}** | {results['formats'][fmt]['all']['files']} |" in md
    (tmp_path / "inputs.json").write_text(json.dumps(results), encoding="utf-8")
    section = ic.inputs_section(tmp_path)
    assert "## Input readers" in section and "| **pdf** |" in section
