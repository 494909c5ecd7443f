// A small language client for `toc lsp`, written against the VS Code API alone (no npm packages):
// it starts the server, keeps it informed of open .toc files and turns its answers into VS Code's
// diagnostics, hovers, definitions, references, renames, completions, symbols, formatting, quick
// fixes, folding and semantic tokens.
"use strict";
const vscode = require("vscode");
const { spawn } = require("child_process");

let server;
let nextId = 1;
const pending = new Map();
let buffer = Buffer.alloc(0);
let diagnostics;

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

function notify(method, params) {
  send({ method, params });
}

function receive(chunk) {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const match = /Content-Length: *(\d+)/i.exec(buffer.slice(0, end).toString("ascii"));
    const length = match ? Number(match[1]) : 0;
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.slice(end + 4, end + 4 + length).toString("utf8"));
    buffer = buffer.slice(end + 4 + length);
    handle(message);
  }
}

function handle(message) {
  if (message.id !== undefined && pending.has(message.id)) {
    const { resolve, reject } = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) reject(new Error(message.error.message));
    else resolve(message.result);
  } else if (message.method === "textDocument/publishDiagnostics") {
    const uri = vscode.Uri.parse(message.params.uri);
    diagnostics.set(uri, message.params.diagnostics.map(toDiagnostic));
  }
}

// Conversions between the protocol and VS Code (both count UTF-16 code units).
const position = (p) => new vscode.Position(p.line, p.character);
const range = (r) => new vscode.Range(position(r.start), position(r.end));
const location = (l) => new vscode.Location(vscode.Uri.parse(l.uri), range(l.range));
const fromPosition = (p) => ({ line: p.line, character: p.character });
const at = (document, p) => ({ textDocument: { uri: document.uri.toString() }, position: fromPosition(p) });

function toDiagnostic(d) {
  const severity = [null, 0, 1, 2, 3][d.severity] ?? 2;
  const diagnostic = new vscode.Diagnostic(range(d.range), d.message, severity);
  diagnostic.source = d.source;
  diagnostic.code = d.codeDescription
    ? { value: d.code, target: vscode.Uri.parse(d.codeDescription.href) }
    : d.code;
  diagnostic.relatedInformation = (d.relatedInformation || []).map(
    (r) => new vscode.DiagnosticRelatedInformation(location(r.location), r.message));
  return diagnostic;
}

function toEdit(workspaceEdit) {
  const edit = new vscode.WorkspaceEdit();
  for (const [uri, edits] of Object.entries(workspaceEdit.changes || {})) {
    for (const e of edits) edit.replace(vscode.Uri.parse(uri), range(e.range), e.newText);
  }
  return edit;
}

function toSymbol(s) {
  const symbol = new vscode.DocumentSymbol(s.name, s.detail || "", s.kind - 1, range(s.range), range(s.selectionRange));
  symbol.children = (s.children || []).map(toSymbol);
  return symbol;
}

