"""HTML → text: the page's main content (trafilatura), with its line structure and without site furniture.

Steps (each linear in the size of the page):

1. **Line breaks survive**: every ``<br>`` is marked with a character no page holds (U+2E4E) before extraction,
   and the mark becomes a line break after it. trafilatura joins the lines of a ``<br>``-only article into one paragraph on
   its recall path (adbar/trafilatura#883; case B42), so an article of title, headings and items separated by
   ``<br>`` would otherwise come out as one line. A block element that stands in running text (``…<h5>图注</h5>
   <div><b>小标题</b></div> 正文…``) is marked at both its edges too: trafilatura joins it to the text beside it.
2. **Link blocks go**: an element (``div``, ``ul``, ``p``, ``td``…) with two or more links whose text is nearly
   all link text (navigation bars ``首页 | 新闻``, related-article lists, share bars, tag clouds) is removed
   before extraction, as is ``<nav>``; trafilatura keeps such blocks next to a short article. An element the
   browser never shows by its own markup, the ``hidden`` attribute, goes too (hidden ad and SEO text:
   ``<div hidden>应当立即下载客户端…</div>``; trafilatura drops inline ``display:none`` itself). A
   ``<template>`` stays: a Vue single-file component saved as a page holds its whole article in one.
   A table whose cells hold paragraphs or blocks (a legacy layout, ``<td><p>…</p></td>``) becomes ``<div>``s,
   so its paragraphs stay lines (trafilatura writes a table cell on one line).
3. **Main content**: ``trafilatura.extract`` with the settings measured best on the saved pages (README, "HTML
   extraction": ``favor_recall=True``, ``include_formatting=False``, tables kept); a page too small for its
   main-content detection falls back to all of its text (``trafilatura.html2txt``); an article shorter than
   trafilatura's ``MIN_EXTRACTED_SIZE`` (250 characters), which it writes as one line of title, byline and
   paragraphs joined by spaces, is extracted again with no such minimum, one line per block. The page's first ``<h1>``,
   when the page's ``<title>`` starts with it or has it as a middle part (``栏目｜标题｜站点``), is the article's
   title (on a page without ``<h1>``: the element
   that repeats the ``<title>``'s first part, a legacy layout's ``<td class="title">``, else that first part itself
   when the body shows it inside a line that does not open with it, ``(二)标题``): trafilatura drops it next
   to some page furniture, so it is put back as the first line when missing; the other parts of the ``<title>`` written in
   Chinese (channel and site names: a logo's ``<h1>``) are taken off the start of the text.
4. **Lines**: table rows written by trafilatura as markdown (``| a | b |``) become tab-separated cells (its
   ``|---|`` rule rows go), as do a table flattened into ``<p>`` rows ``cell | cell |`` (two or more such lines
   with the same number of cells, :func:`_flattened_table_rows`; one bar line stays a navigation bar); lines matching the whole-line site-boilerplate rules of
   ``summarizer/resources/boilerplate.txt`` (breadcrumbs, bylines ``2024-03-15 08:30 来源：… 作者：…``,
   ``（责任编辑：…）``, ICP licence and copyright lines, share bars, related-link headers) are dropped, the same
   rules the cleaning stage applies to text inputs; blank lines go.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from summarizer.chars import has_content
from summarizer.errors import DecodeError, EmptyInputError, ResourceError

__all__ = ["main_content", "main_content_headings", "boilerplate_rules", "prepare", "HEADING_TAGS"]

# a printable character (trafilatura drops unprintable ones) that Chinese and Latin text never holds: U+2E4E
# PUNCTUS ELEVATUS MARK, a medieval punctuation mark; a page that does hold it gets no marks
_BR_MARK = "\u2e4e"
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
# characters that are no text of their own: separators between links
_SEPARATORS = frozenset(" \t\r\n\xa0\u3000|｜/\\>»›<«‹·•・-—–_,，、:：;；[]【】()（）")
# elements that may hold a block of links (a block is removed whole; inline <a> stay)
_BLOCKS = frozenset({"div", "ul", "ol", "li", "p", "td", "tr", "table", "tbody", "section", "header", "footer",
                     "aside", "dl", "dd", "span", "font", "center", "form"})
# (not <template>: a Vue single-file component saved as .html holds the whole page in one; benchmark 206)
_DROP_TAGS = frozenset({"nav", "script", "style", "noscript"})
# elements whose ``hidden`` attribute is never honoured here: a page hidden whole until its scripts run
# (``<body hidden>``) is still the page; ``hidden="until-found"`` is collapsed text a reader can open
_HIDDEN_IGNORED_ON = frozenset({"html", "head", "body"})
#: share of an element's text that must be link text for it to be a link block
LINK_SHARE = 0.9
_TABLE_ROW = re.compile(r"\A\|(.*)\|\Z")
_TABLE_RULE = re.compile(r"\A\|(?:\s{0,3}:?-{3,}:?\s{0,3}\|){1,200}\Z")


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The whole-line rules of ``summarizer/resources/boilerplate.txt`` (``name<TAB>regex`` lines).

    Raises:
        ResourceError: the packaged file is missing or a rule does not compile.
    """
    try:
        raw = resources.files("summarizer.resources").joinpath("boilerplate.txt").read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read packaged boilerplate rules: {exc}") from exc
    rules = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#") or "\t" not in line:
            continue
        name, pattern = line.split("\t", 1)
        try:
            rules.append((name.strip(), re.compile(pattern.strip())))
        except re.error as exc:
            raise ResourceError(f"boilerplate.txt line {n}: {exc}") from exc
    return tuple(rules)


