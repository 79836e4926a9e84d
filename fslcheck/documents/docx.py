"""Word .docx drafts, read from the package XML (zipfile, and defusedxml for the XML).

Why not python-docx: it shows only the runs directly under a paragraph, so text inside tracked
insertions (`w:ins`) disappears and deleted text (`w:delText`) cannot be had at all — yet a
reviewer's draft is exactly where tracked changes live, and a legend clause that is only
*proposed* must not count as met. Reading `word/document.xml` with `zipfile` and an XML parser
gives every run in document order, and the walk over WordprocessingML is plain enough to keep in
one module. The XML goes through defusedxml, which refuses DTDs and entity expansion (no
legitimate .docx has them); part sizes are capped on the ZIP side.

What the text contains, in order:

1. the body: paragraphs in reading order (paragraph breaks "\\n\\n", each recorded in
   `paragraph_starts`), tables row by row with cells separated by tabs (each cell recorded as
   "table 1, row 2, col 3"), text boxes after the paragraph that anchors them; soft line breaks
   (`w:br`, `w:cr`) become "\\n", non-breaking hyphens "-", optional (soft) hyphens nothing; smart
   quotes are kept for the normaliser;
2. then headers, footers, footnotes and endnotes, each paragraph marked with a `Region` of kind
   "header", "footer" or "footnote" (note "endnote N" for endnotes), so a finding there can be
   told apart from one in the body; identical headers of several sections appear once.

Tracked changes follow `options.view`: "accepted" (default) shows the text as if every change
were accepted (insertions in, deletions out); "original" as if every change were rejected. Text
shown from a change is covered by a Region ("insertion" or "deletion"); text hidden by the view
leaves a zero-width Region of the other kind at the place where it was, whose note holds the
hidden text, so the engine can call a finding near it "pending". Moves count as a deletion plus an
insertion. Comments, field codes and formatting changes are ignored.
"""

from __future__ import annotations

import io
import lzma
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as safe_xml

from ..errors import InputError
from .model import Document, Region, TextBuilder, sha256_of

FORMAT = "docx"
EXTENSIONS = (".docx", ".docm", ".dotx")

_W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # "Strict" OOXML
)
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = re.compile(r"/officeDocument$")
_MAX_PART_BYTES = 200 * 1024 * 1024
_MAX_TOTAL_BYTES = 256 * 1024 * 1024
_MAX_RATIO = 200
_RATIO_FLOOR = 10 * 1024 * 1024
# What reading a damaged or unusual ZIP can raise (bad headers, CRC, unknown versions and
# methods, encrypted entries, broken deflate or LZMA streams).
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, RuntimeError,
               NotImplementedError, zlib.error, lzma.LZMAError)
_NOTE_SEPARATORS = ("separator", "continuationSeparator", "continuationNotice")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Symbol-font characters (w:sym) worth showing.
_SYMBOLS = {"F0B7": "•", "F0A7": "▪", "F0D8": "➢", "F0FC": "✓", "F02D": "-", "F0BE": "—"}
# Containers whose children are read as if they stood in the parent.
_TRANSPARENT = {"hyperlink", "smartTag", "customXml", "fldSimple", "sdtContent", "bdo", "dir"}
_SKIPPED = {"pPr", "rPr", "sdtPr", "sdtEndPr", "instrText", "delInstrText", "commentReference",
            "annotationRef", "footnoteRef", "endnoteRef", "proofErr", "bookmarkStart",
            "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "tblPr", "tblGrid", "trPr",
            "tcPr", "sectPr", "lastRenderedPageBreak", "footnoteReference", "endnoteReference",
            "separator", "continuationSeparator", "rPrChange", "pPrChange"}


def _local(tag: str) -> str:
    """The local name of a WordprocessingML tag ('' for tags of other vocabularies)."""
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return name if namespace in _W_NAMESPACES else ""
    return tag


def _attribute(element: ET.Element, name: str) -> str | None:
    for namespace in _W_NAMESPACES:
        value = element.get(f"{{{namespace}}}{name}")
        if value is not None:
            return value
    return None


@dataclass
class _Change:
    kind: str  # "insertion" or "deletion"
    note: str
    shown: bool  # does the chosen view keep this change's text (given the changes around it)?
    start: int = -1
    hidden: list[str] = field(default_factory=list)


