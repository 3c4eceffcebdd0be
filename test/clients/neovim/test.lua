-- Headless neovim (0.7+) drives dist/server.js over stdio with its built-in LSP client:
-- for each language of test/protocol/samples/cases.json it checks diagnostics, completion and hover.
-- Prints one line per check and exits 0 only when every check passed.
local root = vim.env.HACONF_ROOT
local samples = root .. '/test/protocol/samples'
local cases = vim.fn.json_decode(table.concat(vim.fn.readfile(samples .. '/cases.json'), '\n'))
local failures, passes = 0, 0

local function check(ok, name, detail)
  if ok then
    passes = passes + 1
    io.stdout:write('ok   ' .. name .. '\n')
  else
    failures = failures + 1
    io.stdout:write('FAIL ' .. name .. (detail and (': ' .. detail) or '') .. '\n')
  end
end

local published = {}
local client_id = vim.lsp.start_client({
  name = 'haconf',
  cmd = { 'node', '--max-semi-space-size=4', vim.env.HACONF_SERVER or (root .. '/dist/server.js'), '--stdio' },
  root_dir = samples,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      published[result.uri] = true
    end,
  },
})

local function open(rel)
  vim.cmd('edit ' .. vim.fn.fnameescape(samples .. '/' .. rel))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  local uri = vim.uri_from_bufnr(buf)
  local got = vim.wait(20000, function() return published[uri] == true end, 20)
  return buf, uri, got
end

local function request(buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, 10000)
  if not responses then return nil, err end
  local r = responses[client_id]
  if not r then return nil, 'no answer' end
  if r.err then return nil, vim.inspect(r.err) end
  return r.result, nil
end

local function first_word(label)
  return (label:gsub('^%s+', ''):match('^[^%s=]+') or '')
end

local function hover_text(h)
  if not h or not h.contents then return '' end
  local c = h.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local parts = {}
  for _, p in ipairs(c) do table.insert(parts, type(p) == 'string' and p or (p.value or '')) end
  return table.concat(parts, '\n')
end

local function run()
  local started = vim.wait(20000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 20)
  check(started, 'server started and initialized')
  local caps = vim.lsp.get_client_by_id(client_id).server_capabilities
  check(caps.completionProvider ~= nil and caps.hoverProvider and caps.documentSymbolProvider, 'capabilities advertised')

  for _, c in ipairs(cases) do
    local lang = c.language
    local buf, uri, got = open(c.file)
    check(got, lang .. ': diagnostics published on open')
    local errors = vim.diagnostic.get(buf, { severity = vim.diagnostic.severity.ERROR })
    check(#errors == 0, lang .. ': valid sample has no errors', vim.inspect(errors))

    local pos = { line = c.completion.line, character = c.completion.character }
    local result, err = request(buf, 'textDocument/completion', { textDocument = { uri = uri }, position = pos })
    local items = result and (result.items or result) or {}
    local labels, found = {}, false
    for _, item in ipairs(items) do
      local w = first_word(item.label)
      table.insert(labels, w)
      if w == c.completion.expect then found = true end
    end
    check(#items > 0, lang .. ': completion items exist', err)
    check(found, lang .. ': completion offers ' .. c.completion.expect, table.concat(labels, ' ', 1, math.min(#labels, 30)))

    local hpos = { line = c.hover.line, character = c.hover.character }
    local hover, herr = request(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = hpos })
    local text = hover_text(hover)
    check(#text > 20, lang .. ': hover on ' .. c.hover.word .. ' has content', herr or text)

    local bbuf, _, bgot = open(c.bad)
    check(bgot, lang .. ': diagnostics published for the bad sample')
    local on_line = 0
    for _, d in ipairs(vim.diagnostic.get(bbuf)) do
      if d.lnum == c.badLine then on_line = on_line + 1 end
    end
    check(on_line > 0, lang .. ': known-bad line ' .. (c.badLine + 1) .. ' has a diagnostic', vim.inspect(vim.diagnostic.get(bbuf)))

    -- Correct the word in the buffer as a user would; neovim sends the change, the diagnostic must go.
    -- Other findings may stay on that line (e.g. cross-file HA checks against the sibling samples);
    -- the ones raised for the misspelling must go.
    local codes = {}
    for _, d in ipairs(vim.diagnostic.get(bbuf)) do
      if d.lnum == c.badLine and d.code then codes[tostring(d.code)] = true end
    end
    local text = vim.api.nvim_buf_get_lines(bbuf, c.badLine, c.badLine + 1, false)[1] or ''
    local col = text:find(c.fix.find, 1, true)
    if col then
      vim.api.nvim_buf_set_text(bbuf, c.badLine, col - 1, c.badLine, col - 1 + #c.fix.find, { c.fix.replace })
      local cleared = vim.wait(10000, function()
        for _, d in ipairs(vim.diagnostic.get(bbuf)) do
          if d.lnum == c.badLine and (d.code == nil or codes[tostring(d.code)]) then return false end
        end
        return true
      end, 20)
      check(cleared, lang .. ': correcting ' .. c.fix.find .. ' clears the diagnostic', vim.inspect(vim.diagnostic.get(bbuf)))
    else
      check(false, lang .. ': ' .. c.fix.find .. ' found on the bad line', text)
    end
  end
end

local ok, err = pcall(run)
if not ok then check(false, 'test script error', tostring(err)) end
vim.lsp.stop_client(client_id)
io.stdout:write(string.format('neovim: %d passed, %d failed\n', passes, failures))
if failures > 0 then vim.cmd('cquit!') else vim.cmd('qall!') end