def prepare(html: str) -> str:
    """The page with each ``<br>`` marked (U+2E4E after it), layout tables turned into ``<div>``s, and link blocks
    and ``<nav>`` removed (steps 1-2 of the module docstring); the page unchanged when lxml cannot parse it."""
    return _prepare(html)[0]


#: The heading elements and their levels (``<h1>`` 1 … ``<h6>`` 6).
HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}


def _heading_levels(root) -> dict[str, int]:  # noqa: ANN001 - an lxml element
    """``{text: level}`` of the page's heading elements (:data:`HEADING_TAGS`), each heading's text with no white
    space and no ``<br>`` mark (:func:`_norm`); a text two headings share keeps the shallower level. One pass."""
    levels: dict[str, int] = {}
    for element in root.iter(*HEADING_TAGS):
        key = _norm(element.text_content()).replace(_BR_MARK, "")
        if key and levels.get(key, 7) > HEADING_TAGS[element.tag]:
            levels[key] = HEADING_TAGS[element.tag]
    return levels


def _prepare(html: str) -> tuple[str, str | None, frozenset[str], bool, dict[str, int]]:
    """:func:`prepare`, the page's article title, its site and channel names, and whether the title is a fallback.
    The article title is the first ``<h1>`` when the page's ``<title>`` starts with it (``标题_栏目_站点``) or has it
    as a middle part (``栏目｜标题｜站点``: the other parts are the names then); on a
    page without ``<h1>``, the element that repeats the ``<title>``'s longest later part (:func:`_later_headline`:
    ``站点｜标题``) or its first part, else that first part itself (a
    fallback: ``标题 - 美篇`` gives ``标题``); the other parts of the ``<title>`` are the names of the channel and the
    site (a logo in an ``<h1>``: never the article's first line). Last, the page's heading levels
    (:func:`_heading_levels`; empty when lxml cannot parse the page)."""
    from lxml import etree
    from lxml import html as lxml_html

    html = _XML_DECLARATION.sub("", html, count=1)
    marks = _BR_MARK not in html
    if not html.strip():
        return html, None, frozenset(), False, {}
    try:
        root = lxml_html.document_fromstring(html, parser=_deep_parser())
        root, deepest = _flatten_deep(root)
        if deepest >= LIBXML_MAX_DEPTH:  # (the parser stopped there: what lay deeper is lost)
            root, _ = _flatten_deep(lxml_html.document_fromstring(_unnest(html), parser=_deep_parser()))
    except (etree.ParserError, ValueError):
        return html, None, frozenset(), False, {}
    levels = _heading_levels(root)
    title, fallback = None, False
    site_names: frozenset[str] = frozenset()
    page_title = root.find(".//title")
    if page_title is not None:
        segments = [_norm(seg) for seg in _TITLE_SEPARATOR.split(page_title.text_content())]
        # Chinese sites write "标题_栏目_站点": the later parts name the channel and the site (western sites also
        # write "Site — Title", so only parts in Chinese are taken for names)
        site_names = frozenset(seg for seg in segments[1:] if _HAN.search(seg))
        h1 = next(root.iter("h1"), None)
        heading = " ".join(h1.text_content().split()) if h1 is not None else ""
        # (an emoji or other symbol the <h1> adds, 标题？🔥 under <title>标题？</title>, is no part of the comparison: a
        # self-media headline's decoration; try44)
        if len(_bare(heading)) >= 4 and _bare(page_title.text_content()).startswith(_bare(heading)):
            title = heading
        elif len(heading) >= 4 and _norm(heading) in segments[1:-1]:
            # 港聞｜标题｜明報新聞網: a middle part of the <title> is the <h1>, the parts around it are the channel's
            # and the site's names (the last part, `栏目_站点`, is the site: an <h1> that repeats it is a logo)
            title = heading
            site_names = frozenset(seg for seg in segments if _HAN.search(seg) and seg != _norm(heading))
        elif len(_bare(heading)) >= 4 and _HAN.search(heading) and _names_site_only(segments) and (
                _norm(heading) not in segments):
            # <title>某某县融媒体中心</title> or <title> | 某某日报网</title> over <h1>标题</h1>: the <title> names only the
            # site, the <h1> is the article's own heading (fix59)
            title = heading
            site_names = frozenset(seg for seg in segments if _HAN.search(seg))
        elif h1 is None and site_names and (later := _later_headline(root, segments)) is not None:
            # 東方日報｜标题, 港聞 - 标题 - 站点 with the headline in a <div>: the longest part, which an element of
            # the body repeats, is the title; the other parts are names (ux30)
            title = later
            site_names = frozenset(seg for seg in segments if _HAN.search(seg) and seg != _norm(later))
        elif h1 is None and site_names and len(segments[0]) >= 4 and _HAN.search(segments[0]):
            title = _headline_cell(root, segments[0])
            if title is None and segments[0] not in site_names:
                # no element repeats it: the <title>'s first part, its site part (`标题 - 美篇`) trimmed, is the
                # article's title when the text does not open with it (lefts23b)
                first = _TITLE_SEPARATOR.split(page_title.text_content())[0]
                title, fallback = " ".join(first.split()), True
    for br in root.iter("br") if marks else ():
        br.tail = _BR_MARK + (br.tail or "")
    if marks:
        _mark_block_edges(root)
    for table in list(root.iter("table")):
        if any(cell.find(tag) is not None for cell in table.iter("td", "th") for tag in _LAYOUT_CHILDREN):
            # a layout table (cells holding paragraphs): its cells are blocks of the page, not data
            for element in table.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th"):
                element.tag = "div"
    for element in _link_blocks(root):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent
    epigraph = _epigraph_before_heading(root)
    if epigraph is not None:
        epigraph.drop_tree()
    _wrap_loose_article(root)
    return etree.tostring(root, encoding="unicode", method="html"), title, site_names, fallback, levels