class _Writer:
    """Walks WordprocessingML elements and writes their text into a TextBuilder."""

    def __init__(self, builder: TextBuilder, view: str, hidden_styles: frozenset[str] = frozenset()) -> None:
        self.builder = builder
        self.view = view
        self.hidden_styles = hidden_styles  # style ids formatted as hidden text (styles.xml)
        self.paragraph_hidden = False  # the current paragraph's style hides its runs
        self.changes: list[_Change] = []  # open tracked changes, innermost last
        self.tables = 0
        self.pending_boxes: list[ET.Element] = []
        self.vanished_at: int | None = None  # where a run of hidden (w:vanish) text began
        self.vanished: list[str] = []

    # -- blocks ----------------------------------------------------------------------------
    def blocks(self, parent: ET.Element, region: str | None = None, note: str = "") -> None:
        for child in parent:
            name = _local(child.tag)
            if name == "p":
                self.paragraph(child, region, note)
            elif name == "tbl":
                self.table(child, region, note)
            elif name in ("sdt", "sdtContent", "customXml", "ins", "del", "moveFrom", "moveTo"):
                self.blocks(child, region, note)  # content controls; block-level tracked rows
            elif child.tag == f"{_MC}AlternateContent":
                self._alternate(child, lambda e: self.blocks(e, region, note))

    def paragraph(self, element: ET.Element, region: str | None = None, note: str = "") -> None:
        self.builder.separate("\n\n")
        self.builder.start_paragraph()
        start = len(self.builder)
        self.paragraph_hidden = _style_of(element, "pPr", "pStyle") in self.hidden_styles
        try:
            self.inline(element)
        finally:
            self.paragraph_hidden = False
        self._flush_vanished()
        if region and len(self.builder) > start:
            self.builder.regions.append(Region(start, len(self.builder), region, note))
        boxes, self.pending_boxes = self.pending_boxes, []
        for box in boxes:
            self.blocks(box, region, note)

    def table(self, element: ET.Element, region: str | None, note: str) -> None:
        self.tables += 1
        number = self.tables
        self.builder.separate("\n\n")
        table_start = len(self.builder)
        rows = [r for r in element if _local(r.tag) == "tr"]
        # A table of one column is a box drawn round text (a boxed legend, a sidebar), not a grid
        # of figures: its paragraphs and rows stay paragraphs, as they would outside the box.
        boxed = all(sum(1 for _ in self._cells(row)) <= 1 for row in rows)
        for row_number, row in enumerate(rows, start=1):
            self.builder.separate("\n\n" if boxed else "\n")
            for column, cell in enumerate(self._cells(row), start=1):
                if column > 1:
                    self.builder.add("\t")
                start = len(self.builder)
                self._cell(cell, "\n\n" if boxed else " ")
                if len(self.builder) > start:
                    label = f"table {number}, row {row_number}, col {column}"
                    self.builder.cells.append((start, len(self.builder), label))
        if region and len(self.builder) > table_start:
            self.builder.regions.append(Region(table_start, len(self.builder), region, note))
        self.builder.separate("\n\n")

    def _cell(self, cell: ET.Element, between: str = " ") -> None:
        """A cell's paragraphs on one line, separated by spaces (a nested table's text inline);
        with `between` "\n\n" (a cell of a one-column table), each a paragraph of its own."""
        start = len(self.builder)
        for block in cell:
            name = _local(block.tag)
            if name not in ("p", "tbl", "sdt", "customXml"):
                continue
            if len(self.builder) > start and between != " " and name == "p":
                self.builder.separate(between)
            elif len(self.builder) > start and not self.builder.tail[-1:].isspace():
                self.builder.add(" ")
            if name == "p":
                self.builder.start_paragraph()
                self.inline(block)
            elif name == "tbl":
                for row in (r for r in block if _local(r.tag) == "tr"):
                    for inner in self._cells(row):
                        self._cell(inner)
                        self.builder.add(" ")
            else:
                self._cell(next((c for c in block if _local(c.tag) in ("sdtContent",)), block))

    def _cells(self, row: ET.Element) -> Iterator[ET.Element]:
        for child in row:
            name = _local(child.tag)
            if name == "tc":
                yield child
            elif name in ("sdt", "sdtContent", "customXml"):
                yield from self._cells(child)

    # -- inline ----------------------------------------------------------------------------
    def inline(self, parent: ET.Element) -> None:
        for child in parent:
            name = _local(child.tag)
            if name == "r":
                self.run(child)
            elif name in ("ins", "moveTo"):
                self._tracked(child, "insertion", shown=self.view != "original", moved=name == "moveTo")
            elif name in ("del", "moveFrom"):
                self._tracked(child, "deletion", shown=self.view == "original", moved=name == "moveFrom")
            elif name == "sdt":
                for content in child:
                    if _local(content.tag) == "sdtContent":
                        self.inline(content)
            elif name in _TRANSPARENT:
                self.inline(child)
            elif child.tag == f"{_MC}AlternateContent":
                self._alternate(child, self.inline)

    def _tracked(self, element: ET.Element, kind: str, shown: bool, moved: bool) -> None:
        author = _attribute(element, "author") or "unknown author"
        date = _attribute(element, "date")
        verb = {"insertion": "inserted", "deletion": "deleted"}[kind]
        note = f"{'moved' if moved else verb} by {author}" + (f" on {date[:10]}" if date else "")
        enclosing_visible = self._visible()
        change = _Change(kind, note, shown)
        change.start = len(self.builder)
        self.changes.append(change)
        try:
            self.inline(element)
        finally:
            self.changes.pop()
        if change.shown and enclosing_visible and len(self.builder) > change.start:
            self.builder.regions.append(Region(change.start, len(self.builder), kind, note))
        elif not change.shown and enclosing_visible and "".join(change.hidden).strip():
            hidden = " ".join("".join(change.hidden).split())
            self.builder.regions.append(
                Region(len(self.builder), len(self.builder), kind, f"{note}: {hidden}", hidden)
            )

    def _visible(self) -> bool:
        return all(change.shown for change in self.changes)

    def run(self, run: ET.Element) -> None:
        own = _vanished(run)
        if own or (own is None and (self.paragraph_hidden
                                    or _style_of(run, "rPr", "rStyle") in self.hidden_styles)):
            self._hidden_run(run)
            return
        self._flush_vanished()
        for child in run:
            name = _local(child.tag)
            if name in ("t", "delText"):
                self._text(child.text or "")
            elif name == "tab" or name == "ptab":
                self._text("\t")
            elif name in ("br", "cr"):
                self._text("\n")
            elif name == "noBreakHyphen":
                self._text("-")
            elif name == "sym":
                self._text(_SYMBOLS.get((_attribute(child, "char") or "").upper(), ""))
            elif name in ("drawing", "pict", "object") or child.tag == f"{_MC}AlternateContent":
                self._collect_text_boxes(child)
            # softHyphen: an optional break point, invisible unless the line breaks there

    def _hidden_run(self, run: ET.Element) -> None:
        """Text formatted as hidden (`w:vanish`): a reader never sees it, so it is not in the text;
        a zero-width region remembers it, so a check can say the wording is there but hidden."""
        if not self._visible():
            return
        if self.vanished_at is None:
            self.vanished_at = len(self.builder)
        self.vanished.extend(child.text or "" for child in run if _local(child.tag) == "t")

    def _flush_vanished(self) -> None:
        if self.vanished_at is not None:
            hidden = " ".join("".join(self.vanished).split())
            if hidden:
                self.builder.regions.append(Region(len(self.builder), len(self.builder), "hidden",
                                                   f"Word hidden-text formatting: {hidden}", hidden))
        self.vanished_at, self.vanished = None, []

    def _text(self, text: str) -> None:
        if not text:
            return
        if self._visible():
            self.builder.add(text)
        else:
            # Hidden by this view: remember it for the zero-width region if the other view shows
            # it, i.e. every enclosing change hides it (text inserted and deleted again is in
            # neither view).
            if self.changes and not any(change.shown for change in self.changes):
                self.changes[0].hidden.append(text)

    def _collect_text_boxes(self, element: ET.Element) -> None:
        if element.tag == f"{_MC}AlternateContent":
            choice = _first_choice(element)
            if choice is not None:
                self._collect_text_boxes(choice)
            return
        for box in element.iter():
            if _local(box.tag) == "txbxContent":
                self.pending_boxes.append(box)
                return  # nested boxes are inside this one

    def _alternate(self, element: ET.Element, handle) -> None:
        choice = _first_choice(element)
        if choice is not None:
            handle(choice)


