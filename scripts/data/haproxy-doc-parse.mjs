// Reads keyword facts (names, section columns, argument synopses) out of one HAProxy configuration.txt.
// Only names and shapes are extracted; no prose is kept.

/** Sections other than global/proxies, by the title of the chapter that documents them. */
const SECTION_TITLES = {
  userlist: /^Userlists$/,
  peers: /^Peers( declaration)?$/,
  mailers: /^Mailers$/,
  program: /^Programs( \(deprecated\))?$/,
  'http-errors': /^HTTP-errors$/,
  ring: /^Rings$/,
  'log-forward': /^Log forwarding$/,
  resolvers: /^The resolvers section$/,
  cache: /^Cache section$/,
  'fcgi-app': /^Fcgi-app section$/,
  'crt-store': /^Certificate Storage$/,
  acme: /^ACME$/,
  traces: /^Traces$/,
  healthcheck: /^Healthchecks$/,
  'log-profile': /^Log profiles$/,
};
const NOT_GLOBAL = /^(Userlists|Peers|Mailers|Programs|HTTP-errors|Rings|Log forwarding|Certificate Storage|Load options|Traces|ACME)/;
/** Words that form two-word proxy keywords ("option httpchk", "timeout client", ...). */
const PREFIXES = new Set([
  'option', 'timeout', 'stats', 'http-check', 'tcp-check', 'email-alert', 'external-check', 'monitor',
  'persist', 'rate-limit', 'stick', 'tcp-request', 'tcp-response', 'declare', 'capture',
]);
const ACTION_COLUMNS = {
  Ini: 'quic-initial', RqCon: 'tcp-request connection', RqSes: 'tcp-request session', RqCnt: 'tcp-request content',
  RsCnt: 'tcp-response content', Req: 'http-request', Res: 'http-response', Aft: 'http-after-response',
};
const RULESETS = ['http-request', 'http-response', 'http-after-response', 'tcp-request connection',
  'tcp-request session', 'tcp-request content', 'tcp-response content', 'quic-initial'];

function headings(lines) {
  const out = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = /^(\d+(?:\.\d+)*)\.?\s+(\S.*?)\s*$/.exec(lines[i]);
    if (m && /^-{3,}/.test(lines[i + 1])) out.push({ line: i, num: m[1], title: m[2] });
  }
  return out;
}

/** Column-0 lines followed (after blanks) by an indented line: the keyword headings of a reference. */
function keywordLines(lines, start, end) {
  const out = [];
  for (let i = start; i < end; i++) {
    const l = lines[i];
    if (!/^[a-z0-9][^\s]*/.test(l) || /^\d+(\.\d+)*\.?\s/.test(l)) continue;
    let j = i + 1;
    while (j < end && /^[a-z0-9]/.test(lines[j])) j++; // several synopsis lines in a row
    if (j < end && /^\s+\S/.test(lines[j])) out.push(l.replace(/\s+$/, ''));
  }
  return out;
}