#: Most characters of a ``<blockquote>`` read as an epigraph above the page's title (:func:`_epigraph_before_heading`).
EPIGRAPH_CHARS = 400
#: Most ancestors of the title climbed to find the element before it (a title wrapped in ``<header><div>``).
EPIGRAPH_CLIMB = 3


def _epigraph_before_heading(root):  # noqa: ANN001, ANN202 - lxml elements
    """The ``<blockquote>`` that stands right before the page's first ``<h1>`` (no text between them; the heading, or
    one of its first :data:`EPIGRAPH_CLIMB` ancestors that it opens, has it as its previous element), of at most
    :data:`EPIGRAPH_CHARS` characters: an epigraph (a motto, a 题记, a leader's words) set above the title, no part of
    the article (left in, it opened the summary); None when there is none. Constant work past finding the ``<h1>``."""
    heading = next(root.iter("h1"), None)
    node = heading
    for _ in range(EPIGRAPH_CLIMB + 1):
        if node is None:
            return None
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()  # (a comment between them)
        if before is not None:
            if before.tag != "blockquote" or (before.tail or "").strip():
                return None
            length = len(before.text_content().strip())
            return before if 0 < length <= EPIGRAPH_CHARS else None
        parent = node.getparent()
        if parent is None or (parent.text or "").strip() or parent.tag in ("body", "html"):
            return None
        node = parent
    return None