def _vanished(element: ET.Element) -> bool | None:
    """Whether a run (or a style) says it is hidden text (`w:vanish`, `w:specVanish`): True, False
    when it switches hiding off, None when it does not say (its style decides)."""
    for properties in element:
        if _local(properties.tag) != "rPr":
            continue
        for flag in properties:
            if _local(flag.tag) in ("vanish", "specVanish"):
                return (_attribute(flag, "val") or "true").lower() not in ("0", "false", "off")
    return None


def _style_of(element: ET.Element, properties_name: str, style_name: str) -> str | None:
    """The style id a paragraph (pPr/pStyle) or run (rPr/rStyle) names."""
    for properties in element:
        if _local(properties.tag) == properties_name:
            for child in properties:
                if _local(child.tag) == style_name:
                    return _attribute(child, "val")
    return None


def hidden_styles(styles: ET.Element | None) -> frozenset[str]:
    """Ids of the styles in styles.xml that format text as hidden, directly or through the
    styles they are based on (a style may switch hiding off again)."""
    if styles is None:
        return frozenset()
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    for style in styles:
        if _local(style.tag) != "style":
            continue
        style_id = _attribute(style, "styleId")
        if not style_id:
            continue
        own[style_id] = _vanished(style)
        for child in style:
            if _local(child.tag) == "basedOn" and _attribute(child, "val"):
                based_on[style_id] = _attribute(child, "val")
    # Each style's answer is settled once and shared by every style based on it: a chain of n
    # styles costs n steps, not n*n (a 270 KB .docx of 32,000 chained styles took 52 s).
    settled: dict[str, bool] = {}
    for style_id in own:
        chain, seen, current = [], set(), style_id
        answer = False
        while current is not None and current not in seen:  # a loop of basedOn must end
            if current in settled:
                answer = settled[current]
                break
            seen.add(current)
            chain.append(current)
            if own.get(current) is not None:
                answer = bool(own[current])
                break
            current = based_on.get(current)
        for walked in chain:
            settled[walked] = answer
    return frozenset(style_id for style_id in own if settled[style_id])


