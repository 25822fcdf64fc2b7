-- Run by neovim.test.ts inside `nvim --headless --clean`: attach the bundled Process Docs
-- language server to the current buffer the Neovim 0.7 way (start_client + buf_attach_client),
-- wait for its diagnostics, fix the status typo in the buffer, wait for them to clear, and
-- print both states on stdout as one JSON line.
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'process-docs',
  cmd = { os.getenv('PROCESS_DOCS_NODE'), os.getenv('PROCESS_DOCS_SERVER'), '--stdio' },
  root_dir = os.getenv('PROCESS_DOCS_ROOT'),
})
vim.lsp.buf_attach_client(bufnr, client_id)

local timeout = tonumber(os.getenv('PROCESS_DOCS_WAIT_MS') or '20000')

local function snapshot()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
      -- 0.7 keeps the LSP diagnostic's code in user_data; later versions also copy it to `code`.
      code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
    })
  end
  return out
end

local published = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
local before = snapshot()

-- Type the fix as a user would: replace the line holding the typo, which the server hears as didChange.
local fixed = false
for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
  if line == 'Acepted' then
    vim.api.nvim_buf_set_lines(bufnr, i - 1, i, false, { 'Accepted' })
    fixed = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) == 0 end, 20)
  end
end

io.stdout:write(vim.fn.json_encode({
  published = published, filetype = vim.bo[bufnr].filetype, before = before, fixed = fixed, after = snapshot(),
}) .. '\n')
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