# the elements of an article written loose in a page (paragraphs and headings as children of one container)
_LOOSE_ARTICLE_PARTS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "pre"})
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _wrap_loose_article(root) -> None:  # noqa: ANN001 - an lxml element
    """Wrap an article written loose in its page in an ``<article>`` element: on a page with no ``<article>`` or
    ``<main>``, the container holding the most ``<p>`` children (``<body>`` itself on a page converted from PDF:
    ``<body><h3>1.1 小标题</h3><p>…</p>…``), when it also holds two or more subheadings (``<h2>``-``<h6>``), has the
    run of its children from the first paragraph or heading to the last one wrapped. trafilatura finds no content
    frame on such a page and rebuilds the text from its loose paragraphs (``recover_wild_text``, which takes no
    headings), so a paper's numbered section headings (its problems and its countermeasures) were lost once the
    page passed about 3,000 characters; inside an ``<article>`` they stay lines. Furniture before the first and after
    the last paragraph or heading (a site's nav or footer ``<div>``) stays outside. One pass over the elements."""
    if root.find(".//article") is not None or root.find(".//main") is not None:
        return
    counts: dict = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            counts[parent] = counts.get(parent, 0) + 1
    if not counts:
        return
    container = max(counts, key=counts.get)
    children = list(container)
    if counts[container] < 3 or sum(1 for child in children if child.tag in _SUBHEADINGS) < 2:
        return
    parts = [i for i, child in enumerate(children) if child.tag in _LOOSE_ARTICLE_PARTS]
    first, last = parts[0], parts[-1]
    article = container.makeelement("article", {})
    container.insert(first, article)
    for child in children[first:last + 1]:
        article.append(child)  # (an element moves with its tail text)


# block elements whose edges end a line when running text stands beside them (``…。<div><b>小标题</b></div> 正文…``):
# trafilatura joins such a block to the text around it by a space or nothing (not table and list parts: a mark in a
# cell would break its row)
_EDGE_BLOCKS = frozenset({"div", "section", "article", "main", "header", "footer", "aside", "figure", "blockquote",
                          "center", "address", "p", "h1", "h2", "h3", "h4", "h5", "h6"})


def _mark_block_edges(root) -> None:  # noqa: ANN001 - an lxml element
    """Mark (U+2E4E, a line break after extraction) the start and the end of every block element
    (:data:`_EDGE_BLOCKS`) that stands in running text: text of its parent right before it (the parent's text or the
    previous sibling's tail) or right after it (its own tail). ``…之中。<div><b>表现之一:过度追责</b></div> 现今…``
    is then three lines, as a browser shows it, not one sentence glued across the block (lefts23b). One pass over
    the elements: linear in the page."""
    for element in root.iter(*_EDGE_BLOCKS):
        parent = element.getparent()
        if parent is None:
            continue
        before = element.getprevious()
        text_before = (before.tail if before is not None else parent.text) or ""
        if not (text_before.strip() or (element.tail or "").strip()):
            continue
        element.text = _BR_MARK + (element.text or "")
        element.tail = _BR_MARK + (element.tail or "")


#: Deepest element nesting kept in the page handed to trafilatura: libxml2 parses at most 256 levels and drops what
#: lies deeper (a page of generated wrappers, ``<div>`` × 300 around its article, read as empty); deeper wrapper
#: elements are unwrapped (:func:`_flatten_deep`).
MAX_DEPTH = 200
# elements that stay when the ones around them are unwrapped: a paragraph or heading is one line, and HTML never nests
# one in another
_LINE_ELEMENTS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "html", "body", "head", "title"})
# block elements: unwrapped past the depth, each leaves a line break (<br>) where it opened, so items, cells and
# divisions stay lines
_BLOCKS_BROKEN = frozenset({"div", "section", "article", "main", "header", "footer", "aside", "figure", "blockquote",
                            "form", "center", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "ol", "li",
                            "dl", "dt", "dd", "caption", "nav", "address", "fieldset", "details", "summary"})


@lru_cache(maxsize=1)
def _deep_parser():  # noqa: ANN202 - an lxml.html.HTMLParser
    """lxml's HTML parser without libxml2's depth limit (``huge_tree``): a page nested over 256 levels keeps its text."""
    from lxml import html as lxml_html

    return lxml_html.HTMLParser(huge_tree=True)


def _flatten_deep(root):  # noqa: ANN001, ANN202 - an lxml element; (an lxml element, int)
    """``root`` with the elements nested deeper than :data:`MAX_DEPTH` unwrapped (their text and children move up)
    but paragraphs and headings (:data:`_LINE_ELEMENTS`), a block element (:data:`_BLOCKS_BROKEN`: a ``<div>``, a list
    item, a table cell) leaving a ``<br>`` where it opened, so the serialized page parses whole under libxml2's
    limit with its lines; and the deepest nesting the tree had (levels). A page within the depth is returned as it
    is; a deeper one is serialized, its deep tags cut from the text (:func:`_unnest`, whose serialized tags all
    pair up) and parsed again: linear in the page (lxml's ``drop_tag`` per level moved each level's whole subtree
    and searched its parent's children, quadratic for ``<div>`` nested thousands deep; check61)."""
    from lxml import etree
    from lxml import html as lxml_html

    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    if deepest <= MAX_DEPTH:
        return root, deepest
    page = etree.tostring(root, encoding="unicode", method="html")
    flat = _unnest(page)
    if flat is page:
        return root, deepest  # (only childless elements, a <br>, lie deeper: nothing to unwrap)
    return lxml_html.document_fromstring(flat, parser=_deep_parser()), deepest


