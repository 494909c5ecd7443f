-- Run by run.sh in a headless Neovim with the file already named on the command line.
local failures = 0
local function say(text) io.stdout:write(text .. "\n") end
local function check(ok, what)
  if ok then say("ok   " .. what) else failures = failures + 1; say("FAIL " .. what) end
end
local function finish()
  vim.lsp.stop_client(vim.lsp.get_active_clients())
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  if failures > 0 then
    say(failures .. " Neovim check(s) failed")
    vim.cmd("cquit 1")
  end
  say("Neovim: all checks passed")
  vim.cmd("qall!")
end

local function main()
require("toc_lsp").setup({ cmd = { os.getenv("TOC"), "lsp" } })
vim.cmd("edit")  -- the FileType autocommand now starts the server for this buffer
local buf = vim.api.nvim_get_current_buf()
check(vim.bo[buf].filetype == "toc", "ftdetect sets filetype toc")

local expected = tonumber(os.getenv("EXPECTED"))
vim.wait(20000, function() return #vim.diagnostic.get(buf) >= expected end, 50)
local diagnostics = vim.diagnostic.get(buf)
check(#diagnostics == expected, ("diagnostics: %d, toc check: %d"):format(#diagnostics, expected))
local unused = vim.tbl_filter(function(d) return d.code == "TOC206" end, diagnostics)
check(#unused > 0 and unused[1].message:find("voedt geen activiteit", 1, true) ~= nil,
  "a Dutch warning for an unused resource")

local function find(pattern)
  for number, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local column = line:find(pattern)
    if column then return number, column end
  end
end

-- Hover on `acties` in `geld: … -> acties`.
local line = find("^geld:")
local text = vim.api.nvim_buf_get_lines(buf, line - 1, line, false)[1]
local column = text:find("-> acties", 1, true) + 3
vim.api.nvim_win_set_cursor(0, { line, column })
local params = vim.lsp.util.make_position_params()
local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000)
local value = ""
for _, answer in pairs(hover or {}) do
  if answer.result then value = answer.result.contents.value end
end
check(value:find("Acties om leefklimaat te verzorgen", 1, true) ~= nil, "hover shows the label")
check(value:find("Activiteiten", 1, true) ~= nil, "hover shows the column")

-- Go to definition jumps to `acties:`.
local definition = find("^acties:")
vim.lsp.buf.definition()
vim.wait(10000, function() return vim.api.nvim_win_get_cursor(0)[1] == definition end, 50)
check(vim.api.nvim_win_get_cursor(0)[1] == definition, "definition jumps to the line of acties:")

-- Rename `acties` everywhere in the buffer.
params = vim.lsp.util.make_position_params()
params.newName = "ingrepen"
local rename = vim.lsp.buf_request_sync(buf, "textDocument/rename", params, 10000)
for _, answer in pairs(rename or {}) do
  if answer.result then vim.lsp.util.apply_workspace_edit(answer.result, "utf-16") end
end
local joined = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
check(joined:find("-> ingrepen", 1, true) ~= nil and joined:find("\ningrepen:", 1, true) ~= nil
  and joined:find("-> acties", 1, true) == nil, "rename changes the definition and its references")

-- A quick fix: silence the unused resource on `uren`.
local uren = find("^uren:")
local actions = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = uren - 1, character = 0 }, ["end"] = { line = uren - 1, character = 0 } },
  context = { diagnostics = {} },
}, 10000)
local taken = false
for _, answer in pairs(actions or {}) do
  for _, action in ipairs(answer.result or {}) do
    if action.title == "Negeer `unused-resource` hier" then
      vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
      taken = true
    end
  end
end
check(taken, "a quick fix is offered")
vim.wait(10000, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == "TOC206" and d.lnum == uren - 1 then return false end
  end
  return true
end, 50)
local still = vim.tbl_filter(function(d) return d.code == "TOC206" and d.lnum == uren - 1 end, vim.diagnostic.get(buf))
check(#still == 0, "after the quick fix the warning on uren is gone")

end

-- An error in a check is a failure, not a hang.
local ok, problem = pcall(main)
if not ok then
  failures = failures + 1
  say("FAIL " .. tostring(problem))
end
finish()
