"""HTML and HTM, as EDGAR filers and newswires write them.

Built on the standard library's HTML tokenizer (`html.parser`), which reports the source line and
column of every piece of text: that is what lets a finding in an HTML release point at its line.
It never fails on tag soup, which early EDGAR HTML is. Block elements become line or paragraph
breaks, table cells are separated by tabs, list items start with the marker a browser draws
("• " in a `<ul>`, "1. ", "2. " … in an `<ol>`), whitespace is collapsed as a browser would, and
script, style, the document head and inline-XBRL hidden headers are dropped. EDGAR's SGML lines
(`<TYPE>EX-99.1`, `<FILENAME>…`) and `<PAGE>` markers are removed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser
from typing import NamedTuple

from .decoding import declared_charset, decode
from .model import Document, Region, TextBuilder, sha256_of

FORMAT = "html"
EXTENSIONS = (".htm", ".html", ".xhtml")

# Every block boundary is a blank line, so that paragraphs, list items and table rows stay apart
# in the canonical text (where a single line break is only a wrapped line); <br> is a line break.
_PARAGRAPH_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "pre", "hr",
    "section", "article", "header", "footer", "center", "dl", "page", "address", "figure",
    "div", "tr", "li", "dt", "dd", "caption", "form", "body", "main", "nav",
}
_CELL_TAGS = {"td", "th"}
# The tags `_break` writes a separator for (an inline tag, most of a filing's, only ends a wrapped line)
_BREAKING = frozenset(_PARAGRAPH_TAGS | _CELL_TAGS | {"br"})
_SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template", "ix:header", "svg"}
# EDGAR SGML header tags whose value runs to the end of the line.
_EDGAR_VALUE_TAGS = {"type", "sequence", "filename", "description"}
_RUN = re.compile(r"[^\s]+(?: [^\s]+)*")
_LINE_BLOCK_TAGS = {"p", "div"}
_ZERO_MARGIN = re.compile(r"(?:^|;)\s*margin\s*:\s*0(?:px|pt|in|em|cm)?\s*(?:;|$)", re.I)
_ZERO_TOP = re.compile(r"margin-top\s*:\s*0(?:px|pt|in|em|cm)?\s*(?:;|$)", re.I)
_ZERO_BOTTOM = re.compile(r"margin-bottom\s*:\s*0(?:px|pt|in|em|cm)?\s*(?:;|$)", re.I)
_VERTICAL_SPACE = re.compile(r"(?:margin|padding)(?:-top|-bottom)?\s*:", re.I)
# Elements whose end tag may be left out (HTML's optional end tags): what ends them implicitly,
# as a browser reads it. A hidden spacer row `<tr style="font-size:0">` without `</tr>` hides
# only itself, not the rest of the filing.
_BLOCKS = {"p", "div", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
           "hr", "section", "article", "header", "footer", "center", "address", "figure", "form", "main", "nav"}
_IMPLIED_BY_START = {"p": _BLOCKS, "li": {"li"}, "tr": {"tr", "tbody", "thead", "tfoot"},
                     "td": {"td", "th", "tr", "tbody", "thead", "tfoot"}, "th": {"td", "th", "tr", "tbody", "thead", "tfoot"},
                     "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "option": {"option", "optgroup"}}
_IMPLIED_BY_END = {"p": {"div", "td", "th", "li", "body", "section", "article", "blockquote", "form"},
                   "li": {"ul", "ol"}, "tr": {"table", "tbody", "thead", "tfoot"},
                   "td": {"tr", "table", "tbody", "thead", "tfoot"}, "th": {"tr", "table", "tbody", "thead", "tfoot"},
                   "dt": {"dl"}, "dd": {"dl"}, "option": {"select", "optgroup"}}
_VOID_TAGS = {"br", "img", "input", "hr", "meta", "link", "wbr", "col", "area", "base", "source", "embed",
              "param", "track"}
_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|"
                           r"font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?|opacity\s*:\s*0(?:\.0+)?)"
                           r"\s*(?:!important\s*)?(?:;|$)", re.I)
# Selectors of a style sheet rule that are plain classes only (".hide, .sr-hidden").
_CLASS_SELECTORS = re.compile(r"\s*\.[\w-]+\s*(?:,\s*\.[\w-]+\s*)*")
_CSS_COMMENT = re.compile(r"/\*.*?\*/|<!--|-->", re.S)
_WHITE = r"(?:#fff(?:fff)?|white|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))"
_WHITE_TEXT = re.compile(rf"(?:^|;)\s*color\s*:\s*{_WHITE}\s*(?:;|$)", re.I)
_WHITE_BACKGROUND = re.compile(rf"background(?:-color)?\s*:\s*{_WHITE}\s*(?:;|$)", re.I)
_WRAPPED_LINE = 50  # a block this long that stops mid-sentence is a wrapped line, not a paragraph
# A PDF converted to HTML (pdftohtml, pdf2htmlEX and the like) sets each line of the page in a block
# of its own at absolute coordinates ("position:absolute;top:125px;left:108px"): no margin tells a
# paragraph from a line, only the distance from one line's top to the next.
_ABSOLUTE = re.compile(r"position\s*:\s*absolute", re.I)
_TOP = re.compile(r"(?:^|[;\s\"])top\s*:\s*(-?\d+(?:\.\d+)?)", re.I)
_SAME_LINE = 3.0  # tops this close are one line set in several runs (a bold word, a superscript)
_LINE_STEP_MIN = 6.0  # a smaller step is a superscript's, not the distance between two lines
_PARAGRAPH_GAP = 1.35  # a step this many times the line step is the space between paragraphs
_MASK = "\ue000"  # stands for a "<" that can open nothing (`_Extractor._mask_unclosable_tail`)
_BULLETS = "•●○◦▪■□–—-*·"


def hidden_classes(css: str) -> set[str]:
    """Class names a style sheet hides with a plain-class rule (display:none and the like)."""
    found: set[str] = set()
    for rule in _CSS_COMMENT.sub(" ", css).split("}"):
        selectors, brace, declarations = rule.partition("{")
        if not brace or not _CLASS_SELECTORS.fullmatch(selectors):
            continue  # element, descendant or other selectors: not followed (an over-reach would hide text)
        if _HIDING_STYLE.search(";".join(part.strip() for part in declarations.split(";"))):
            found.update(name.strip().lstrip(".") for name in selectors.split(","))
    return found


def _hiding(attrs: list[tuple[str, str | None]], classes: set[str] = frozenset()) -> str:
    """Why an element's content is hidden from a reader ("" when it is not): the `hidden`
    attribute, `aria-hidden="true"`, `display:none`, `visibility:hidden`, zero font size or
    opacity, white text on a white background in the same style, or a class that the page's
    style sheet hides."""
    if not attrs:
        return ""  # (every tag is asked: the common cases are answered without the patterns)
    reason, class_names = _attribute_hiding(tuple(attrs))
    hiding_class = next((c for c in class_names.split() if c in classes), None) if classes else None
    if hiding_class:
        return f"the style sheet hides class {hiding_class}"
    return reason


@lru_cache(maxsize=4096)
def _attribute_hiding(attrs: tuple[tuple[str, str | None], ...]) -> tuple[str, str]:
    """`_hiding` without the style sheet's classes, and the element's class attribute. A page
    repeats the same attributes on thousands of tags (generated inline styles): each set is read once."""
    values = {name.lower(): (value or "") for name, value in attrs}
    class_names = values.get("class", "")
    if "hidden" in values:
        return "the hidden attribute", class_names
    if values.get("aria-hidden", "").strip().lower() == "true":
        return "aria-hidden", class_names
    style = values.get("style", "")
    if not style:
        return "", class_names
    hiding = _HIDING_STYLE.search(style)
    if hiding:
        return re.sub(r"\s+", "", hiding.group().strip(" ;").split("!")[0]).lower(), class_names
    if _WHITE_TEXT.search(style) and _WHITE_BACKGROUND.search(style):
        return "white text on a white background", class_names
    return "", class_names


def _first_number(attrs: list[tuple[str, str | None]]) -> int:
    """The number an ordered list starts at (its `start` attribute, else 1)."""
    start = next((value or "" for name, value in attrs if name == "start"), "").strip()
    return int(start) if start.isdigit() and len(start) < 7 else 1


@lru_cache(maxsize=4096)
def _zero_margin(attrs: tuple[tuple[str, str | None], ...]) -> bool:
    """Whether the block's style sets its margins to zero."""
    style = next((value or "" for name, value in attrs if name == "style"), "")
    return bool(_ZERO_MARGIN.search(style) or (_ZERO_TOP.search(style) and _ZERO_BOTTOM.search(style)))