#: The deepest nesting libxml2 parses even with ``huge_tree`` (its ``xmlParserMaxDepth`` for huge documents).
LIBXML_MAX_DEPTH = 2048
# a start or end tag, its name and a self-closing slash (bounded: linear scan)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,20})\b[^<>]{0,2000}?(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
#: How far down the stack of open elements an end tag looks for its start tag (an end tag with none is ignored).
_END_TAG_REACH = 64


def _unnest(html: str) -> str:
    """``html`` without the start and end tags of the elements opened deeper than :data:`MAX_DEPTH` kept levels
    (as :func:`_flatten_deep` unwraps them: paragraphs and headings stay, a block element's start tag becomes
    ``<br>``), read from the tags alone: for a page nested beyond what libxml2 parses at all
    (:data:`LIBXML_MAX_DEPTH`), before it is parsed again. An end tag closes the nearest open element of its name
    within :data:`_END_TAG_REACH` levels (and those above it, as HTML's parsing rules do), else nothing. One
    scan of the tags: linear in ``len(html)``."""
    stack: list[tuple[str, bool]] = []
    kept = 0
    cuts: list[tuple[int, int, str]] = []
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _VOID or m.group(3):
            continue
        if not m.group(1):
            drop = kept >= MAX_DEPTH and name not in _LINE_ELEMENTS
            stack.append((name, drop))
            kept += not drop
            if drop:
                cuts.append((*m.span(), "<br>" if name in _BLOCKS_BROKEN else ""))
            continue
        for k in range(len(stack) - 1, max(-1, len(stack) - 1 - _END_TAG_REACH), -1):
            if stack[k][0] == name:
                if stack[k][1]:
                    cuts.append((*m.span(), ""))
                kept -= sum(not dropped for _, dropped in stack[k:])
                del stack[k:]
                break
    if not cuts:
        return html
    pieces, pos = [], 0
    broken = False  # the last piece written is a <br> with only white space after it
    for a, b, repl in cuts:
        between = html[pos:a]
        pieces.append(between)
        if between.strip():
            broken = False
        if repl and not broken:
            # one <br> for a run of cut block tags with no text between them: a line break said once (thousands of
            # nested <div>s gave thousands of empty lines, which trafilatura's readability pass walks once per kept
            # ancestor; check61's 50,000-deep page)
            pieces.append(repl)
            broken = True
        pos = b
    pieces.append(html[pos:])
    return "".join(pieces)


def _title_first(text: str, title: str, fallback: bool = False) -> str:
    """``text`` with the article's ``title`` as its first line: put there when trafilatura dropped it next to some
    page furniture, or moved there from the later line that is exactly the title (trafilatura writes a layout's
    headline cell after the article's paragraphs). A ``fallback`` title, taken from the ``<title>`` alone (no element
    of the body repeats it), is put first only where the body's first lines hold it inside a line that does not open
    with it (``(二)标题``: a numbered heading, not the article's title line); a title the body never shows is not
    added. One pass over the lines."""
    lines = text.split("\n")
    key = _norm(title)
    if _norm(lines[0]) == key or fallback and _norm(lines[0]).startswith(key):
        return text
    at = next((i for i, line in enumerate(lines) if _norm(line) == key), None)
    if at is not None:
        return "\n".join([lines[at]] + lines[:at] + lines[at + 1:])
    if fallback:
        # the body holds the title after a list marker ((二)标题): the title is put first; a title the body never
        # shows is not invented (a legacy page whose headline cell names its channel)
        return title + "\n" + text if key in _norm(text[:2000]) else text
    if key in _norm(text[:2000]):
        return text  # the title stands inside a longer first line (a headline with its date, …)
    return title + "\n" + text


#: Fewest characters of a later part of a page's ``<title>`` read as its headline (:func:`_later_headline`): site and
#: channel names are shorter (``東方日報``, ``港聞``, ``明報新聞網``).
LATER_HEADLINE_CHARS = 8