def _first_choice(element: ET.Element) -> ET.Element | None:
    """The first branch of an mc:AlternateContent (Choice, else Fallback): the others repeat it."""
    for child in element:
        if child.tag in (f"{_MC}Choice", f"{_MC}Fallback"):
            return child
    return None


# -- the package -----------------------------------------------------------------------------
class _Package:
    def __init__(self, data: bytes, path: str, options: object = None) -> None:
        self.path = path
        # What all parts read together may expand to (each part alone was capped before, so a
        # package of many large parts still reached gigabytes); past 10 MB also a ratio to the
        # file's size, since honest Word XML compresses about 5-20 to 1.
        limit = int(getattr(options, "max_expanded", _MAX_TOTAL_BYTES))
        ratio = int(getattr(options, "max_ratio", _MAX_RATIO))
        self.budget = min(limit, max(_RATIO_FLOOR, ratio * len(data)))
        self.expanded = 0
        if data.startswith(_OLE_MAGIC):
            raise InputError(path, "the Word file is encrypted (password-protected) or an old binary "
                                   ".doc; save it as an unprotected .docx and check that")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            self.names = set(self.zip.namelist())
        except _ZIP_ERRORS as error:
            raise InputError(path, f"not a valid .docx (the ZIP package cannot be read: {error})") from None

    def xml(self, name: str) -> ET.Element:
        try:
            info = self.zip.getinfo(name)
            if info.file_size > _MAX_PART_BYTES:
                raise InputError(self.path, f"the .docx part {name} is too large ({info.file_size} bytes)")
            self.expanded += info.file_size
            if self.expanded > self.budget:
                raise InputError(self.path, f"the .docx expands to more than {self.budget // (1024 * 1024)} MB of XML "
                                            f"(at {name}); a decompression bomb? (limit: --max-bytes and "
                                            "LoadOptions.max_expanded)")
            raw = self.zip.read(info)
        except KeyError:
            raise InputError(self.path, f"not a valid .docx: the package has no {name}") from None
        except _ZIP_ERRORS as error:
            # RuntimeError: an encrypted ZIP entry; BadZipFile: CRC or header damage.
            raise InputError(self.path, f"the .docx is damaged or encrypted ({name}: {error})") from None
        try:
            # defusedxml refuses DTDs and entity expansion (Word never writes them; attackers do).
            root = safe_xml.fromstring(raw, forbid_dtd=True)
        except DefusedXmlException:
            raise InputError(self.path, f"the .docx part {name} declares a DTD or entities, which Word never writes") from None
        except ET.ParseError as error:
            message = f"the .docx is damaged: {name} is not well-formed XML ({error})"
            raise InputError(self.path, message) from None
        if _depth(root) > MAX_DEPTH:
            raise InputError(self.path, too_deep(name))
        return root

    def relationships(self, part: str) -> list[tuple[str, str]]:
        """(type, target part name) of the part's relationships, in file order."""
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if rels not in self.names:
            return []
        found = []
        for rel in self.xml(rels).iter(f"{_REL}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(folder, target))
            found.append((rel.get("Type", ""), name))
        return found

    def main_part(self) -> str:
        for kind, name in self.relationships(""):
            if _OFFICE_DOCUMENT.search(kind) and name in self.names:
                return name
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise InputError(self.path, "not a Word document: the package has no word/document.xml")


# Word's own documents nest a few dozen elements deep (tables in tables, content controls,
# tracked changes, text boxes); the walk above follows the nesting, so elements nested far deeper
# (100,000 <w:sdt> inside one another) ran it out of stack. libxml2 refuses XML nested past 256
# levels by default; a part nested deeper is refused here too, with what is wrong.
MAX_DEPTH = 256


def too_deep(name: str) -> str:
    return (f"the .docx part {name} nests elements more than {MAX_DEPTH} levels deep, which Word never "
            "writes; is the file damaged or made to attack readers?")


def _depth(root: ET.Element) -> int:
    """How deep elements nest under `root` (1: no children), counted without recursion and
    stopping once past MAX_DEPTH."""
    deepest = 1
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest > MAX_DEPTH:
                break
        stack.extend((child, depth + 1) for child in element)
    return deepest


def load(data: bytes, path: str, options: object = None) -> Document:
    view = getattr(options, "view", "accepted") or "accepted"
    if view not in ("accepted", "original"):
        raise InputError(path, f"unknown view {view!r} for tracked changes (use 'accepted' or 'original')")
    try:
        return _load(data, path, view, options)
    except RecursionError:  # (the depth bound keeps the walk far from the stack's end: a safety net)
        raise InputError(path, too_deep("word/document.xml")) from None


def _load(data: bytes, path: str, view: str, options: object) -> Document:
    package = _Package(data, path, options)
    main = package.main_part()
    root = package.xml(main)
    body = next((e for e in root if _local(e.tag) == "body"), None)
    if body is None:
        raise InputError(path, f"not a Word document: {main} has no body")
    builder = TextBuilder()
    styles = next((name for kind, name in package.relationships(main)
                   if kind.endswith("/styles") and name in package.names), None)
    writer = _Writer(builder, view, hidden_styles(package.xml(styles) if styles else None))
    writer.blocks(body)
    _append_parts(package, main, writer)
    return builder.build(path, FORMAT, sha256_of(data))


def _append_parts(package: _Package, main: str, writer: _Writer) -> None:
    """Headers, footers, footnotes and endnotes after the body (see the module docstring)."""
    seen_texts: set[str] = set()
    relationships = package.relationships(main)
    for suffix, region in (("/header", "header"), ("/footer", "footer")):
        for kind, name in relationships:
            if not kind.endswith(suffix) or name not in package.names:
                continue
            part = package.xml(name)
            signature = "".join(part.itertext()).strip()
            if not signature or signature in seen_texts:
                continue
            seen_texts.add(signature)
            writer.blocks(part, region, posixpath.basename(name))
    for suffix, element_name in (("/footnotes", "footnote"), ("/endnotes", "endnote")):
        for kind, name in relationships:
            if not kind.endswith(suffix) or name not in package.names:
                continue
            for note_element in package.xml(name):
                if _local(note_element.tag) != element_name:
                    continue
                if _attribute(note_element, "type") in _NOTE_SEPARATORS:
                    continue
                writer.blocks(note_element, "footnote", f"{element_name} {_attribute(note_element, 'id')}")