@lru_cache(maxsize=4096)
def _absolute_top(attrs: tuple[tuple[str, str | None], ...]) -> float | None:
    """The `top` of a block set at absolute coordinates (None for a block in the flow)."""
    style = next((value or "" for name, value in attrs if name == "style"), "")
    if "absolute" not in style or not _ABSOLUTE.search(style):
        return None
    found = _TOP.search(style)
    return float(found.group(1)) if found else None


# a style attribute's value, read no further than a style is long (an unclosed quote costs nothing)
_STYLE_VALUE = re.compile(r"style\s*=\s*[\"']([^\"']{0,2000})", re.I)


def line_step(markup: str) -> float | None:
    """The usual distance from one line's top to the next among the blocks set at absolute
    coordinates: the most frequent step forward (paragraphs add space to it, headings and
    superscripts change it now and then, but most steps are the body text's)."""
    if not _ABSOLUTE.search(markup):
        return None  # (no style places a block absolutely: a whole-markup search, cheaper than reading every style)
    tops = [float(found.group(1)) for style in _STYLE_VALUE.finditer(markup)
            if _ABSOLUTE.search(style.group(1)) and (found := _TOP.search(style.group(1)))]
    steps = Counter(round(b - a) for a, b in zip(tops, tops[1:]) if b - a >= _LINE_STEP_MIN)
    return float(steps.most_common(1)[0][0]) if steps else None


