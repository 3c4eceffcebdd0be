// Reads the keyword REGISTRATIONS out of HAProxy's C sources at one git tag: the names haproxy really accepts
// (sample fetches, converters, ACL keywords, bind/server options, rule actions, global keywords), whatever
// its configuration.txt says. Only names are extracted.
import { execFileSync } from 'node:child_process';

const LIST_TYPES = ['sample_fetch_kw_list', 'sample_conv_kw_list', 'acl_kw_list', 'bind_kw_list', 'srv_kw_list', 'action_kw_list', 'cfg_kw_list'];
/** Registration function of an action keyword list -> the rule set it extends. */
const ACTION_REGISTER = {
  http_req_keywords_register: 'http-request',
  http_res_keywords_register: 'http-response',
  http_after_res_keywords_register: 'http-after-response',
  tcp_req_conn_keywords_register: 'tcp-request connection',
  tcp_req_sess_keywords_register: 'tcp-request session',
  tcp_req_cont_keywords_register: 'tcp-request content',
  tcp_res_cont_keywords_register: 'tcp-response content',
  quic_init_actions_register: 'quic-initial',
};

const git = (gitDir, args) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 256 << 20 }).toString('utf8');

/** Body of the initializer that starts at `open` (index of its '{'), comments and strings respected. */
function initializerBody(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) + 1 || text.length;
    else if (c === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open);
}

const stripComments = (s) => s.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');

/** Registered names of one C file, added into `out`; `defines` resolves names given as string macros. */
export function parseSource(text, out, defines = {}) {
  const decl = new RegExp(`struct\\s+(${LIST_TYPES.join('|')})\\s+(\\w+)\\s*=\\s*\\{`, 'g');
  const registerOf = {};
  for (const m of text.matchAll(/(\w+_register)\s*(?:,\s*|\(\s*)&(\w+)/g)) registerOf[m[2]] = m[1];
  for (const m of text.matchAll(decl)) {
    const [, type, varName] = m;
    const body = stripComments(initializerBody(text, m.index + m[0].length - 1));
    if (type === 'cfg_kw_list') {
      for (const e of body.matchAll(/\{\s*(CFG_\w+)\s*,\s*"([^"]+)"/g)) {
        if (e[1] === 'CFG_GLOBAL') out.global.add(e[2]);
        else (out.sections[e[1]] ??= new Set()).add(e[2]);
      }
      continue;
    }
    // bind/server lists open with their scope ("SSL", "ALL", ...), not a keyword
    const entries = /^(bind|srv)_kw_list$/.test(type) ? body.replace(/^\{\s*"[^"]*"\s*,/, '{') : body;
    const found = [...entries.matchAll(/\{\s*(?:"([^"]+)"|([A-Z][A-Z0-9_]+)\s*,)([^{}]*)/g)].map((e) => ({ name: e[1] ?? defines[e[2]], rest: e[3] }));
    const names = found.map((e) => e.name).filter(Boolean);
    if (type === 'sample_fetch_kw_list' || type === 'sample_conv_kw_list') {
      const conv = type === 'sample_conv_kw_list';
      for (const { name, rest } of found) {
        if (!name) continue;
        (conv ? out.converters : out.fetches).add(name);
        // output type: a fetch's first SMP_T_*, a converter's second (input, output)
        const types = [...rest.matchAll(/SMP_T_([A-Z0-9]+)/g)].map((t) => t[1].toLowerCase());
        out.shapes[conv ? 'converters' : 'fetches'][name] ??= ` : ${(conv ? types[1] : types[0]) ?? ''}`;
      }
    } else if (type === 'acl_kw_list') {
      // { "hdr_beg", "req.hdr", PAT_MATCH_BEG, ... }: the fetch it reads (NULL: its own name) and the match
      for (const { name, rest } of found) {
        if (!name) continue;
        out.acls.add(name);
        const m = /^\s*,\s*(?:"([^"]+)"|NULL)\s*,\s*PAT_MATCH_([A-Z]+)/.exec(rest);
        if (m) (out.shapes.acls ??= {})[name] ??= `${m[1] ?? name} -m ${m[2].toLowerCase()}`;
      }
    }
    else if (type === 'bind_kw_list') names.forEach((n) => out.bind.add(n));
    else if (type === 'srv_kw_list') names.forEach((n) => out.server.add(n));
    else if (type === 'action_kw_list') {
      const rs = ACTION_REGISTER[registerOf[varName]];
      if (rs) names.forEach((n) => (out.actions[rs] ??= new Set()).add(n));
    }
  }
  return out;
}

/** Every registration in src/ and addons/ at `tag` of the haproxy repository `gitDir`. */
export function parseSources(gitDir, tag) {
  const out = { shapes: { fetches: {}, converters: {}, acls: {} }, global: new Set(), sections: {}, fetches: new Set(), converters: new Set(), acls: new Set(), bind: new Set(), server: new Set(), actions: {} };
  const files = git(gitDir, ['grep', '-l', '-E', `struct (${LIST_TYPES.join('|')}) +[a-z_0-9]+ *= *\\{`, tag, '--', 'src', 'addons'])
    .split('\n')
    .filter((l) => l.endsWith('.c'))
    .map((l) => l.slice(tag.length + 1));
  const defines = {};
  for (const l of git(gitDir, ['grep', '-h', '-E', '^#define +[A-Z][A-Z0-9_]* +"[^"]*" *$', tag, '--', 'include', 'src', 'addons']).split('\n')) {
    const m = /^#define +(\w+) +"([^"]*)"/.exec(l);
    if (m) defines[m[1]] ??= m[2];
  }
  for (const f of files) parseSource(git(gitDir, ['show', `${tag}:${f}`]), out, defines);
  return out;
}