def _later_headline(root, segments: list[str]) -> str | None:  # noqa: ANN001 - an lxml element
    """The headline of a page without ``<h1>`` whose ``<title>`` names the site or the channel first (``站点｜标题``,
    ``栏目 - 标题 - 站点``): the part after the first that is longer than every other part, at least
    :data:`LATER_HEADLINE_CHARS` characters with a Chinese character, and repeated by an element of the body
    (:func:`_headline_cell`), when the first part is no such headline itself (shorter than it); else None. One pass
    over the elements."""
    if len(segments) < 2:
        return None
    longest = max(range(1, len(segments)), key=lambda k: len(segments[k]))
    part = segments[longest]
    if (len(part) < LATER_HEADLINE_CHARS or not _HAN.search(part)
            or any(len(seg) >= len(part) for k, seg in enumerate(segments) if k != longest)):
        return None
    return _headline_cell(root, part)


def _headline_cell(root, headline: str) -> str | None:  # noqa: ANN001 - an lxml element
    """The text of the page's headline element when the page has no ``<h1>``: the first element of the body without
    child elements whose text is ``headline`` (the ``<title>``'s first part, ``标题_栏目_站点``), as a legacy layout
    writes it (``<td class="title">``, ``<div class="bt">``); None when the body does not repeat it. One pass over
    the elements."""
    body = root.find(".//body")
    for element in body.iter() if body is not None else ():
        if len(element) == 0 and isinstance(element.tag, str) and element.text and _norm(element.text) == headline:
            return " ".join(element.text.split())
    return None


_HAN = re.compile(r"[\u3400-\u9fff]")
_TITLE_SEPARATOR = re.compile(r"\s[-|—–·]\s|[_|｜—–]")
# block children that make a table cell part of a layout, not a data cell
_LAYOUT_CHILDREN = ("p", "div", "h1", "h2", "h3", "ul", "ol", "table")


#: The last words of a site's name (``某某市人民政府网``, ``某某县融媒体中心``, ``某某日报``, ``某某电视台``): a ``<title>``
#: that is one such part and nothing else names the site, not the article (:func:`_names_site_only`).
_SITE_NAME_ENDINGS = ("网", "網", "网站", "網站", "站", "中心", "政府", "门户", "門戶", "报", "報", "台", "频道", "頻道",
                      "平台", "在线", "在線", "新闻", "新聞", "传媒", "傳媒", "媒体", "媒體", "公众号", "公眾號")
#: Most characters of a ``<title>`` read as a site's name alone.
SITE_NAME_MAX_CHARS = 20


def _names_site_only(segments: list[str]) -> bool:
    """Whether a page's ``<title>`` parts (``segments``, split at :data:`_TITLE_SEPARATOR`, without white space) name
    only the site: a suffix-only title (``| 某某日报网``: its first part empty) or one part of at most
    :data:`SITE_NAME_MAX_CHARS` characters that ends like a site's name (:data:`_SITE_NAME_ENDINGS`:
    ``某某县融媒体中心``). Such a ``<title>`` leaves the article's heading to the page's ``<h1>``."""
    named = [seg for seg in segments if seg]
    if not named:
        return False
    if not segments[0]:
        return True
    return len(named) == 1 and len(named[0]) <= SITE_NAME_MAX_CHARS and named[0].endswith(_SITE_NAME_ENDINGS)


def _norm(text: str) -> str:
    return "".join(text.split())


def _bare(text: str) -> str:
    """``text`` without whitespace, symbols (emoji, dingbats: Unicode categories So, Sk) and format characters
    (zero-width joiners, variation selectors): a headline's words alone, to compare an ``<h1>`` with the ``<title>``.
    Linear."""
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) not in ("So", "Sk", "Cf", "Mn"))


def _text_chars(text: str | None) -> int:
    return 0 if not text else sum(1 for ch in text if ch not in _SEPARATORS and ch != _BR_MARK)


def _hidden(node, tag: str) -> bool:  # noqa: ANN001 - an lxml element
    """True for an element the browser never renders by its own markup: the HTML ``hidden`` attribute (not
    ``hidden="until-found"``, and not on ``<html>``/``<head>``/``<body>``)."""
    value = node.get("hidden")
    return value is not None and tag not in _HIDDEN_IGNORED_ON and value.strip().lower() != "until-found"