const firstWord = (l) => /^[^\s(]+/.exec(l)?.[0] ?? l;
const restOf = (l, name) => l.slice(name.length).trim();

export function parseDoc(text) {
  const lines = text.split(/\r?\n/);
  const hs = headings(lines);
  const rangeOf = (h) => {
    const idx = hs.indexOf(h);
    return [h.line + 2, idx + 1 < hs.length ? hs[idx + 1].line : lines.length];
  };
  const find = (re) => hs.filter((h) => re.test(h.title));
  const facts = { anchors: {}, logVars: {}, proxy: {}, global: {}, sections: {}, bind: {}, server: {}, converters: {}, fetches: {}, acls: {}, actions: {} };

  // global: bullet list of chapter 3 plus headings of its subsections that document global keywords
  const chap3 = hs.find((h) => h.num === '3');
  const chap4 = hs.find((h) => h.num === '4');
  if (chap3 && chap4) {
    for (let i = chap3.line; i < chap4.line; i++) {
      const m = /^\s+- ([a-z0-9][\w.\-]*)\s*$/.exec(lines[i]);
      if (m && i < (hs.find((h) => h.num === '3.1')?.line ?? chap4.line)) facts.global[m[1]] ??= '';
    }
    for (const h of hs.filter((x) => x.num.startsWith('3.') && !NOT_GLOBAL.test(x.title))) {
      const [s, e] = rangeOf(h);
      for (const l of keywordLines(lines, s, e)) {
        facts.global[firstWord(l)] ??= restOf(l, firstWord(l));
        facts.anchors[`global:${firstWord(l)}`] ??= `${h.num}-${firstWord(l)}`;
      }
    }
  }

  parseMatrix(lines, hs, facts);
  parseProxyReference(lines, hs, rangeOf, facts);

  for (const [sec, re] of Object.entries(SECTION_TITLES)) {
    for (const h of find(re)) {
      const [s, e] = rangeOf(h);
      facts.sections[sec] ??= {};
      for (const l of keywordLines(lines, s, e)) {
        facts.sections[sec][firstWord(l)] ??= restOf(l, firstWord(l));
        facts.anchors[`${sec}:${firstWord(l)}`] ??= `${h.num}-${firstWord(l)}`;
      }
    }
  }
  for (const [kind, re] of [['bind', /^Bind options$/], ['server', /^Server and default-server options$/]]) {
    for (const h of find(re)) {
      const [s, e] = rangeOf(h);
      for (const l of keywordLines(lines, s, e)) {
        facts[kind][firstWord(l)] ??= restOf(l, firstWord(l));
        facts.anchors[`${kind}:${firstWord(l)}`] ??= `${h.num}-${firstWord(l)}`;
      }
    }
  }
  parseSamples(lines, find(/^Converters$/), rangeOf, facts.converters, facts.acls, (n, num) => (facts.anchors[`conv:${n}`] ??= `${num}-${n}`));
  parseSamples(lines, find(/^Fetching (samples|HTTP samples)/), rangeOf, facts.fetches, facts.acls, (n, num) => (facts.anchors[`fetch:${n}`] ??= `${num}-${n}`));
  parseActions(lines, hs, rangeOf, facts);
  parseLogVars(lines, facts);
  return facts;
}

function parseMatrix(lines, hs, facts) {
  const h = hs.find((x) => x.title === 'Proxy keywords matrix');
  if (!h) return;
  const end = hs[hs.indexOf(h) + 1]?.line ?? lines.length;
  const row = /^([a-z][\w\- ]*?[\w])\s+((?:\((?:deprecated|\*)\)\s*)*)(X \(!\)|X|-)\s+(X|-)\s+(X|-)\s+(X|-)\s*$/;
  for (let i = h.line; i < end; i++) {
    const m = row.exec(lines[i]);
    if (!m || m[1] === 'keyword') continue;
    const name = m[1].replace(/\s+/g, ' ');
    const d = m[3] === 'X (!)' ? '!' : m[3];
    let flags = '';
    if (m[2].includes('(*)')) flags += '*';
    if (m[2].includes('deprecated')) flags += 'd';
    facts.proxy[name] = `${d}${m[4]}${m[5]}${m[6]}${flags}`;
  }
}

/** Keywords of 4.2 that the matrix leaves out (it omits some on purpose): read their "May be used in" table. */
function parseProxyReference(lines, hs, rangeOf, facts) {
  const h = hs.find((x) => x.title === 'Alphabetically sorted keywords reference');
  if (!h) return;
  const [s, e] = rangeOf(h);
  for (let i = s; i < e; i++) {
    if (!/^[a-z]/.test(lines[i])) continue;
    let j = i + 1;
    while (j < Math.min(e, i + 8) && !/May be used in sections/.test(lines[j])) j++;
    if (!/May be used in sections/.test(lines[j] ?? '')) continue;
    const cells = (lines[j + 1] ?? '').split('|').map((c) => c.trim());
    if (cells.length !== 4 || !cells.every((c) => /^(yes|no)/.test(c))) continue;
    const words = lines[i].replace(/\s*\(\*\)\s*/, ' ').trim().split(/\s+/).map((w) => w.replace(/\(.*$/, ''));
    let name = words[0];
    if (PREFIXES.has(name) && words[1] && /^[a-z]/.test(words[1])) {
      name += ' ' + words[1];
      if (name === 'capture request' || name === 'capture response') name += ' ' + (words[2] ?? '');
    } else if (name === 'no' && words[1] === 'option' && words[2]) name = `option ${words[2]}`;
    if (name !== 'no') facts.anchors[`proxy:${name}`] ??= `${h.num}-${name}`;
    if (facts.proxy[name] || name === 'no' || !/^[a-z][\w\-]*( [a-z][\w\-]*)*$/.test(name)) continue;
    const col = (c, named) => (c.startsWith('yes') ? (named && /named/.test(c) ? '!' : 'X') : '-');
    const flags = /\(\*\)/.test(lines[i]) || lines.slice(i - 2, i).some((l) => l.startsWith(`no ${name}`)) ? '*' : '';
    facts.proxy[name] = `${col(cells[0], true)}${col(cells[1])}${col(cells[2])}${col(cells[3])}${flags}`;
  }
}

function parseSamples(lines, hs, rangeOf, into, acls, anchor) {
  for (const h of hs) {
    const [s, e] = rangeOf(h);
    for (let i = s; i < e; i++) {
      if (!/^\s+ACL derivatives/.test(lines[i])) continue;
      for (let j = i + 1; j < e && /^\s+\S/.test(lines[j]); j++) {
        const m = /^\s+([a-z][\w.\-]*)[^:]*:\s*(.*match.*)$/.exec(lines[j]);
        if (m) acls[m[1]] ??= m[2].trim();
      }
    }
    for (const l of keywordLines(lines, s, e)) {
      // "name(args) : type", or in newer docs also "name type" without the colon
      const m = /^([a-z0-9][\w.\-+]*)(\([^)]*\)?)?\s*(?::\s*)?(.*)$/.exec(l);
      if (!m || l[m[1].length] === '<') continue; // a template such as map_<match_type>(...), not a name
      const [, name, argText = '', type = ''] = m;
      const shape = `${argText.trim()} : ${type.trim()}`;
      if (/match|\bsubset\b|boolean$/.test(type) && /_(beg|dir|dom|end|len|reg|sub|cnt|found|ip|val)$|_/.test(name) && / match/.test(type)) acls[name] ??= type.trim();
      else {
        into[name] ??= shape;
        anchor(name, h.num);
      }
    }
  }
}

function parseActions(lines, hs, rangeOf, facts) {
  const set = (rs, name) => {
    facts.actions[rs] ??= {};
    facts.actions[rs][name] ??= '';
  };
  const ref = hs.find((x) => x.title === 'Alphabetically sorted actions reference');
  if (ref) {
    const [s, e] = rangeOf(ref);
    for (let i = s; i < e - 2; i++) {
      if (!/^[a-z]/.test(lines[i])) continue;
      // the heading's synopsis lines run straight into "Usable in:"; a blank line first means `lines[i]` is prose
      // (3.0+ open the reference with "using the same ruleset terminology…", which is not the action `using`)
      let j = i + 1;
      while (j < i + 6 && (lines[j] ?? '').trim() !== '' && !/^\s+Usable in:/.test(lines[j] ?? '')) j++;
      const name = /^[a-z][\w\-]*/.exec(lines[i])[0];
      // an entry without a "Usable in:" table (a deprecated alias) still gets its anchor
      const usable = /^\s+Usable in:/.test(lines[j] ?? '');
      if (usable || /^\s+\S/.test(lines[i + 1] ?? '')) facts.anchors[`action:${name}`] ??= `${ref.num}-${name}`;
      if (!usable) continue;
      const cols = lines[j].replace(/^\s+Usable in:/, '').split('|').map((c) => c.trim().split(/\s+/).pop());
      const vals = lines[j + 1].split('|').map((c) => c.trim());
      cols.forEach((c, k) => {
        if (ACTION_COLUMNS[c] && vals[k] === 'X') set(ACTION_COLUMNS[c], name);
      });
    }
  }
  // older docs: "http-request <action> ..." headings inside the proxy keyword reference
  const kw = hs.find((x) => x.title === 'Alphabetically sorted keywords reference');
  if (!kw) return;
  const [s, e] = rangeOf(kw);
  for (let i = s; i < e; i++) {
    for (const rs of RULESETS) {
      if (!lines[i].startsWith(rs + ' ')) continue;
      const m = /^([a-z][\w\-]*)/.exec(lines[i].slice(rs.length + 1));
      if (m && !RULESETS.some((r) => `${rs} ${m[1]}`.startsWith(r + ' ') && r !== rs)) {
        set(rs, m[1]);
        facts.anchors[`action:${m[1]}`] ??= `${kw.num}-${rs} ${m[1]}`;
      }
    }
  }
}

/** The custom log-format variables table: `| H | %HM | … | string |` → "%HM": "H string" (flags and type only). */
function parseLogVars(lines, facts) {
  lines.forEach((l, i) => {
    // type column: numeric, string, date, IP (2.6/2.8 manuals); from 3.0 it may sit on the row's second line,
    // next to the equivalent sample fetch expression
    const m = /^  \|\s*([A-Z]?)\s*\|\s*(%[A-Za-z]+)\s*\|[^|]*\|\s*([A-Za-z]*)\s*\|/.exec(l);
    if (!m) return;
    const next = /^  \|\s*\|\s*\|[^|]*\|\s*([A-Za-z]*)\s*\|/.exec(lines[i + 1] ?? '');
    facts.logVars[m[2]] ??= `${m[1]} ${(m[3] || next?.[1] || '').toLowerCase()}`.trim();
  });
}
