"""``audit --dump``: show exactly what the extractor read, block by block.

A reviewer who doubts a finding can see the paragraph or table the tool saw, with
its location, merged cells marked and header rows separated.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from auditor.model import Document, Paragraph, Table


def render_dump(doc: Document, console: Console) -> None:
    """Print every block of ``doc`` in reading order with its location."""
    pages = f"，{doc.pages} 页" if doc.pages else ""
    console.print(
        Text(f"{doc.source}（{doc.format}{pages}，{len(doc.blocks)} 个块）", style="bold")
    )
    for note in doc.notes:
        console.print(Text(f"注：{note}", style="yellow"))
    if doc.textless_pages:
        pages_list = "、".join(str(p) for p in doc.textless_pages)
        console.print(Text(f"无文字层的页：{pages_list}", style="yellow"))
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            _paragraph(block, console)
        else:
            _table(block, console)


def _paragraph(p: Paragraph, console: Console) -> None:
    tag = "¶" if p.heading_level is None else f"H{p.heading_level}"
    head = Text(f"[{p.index}] {tag} {p.location.describe()}  ", style="dim")
    body = Text(p.text, style="bold" if p.heading_level is not None else "")
    console.print(head + body)


def _table(t: Table, console: Console) -> None:
    pages = ""
    if len(t.pages) > 1:
        pages = "，跨页 " + "→".join(str(p) for p in t.pages)
    title = f"[{t.index}] 表 {t.number} {t.location.describe()}（{t.n_rows}×{t.n_cols}，表头 {t.header_rows} 行{pages}）"
    if t.caption:
        title += f" {t.caption}"
    console.print(Text(title, style="dim"))
    grid = RichTable(show_header=False, show_lines=True, expand=False, pad_edge=False)
    for _ in range(t.n_cols):
        grid.add_column(overflow="fold")
    for r in range(t.n_rows):
        cells: list[Text] = []
        for c in range(t.n_cols):
            cell = t.grid[r][c]
            if t.is_origin(r, c):
                span = ""
                if cell.rowspan > 1 or cell.colspan > 1:
                    span = f" ⟨{cell.rowspan}×{cell.colspan}⟩"
                style = "bold" if r < t.header_rows else ""
                cells.append(Text(cell.text + span, style=style))
            else:
                cells.append(Text("〃", style="dim"))
        grid.add_row(*cells)
    console.print(grid)