def _link_blocks(root) -> list:  # noqa: ANN001 - an lxml element
    """The outermost link blocks, ``<nav>``, ``<script>``/``<style>``/``<noscript>`` elements and elements marked
    ``hidden`` (:func:`_hidden`), in one post-order pass (no recursion: deep pages)."""
    stats: dict = {}  # element -> (text chars, link chars, links)
    order = []
    stack = [root]
    while stack:  # pre-order, reversed below into children-before-parents
        node = stack.pop()
        order.append(node)
        stack.extend(child for child in node if isinstance(child.tag, str))
    for node in reversed(order):
        in_link = node.tag == "a"
        text = _text_chars(node.text)
        links = 1 if in_link else 0
        link_text = text if in_link else 0
        for child in node:
            tail = _text_chars(child.tail)
            text += tail
            if in_link:
                link_text += tail
            if not isinstance(child.tag, str):
                continue
            t, lt, n = stats[child]
            text += t
            link_text += t if in_link else lt
            links += n
        stats[node] = (text, link_text, links)
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        text, link_text, links = stats.get(node, (0, 0, 0))
        link_block = tag in _BLOCKS and links >= 2 and link_text >= LINK_SHARE * text
        if tag in _DROP_TAGS or _hidden(node, tag) or link_block:
            found.append(node)
            continue
        stack.extend(child for child in node if isinstance(child.tag, str))
    return found


#: Fewest consecutive lines of ``cell | cell |`` with the same number of cells that make a flattened table.
FLATTENED_TABLE_ROWS = 2


def _row_cells(line: str) -> int:
    """The number of cells of ``line`` written as a flattened table row (``cell | cell |``: no leading bar, a
    trailing one, two bars or more, no empty cell), else 0."""
    s = line.strip()
    if not s.endswith("|") or s.startswith(("|", "｜")) or s.count("|") < 2:
        return 0
    cells = s[:-1].split("|")
    return len(cells) if all(c.strip() for c in cells) else 0


def _flattened_table_rows(lines: list[str]) -> set[int]:
    """Indices into ``lines`` of a table flattened into paragraphs, one ``<p>`` a row written ``cell | cell |``: a run
    of at least :data:`FLATTENED_TABLE_ROWS` consecutive non-blank lines with the same number of cells
    (:func:`_row_cells`). Such rows become tab-separated cells, as trafilatura's ``| a | b |`` rows do, and so escape
    the boilerplate rule for a navigation bar (``首页 | 新闻 | 关于我们``: one line, no trailing bar), which would drop
    them (Part 74's 3961: its cause table under ``三、背后的原因``). One pass: linear."""
    rows: set[int] = set()
    run: list[int] = []
    width = 0
    for n, line in enumerate(lines + [""]):
        if not line.strip() and n < len(lines):
            continue  # (blank lines between the <p> rows)
        cells = _row_cells(line) if n < len(lines) else 0
        if cells and cells == width:
            run.append(n)
            continue
        if len(run) >= FLATTENED_TABLE_ROWS:
            rows.update(run)
        run, width = ([n], cells) if cells else ([], 0)
    return rows


def _lines(text: str, marked: bool) -> str:
    """Step 4 of the module docstring: marks → line breaks (when ``marked``), table rows → tabs, boilerplate lines
    and blank lines dropped; a "read more" line (``read_more`` rule: ``閱讀全文``, ``詳情``) is left to cleaning, which
    removes it and starts the next post of a listing page after it (:func:`summarizer.clean.clean`)."""
    if marked:
        text = text.replace(_BR_MARK, "\n")
    rules = boilerplate_rules()
    out = []
    lines = text.split("\n")
    flattened = _flattened_table_rows(lines)
    for n, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _TABLE_RULE.match(stripped):
            continue
        row = _TABLE_ROW.match(stripped)
        if row:
            stripped = "\t".join(cell.strip() for cell in row.group(1).split("|"))
        elif n in flattened:
            stripped = "\t".join(cell.strip() for cell in stripped[:-1].split("|"))
        if any(pattern.search(stripped) for name, pattern in rules if name != "read_more"):
            continue
        out.append(stripped)  # (a "read more" link stays for cleaning, where it closes a teaser: split48)
    return "\n".join(out)


#: trafilatura's smallest main text (``MIN_EXTRACTED_SIZE``, characters) for a page whose default extraction is one line.
SHORT_PAGE_MIN_CHARS = 1


