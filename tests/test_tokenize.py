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
    env = clean_env(SUMMARIZER_CACHE_DIR=str(cache), SUMMARIZER_TOKENIZER="jieba")  # jieba's cache file
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
    for backend in ("jieba", "rjieba"):
        proc = run_py(code, clean_env(SUMMARIZER_TOKENIZER=backend))
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
    assert default_backend() == "rjieba"  # a default dependency
    monkeypatch.setenv("SUMMARIZER_TOKENIZER", "jieba")
    assert default_backend() == "jieba"
    monkeypatch.setenv("SUMMARIZER_TOKENIZER", "rjieba")
    assert default_backend() == "rjieba"
    monkeypatch.setenv("SUMMARIZER_TOKENIZER", "spacy")
    with pytest.raises(ResourceError, match="jieba, rjieba"):
        default_backend()
    with pytest.raises(ResourceError):
        Tokenizer(backend="spacy")


def test_jieba_is_the_fallback_when_rjieba_is_missing(monkeypatch):
    import summarizer.tokenize as t

    def missing():
        raise ResourceError("the 'rjieba' tokenizer backend is not installed")

    monkeypatch.delenv("SUMMARIZER_TOKENIZER", raising=False)
    monkeypatch.delenv("SUMMARIZER_USER_DICT", raising=False)
    monkeypatch.setattr(t, "_rjieba", missing)
    assert t.default_backend() == "jieba"
    assert Tokenizer().backend == "jieba"
    assert Tokenizer().tokens("推进基层治理现代化") == ["推进", "基层", "治理", "现代化"]
    with pytest.raises(ResourceError, match="not installed"):
        Tokenizer(backend="rjieba").tokens("推进")


# jieba cuts a run of ASCII letters, digits and -._% that no dictionary word covers with its HMM's skip pattern;
# jieba-rs keeps it whole. The rjieba backend cuts those runs as jieba does (words found in the benchmark corpora).
@pytest.mark.parametrize("text, words", [
    ("2018-2020EPS为1.86元", ["2018", "-", "2020EPS", "为", "1.86", "元"]),
    ("访问wap.leadbank.com.cn", ["访问", "wap", ".", "leadbank", ".", "com", ".", "cn"]),
    ("增长60%-65%", ["增长", "60%", "-", "65%"]),
    ("118.31mmx82.35mm", ["118.31", "mmx82.35", "mm"]),
    ("0.3g的Navier-Stokes", ["0.3", "g", "的", "Navier", "-", "Stokes"]),
    ("学C++和AT&T", ["学", "C++", "和", "AT&T"]),  # dictionary words stay whole
    ("a  \r\n\tb", ["a", " ", " ", "\r\n", "\t", "b"]),
    ("안녕 αβ-γ", ["안", "녕", " ", "α", "β", "-", "γ"]),
])
def test_rjieba_backend_cuts_ascii_runs_as_jieba_does(text, words):
    import rjieba

    from summarizer.tokenize import jieba_module, rjieba_cut

    assert jieba_module().lcut(text) == words
    assert rjieba_cut(text) == words
    assert "".join(rjieba_cut(text)) == text
    if text.startswith("2018"):
        assert rjieba.cut(text)[0] == "2018-2020EPS"  # what the fix is for


# --- user dictionaries (jieba) ------------------------------------------------------------------------------------

USER_TEXT = "基层减负一张网工作要做好"


@pytest.fixture
def user_dict(tmp_path: Path) -> Path:
    path = tmp_path / "user.txt"
    path.write_bytes("\ufeff一张网工作 10 n\r\n基层减负\n".encode("utf-8"))  # BOM, CRLF, no frequency: as jieba reads
    return path


def test_a_user_dictionary_changes_the_segmentation(user_dict, monkeypatch):
    monkeypatch.delenv("SUMMARIZER_USER_DICT", raising=False)
    plain = get_tokenizer().tokens(USER_TEXT)
    assert plain[:5] == ["基层", "减负", "一张", "网", "工作"]  # split without the user dictionary
    tok = Tokenizer(user_dict=user_dict)
    assert tok.backend == "jieba"
    assert tok.tokens(USER_TEXT) == ["基层减负", "一张网工作", "要", "做好"]
    assert tok.content_tokens(USER_TEXT) == ["基层减负", "一张网工作", "做好"]
    shared = get_tokenizer(user_dict=str(user_dict))
    assert shared is get_tokenizer(user_dict=user_dict) and shared.tokens(USER_TEXT)[1] == "一张网工作"
    # the default tokenizer is unchanged: the user words went into a separate dictionary
    assert get_tokenizer().tokens(USER_TEXT) == plain
    assert get_tokenizer("jieba").tokens(USER_TEXT) == plain


