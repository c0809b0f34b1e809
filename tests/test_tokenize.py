"""Tests of summarizer.tokenize (cases B09 token part, B15)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from summarizer.errors import ResourceError
from summarizer.tokenize import Tokenizer, default_stopwords, get_tokenizer, load_stopwords

REPO = Path(__file__).resolve().parents[1]
B15_TEXT = "要进一步加强基层治理的制度建设了。"


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING", "PYTHONUTF8"))}
    env["PYTHONPATH"] = str(REPO)
    env.update(extra)
    return env


def run_py(code: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=timeout, cwd=REPO)


@pytest.fixture
def bom_crlf_stopwords(tmp_path: Path) -> Path:
    path = tmp_path / "stop.txt"
    path.write_bytes("\ufeff的\r\n了\r\n要\r\n进一步\r\n".encode("utf-8"))
    return path


# --- B09: whitespace never becomes a token ------------------------------------------------------------------


def test_cleaned_text_gives_multi_character_words_and_no_whitespace_tokens():
    toks = get_tokenizer().tokens("推进基层治理现代化，是一项系统工程。参见 Digital Government 报告。")
    assert "基层" in toks and "治理" in toks
    assert "Digital" in toks and "Government" in toks
    assert all(t.strip() for t in toks)


@pytest.mark.parametrize("text", ["推 进 基 层 治 理", "a\u3000b\tc\r\nd", "   ", "\n\n"])
def test_whitespace_is_never_a_token(text):
    toks = get_tokenizer().tokens(text)
    assert all(t and not t.isspace() for t in toks)


def test_content_tokens_drop_punctuation_numbers_and_stopwords():
    toks = get_tokenizer().content_tokens("2021年，我们的基层治理增长了3.5%！见ＧＤＰ报告。")
    assert "，" not in toks and "！" not in toks and "。" not in toks
    assert "2021" not in toks and "3.5" not in toks
    assert "的" not in toks and "我们" not in toks
    assert "基层" in toks and "治理" in toks
    assert "gdp" in toks  # full-width Latin is normalised for comparison


# --- B15: stopword file encoding / BOM / CRLF -----------------------------------------------------------------


def test_bom_and_crlf_are_stripped_from_stopword_entries(bom_crlf_stopwords):
    words = load_stopwords(bom_crlf_stopwords)
    assert words == frozenset({"的", "了", "要", "进一步"})


def test_stopwords_from_bom_crlf_file_are_filtered(bom_crlf_stopwords):
    tok = Tokenizer(load_stopwords(bom_crlf_stopwords))
    content = tok.content_tokens(B15_TEXT)
    assert not {"的", "了", "要", "进一步"} & set(content)
    assert content == ["加强", "基层", "治理", "制度", "建设"]


def test_stopword_filtering_is_the_same_under_lang_c(bom_crlf_stopwords):
    code = (
        "import json, locale\n"
        "from summarizer.tokenize import Tokenizer, load_stopwords\n"
        f"tok = Tokenizer(load_stopwords({str(bom_crlf_stopwords)!a}))\n"
        "print(locale.getpreferredencoding(False))\n"
        f"print(json.dumps(tok.content_tokens({B15_TEXT!a})))\n"  # all ASCII: safe under LANG=C
    )
    # PYTHONUTF8=0 and PYTHONCOERCECLOCALE=0 stop Python from silently switching the C locale to UTF-8,
    # so a default-encoding open() would really decode as ASCII here.
    proc = run_py(code, clean_env(LANG="C", LC_ALL="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0"))
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    preferred, tokens = proc.stdout.decode("ascii").splitlines()
    assert "utf" not in preferred.lower()  # the locale default really is not UTF-8
    assert json.loads(tokens) == ["加强", "基层", "治理", "制度", "建设"]


def test_missing_stopword_file_raises_resource_error(tmp_path):
    with pytest.raises(ResourceError, match="cannot read"):
        load_stopwords(tmp_path / "nope.txt")


def test_undecodable_stopword_file_raises_resource_error(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("的\n了\n进一步\n".encode("gbk"))
    with pytest.raises(ResourceError, match="UTF-8"):
        load_stopwords(path)


def test_stopword_file_with_only_comments_raises_resource_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("# nothing here\n\n   \n", encoding="utf-8")
    with pytest.raises(ResourceError, match="no entries"):
        load_stopwords(path)


def test_comment_lines_are_ignored(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("# 助词\n的\n  了  \n#注释\n", encoding="utf-8")
    assert load_stopwords(path) == frozenset({"的", "了"})


def test_packaged_stopwords_are_loaded_and_effective():
    words = default_stopwords()
    assert len(words) > 200
    for w in ("的", "了", "要", "进一步", "是", "在", "和", "与", "及", "等", "我们", "他们"):
        assert w in words
    for content_word in ("加强", "治理", "基层", "问题", "推进", "完善"):
        assert content_word not in words
    assert not any(w.startswith("#") or w != w.strip() for w in words)
    content = get_tokenizer().content_tokens(B15_TEXT)
    assert content == ["加强", "基层", "治理", "制度", "建设"]


def test_empty_stopword_set_keeps_function_words():
    assert "的" in Tokenizer(frozenset()).content_tokens(B15_TEXT)


# --- shared instance, quiet and concurrent jieba ------------------------------------------------------------


def test_get_tokenizer_returns_one_shared_instance_across_threads():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(get_tokenizer())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(x) for x in seen}) == 1 and seen[0] is get_tokenizer()


WARM_CODE = (
    "import json\n"
    "from summarizer.tokenize import warm_up, get_tokenizer\n"
    "warm_up()\n"
    "print(json.dumps(get_tokenizer().tokens('推进基层治理现代化')))\n"
)


@pytest.mark.timeout(120)
def test_concurrent_first_starts_are_quiet_and_share_one_cache_file(tmp_path):
    cache = tmp_path / "cache"
    env = clean_env(SUMMARIZER_CACHE_DIR=str(cache))
    cmd = [sys.executable, "-c", WARM_CODE]
    procs = [subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    results = [p.communicate(timeout=100) for p in procs]
    for p, (out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err.decode(errors="replace")
        assert err == b""  # no "Building prefix dict ..." chatter
        assert json.loads(out) == ["推进", "基层", "治理", "现代化"]
    files = sorted(f.name for f in cache.iterdir())
    assert len(files) == 1 and files[0].startswith("jieba-") and files[0].endswith(".cache")
    # a second start loads the cache, still quietly
    again = run_py(WARM_CODE, env)
    assert again.returncode == 0 and again.stderr == b""


@pytest.mark.timeout(120)
def test_no_writable_cache_dir_still_works_quietly():
    code = "import summarizer.tokenize as t\nt._writable_cache_dir = lambda: None\n" + WARM_CODE
    proc = run_py(code, clean_env())
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert proc.stderr == b""
    assert json.loads(proc.stdout) == ["推进", "基层", "治理", "现代化"]


def test_cache_dir_that_cannot_be_created_is_skipped(tmp_path, monkeypatch):
    import summarizer.tokenize as t

    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(blocker / "sub"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert t._writable_cache_dir() == tmp_path / "xdg" / "summarizer"


# --- the optional rjieba backend (same dictionary, jieba-rs) -------------------------------------------------------


def test_rjieba_backend_segments_like_jieba_on_governance_text():
    pytest.importorskip("rjieba")
    text = "推进基层治理体系和治理能力现代化，是一项系统工程。要加强党建引领。"
    assert Tokenizer(backend="rjieba").tokens(text) == Tokenizer(backend="jieba").tokens(text)


def test_backend_is_chosen_by_environment_and_unknown_names_are_refused(monkeypatch):
    from summarizer.errors import ResourceError
    from summarizer.tokenize import default_backend

    monkeypatch.delenv("SUMMARIZER_TOKENIZER", raising=False)
    assert default_backend() == "jieba"
    monkeypatch.setenv("SUMMARIZER_TOKENIZER", "rjieba")
    assert default_backend() == "rjieba"
    monkeypatch.setenv("SUMMARIZER_TOKENIZER", "spacy")
    with pytest.raises(ResourceError, match="jieba, rjieba"):
        default_backend()
    with pytest.raises(ResourceError):
        Tokenizer(backend="spacy")
