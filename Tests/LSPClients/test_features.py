"""Every feature of `toc lsp`, driven by pytest-lsp (pygls) over standard input/output, on the
examples. Answers are compared with what the `toc` command line says about the same files."""

import json
import pathlib

from lsprotocol import types

from conftest import EXAMPLES, open_document, position_of, toc, uri, wait_for_diagnostics

TEAM = EXAMPLES / "buurtmakers-west.toc"
PROGRAMME = EXAMPLES / "programma-2021.toc"
INDEX = EXAMPLES / "indicatoren" / "index-plus.toc"


def doc(path):
    return types.TextDocumentIdentifier(uri=uri(path))


async def test_diagnostics_on_open_are_those_of_toc_check(client):
    await open_document(client, TEAM)
    published = client.diagnostics[uri(TEAM)]
    checked = json.loads(toc("check", "--all", "--format", "json", str(TEAM)).stdout)
    expected = sorted(
        (d["code"], d["line"] - 1) for d in checked["diagnostics"] if d["file"].endswith("buurtmakers-west.toc")
    )
    assert sorted((d.code, d.range.start.line) for d in published) == expected
    assert len(published) > 5
    unused = next(d for d in published if d.code == "TOC206")
    assert unused.severity == types.DiagnosticSeverity.Warning
    assert unused.code_description.href.endswith("rules.md#toc206")
    assert "voedt geen activiteit" in unused.message  # Dutch: the file's language


async def test_diagnostics_follow_every_change(client):
    text = await open_document(client, TEAM)
    broken = text.replace("samenbrengen -> acties", "samenbrengen -> actis")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri(TEAM), version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=broken)],
        )
    )
    await wait_for_diagnostics(client, uri(TEAM))
    while not any(d.code == "TOC111" for d in client.diagnostics[uri(TEAM)]):
        await wait_for_diagnostics(client, uri(TEAM))
    typo = next(d for d in client.diagnostics[uri(TEAM)] if d.code == "TOC111")
    assert "`actis`" in typo.message and "bedoelde je `acties`?" in typo.message
    assert typo.range.start == position_of(broken, "actis", after="samenbrengen -> ")

    # An incremental change mends it again.
    start = position_of(broken, "actis", after="samenbrengen -> ")
    end = types.Position(line=start.line, character=start.character + 5)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri(TEAM), version=3),
            content_changes=[
                types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end), text="acties")
            ],
        )
    )
    await wait_for_diagnostics(client, uri(TEAM))
    while any(d.code == "TOC111" for d in client.diagnostics[uri(TEAM)]):
        await wait_for_diagnostics(client, uri(TEAM))


async def test_a_duplicate_points_at_the_first_definition(client):
    path = EXAMPLES / "dubbel.toc"
    await open_document(client, path, "taal: nl\n[activiteiten]\nfeest: Feest\nfeest: Nog een feest\n")
    duplicate = next(d for d in client.diagnostics[uri(path)] if d.code == "TOC106")
    assert duplicate.range.start.line == 3
    assert duplicate.related_information[0].location.range.start.line == 2


async def test_hover_on_an_id_a_keyword_and_a_rule(client):
    text = await open_document(client, TEAM)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=doc(TEAM), position=position_of(text, "cohesie:"))
    )
    value = hover.contents.value
    assert "**Meer buurtbewoners voelen zich betrokken bij de wijk en er is meer sociale cohesie**" in value
    assert "Middellange termijn" in value
    assert "`ip.samenhang` Sociale samenhang (schaal)" in value

    keyword = await client.text_document_hover_async(
        types.HoverParams(text_document=doc(TEAM), position=position_of(text, "toelichting:"))
    )
    assert keyword.contents.value.startswith("**toelichting**: Een langere uitleg.")

    path = EXAMPLES / "negeer.toc"
    rules = "taal: nl\n[korte termijn]\nx: X\n  negeer: orphan-outcome, TOC301\n"
    await open_document(client, path, rules)
    rule = await client.text_document_hover_async(
        types.HoverParams(text_document=doc(path), position=position_of(rules, "TOC301"))
    )
    assert rule.contents.value.startswith("**TOC301** `outcome-without-indicator` (warning)")


async def test_definition_of_ids_qualified_ids_and_include_paths(client):
    text = await open_document(client, TEAM)
    local = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc(TEAM), position=position_of(text, "acties", after="-> "))
    )
    assert local.uri == uri(TEAM)
    assert local.range.start == position_of(text, "acties:")

    qualified = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc(TEAM), position=position_of(text, "samenhang", after="ip."))
    )
    assert qualified.uri == uri(INDEX)
    index = INDEX.read_text(encoding="utf-8")
    assert qualified.range.start == position_of(index, "samenhang:")

    path = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc(TEAM), position=position_of(text, "index-plus.toc"))
    )
    assert path.uri == uri(INDEX)