def test_user_dictionary_from_the_environment_and_in_summarize(user_dict, monkeypatch):
    from summarizer import analyze

    monkeypatch.setenv("SUMMARIZER_USER_DICT", str(user_dict))
    tok = get_tokenizer()
    assert tok.backend == "jieba" and tok.user_dict == str(user_dict)
    monkeypatch.delenv("SUMMARIZER_USER_DICT")
    text = "一、问题\n基层减负一张网工作推进缓慢，数据重复填报。\n二、对策\n要加快基层减负一张网工作的整合。\n"
    words = {w for e in analyze(text, user_dict=user_dict) for sent in e.tokens for w in sent}
    assert {"基层减负", "一张网工作"} <= words
    plain = {w for e in analyze(text) for sent in e.tokens for w in sent}
    assert "一张网工作" not in plain and "基层" in plain
    with pytest.raises(TypeError, match="not both"):
        analyze(text, user_dict=user_dict, tokenizer=get_tokenizer())


def test_bad_user_dictionaries_are_clear_errors(tmp_path, user_dict):
    with pytest.raises(ResourceError, match="cannot read user dictionary"):
        Tokenizer(user_dict=tmp_path / "missing.txt")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("一张网工作 10 n\n".encode("gbk"))
    with pytest.raises(ResourceError, match="not valid UTF-8"):
        Tokenizer(user_dict=gbk)
    with pytest.raises(ResourceError, match="needs the jieba backend"):
        Tokenizer(backend="rjieba", user_dict=user_dict)


@pytest.mark.timeout(120)
def test_user_dictionary_loads_quietly_in_a_fresh_process(tmp_path, user_dict):
    code = ("import json\nfrom summarizer.tokenize import get_tokenizer\n"
            f"print(json.dumps(get_tokenizer(user_dict={str(user_dict)!a}).tokens({USER_TEXT!a})))\n")
    proc = run_py(code, clean_env(SUMMARIZER_CACHE_DIR=str(tmp_path / "cache")))
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert proc.stderr == b""
    assert json.loads(proc.stdout) == ["基层减负", "一张网工作", "要", "做好"]


def test_service_setting_user_dict(user_dict, monkeypatch):
    """SUMMARIZER_USER_DICT / Settings.user_dict: the app segments with jieba and the user's words; the default
    backend setting is rjieba; a missing dictionary stops the app at creation, not at a request."""
    from fastapi.testclient import TestClient

    import summarizer.tokenize as t
    from service.app import create_app
    from service.settings import Settings

    monkeypatch.delenv("SUMMARIZER_TOKENIZER", raising=False)
    monkeypatch.delenv("SUMMARIZER_USER_DICT", raising=False)
    assert Settings().tokenizer == "rjieba" and Settings().user_dict is None
    monkeypatch.setenv("SUMMARIZER_USER_DICT", str(user_dict))
    settings = Settings(warm_up=False)
    assert settings.user_dict == str(user_dict)
    seen = []
    real = t.get_tokenizer
    monkeypatch.setattr(t, "get_tokenizer", lambda backend=None, user_dict=None: seen.append(
        (backend, user_dict)) or real(backend, user_dict))
    with TestClient(create_app(settings)) as client:
        r = client.post("/v1/summarize", json={"text": "一、问题\n" + USER_TEXT + "。\n二、对策\n要做好基层减负一张网工作。"})
    assert r.status_code == 200, r.text
    assert seen == [("jieba", str(user_dict))]
    assert real("jieba", user_dict=str(user_dict)).tokens(USER_TEXT)[:2] == ["基层减负", "一张网工作"]
    with pytest.raises(ResourceError, match="cannot read user dictionary"):
        create_app(Settings(user_dict=str(user_dict) + ".missing", warm_up=False))
