-- Starts `toc lsp` for every buffer of filetype `toc` (see ftdetect/toc.vim).
-- Works on Neovim 0.7 (vim.lsp.start_client) and later (vim.lsp.start).
--
--   require("toc_lsp").setup()                          -- `toc` on your PATH
--   require("toc_lsp").setup({ cmd = { "/pad/naar/toc", "lsp" } })
local M = {}

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { "toc", "lsp" }
  vim.api.nvim_create_autocmd("FileType", {
    pattern = "toc",
    callback = function(args)
      local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ":p:h")
      if vim.lsp.start then
        vim.lsp.start({ name = "toc", cmd = cmd, root_dir = root })
      else
        if not M.client_id or vim.lsp.client_is_stopped(M.client_id) then
          M.client_id = vim.lsp.start_client({ name = "toc", cmd = cmd, root_dir = root })
        end
        vim.lsp.buf_attach_client(args.buf, M.client_id)
      end
    end,
  })
end

return M