def _plain_div(tag: str, attrs: tuple[tuple[str, str | None], ...]) -> bool:
    """A <div> whose style gives it no margin or padding above or below: a browser draws none, so
    lines each in a <div> of their own stand as one paragraph."""
    style = next((value or "" for name, value in attrs if name == "style"), "")
    return tag == "div" and not _VERTICAL_SPACE.search(style)


@lru_cache(maxsize=1024)
def _entity(reference: str) -> str:
    """`html.unescape` of one reference: a filing writes the same few thousands of times."""
    return unescape(reference)


def _wrapped_line(block: str, plain_div: bool = False) -> bool:
    """Whether a zero-margin block is one line of a hard-wrapped paragraph: long, and stopping
    mid-sentence (not a heading in upper case, not an item that opens with a bullet). A plain
    <div> is as often a heading or a list item of a modern filing as a line of a converted one,
    so one in title case (a running header) or ending with an item's semicolon is no line."""
    block = block.strip()
    if len(block) < _WRAPPED_LINE or block[-1] in ".!?:" or block.isupper() or block[0] in _BULLETS:
        return False
    return not plain_div or (block[-1] != ";" and not _title_cased(block))


def _title_cased(block: str) -> bool:
    """Whether most of the block's longer words are capitalised, as a heading's are ("Forward-
    Looking Statements and Other Matters Relating to Our Business Plan")."""
    last = block.split()[-1]
    if not block[0].isupper() or not (last[0].isupper() or last[0] in "(["):
        return False  # (a line that goes on from the one before, or runs on into the next)
    longer = [word for word in block.split() if len(word) >= 4 and word[0].isalpha()]
    return bool(longer) and sum(word[0].isupper() for word in longer) >= 0.7 * len(longer)


class _KnownTag(NamedTuple):
    """A start tag as the standard parser read it: the handler it called, with what."""

    handler: Callable[..., None]
    tag: str
    attrs: tuple[tuple[str, str | None], ...]


