"""The vocabulary files' parser (chars.parse_word_groups): groups, comments, and a bad merge refused."""

from __future__ import annotations

import pytest

from summarizer.chars import parse_word_groups, word_groups
from summarizer.errors import ResourceError


def test_groups_words_and_comments():
    raw = "# a comment\n[modal]\n要 应  # inline comment\n应该\n\n[other]\n成效 要\n"
    assert parse_word_groups(raw, "test") == {"modal": ("应该", "应", "要"), "other": ("成效", "要")}


@pytest.mark.parametrize("marker", ["<<<<<<< HEAD", "=======", ">>>>>>> corpus16"])
def test_a_merge_conflict_marker_is_refused_with_its_line(marker):
    raw = f"[modal]\n要 应\n{marker}\n应该\n"
    with pytest.raises(ResourceError, match=r"^test line 3 is a merge-conflict marker"):
        parse_word_groups(raw, "test")


def test_a_file_without_groups_is_refused():
    with pytest.raises(ResourceError, match="holds no groups"):
        parse_word_groups("# only a comment\n", "test")


@pytest.mark.parametrize("name", ["cues.txt", "themes.txt", "theme_generic.txt", "essay_titles.txt", "genre.txt",
                                  "table_columns.txt", "furniture.txt", "contents.txt", "cantonese.txt",
                                  "theme_frames.txt", "theme_predicates.txt", "theme_synonyms.txt"])
def test_the_packaged_vocabularies_parse(name):
    assert word_groups(name, name)
