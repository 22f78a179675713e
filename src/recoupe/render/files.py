"""Write a brief as brief.json (the contract), brief.md and brief.html."""

from __future__ import annotations

import json
from pathlib import Path

from recoupe.records import Brief
from recoupe.render.html import render_html
from recoupe.render.markdown import render_markdown


def brief_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=1) + "\n"


def write_outputs(brief: Brief, directory: Path) -> list[Path]:
    """Write the three files; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    outputs = {
        "brief.json": brief_json(brief),
        "brief.md": render_markdown(brief),
        "brief.html": render_html(brief),
    }
    written = []
    for name, content in outputs.items():
        path = directory / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written