@lru_cache(maxsize=1)
def _short_page_config():  # noqa: ANN202 - a configparser.ConfigParser
    """trafilatura's default settings with ``MIN_EXTRACTED_SIZE`` lowered to :data:`SHORT_PAGE_MIN_CHARS`: a short
    article (under 250 characters) is extracted block by block rather than by its one-line baseline."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(SHORT_PAGE_MIN_CHARS))
    return config


def main_content(html: str, *, favor_recall: bool = True, include_formatting: bool = False,
                 prepare_page: bool = True) -> str:
    """The main content of a page, one line per paragraph, heading, ``<br>`` line or table row: the text of
    :func:`main_content_headings` (the same arguments, errors and text)."""
    return main_content_headings(html, favor_recall=favor_recall, include_formatting=include_formatting,
                                 prepare_page=prepare_page)[0]


def main_content_headings(html: str, *, favor_recall: bool = True, include_formatting: bool = False,
                          prepare_page: bool = True) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """The main content of a page, one line per paragraph, heading, ``<br>`` line or table row, and its headings.

    Args:
        html: the decoded page.
        favor_recall, include_formatting: trafilatura's settings (the defaults are the measured best; the other
            values exist for the measurement, see README "HTML extraction").
        prepare_page: apply steps 1-2 of the module docstring and the short-page extraction of step 3 (off only
            to measure trafilatura alone).

    Returns:
        ``(text, headings)``: ``headings`` holds ``(start, end, level)`` of each line of ``text`` that is the text of
        one of the page's heading elements (``<h1>`` level 1 … ``<h6>`` level 6: :data:`HEADING_TAGS`; compared
        without white space), ``start``/``end`` the line's offsets in ``text`` (its line break excluded), ascending;
        empty when ``prepare_page`` is off or lxml cannot parse the page. trafilatura writes a heading as a line
        like any paragraph: the levels are what the essay split reads of the page's structure
        (:func:`summarizer.essays.heading_line_levels`).

    Raises:
        EmptyInputError: no text outside navigation and markup.
        DecodeError: lxml/trafilatura fail on the markup.
    """
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # it logs every page it finds too short
    marked = prepare_page and _BR_MARK not in html
    page, title, site_names, fallback, levels = (_prepare(html) if prepare_page
                                                 else (html, None, frozenset(), False, {}))
    settings = dict(output_format="txt", include_comments=False, include_tables=True, include_images=False,
                    include_links=False, deduplicate=False, favor_recall=favor_recall, with_metadata=False,
                    include_formatting=include_formatting)
    try:
        text = trafilatura.extract(page, **settings)
        if prepare_page and text and "\n" not in text.strip() and _BR_MARK not in text:
            # an article shorter than trafilatura's MIN_EXTRACTED_SIZE (250 characters) comes from its baseline, one
            # line of all the page's text (title, byline and paragraphs joined by spaces; not an article of <br>
            # lines, whose marks make its lines): its own extraction, with no such minimum, keeps one line per block
            lined = trafilatura.extract(page, config=_short_page_config(), **settings)
            if lined and "\n" in lined.strip() and has_content(lined):
                text = lined
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura failures on malformed markup
        raise DecodeError(f"could not parse the HTML page: {type(exc).__name__}: {exc}") from None
    text = _lines(text, marked) if text else ""
    while text and _norm(text.split("\n", 1)[0]) in site_names:
        text = text.split("\n", 1)[1] if "\n" in text else ""  # the site's or channel's name before the article
    if not has_content(text):
        try:
            text = _lines(trafilatura.html2txt(page) or "", marked)  # a page too small for main-content detection
        except Exception:  # noqa: BLE001
            text = ""
    if title and text:
        text = _title_first(text, title, fallback)
    if not has_content(text):
        raise EmptyInputError("no main content found in the HTML page (no text outside navigation and markup)")
    return text, _line_levels(text, levels)


def _line_levels(text: str, levels: dict[str, int]) -> tuple[tuple[int, int, int], ...]:
    """``(start, end, level)`` of each line of ``text`` whose text (:func:`_norm`) is a heading's of ``levels``
    (:func:`_heading_levels`), ``start``/``end`` the line's offsets in ``text``. One pass over the lines."""
    if not levels:
        return ()
    found = []
    pos = 0
    for line in text.split("\n"):
        level = levels.get(_norm(line)) if len(line) <= _HEADING_LINE_CHARS else None
        if level is not None:
            found.append((pos, pos + len(line), level))
        pos += len(line) + 1
    return tuple(found)


#: Longest line (characters) compared with the page's headings: a heading element that holds a paragraph's text
#: is no heading line.
_HEADING_LINE_CHARS = 200
