// Refresh the keepalived keyword tree from keepalived's own C sources (facts only: names, nesting, versions).
// Usage: node scripts/data/keepalived-extract.mjs <git-dir of acassen/keepalived> [tags...] > out.json
// The repository comes from the `fetch` tool (github:acassen/keepalived). Each tag's sources are read with
// `git show`; the install_keyword*/install_sublevel* calls reachable from check_init_keywords() (which
// installs the global, checker, vrrp, bfd and track_file trees) are replayed to rebuild the keyword tree.
// Conditions (#ifdef, if/else) are ignored on purpose: the result is the union, so a valid file is never
// called unknown. A keyword whose handler reads a `{ ... }` list (alloc_value_block/read_value_block) is
// marked `list`. See scripts/data/keepalived-README.md.
import { execFileSync } from 'node:child_process';

const [gitDir, ...tagArgs] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: keepalived-extract.mjs GIT_DIR [TAG...]');
  process.exit(2);
}
const tags = tagArgs.length ? tagArgs : ['v2.2.7'];
const git = (...a) => execFileSync('git', ['--git-dir', gitDir, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** Split C source into top-level functions: name -> { params, body }. */
function functions(src) {
  const out = new Map();
  const re = /^([a-z_][a-z0-9_]*)\(([^)]*)\)\s*\n\{/gim;
  let m;
  while ((m = re.exec(src))) {
    const start = m.index + m[0].length;
    const end = src.indexOf('\n}', start);
    const params = m[2].split(',').map((p) => (p.match(/([a-z_][a-z0-9_]*)\s*$/i) ?? [])[1]).filter(Boolean);
    out.set(m[1], { params, body: src.slice(start, end < 0 ? src.length : end) });
  }
  return out;
}

/** Drop `if (p) { … }` blocks whose parameter p is bound to false (and `if (!p)` when true). */
function pruneFalseBranches(body, bound) {
  let out = body;
  for (const [p, v] of Object.entries(bound)) {
    if (v !== 'false' && v !== 'true') continue;
    const re = new RegExp(`if\\s*\\(\\s*${v === 'false' ? '' : '!'}${p}\\s*\\)\\s*\\{`, 'g');
    let m;
    while ((m = re.exec(out))) {
      let depth = 1;
      let i = m.index + m[0].length;
      for (; i < out.length && depth; i++) {
        if (out[i] === '{') depth++;
        else if (out[i] === '}') depth--;
      }
      out = out.slice(0, m.index) + out.slice(i);
      re.lastIndex = m.index;
    }
  }
  return out;
}

function splitArgs(s) {
  const args = [];
  let depth = 0, cur = '', q = false;
  for (const c of s) {
    if (c === '"') q = !q;
    if (!q && c === '(') depth++;
    if (!q && c === ')') depth--;
    if (!q && depth === 0 && c === ',') { args.push(cur.trim()); cur = ''; continue; }
    cur += c;
  }
  if (cur.trim()) args.push(cur.trim());
  return args;
}

function extract(tag) {
  const files = git('ls-tree', '-r', '--name-only', tag).split('\n').filter((f) => /^(keepalived|lib)\/.*\.c$/.test(f));
  // static functions of the same name live in several files: look in the caller's file first
  const fns = new Map();
  const byFile = new Map();
  for (const f of files) {
    const src = git('show', `${tag}:${f}`);
    if (!/install_keyword|alloc_value_block|read_value_block/.test(src)) continue;
    const local = functions(src);
    for (const v of local.values()) v.file = f;
    byFile.set(f, local);
    for (const [k, v] of local) if (!fns.has(k)) fns.set(k, v);
  }
  const lookup = (name, file) => byFile.get(file)?.get(name) ?? fns.get(name);
  const readsBlock = (name, file, seen = new Set()) => {
    const f = lookup(name, file);
    if (!f || seen.has(name)) return false;
    seen.add(name);
    if (/alloc_value_block|read_value_block\s*\(/.test(f.body)) return true;
    return [...f.body.matchAll(/\b([a-z_][a-z0-9_]*)\s*\(/g)].some((c) => c[1] !== name && readsBlock(c[1], f.file, seen));
  };
  const roots = [];
  let sublevel = 0;
  const lastAt = () => {
    let k = roots[roots.length - 1];
    for (let i = 0; i < sublevel; i++) k = k.sub[k.sub.length - 1];
    return k;
  };
  const add = (list, name, handler, file, deprecated) => {
    const k = { name, handler, file, sub: [], ...(deprecated ? { deprecated } : {}) };
    list.push(k);
  };
  const run = (name, bound, depth, file) => {
    const f = lookup(name, file);
    if (!f || depth > 12) return;
    const body = pruneFalseBranches(f.body, bound);
    for (const c of body.matchAll(/\b([a-z_][a-z0-9_]*)\s*\(((?:[^;()]|\([^;()]*\))*)\)\s*;/g)) {
      const args = splitArgs(c[2]);
      const val = (a) => (a === undefined ? undefined : /^".*"$/.test(a) ? a.slice(1, -1) : a === 'true' || a === 'false' ? a : bound[a]);
      const handler = (args[1] ?? '').replace(/^&/, '');
      // a trailing `/* Deprecated … */` on the install line marks an old name
      const tail = body.slice(c.index + c[0].length, body.indexOf('\n', c.index + c[0].length) >>> 0);
      const deprecated = /deprecated/i.test(tail);
      switch (c[1]) {
        case 'install_keyword_root': { const n = val(args[0]); if (n) add(roots, n, handler, f.file, deprecated); sublevel = 0; break; }
        case 'install_keyword':
        case 'install_keyword_conditional':
        case 'install_keyword_quoted': { const n = val(args[0]); if (n && roots.length) add(lastAt().sub, n, handler, f.file, deprecated); break; }
        case 'install_sublevel': sublevel++; break;
        case 'install_sublevel_end': sublevel = Math.max(0, sublevel - 1); break;
        default:
          if (c[1] !== name && lookup(c[1], f.file) && /install_/.test(lookup(c[1], f.file).body)) {
            const callee = lookup(c[1], f.file);
            const b = {};
            callee.params.forEach((p, i) => { b[p] = val(args[i]); });
            run(c[1], b, depth + 1, f.file);
          }
      }
    }
  };
  run('check_init_keywords', {}, 0, 'keepalived/check/check_parser.c');
  const toJson = (k) => {
    const o = { name: k.name };
    if (k.deprecated) o.deprecated = true;
    if (k.sub.length) o.sub = merge(k.sub.map(toJson));
    else if (k.handler && readsBlock(k.handler, k.file)) o.list = true;
    return o;
  };
  return merge(roots.map(toJson));
}

/** Same-named siblings (alternative installs) become one keyword with the union of children. */
function merge(list) {
  const by = new Map();
  for (const k of list) {
    const o = by.get(k.name);
    if (!o) by.set(k.name, { ...k });
    else {
      if (k.sub) o.sub = merge([...(o.sub ?? []), ...k.sub]);
      if (k.list) o.list = true;
      if (!k.deprecated) delete o.deprecated;
    }
  }
  return [...by.values()];
}

const out = {};
for (const t of tags) out[t.replace(/^v/, '')] = extract(t);
process.stdout.write(JSON.stringify(out) + '\n');
