"""What a careless or hostile client may send: `toc lsp` answers with the right JSON-RPC error or
ignores it, and never crashes or hangs."""

import json
import time

import pytest
from lsprotocol import types

from conftest import EXAMPLES, RawServer, open_document, uri


def test_exit_code_is_zero_after_shutdown(raw):
    raw.initialize()
    raw.send({"jsonrpc": "2.0", "id": 1, "method": "shutdown"})
    assert raw.receive() == {"jsonrpc": "2.0", "id": 1, "result": None}
    raw.send({"jsonrpc": "2.0", "method": "exit"})
    assert raw.process.wait(timeout=10) == 0


def test_exit_code_is_one_without_shutdown(raw):
    raw.initialize()
    raw.send({"jsonrpc": "2.0", "method": "exit"})
    assert raw.process.wait(timeout=10) == 1


def test_requests_before_initialize_are_refused(raw):
    raw.send({"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {}})
    assert raw.receive()["error"]["code"] == -32002


def test_malformed_json_is_a_parse_error_and_the_server_goes_on(raw):
    raw.initialize()
    body = b'{"jsonrpc": "2.0", "id": 4, "method": '
    raw.send_bytes(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    answer = raw.receive()
    assert answer["error"]["code"] == -32700 and answer["id"] is None
    raw.send({"jsonrpc": "2.0", "id": 5, "method": "shutdown"})
    assert raw.receive()["id"] == 5


def test_invalid_utf8_is_a_parse_error(raw):
    raw.initialize()
    body = b'{"jsonrpc":"2.0","id":6,"method":"x\xff\xfe"}'
    raw.send_bytes(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    answer = raw.receive()
    assert answer["error"]["code"] == -32700
    assert "UTF-8" in answer["error"]["message"]


def test_a_header_without_length_is_skipped(raw):
    raw.initialize()
    raw.send_bytes(b"Content-Type: application/json\r\n\r\n")
    assert raw.receive()["error"]["code"] == -32700
    raw.send({"jsonrpc": "2.0", "id": 7, "method": "shutdown"})
    assert raw.receive() == {"jsonrpc": "2.0", "id": 7, "result": None}


def test_unknown_method_is_method_not_found(raw):
    raw.initialize()
    raw.send({"jsonrpc": "2.0", "id": 8, "method": "textDocument/teleport", "params": {}})
    assert raw.receive()["error"]["code"] == -32601
    raw.send({"jsonrpc": "2.0", "method": "$/somethingNew", "params": {}})
    raw.send({"jsonrpc": "2.0", "id": 9, "method": "shutdown"})
    assert raw.receive()["id"] == 9  # the unknown notification got no answer


def test_a_document_that_is_not_open_is_invalid_params(raw):
    raw.initialize()
    raw.send({
        "jsonrpc": "2.0", "id": 10, "method": "textDocument/hover",
        "params": {"textDocument": {"uri": "file:///nergens.toc"}, "position": {"line": 0, "character": 0}},
    })
    answer = raw.receive()
    assert answer["error"]["code"] == -32602 and "is not open" in answer["error"]["message"]


def test_a_cancelled_request_gets_request_cancelled(raw):
    raw.initialize()
    text = (EXAMPLES / "programma-2021.toc").read_text(encoding="utf-8")
    messages = [
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri(EXAMPLES / "programma-2021.toc"), "languageId": "toc", "version": 1, "text": text}}},
        {"jsonrpc": "2.0", "id": 11, "method": "textDocument/documentSymbol", "params": {
            "textDocument": {"uri": uri(EXAMPLES / "programma-2021.toc")}}},
        {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 11}},
    ]
    data = b""
    for message in messages:
        body = json.dumps(message).encode()
        data += b"Content-Length: %d\r\n\r\n" % len(body) + body
    raw.send_bytes(data)
    answer = raw.receive_until(lambda m: m.get("id") == 11)
    assert answer["error"]["code"] == -32800


def test_a_client_that_leaves_mid_message_ends_the_server(raw):
    raw.initialize()
    raw.send_bytes(b'Content-Length: 100\r\n\r\n{"jsonrpc": "2.0", "id"')
    raw.process.stdin.close()
    assert raw.process.wait(timeout=10) == 1


async def test_a_ten_megabyte_document_is_checked(client):
    # 2,000 activities in a chain, each with a long description: 10 MB, and a model without gaps,
    # so that the answer is small and what is measured is the server reading the document.
    description = "Een lange toelichting die de regel vult. " * 128
    lines = ["taal: nl", "[middelen]", "r: Middel -> a0", "[activiteiten]"]
    count = 2000
    for index in range(count):
        target = f"a{index + 1}" if index + 1 < count else "uit"
        lines += [f"a{index}: Activiteit {index} -> {target}", f"  toelichting: {description}"]
    lines += [
        "[korte termijn]", "uit: Het effect", "  indicator: i",
        "[indicatoren]", "i: Indicator", "  bron: b", "  nulmeting: 2019 = 1", "  streefwaarde: 2022 = 2",
    ]
    text = "\n".join(lines) + "\n"
    assert len(text.encode()) >= 10 << 20, len(text.encode())
    path = EXAMPLES / "groot.toc"
    await open_document(client, path, text)
    assert [d for d in client.diagnostics[uri(path)] if d.severity != types.DiagnosticSeverity.Hint] == []
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri(path)),
                          position=types.Position(line=4 + 2 * (count - 1), character=1))
    )
    assert f"`a{count - 1}`" in hover.contents.value


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8"])
def test_positions_count_the_units_the_client_chose(raw, encoding):
    raw.send({"jsonrpc": "2.0", "id": 0, "method": "initialize",
              "params": {"capabilities": {"general": {"positionEncodings": [encoding]}}}})
    assert raw.receive()["result"]["capabilities"]["positionEncoding"] == encoding
    raw.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    text = "taal: nl\n[activiteiten]\nfeest: Café 🎉 in de wĳk, één keer -> wijkfeest\n[korte termijn]\nwijkfeest: W\n"
    raw.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": "file:///u.toc", "languageId": "toc", "version": 1, "text": text}}})
    prefix = "feest: Café 🎉 in de wĳk, één keer -> "
    units = len(prefix.encode("utf-16-le")) // 2 if encoding == "utf-16" else len(prefix.encode("utf-8"))
    raw.send({"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///u.toc"}, "position": {"line": 2, "character": units + 2}}})
    answer = raw.receive_until(lambda m: m.get("id") == 1)
    assert answer["result"]["range"]["start"] == {"line": 2, "character": units}
    width = len("wijkfeest")
    assert answer["result"]["range"]["end"] == {"line": 2, "character": units + width}
