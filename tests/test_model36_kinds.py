"""model36 (issue 8): the candidate refit of the learned sentence-aspect model must be reproducible from its training
command (deterministic fit: the same corpus gives the same file, byte for byte) and scored at run time with numpy only
(no scikit-learn import when the pipeline loads the shipped file). Texts written here."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from gold_corpus import write_gold_corpus

from summarizer.evaluation import aspect_training as training

DOCS = {
    "1.txt": ("今年社区新建了一座图书室。楼道里的杂物堵住了消防通道。物业每月组织一次安全检查。春天的花开了。",
              ["楼道里的杂物堵住了消防通道"], ["物业每月组织一次安全检查"]),
    "2.txt": ("镇上的集市每周开放两天。河边的垃圾没有人及时清运。志愿者每月组织一次河岸清扫。河水缓缓流过。",
              ["河边的垃圾没有人及时清运"], ["志愿者每月组织一次河岸清扫"]),
}


def _corpus(root):
    return write_gold_corpus(root, DOCS)


def test_the_training_command_writes_the_same_file_twice(tmp_path):
    pytest.importorskip("sklearn")
    (tmp_path / "c").mkdir()
    corpus = _corpus(tmp_path / "c")
    outs = []
    for k in range(2):
        out = tmp_path / f"m{k}.json"
        assert training.main([str(out), str(corpus), "--c", "0.1", "--threshold", "0.65", "--veto", "0.65",
                              "--families", "cl", "--max-number", "3126"]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    saved = json.loads(outs[0])
    assert (saved["threshold"], saved["veto"]) == (0.65, 0.65)
    assert "c:每月" in saved["features"]  # (a word of both recommendations)


def test_the_shipped_file_is_scored_without_scikit_learn():
    code = ("import sys; from summarizer import aspect_model as am; m = am.load(); "
            "print(len(m.features), m.threshold, 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "4000" and float(out[1]) == 0.65 and out[2] == "False"
