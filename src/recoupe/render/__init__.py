"""Rendering: brief.json is the contract; brief.md and brief.html are rendered from it.

Modules: `text` (helpers every section shares), `markdown`, `html`, `files` (writing the
three outputs). Section renderers live with their stage (`recoupe.timeline.render`, ...)
and import only `text`, so this package imports nothing at load time.
"""
