// ACL criteria are shorthands for a sample fetch plus a match method: `hdr_beg` is `req.hdr -m beg`. Their
// facts ("<fetch> -m <match>") come from the acl_kw_list registrations of the haproxy sources; this file says
// in our own words what each match method does, to build their documentation from facts.

/** What `-m <method>` does with the fetched value and the patterns, as the end of "… : it …". */
export const MATCH_METHODS: Readonly<Record<string, string>> = {
  found: 'is true whenever the fetch returns a value, whatever the patterns',
  bool: 'is true when the value is a non-zero number or a true boolean',
  int: 'compares the value as an integer with each pattern: a number, a range such as `1:5`, or an operator and a number such as `ge 3`',
  ip: 'compares the value as an IPv4 or IPv6 address with addresses and networks such as `10.0.0.0/8`',
  bin: 'compares the value with patterns written in hexadecimal',
  len: 'compares the length of the value with integers or ranges',
  str: 'matches when the value equals one of the patterns exactly',
  beg: 'matches when the value starts with one of the patterns (prefix match)',
  end: 'matches when the value ends with one of the patterns (suffix match)',
  sub: 'matches when the value contains one of the patterns anywhere (substring match)',
  reg: 'matches when the value matches one of the patterns read as regular expressions',
  dir: 'matches when one of the patterns appears as a whole part delimited by `/` or `?`, such as a path segment',
  dom: 'matches when one of the patterns appears as whole parts delimited by `.`, `/`, `?` or `:`, such as the labels of a host name',
};

/** Criteria whose registration brings its own matching function instead of the generic one of `-m str`. */
const SPECIAL_MATCH: Readonly<Record<string, string>> = {
  method: 'matches when the request method is one of the patterns (standard methods are compared by their code, other names as exact strings)',
  http_auth_group: 'matches when the user authenticated against the userlist given as argument belongs to one of the groups named as patterns',
};

export interface AclCriterion {
  /** The sample fetch the criterion reads. */
  readonly fetch: string;
  /** Its match method, as written after `-m`. */
  readonly match: string;
  /** What the match does, e.g. "matches when the value starts with one of the patterns (prefix match)". */
  readonly meaning: string;
}

/** The fetch and match of an ACL criterion from its fact ("req.hdr -m beg"); undefined for other shapes. */
export function aclCriterion(name: string, fact: string | undefined): AclCriterion | undefined {
  const m = fact ? /^(\S+) -m (\w+)$/.exec(fact) : null;
  if (!m) return undefined;
  const meaning = SPECIAL_MATCH[name] ?? MATCH_METHODS[m[2]];
  return meaning ? { fetch: m[1], match: m[2], meaning } : undefined;
}
