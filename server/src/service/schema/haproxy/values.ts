// Argument shapes of haproxy values: times, sizes, addresses and ports. Pure checks, no diagnostics.

export interface TimeValue {
  /** Milliseconds, or undefined when the value cannot be read. */
  ms?: number;
  /** True when no unit was written (haproxy then means milliseconds for timeouts). */
  unitless: boolean;
  /** What is wrong, for a message; undefined when valid. */
  error?: string;
}

const TIME_UNITS: Readonly<Record<string, number>> = { us: 0.001, ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 };
export const TIME_UNIT_NAMES = Object.keys(TIME_UNITS);

/** Reads a time like `30s`, `500` or `1m`, the way haproxy's parse_time_err does. */
export function parseTime(text: string): TimeValue {
  const m = /^(\d+)([a-z]*)$/i.exec(text);
  if (!m) {
    const bad = /^\d*(.)/.exec(text)?.[1] ?? text[0] ?? '';
    return { unitless: false, error: text === '' ? 'missing time value' : `unexpected character '${bad}'` };
  }
  const unit = m[2];
  if (!unit) return { ms: Number(m[1]), unitless: true };
  const factor = TIME_UNITS[unit];
  if (factor === undefined) return { unitless: false, error: `unknown time unit '${unit}' (use us, ms, s, m, h or d)` };
  return { ms: Number(m[1]) * factor, unitless: false };
}

/** A port or a port range `a-b`; returns an error message or undefined. */
export function checkPort(text: string, allowRange: boolean, allowZero = false): string | undefined {
  const parts = allowRange ? text.split('-') : [text];
  if (parts.length > 2) return `invalid port '${text}'`;
  for (const p of parts) {
    if (!/^\d+$/.test(p)) return `invalid port '${text}'`;
    const n = Number(p);
    if (n < (allowZero ? 0 : 1) || n > 65535) return `invalid port '${text}'`;
  }
  return undefined;
}

export interface AddressCheck {
  /** Column offsets (inside the word) of the part in error. */
  start: number;
  end: number;
  message: string;
}

const FAMILY_PREFIX = /^(ipv4|ipv6|udp|udp4|udp6|tcp|tcp4|tcp6|quic4|quic6|quic\+ipv4|quic\+ipv6|sockpair|unix|abns|abnsz|fd|rhttp|mptcp|mptcp4|mptcp6|uxst|uxdg|stream|dgram|ip)@/i;

/**
 * Checks the port part of an address like `10.0.0.1:80`, `:443`, `[::1]:80`, `ipv6@::1:80`, `/run/x.sock`.
 * Only what haproxy would certainly refuse is reported: a port out of range or not numeric.
 * `forServer` allows `+N`/`-N` port offsets and a missing port.
 */
const SIMPLE_IPV4_PORT = /^[\d.]*:(\d+)$/;

export function checkAddress(word: string, forServer: boolean): AddressCheck | undefined {
  const simple = SIMPLE_IPV4_PORT.exec(word);
  if (simple) {
    const n = Number(simple[1]);
    if (n >= (forServer ? 0 : 1) && n <= 65535 && simple[1].length <= 5) return undefined;
    return { start: word.length - simple[1].length, end: word.length, message: `invalid port '${simple[1]}'` };
  }
  if (word.includes('$') || word.includes('%[')) return undefined;
  const prefix = FAMILY_PREFIX.exec(word)?.[0] ?? '';
  const family = prefix.toLowerCase();
  if (['unix@', 'abns@', 'abnsz@', 'fd@', 'sockpair@', 'uxst@', 'uxdg@', 'rhttp@'].includes(family)) return undefined;
  const rest = word.slice(prefix.length);
  if (rest.startsWith('/') || rest === '') return undefined;
  let portAt: number;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0 || rest[close + 1] !== ':') return undefined;
    portAt = close + 2;
  } else {
    const colons = (rest.match(/:/g) ?? []).length;
    if (colons === 0) return undefined; // no port (server) or host name only
    if (colons > 1 && family !== 'ipv4@') {
      // bare IPv6: haproxy takes the text after the last colon as the port
      portAt = rest.lastIndexOf(':') + 1;
      if (!/^\d+(-\d+)?$|^[+-]\d+$/.test(rest.slice(portAt))) return undefined;
    } else portAt = rest.lastIndexOf(':') + 1;
  }
  const port = rest.slice(portAt);
  const base = prefix.length + portAt;
  if (port === '') return forServer ? undefined : { start: base, end: word.length, message: `missing port in '${word}'` };
  if (forServer && /^[+-]\d+$/.test(port)) return undefined;
  // a server port of 0 (or none) means "the port the client connected to"
  const err = checkPort(port, !forServer, forServer);
  return err ? { start: base, end: word.length, message: err } : undefined;
}

/** A size like `16k`, `1m`, `100` (bytes). */
export function isSize(text: string): boolean {
  return /^\d+[kmg]?$/i.test(text);
}