function activate(context) {
  const program = vscode.workspace.getConfiguration("toc").get("path") || "toc";
  server = spawn(program, ["lsp"], { stdio: ["pipe", "pipe", "inherit"] });
  server.on("error", (error) => vscode.window.showErrorMessage(`toc lsp could not start: ${error.message}`));
  server.stdout.on("data", receive);
  diagnostics = vscode.languages.createDiagnosticCollection("toc");
  context.subscriptions.push(diagnostics);

  const legend = new vscode.SemanticTokensLegend(
    ["namespace", "keyword", "variable", "property", "macro", "comment", "operator", "string", "number"],
    ["declaration", "resource", "activity", "output", "outcome-short", "outcome-medium", "outcome-long", "impact"]);
  const selector = { language: "toc" };
  const open = (document) => {
    if (document.languageId !== "toc") return;
    notify("textDocument/didOpen", {
      textDocument: { uri: document.uri.toString(), languageId: "toc", version: document.version, text: document.getText() },
    });
  };
  const ready = request("initialize", { processId: process.pid, capabilities: {}, rootUri: null }).then(() => {
    notify("initialized", {});
    vscode.workspace.textDocuments.forEach(open);
  });

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => ready.then(() => open(d))),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.languageId !== "toc") return;
      notify("textDocument/didChange", {
        textDocument: { uri: event.document.uri.toString(), version: event.document.version },
        contentChanges: event.contentChanges.map((c) => ({
          range: { start: fromPosition(c.range.start), end: fromPosition(c.range.end) },
          text: c.text,
        })),
      });
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.languageId === "toc") notify("textDocument/didClose", { textDocument: { uri: d.uri.toString() } });
    }),
    vscode.languages.registerHoverProvider(selector, {
      provideHover: async (d, p) => {
        const h = await request("textDocument/hover", at(d, p));
        return h && new vscode.Hover(new vscode.MarkdownString(h.contents.value), h.range && range(h.range));
      },
    }),
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition: async (d, p) => {
        const l = await request("textDocument/definition", at(d, p));
        return l && location(l);
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences: async (d, p, c) =>
        ((await request("textDocument/references", { ...at(d, p), context: { includeDeclaration: c.includeDeclaration } })) || []).map(location),
    }),
    vscode.languages.registerRenameProvider(selector, {
      prepareRename: async (d, p) => range(await request("textDocument/prepareRename", at(d, p))),
      provideRenameEdits: async (d, p, newName) => toEdit(await request("textDocument/rename", { ...at(d, p), newName })),
    }),
    vscode.languages.registerCompletionItemProvider(selector, {
      provideCompletionItems: async (d, p) => {
        const list = await request("textDocument/completion", at(d, p));
        return list.items.map((i) => {
          const item = new vscode.CompletionItem(i.label, i.kind - 1);
          item.detail = i.detail;
          item.insertText = i.insertText;
          item.sortText = i.sortText;
          return item;
        });
      },
    }, ">", ":", "[", ",", " ", "."),
    vscode.languages.registerDocumentSymbolProvider(selector, {
      provideDocumentSymbols: async (d) =>
        (await request("textDocument/documentSymbol", { textDocument: { uri: d.uri.toString() } })).map(toSymbol),
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols: async (query) =>
        (await request("workspace/symbol", { query })).map(
          (s) => new vscode.SymbolInformation(s.name, s.kind - 1, s.containerName, location(s.location))),
    }),
    vscode.languages.registerDocumentFormattingEditProvider(selector, {
      provideDocumentFormattingEdits: async (d, options) =>
        (await request("textDocument/formatting", {
          textDocument: { uri: d.uri.toString() },
          options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces },
        })).map((e) => vscode.TextEdit.replace(range(e.range), e.newText)),
    }),
    vscode.languages.registerCodeActionsProvider(selector, {
      provideCodeActions: async (d, r) =>
        (await request("textDocument/codeAction", {
          textDocument: { uri: d.uri.toString() },
          range: { start: fromPosition(r.start), end: fromPosition(r.end) },
          context: { diagnostics: [] },
        })).map((a) => {
          const action = new vscode.CodeAction(a.title, vscode.CodeActionKind.QuickFix);
          action.edit = toEdit(a.edit);
          action.isPreferred = a.isPreferred;
          return action;
        }),
    }),
    vscode.languages.registerFoldingRangeProvider(selector, {
      provideFoldingRanges: async (d) =>
        (await request("textDocument/foldingRange", { textDocument: { uri: d.uri.toString() } })).map(
          (f) => new vscode.FoldingRange(f.startLine, f.endLine, vscode.FoldingRangeKind.Region)),
    }),
    vscode.languages.registerDocumentSemanticTokensProvider(selector, {
      provideDocumentSemanticTokens: async (d) => {
        const tokens = await request("textDocument/semanticTokens/full", { textDocument: { uri: d.uri.toString() } });
        return new vscode.SemanticTokens(new Uint32Array(tokens.data));
      },
    }, legend),
  );
}

async function deactivate() {
  if (!server) return;
  try {
    await request("shutdown", null);
    notify("exit", null);
  } catch (error) {
    server.kill();
  }
}

module.exports = { activate, deactivate };