async def test_references_and_rename_reach_every_file_that_names_the_id(client):
    text = await open_document(client, TEAM)
    programme = await open_document(client, PROGRAMME)
    references = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=doc(TEAM),
            position=position_of(text, "armoede:"),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    in_team = [r for r in references if r.uri == uri(TEAM)]
    in_programme = [r for r in references if r.uri == uri(PROGRAMME)]
    assert sorted((r.range.start.line, r.range.start.character) for r in in_team) == id_places(text, "armoede")
    assert sorted((r.range.start.line, r.range.start.character) for r in in_programme) == id_places(
        programme, "armoede", prefix="buurtmakers."
    )
    assert len(in_programme) >= 1

    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=doc(TEAM), position=position_of(text, "armoede:"), new_name="samenhorigheid")
    )
    assert len(edit.changes[uri(TEAM)]) == len(in_team)
    assert len(edit.changes[uri(PROGRAMME)]) == len(in_programme)
    assert all(e.new_text == "samenhorigheid" for e in edit.changes[uri(PROGRAMME)])
    # In the programme only the part after `buurtmakers.` changes.
    assert sorted((e.range.start.line, e.range.start.character) for e in edit.changes[uri(PROGRAMME)]) == [
        (line, character + len("buurtmakers.")) for line, character in id_places(programme, "armoede", "buurtmakers.")
    ]

    prepared = await client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=doc(TEAM), position=position_of(text, "armoede:"))
    )
    assert prepared.end.character - prepared.start.character == len("armoede")


def id_places(text, name, prefix=""):
    """Where `name` stands as an id (defined, or in an arrow list), found without the server."""
    import re

    places = []
    for number, line in enumerate(text.split("\n")):
        if line.lstrip().startswith("#"):
            continue
        pattern = rf"^({re.escape(prefix + name)}):|(?:^|->|,)\s*({re.escape(prefix + name)})(?=\s*(?:,|->|$))"
        for match in re.finditer(pattern, line):
            group = 1 if match.group(1) else 2
            places.append((number, match.start(group)))
    return sorted(places)


async def test_rename_reaches_the_workspace_files_that_include_it_unopened(examples_client):
    client = examples_client
    text = await open_document(client, TEAM)
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=doc(TEAM), position=position_of(text, "armoede:"), new_name="samenhorigheid")
    )
    assert len(edit.changes[uri(TEAM)]) == len(id_places(text, "armoede"))
    # Both programmes include the team as `buurtmakers`, and neither is open.
    for programme in (PROGRAMME, EXAMPLES / "programma-2020.toc"):
        written = programme.read_text(encoding="utf-8")
        places = id_places(written, "armoede", "buurtmakers.")
        assert places, programme
        assert sorted((e.range.start.line, e.range.start.character) for e in edit.changes[uri(programme)]) == [
            (line, character + len("buurtmakers.")) for line, character in places
        ]
    # index-plus.toc names an `armoede` of its own and includes no team: it is left alone.
    assert uri(INDEX) not in edit.changes
    assert set(edit.changes) == {uri(TEAM), uri(PROGRAMME), uri(EXAMPLES / "programma-2020.toc")}
    # Workspace symbols: the closed catalogue's own `armoede` is found beside the open team's.
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="armoede"))
    assert {(s.name, s.location.uri) for s in found} >= {("armoede", uri(TEAM)), ("armoede", uri(INDEX))}
    catalogue = INDEX.read_text(encoding="utf-8")
    own = next(s for s in found if s.location.uri == uri(INDEX))
    assert own.location.range.start == position_of(catalogue, "armoede:")


async def test_rename_is_refused_for_a_keyword_and_an_invalid_id(client):
    text = await open_document(client, TEAM)
    try:
        await client.text_document_prepare_rename_async(
            types.PrepareRenameParams(text_document=doc(TEAM), position=position_of(text, "toelichting:"))
        )
        raise AssertionError("a keyword was offered for renaming")
    except Exception as error:  # pygls raises the JSON-RPC error
        assert "sleutelwoord" in str(error)
    try:
        await client.text_document_rename_async(
            types.RenameParams(text_document=doc(TEAM), position=position_of(text, "armoede:"), new_name="bron")
        )
        raise AssertionError("a keyword was accepted as a new id")
    except Exception as error:
        assert "sleutelwoord" in str(error)


