"""Markdown to safe HTML: raw HTML in the source is escaped, dangerous links are dropped."""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape

from markupsafe import Markup


@lru_cache(maxsize=1)
def _renderer() -> object:
    from markdown_it import MarkdownIt

    # "html": False escapes any HTML typed into Markdown; markdown-it's link validation already
    # refuses javascript:, vbscript:, file: and data: (except images) URLs.
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
        ["table", "strikethrough"]
    )


# LaTeX-style math ($$...$$ and $...$) is kept verbatim: Markdown would read its _ and * as
# emphasis. Each span is swapped for a placeholder, rendered, then put back escaped.
_MATH = re.compile(r"\$\$(.+?)\$\$|(?<![\\$\w])\$([^\s$](?:[^$\n]*[^\s$])?)\$(?![\w$])", re.DOTALL)


@lru_cache(maxsize=512)
def render_markdown(text: str) -> Markup:
    """Return the HTML of a Markdown text, safe to insert into a page."""
    from markdown_it import MarkdownIt

    renderer = _renderer()
    assert isinstance(renderer, MarkdownIt)
    spans: list[str] = []

    def hold(match: re.Match[str]) -> str:
        display = match.group(1) is not None
        body = match.group(1) if display else match.group(2)
        css = "math display" if display else "math"
        spans.append(f'<span class="{css}">{escape(body.strip())}</span>')
        return f"\ue000{len(spans) - 1}\ue001"

    html = renderer.render(_MATH.sub(hold, text.replace("\ue000", "").replace("\ue001", "")))
    html = re.sub("\ue000(\\d+)\ue001", lambda m: spans[int(m.group(1))], html)
    return Markup(html)  # noqa: S704 - rendered with html disabled, math escaped
