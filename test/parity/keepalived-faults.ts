// Single faults put into keepalived samples, for the parity test against `keepalived -t -f`.
// Each mutator returns the mutated text, or undefined when the sample has no place for that fault.

export interface Fault {
  readonly name: string;
  apply(text: string): string | undefined;
}

const lines = (t: string) => t.split('\n');

/** Replace the first line matching `re` (in a block named by `inBlock`, when given). */
function replaceLine(text: string, re: RegExp, to: (line: string) => string, inBlock?: RegExp): string | undefined {
  const ls = lines(text);
  let inside = !inBlock;
  for (let i = 0; i < ls.length; i++) {
    if (inBlock?.test(ls[i])) inside = true;
    if (inside && re.test(ls[i])) {
      ls[i] = to(ls[i]);
      return ls.join('\n');
    }
  }
  return undefined;
}

/** Remove the `}` that closes the first block opened by a line matching `opener`. */
function dropClose(text: string, opener: RegExp, last = false): string | undefined {
  const ls = lines(text);
  if (last) {
    for (let i = ls.length - 1; i >= 0; i--) if (ls[i].trim() === '}') { ls.splice(i, 1); return ls.join('\n'); }
    return undefined;
  }
  const start = ls.findIndex((l) => opener.test(l));
  if (start < 0) return undefined;
  let depth = 0;
  for (let i = start; i < ls.length; i++) {
    for (const c of ls[i].replace(/[#!].*$/, '')) {
      if (c === '{') depth++;
      if (c === '}') depth--;
    }
    if (depth === 0 && i > start) {
      if (ls[i].trim() !== '}') return undefined;
      ls.splice(i, 1);
      return ls.join('\n');
    }
  }
  return undefined;
}

function misspell(line: string): string {
  return line.replace(/^(\s*)([a-z_]+?)([a-z])(_|\s|$)/, (_m, sp: string, a: string, b: string, rest: string) => `${sp}${a}${b}${b}${rest}`);
}

export const FAULTS: readonly Fault[] = [
  { name: 'misspelled keyword in vrrp_instance', apply: (t) => replaceLine(t, /^\s*(advert_int|priority|virtual_router_id)\b/, misspell, /^\s*vrrp_instance\b/) },
  { name: 'misspelled keyword in virtual_server', apply: (t) => replaceLine(t, /^\s*(delay_loop|lb_algo|lvs_sched|protocol)\b/, misspell, /^\s*virtual_server\b/) },
  { name: 'misspelled keyword in global_defs', apply: (t) => replaceLine(t, /^\s*(router_id|smtp_server|smtp_connect_timeout)\b/, misspell, /^\s*global_defs\b/) },
  { name: 'priority 300', apply: (t) => replaceLine(t, /^\s*priority\s+\d+/, (l) => l.replace(/\d+/, '300')) },
  { name: 'virtual_router_id 0', apply: (t) => replaceLine(t, /^\s*virtual_router_id\s+\d+/, (l) => l.replace(/\d+/, '0')) },
  { name: 'virtual_router_id 256', apply: (t) => replaceLine(t, /^\s*virtual_router_id\s+\d+/, (l) => l.replace(/\d+/, '256')) },
  { name: 'state PRIMARY', apply: (t) => replaceLine(t, /^\s*state\s+(MASTER|BACKUP)/, (l) => l.replace(/MASTER|BACKUP/, 'PRIMARY')) },
  { name: 'unknown auth_type', apply: (t) => replaceLine(t, /^\s*auth_type\s+\S+/, (l) => l.replace(/auth_type\s+\S+/, 'auth_type FOO')) },
  {
    name: 'undefined track_script',
    apply: (t) => replaceLine(t, /^\s*vrrp_instance\s+\S+\s*\{/, (l) => `${l}\n    track_script {\n        no_such_check\n    }`),
  },
  { name: "missing '}' of the first vrrp_instance", apply: (t) => dropClose(t, /^\s*vrrp_instance\b/) },
  { name: "missing '}' of the first virtual_server", apply: (t) => dropClose(t, /^\s*virtual_server\b/) },
  { name: "missing '}' of an authentication block", apply: (t) => dropClose(t, /^\s*authentication\b/) },
  { name: "missing last '}'", apply: (t) => dropClose(t, /$^/, true) },
];