async def test_completion_after_an_arrow_an_indicator_key_and_negeer(client):
    path = EXAMPLES / "aanvullen.toc"
    text = "taal: nl\n[activiteiten]\nfeest: Feest -> \n[korte termijn]\nwijk: Wijk\n  indicator: \n  negeer: \n[indicatoren]\ni: I\n"
    await open_document(client, path, text)

    async def labels(line, character):
        result = await client.text_document_completion_async(
            types.CompletionParams(text_document=doc(path), position=types.Position(line=line, character=character))
        )
        return [item.label for item in result.items]

    assert (await labels(2, 16))[:2] == ["feest", "wijk"]
    assert await labels(5, 13) == ["i"]
    rules = await labels(6, 10)
    assert "orphan-outcome" in rules and "TOC203" in rules
    assert "eigenaar" in await labels(6, 2)


async def test_document_and_workspace_symbols(client):
    await open_document(client, TEAM)
    outline = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc(TEAM)))
    assert [s.name for s in outline] == [
        "Middelen", "Activiteiten", "Resultaten", "Korte termijn", "Middellange termijn", "Lange termijn",
    ]
    assert [c.name for c in outline[0].children] == ["uren", "geld", "leefwereld", "expertise", "netwerk"]
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="armoede"))
    assert [s.name for s in found] == ["armoede"]


async def test_formatting_gives_what_toc_fmt_gives(client):
    path = EXAMPLES / "rommelig.toc"
    text = "taal: nl\n[activiteiten]\nfeest:    Feest\n      toelichting:   Veel mensen\n"
    await open_document(client, path, text)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=doc(path), options=types.FormattingOptions(tab_size=2, insert_spaces=True)
        )
    )
    expected = toc_fmt(text)
    assert len(edits) == 1 and edits[0].new_text == expected


def toc_fmt(text):
    import subprocess
    from conftest import TOC

    return subprocess.run([TOC, "fmt", "-"], input=text, capture_output=True, text=True, check=True).stdout


async def test_code_actions_fix_a_typo_create_a_node_add_an_indicator_and_ignore(client):
    path = EXAMPLES / "herstel.toc"
    text = "taal: nl\n[activiteiten]\nfeest: Feest -> wijkk, ontmoeting\n[korte termijn]\nwijk: Wijk\n"
    await open_document(client, path, text)

    async def titles(line):
        actions = await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=doc(path),
                range=types.Range(start=types.Position(line=line, character=0), end=types.Position(line=line, character=0)),
                context=types.CodeActionContext(diagnostics=[]),
            )
        )
        return {a.title: a for a in actions}

    on_feest = await titles(2)
    typo = on_feest["Vervang door `wijk`"]
    assert typo.edit.changes[uri(path)][0].new_text == "wijk"
    create = on_feest["Maak `ontmoeting` aan in [resultaten]"]
    assert create.edit.changes[uri(path)][0].new_text.endswith("[resultaten]\nontmoeting: TODO\n")
    on_wijk = await titles(4)
    assert "Voeg een indicator toe aan `wijk`" in on_wijk
    ignore = on_wijk["Negeer `outcome-without-indicator` hier"]
    assert ignore.edit.changes[uri(path)][0].new_text == "\n  negeer: outcome-without-indicator"


async def test_semantic_tokens_and_folding(client):
    text = await open_document(client, TEAM)
    tokens = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=doc(TEAM))
    )
    data = tokens.data
    assert len(data) % 5 == 0
    decoded, line, start = [], 0, 0
    for index in range(0, len(data), 5):
        delta_line, delta_start, length, kind, modifiers = data[index : index + 5]
        line += delta_line
        start = start + delta_start if delta_line == 0 else delta_start
        decoded.append((line, start, length, kind, modifiers))
    header = position_of(text, "[middelen]")
    assert (header.line, header.character, len("[middelen]"), 0, 0) in decoded
    uren = position_of(text, "uren:")
    assert (uren.line, 0, 4, 2, 0b11) in decoded  # a definition (bit 0) of a resource (bit 1)

    folds = await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=doc(TEAM)))
    section = position_of(text, "[middelen]").line
    assert any(f.start_line == section and f.end_line > section + 5 for f in folds)
    assert any(f.start_line == uren.line and f.end_line == uren.line + 1 for f in folds)


async def test_an_edit_to_an_included_file_checks_the_programme_again(client):
    await open_document(client, PROGRAMME)
    assert not any(d.code == "TOC111" for d in client.diagnostics[uri(PROGRAMME)])
    text = await open_document(client, TEAM)
    changed = text.replace("armoede: Minder armoede", "armoe: Minder armoede")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri(TEAM), version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=changed)],
        )
    )
    while not any(d.code == "TOC111" for d in client.diagnostics[uri(PROGRAMME)]):
        await wait_for_diagnostics(client, uri(PROGRAMME))
    undefined = [d for d in client.diagnostics[uri(PROGRAMME)] if d.code == "TOC111"]
    assert any("buurtmakers.armoede" in d.message for d in undefined)