class _Extractor(HTMLParser):
    def __init__(self, builder: TextBuilder, first_line: int = 1) -> None:
        super().__init__(convert_charrefs=False)
        self.builder = builder
        self.line_shift = first_line - 1
        self.skipping: list[str] = []
        self.pre = 0
        self.space_pending = False
        self.edgar_value_line: int | None = None
        self.block_start: int | None = None  # where the open zero-margin <p>/<div> began
        self.block_plain = False  # ... and whether it is a <div> without margins of its own
        self.line_end = False  # the last block was a wrapped line (see handle_starttag)
        # Lines at absolute coordinates (see `_absolute_top`): the open one's top, the last one's
        # top and whether it stopped mid-sentence, and the page's usual step from line to line.
        self.absolute_top: float | None = None
        self.last_absolute: tuple[float, bool] | None = None
        self.line_step: float | None = None
        # Hidden content (see `_hiding`): the tag that hid it, how deep in such tags we are, why,
        # and its text, which goes into a zero-width Region instead of the document text.
        self.hidden_tag: str | None = None
        self.hidden_depth = 0
        self.hidden_reason = ""
        self.hidden_text: list[str] = []
        self.hidden_classes: set[str] = set()  # from <style> blocks seen so far
        # Open lists, innermost last: None for <ul>, the next item's number for <ol>. The marker is
        # text a reader sees, and what tells a list's items from paragraphs that merely follow.
        self.lists: list[int | None] = []
        # where the last list marker ends: a block that opens right after it (<li><p>…) is the
        # item's text, on the marker's line, not a paragraph of its own after a lone bullet
        self.marker_end = -1
        # Start and end tags parsed so far, by their exact text (see `parse_starttag`); those of
        # `known_tags` whose reading cannot depend on the text after them (`_context_free`).
        self.known_tags: dict[str, _KnownTag] = {}
        self.free_tags: dict[str, _KnownTag] = {}
        self.known_end_tags: dict[str, str] = {}
        self._quotes_in: tuple[str, int, int] = ("", -1, -1)  # (rawdata, its last '"', its last "'")
        # The position the standard parser reports (`getpos`) is counted when asked: the raw text
        # from `_counted_to` to `_pending_to` in `_counted_in` has been passed over but not yet
        # counted (see `updatepos`).
        self._counted_in = ""
        self._counted_to = self._pending_to = 0
        self.masked = False  # the "<" of the tail are masked (`_mask_unclosable_tail`)

    # -- tags seen before --------------------------------------------------------------------
    def parse_starttag(self, i: int) -> int:
        """`HTMLParser.parse_starttag`, answered from memory for a start tag whose exact text
        this document has had before: a filing repeats a few hundred distinct tags (generated
        inline styles) tens of thousands of times, and reading each one's attributes again is
        a third of the tokenizer's time. What the standard parser makes of a whole start tag
        depends on its text alone; a tag it reads otherwise than as one plain start tag (not
        closed by ">", turned into text, opening a <script>) is never remembered, so it is
        parsed every time."""
        known, end = self._free_tag_at(i)
        if known is None:
            end = self.check_for_whole_start_tag(i)
            known = self.known_tags.get(self.rawdata[i:end]) if end > i and self.cdata_elem is None else None
        if known is None:
            return self._parse_starttag_and_remember(i, end)
        self.lasttag = known.tag
        self._HTMLParser__starttag_text = self.rawdata[i:end]  # (as the standard parser leaves it)
        known.handler(self, known.tag, known.attrs)  # (the handlers only read the attributes)
        return end

    def _parse_starttag_and_remember(self, i: int, end: int) -> int:
        """The standard parser's reading of the start tag at `i`, with the handler calls it
        makes heard first and then made, and remembered when it is one plain start tag."""
        heard: list[tuple] = []
        plain = end > i and self.cdata_elem is None and self.rawdata[end - 1] == ">"
        self.handle_starttag = lambda tag, attrs: heard.append((_Extractor.handle_starttag, tag, attrs))
        self.handle_startendtag = lambda tag, attrs: heard.append((_Extractor.handle_startendtag, tag, attrs))
        self.handle_data = lambda data: heard.append((_Extractor.handle_data, data))
        try:
            parsed = super().parse_starttag(i)
        finally:
            del self.handle_starttag, self.handle_startendtag, self.handle_data
        for handler, *arguments in heard:
            handler(self, *arguments)
        if plain and parsed == end and self.cdata_elem is None and len(heard) == 1 \
                and heard[0][0] is not _Extractor.handle_data and heard[0][1] == self.lasttag:
            handler, tag, attrs = heard[0]
            known = self.known_tags[self.rawdata[i:end]] = _KnownTag(handler, tag, tuple(attrs))
            if self._context_free(i, end):
                self.free_tags[self.rawdata[i:end]] = known
        return parsed

    def _free_tag_at(self, i: int) -> tuple[_KnownTag | None, int]:
        """The remembered start tag at `i` found without `check_for_whole_start_tag` (a regex
        match and its tests, for every tag of a filing), and where it ends: the text up to the
        first ">" after `i`, when it is a tag of `free_tags`, is where the standard parser would
        find the tag end too (`_context_free`). (A tag with a ">" inside a quoted value is not
        found so and is read the long way.) (None, -1) when there is none."""
        if self.cdata_elem is not None:
            return None, -1
        close = self.rawdata.find(">", i + 1)
        known = self.free_tags.get(self.rawdata[i:close + 1]) if close > i else None
        return (known, close + 1) if known is not None else (None, -1)

    def _context_free(self, start: int, end: int) -> bool:
        """Whether the start tag just read, text[start:end], reads the same wherever it stands.

        The standard parser finds a start tag's end with a regex (`locatestarttagend_tolerant`)
        that reads nothing past the tag's closing ">" except inside a quoted attribute value,
        which opens at a quote mark of the tag, and once a quoted value closes it has matched
        (all that follows in it is optional). So when the text after `end` holds each quote
        mark the tag holds, a value opened in the tag and running past its ">" would have
        closed and made the match run on past `end`: none did, no character after the ">" was
        read, and the same text reads as this tag before any other text."""
        raw = self.rawdata
        if self._quotes_in[0] is not raw:
            self._quotes_in = (raw, raw.rfind('"'), raw.rfind("'"))
        _, last_double, last_single = self._quotes_in
        return ((last_double >= end or raw.find('"', start, end) < 0)
                and (last_single >= end or raw.find("'", start, end) < 0))

    def parse_endtag(self, i: int) -> int:
        """`HTMLParser.parse_endtag`, answered from memory as `parse_starttag` is: a plain end
        tag runs to the first ">" after it, and the standard parser reads it from its text alone
        (its name, lower-cased; then it leaves any <script>/<style> content mode)."""
        end = self.rawdata.find(">", i + 1) + 1
        tag = self.known_end_tags.get(self.rawdata[i:end]) if end and self.cdata_elem is None else None
        if tag is None:
            return self._parse_endtag_and_remember(i, end)
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return end

    def _parse_endtag_and_remember(self, i: int, end: int) -> int:
        """The standard parser's reading of the end tag at `i`, heard and then made as in
        `_parse_starttag_and_remember`, and remembered when it is one plain end tag."""
        heard: list[tuple] = []
        plain = end > i and self.cdata_elem is None
        self.handle_endtag = lambda tag: heard.append((_Extractor.handle_endtag, tag))
        self.handle_data = lambda data: heard.append((_Extractor.handle_data, data))
        self.clear_cdata_mode = lambda: heard.append((HTMLParser.clear_cdata_mode,))
        try:
            parsed = super().parse_endtag(i)
        finally:
            del self.handle_endtag, self.handle_data, self.clear_cdata_mode
        for handler, *arguments in heard:
            handler(self, *arguments)
        if plain and parsed == end and self.cdata_elem is None and len(heard) == 2 \
                and heard[0][0] is _Extractor.handle_endtag and heard[1][0] is HTMLParser.clear_cdata_mode:
            self.known_end_tags[self.rawdata[i:end]] = heard[0][1]
        return parsed

    # -- positions ---------------------------------------------------------------------------
    def updatepos(self, i: int, j: int) -> int:
        """`ParserBase.updatepos`, counted later: the tokenizer passes over every piece of the
        text (a filing's tens of thousands of tags and runs), and the position is asked for only
        at the text that goes to the document (`getpos`). Pieces that follow one another are
        counted as one (the same lines and column as counting each); a piece that does not start
        where the last ended (a declaration the base class counts twice) ends the run."""
        if i < j:
            if i != self._pending_to or self.rawdata is not self._counted_in:
                self._count_pending()
                self._counted_in, self._counted_to = self.rawdata, i
            self._pending_to = j
        return j

    def getpos(self) -> tuple[int, int]:
        self._count_pending()
        return self.lineno, self.offset

    def _count_pending(self) -> None:
        """Line and column after the pieces passed over since they were last counted."""
        raw, start, end = self._counted_in, self._counted_to, self._pending_to
        if end > start:
            lines = raw.count("\n", start, end)
            if lines:
                self.lineno += lines
                self.offset = end - (raw.rindex("\n", start, end) + 1)
            else:
                self.offset += end - start
        self._counted_to = end

    # -- structure -------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden_tag is not None:
            if self.hidden_depth == 1 and tag in _IMPLIED_BY_START.get(self.hidden_tag, ()):
                self._end_hidden()  # e.g. a new <tr> ends a hidden <tr> left open; this tag goes on
            elif tag == self.hidden_tag:
                self.hidden_depth += 1
                return
            else:
                return
        if tag not in _VOID_TAGS and not self.skipping:
            reason = _hiding(attrs, self.hidden_classes)
            if reason:
                self.hidden_tag, self.hidden_depth, self.hidden_reason = tag, 1, reason
                return
        if tag in _EDGAR_VALUE_TAGS:
            self.edgar_value_line = self.getpos()[0]
            return
        if tag in _SKIP_TAGS:
            self.skipping.append(tag)
            return
        if tag == "body":
            self.skipping.clear()  # a head without its end tag must not swallow the body
        if tag == "pre":
            self.pre += 1
        if tag in ("ul", "ol") and not self.skipping:
            self.lists.append(_first_number(attrs) if tag == "ol" else None)
        if tag in _LINE_BLOCK_TAGS and not self.skipping and self._absolute_line(tuple(attrs)):
            return
        if tag in _LINE_BLOCK_TAGS and not self.skipping:
            # Text converted from a fixed-width filing puts every line in its own zero-margin <p>
            # (with empty <p><br></p> between paragraphs): such lines go on one paragraph.
            plain_div = _plain_div(tag, tuple(attrs))
            zero_margin = plain_div or _zero_margin(tuple(attrs))
            line_on = self.line_end and zero_margin
            self.line_end = False
            self.block_start = len(self.builder) if zero_margin else None
            self.block_plain = plain_div
            if line_on:
                self.builder.separate("\n")
                self.space_pending = False
                return
        if tag in _BREAKING:
            self._break(tag)
        elif not self.skipping:
            self.line_end = False  # (all `_break` does for an inline tag: most tags of a filing)
        if tag == "li" and not self.skipping:
            self._list_marker()

    def _absolute_line(self, attrs: tuple[tuple[str, str | None], ...]) -> bool:
        """Open a block set at absolute coordinates as a line of the paragraph before it, or as a
        new paragraph; False (nothing done) for a block in the flow."""
        top = _absolute_top(attrs)
        if top is None:
            return False
        same_paragraph = False
        if self.last_absolute is not None and not self.builder.tail.endswith("\n\n"):
            last_top, mid_sentence = self.last_absolute
            gap = top - last_top
            # the same line; the next line (a paragraph's space is wider); or, on a new page or
            # column, a line that goes on with the sentence the last one left open
            same_paragraph = (abs(gap) <= _SAME_LINE or mid_sentence
                              or (self.line_step is not None and 0 < gap <= _PARAGRAPH_GAP * self.line_step))
        self.builder.separate("\n" if same_paragraph else "\n\n")
        self.space_pending = False
        self.line_end = False
        self.absolute_top = top
        self.block_start = len(self.builder)
        self.block_plain = False
        return True

    def _list_marker(self) -> None:
        number = self.lists[-1] if self.lists else None
        if number is None:
            self.builder.add("• ")
        else:
            self.builder.add(f"{number}. ")
            self.lists[-1] = number + 1
        self.space_pending = False
        self.marker_end = len(self.builder)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIP_TAGS and self.hidden_tag is None:
            if tag in _BREAKING:
                self._break(tag)
            elif not self.skipping:
                self.line_end = False

    def handle_endtag(self, tag: str) -> None:
        if self.hidden_tag is not None:
            if tag == self.hidden_tag:
                self.hidden_depth -= 1
                if self.hidden_depth == 0:
                    self._end_hidden()
                return
            if self.hidden_depth == 1 and tag in _IMPLIED_BY_END.get(self.hidden_tag, ()):
                self._end_hidden()  # the container closes the hidden element left open; go on with it
            else:
                return
        if self.skipping and tag in _SKIP_TAGS:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in ("ul", "ol") and self.lists and not self.skipping:
            self.lists.pop()
        if tag in _LINE_BLOCK_TAGS and not self.skipping and self.absolute_top is not None:
            # the end of a line at absolute coordinates: the next block decides what comes between
            mid_sentence = _wrapped_line(self.builder.since(self.block_start or 0))
            self.last_absolute = (self.absolute_top, mid_sentence)
            self.absolute_top = None
            self.builder.separate("\n")
            self.line_end = mid_sentence  # (a page's <div> in the flow goes on with the sentence)
            self.space_pending = False
            return
        if (tag in _LINE_BLOCK_TAGS and not self.skipping and self.block_start is not None
                and _wrapped_line(self.builder.since(self.block_start), self.block_plain)):
            self.builder.separate("\n")
            self.line_end = True
            self.space_pending = False
            return
        if tag in _BREAKING:
            self._break(tag)
        elif not self.skipping:
            self.line_end = False

    def _break(self, tag: str) -> None:
        if self.skipping:
            return
        self.line_end = False
        if tag in _LINE_BLOCK_TAGS and self.marker_end == len(self.builder):
            return  # "<li><p>Changes in laws</p>": the bullet and its text stay one paragraph
        if tag in _PARAGRAPH_TAGS:
            self.builder.separate("\n\n")
            self.space_pending = False
        elif tag == "br":
            if len(self.builder) and not self.builder.tail.endswith("\n\n"):
                self.builder.add("\n")
            self.space_pending = False
        elif tag in _CELL_TAGS and len(self.builder) and not self.builder.tail.endswith(("\n", "\t")):
            self.builder.add("\t")
            self.space_pending = False

    # -- text ------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.masked:
            data = data.replace(_MASK, "<")
        if self.skipping and self.skipping[-1] == "style":
            self.hidden_classes |= hidden_classes(data)
            return
        # (text here goes to the document as running text: not skipped, not hidden, not in a
        # <pre>, not an EDGAR header value, the cases `_emit` treats apart; asked inline of every
        # piece of text and every character reference, tens of thousands in a filing)
        if data.isspace() and not self.skipping and self.hidden_tag is None and not self.pre \
                and self.edgar_value_line is None:
            # the line breaks and indents between tags, a third of a filing's events: all `_emit`
            # would do is ask for a space before the next run, so no position is worked out
            self.space_pending = True
            return
        line, column = self.getpos()
        if self.edgar_value_line is not None:
            if line == self.edgar_value_line and "\n" not in data:
                return
            # The value ends at the end of its line: keep what follows.
            cut = data.find("\n") if line == self.edgar_value_line else 0
            data, line, column = data[cut + 1 :], line + 1, 0
            self.edgar_value_line = None
        self._emit(data, line, column)

    def handle_entityref(self, name: str) -> None:
        data = _entity(f"&{name};")
        if data.isspace() and not self.skipping and self.hidden_tag is None and not self.pre \
                and self.edgar_value_line is None:  # (as in `handle_data`)
            self.space_pending = True  # "&nbsp;", the commonest reference: a space, as `_emit` reads it
            return
        self._emit(data, *self.getpos())

    def handle_charref(self, name: str) -> None:
        data = _entity(f"&#{name};")
        if data.isspace() and not self.skipping and self.hidden_tag is None and not self.pre \
                and self.edgar_value_line is None:
            self.space_pending = True  # "&#160;": as "&nbsp;"
            return
        self._emit(data, *self.getpos())

    def _end_hidden(self) -> None:
        hidden = " ".join("".join(self.hidden_text).split())
        if hidden:
            at = len(self.builder)
            self.builder.regions.append(Region(at, at, "hidden", f"{self.hidden_reason}: {hidden}", hidden))
        self.hidden_tag, self.hidden_reason, self.hidden_text = None, "", []

    def close(self) -> None:
        self._mask_unclosable_tail()
        super().close()
        if self.hidden_tag is not None:  # never closed: hidden to the end, as a browser shows it
            self._end_hidden()

    def _mask_unclosable_tail(self) -> None:
        """Read the text after the last ">" as text, in one pass.

        No tag, comment or declaration can be closed there, so the standard parser turns each
        "<" of it into text; but at the end of the input it first looks for the missing ">" (and
        matches the tag's pattern) from every one of them to the end of the text: a tail of
        "<a b<a b…" took minutes at 80 KB. Each "<" after the last ">" is swapped for a character
        of the same length that starts nothing, and swapped back in `handle_data`: the text and
        its positions are the ones the standard parser gives (a character reference there is
        read as one, as in any other text)."""
        raw = self.rawdata
        first = raw.find("<", raw.rfind(">") + 1)
        if first < 0 or self.cdata_elem is not None or _MASK in raw:
            return
        self.rawdata = raw[:first] + raw[first:].replace("<", _MASK)
        self.masked = True

    def parse_html_declaration(self, i: int) -> int:
        """`HTMLParser.parse_html_declaration`, with a marked section it does not know (`<![foo[`,
        `<![ x`), on which the standard parser of Python 3.11 raises AssertionError, read as a
        browser reads it: a bogus comment, up to the next ">"."""
        position = (self.lineno, self.offset, self._counted_in, self._counted_to, self._pending_to)
        try:
            return super().parse_html_declaration(i)
        except AssertionError:  # (after moving the position to where it gave up: moved back)
            self.lineno, self.offset, self._counted_in, self._counted_to, self._pending_to = position
            end = self.rawdata.find(">", i + 2)
            if end < 0:
                return -1
            self.handle_comment(self.rawdata[i + 2:end])
            return end + 1

    def _emit(self, data: str, line: int, column: int) -> None:
        if self.skipping or not data:
            return
        if self.hidden_tag is not None:
            self.hidden_text.append(data)
            return
        line += self.line_shift
        if self.pre:
            self.builder.add(data, line, column + 1)
            return
        # A no-break space is a space between runs; it sits where it was, so offsets still count
        # in `data`. Whitespace alone (the "&nbsp;" between cells, the line breaks between tags:
        # most events of a filing) only asks for a space before the next run.
        text = data.replace("\xa0", " ")
        if text.isspace():
            self.space_pending = True
            return
        if text[0].isspace():
            self.space_pending = True
        builder = self.builder
        # newlines before the current run, counted on from the last run (a run holds none): a
        # long hard-wrapped text is one event with a run per line
        newlines, last_newline, counted = 0, -1, 0
        for run in _RUN.finditer(text):
            offset = run.start()
            more = data.count("\n", counted, offset)
            if more:
                newlines += more
                last_newline = data.rfind("\n", counted, offset)
            counted = run.end()
            if newlines:
                run_line, run_column = line + newlines, offset - last_newline
            else:
                run_line, run_column = line, column + 1 + offset
            last = builder.last
            if (self.space_pending or offset) and last and not last.isspace():
                builder.add(" ")
            builder.add(run.group(), run_line, run_column)
            self.space_pending = False
        if text[-1].isspace():
            self.space_pending = True


def extract_into(builder: TextBuilder, markup: str, first_line: int = 1) -> None:
    """Append the text of an HTML fragment to `builder` (also used for HTML inside Markdown)."""
    parser = _Extractor(builder, first_line)
    if "absolute" in markup:
        parser.line_step = line_step(markup)
    parser.feed(markup)
    parser.close()


def load(data: bytes, path: str, options: object = None) -> Document:
    markup = decode(data, path, declared_charset(data))
    builder = TextBuilder()
    extract_into(builder, markup)
    return builder.build(path, FORMAT, sha256_of(data))
