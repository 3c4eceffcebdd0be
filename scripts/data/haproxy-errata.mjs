// Corrections applied by haproxy-refresh.mjs, each checked against the haproxy sources at the release tags.
// Names are only REMOVED from what a manual claims when the sources of that release refute it, and source
// registrations are only ADDED when they really make haproxy accept the name.

/**
 * Manual entries the release sources do not register: `kind` -> name -> versions whose docs are wrong.
 * - proxy `crt`: a frontend keyword only in 3.2-dev8..dev9 (commit cd6a02ace); renamed `ssl-f-use` (commit
 *   c7f29afce) before v3.2.0, yet the keyword matrix of the 3.2 and 3.4 manuals still lists it.
 * - proxy `hash-key`: the 3.0 matrix lists it, but v3.0.0 registers it only as a server option (src/server.c).
 * - global `deviceatlas-separator`: no release registers it; addons/deviceatlas/da.c registers
 *   `deviceatlas-property-separator` (added from the sources).
 * - fetch `bc_settings_streams_limit`: v3.0.0 and v3.2.0 register it as `bc_setting_streams_limit` (src/connection.c,
 *   added from the sources); v3.4.0 registers the documented spelling.
 * - fetch `set-cookie`: every manual lists it (deprecated), but no release (nor 3.5-dev) registers it in a
 *   sample_fetch_kw_list; the string only appears as a header name and as a `redirect` option
 *   (src/http_rules.c). `haproxy -c` 2.6 says "unknown fetch method 'set-cookie'".
 * - server `no-verifyhost`: listed among the server options of every manual, registered by no release
 *   (src/cfgparse-ssl.c has only `verifyhost`, and server options get no automatic `no-` form).
 *   `haproxy -c` 2.6 says "unknown keyword 'no-verifyhost'; did you mean 'verifyhost'".
 * - bind `ocsp-update` (2.8): v2.8.0 registers it in ssl_crtlist_kws only (src/cfgparse-ssl.c), not in
 *   bind_kws, and the 2.8 manual describes it as a crt-list option; from 3.0 it is a crt-list/crt-store
 *   keyword (ckch_conf_kws in src/ssl_ckch.c), never a bind option.
 */
export const DOC_ERRATA = {
  proxy: { crt: ['3.2', '3.4'], 'hash-key': ['3.0'] },
  global: { 'deviceatlas-separator': ['2.6', '2.8', '3.0', '3.2', '3.4'] },
  fetches: { 'bc_settings_streams_limit': ['3.0', '3.2'], 'set-cookie': ['2.6', '2.8', '3.0', '3.2', '3.4'] },
  server: { 'no-verifyhost': ['2.6', '2.8', '3.0', '3.2', '3.4'] },
  bind: { 'ocsp-update': ['2.8'] },
};

/**
 * Registrations that do not make haproxy accept the name: their handlers only refuse it with an error. Never
 * added from the sources (for the host branch the binary dump, merged first, still lists them).
 * - global `nbproc`, `tune.chksize` (3.2+): cfg_parse_global_unsupported_opts() always fails.
 * - bind `process` (2.8+): bind_parse_process() only says it is not supported any more.
 * - server `usesrc`: srv_parse_usesrc() is a guard; `usesrc` is only valid as an argument of `source`.
 * - global `tune.quic.backend.max-idle-timeou` (2.6–3.0): a misspelt registration in src/cfgparse-quic.c whose
 *   handler, cfg_parse_quic_time(), only knows the full spelling and so refuses it ("not unhandled").
 */
export const REFUSING_REGISTRATIONS = {
  global: ['nbproc', 'tune.chksize', 'tune.quic.backend.max-idle-timeou'],
  bind: ['process'],
  server: ['usesrc'],
};

/** Drop the DOC_ERRATA names of version `v` from one version's parsed doc facts. */
export function applyDocErrata(facts, v) {
  for (const [kind, names] of Object.entries(DOC_ERRATA)) {
    for (const [name, versions] of Object.entries(names)) if (versions.includes(v) && facts[kind]) delete facts[kind][name];
  }
}
