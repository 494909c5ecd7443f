"""Fixtures for driving `toc lsp` with real clients: pytest-lsp (pygls) and raw byte streams."""

import json
import os
import pathlib
import select
import subprocess
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOC = os.environ.get("TOC", str(ROOT / ".build" / "debug" / "toc"))
EXAMPLES = ROOT / "Examples"


def uri(path):
    return pathlib.Path(path).resolve().as_uri()


def toc(*arguments):
    """Runs the toc command line, for answers to compare the server's with."""
    return subprocess.run([TOC, *arguments], capture_output=True, text=True, check=False)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[TOC, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual-studio-code"))
    )
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[TOC, "lsp"]))
async def examples_client(lsp_client: LanguageClient):
    """A client whose workspace folder is Examples/, as an editor opened on that folder."""
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            workspace_folders=[types.WorkspaceFolder(uri=uri(EXAMPLES), name="Examples")],
        )
    )
    yield
    await lsp_client.shutdown_session()


async def open_document(client, path, text=None):
    """Opens a file in the client and waits for its diagnostics."""
    text = pathlib.Path(path).read_text(encoding="utf-8") if text is None else text
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri(path), language_id="toc", version=1, text=text
            )
        )
    )
    await wait_for_diagnostics(client, uri(path))
    return text


async def wait_for_diagnostics(client, document):
    while True:
        await client.wait_for_notification("textDocument/publishDiagnostics")
        if document in client.diagnostics:
            return client.diagnostics[document]


def position_of(text, needle, after=""):
    """The protocol position (UTF-16) of the first `needle` on a line, after `after` on it."""
    for number, line in enumerate(text.split("\n")):
        start = line.find(after) + len(after) if after else 0
        if after and line.find(after) < 0:
            continue
        found = line.find(needle, start)
        if found >= 0:
            return types.Position(line=number, character=len(line[:found].encode("utf-16-le")) // 2)
    raise AssertionError(f"{needle!r} not found")


class RawServer:
    """`toc lsp` driven byte by byte, for what a well-behaved client never sends."""

    def __init__(self):
        self.process = subprocess.Popen(
            [TOC, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
        )

    def send_bytes(self, data):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.send_bytes(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def receive(self, timeout=30):
        # Waits at most `timeout` seconds for the next message to start.
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            raise TimeoutError(f"no message from the server in {timeout} s")
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            byte = self.process.stdout.read(1)
            if not byte:
                raise EOFError("the server closed its output")
            header += byte
        length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
        body = b""
        while len(body) < length:
            chunk = self.process.stdout.read(length - len(body))
            if not chunk:
                raise EOFError("the server closed its output mid-message")
            body += chunk
        return json.loads(body)

    def receive_until(self, predicate):
        while True:
            message = self.receive()
            if predicate(message):
                return message

    def initialize(self):
        self.send({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"capabilities": {}}})
        answer = self.receive()
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        return answer

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            stream.close()


@pytest.fixture
def raw():
    server = RawServer()
    yield server
    server.close()
