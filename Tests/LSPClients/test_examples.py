"""Every example, opened in pytest-lsp: the server shows what `toc check` finds in it, its outline
holds every node and indicator `toc export` lists, and hovering each id shows that node's label."""

import json
import re

import pytest
from lsprotocol import types

from conftest import EXAMPLES, open_document, toc, uri

EXAMPLE_FILES = sorted(EXAMPLES.rglob("*.toc"))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
async def test_an_example_in_the_editor(client, path):
    await open_document(client, path)
    checked = json.loads(toc("check", "--all", "--format", "json", str(path)).stdout)
    own = [d for d in checked["diagnostics"] if d["file"] == str(path)]
    assert sorted((d.code, d.range.start.line) for d in client.diagnostics[uri(path)]) == sorted(
        (d["code"], d["line"] - 1) for d in own
    )

    model = json.loads(toc("export", "--format", "json", str(path)).stdout)
    labels = {n["id"]: n["label"] for n in model["nodes"] if "." not in n["id"]}
    labels.update({i["id"]: i["label"] for i in model["indicators"] if "." not in i["id"]})
    outline = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri(path)))
    )
    symbols = [child for group in outline for child in group.children]
    assert sorted(s.name for s in symbols) == sorted(labels)
    for symbol in symbols:
        hover = await client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri(path)), position=symbol.selection_range.start
            )
        )
        shown = re.sub(r"\\(.)", r"\1", hover.contents.value)  # Markdown escapes undone
        assert shown.startswith(f"**{labels[symbol.name]}**")
