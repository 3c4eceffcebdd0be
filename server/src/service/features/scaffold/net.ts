// Small IPv4 helpers for the scaffold's answer checks.

/** The four octets of a dotted-quad IPv4 address, or undefined when it is not one. */
export function parseIPv4(text: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text.trim());
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  if (octets.some((o, i) => o > 255 || (m[i + 1].length > 1 && m[i + 1].startsWith('0')))) return undefined;
  return octets;
}

export function ipv4ToInt(octets: readonly number[]): number {
  return ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
}

export interface Cidr {
  address: string;
  prefix: number;
}

/** `a.b.c.d/nn` with 8 ≤ nn ≤ 32 and a host address (not 0.0.0.0, multicast or loopback). */
export function parseCidr(text: string): Cidr | string {
  const m = /^([^/\s]+)\/(\d{1,2})$/.exec(text.trim());
  if (!m) return `"${text}" is not an IPv4 address with a prefix length, e.g. 192.168.1.100/24`;
  const octets = parseIPv4(m[1]);
  if (!octets) return `"${m[1]}" is not a valid IPv4 address`;
  const prefix = Number(m[2]);
  if (prefix < 8 || prefix > 32) return `prefix length /${prefix} is out of range (8 to 32)`;
  const bad = hostAddressProblem(octets);
  if (bad) return `"${m[1]}" ${bad}`;
  return { address: m[1], prefix };
}

/** Why an address cannot be a machine or VIP address, or undefined when it can. */
export function hostAddressProblem(octets: readonly number[]): string | undefined {
  if (octets[0] === 0) return 'is in 0.0.0.0/8 and cannot be a host address';
  if (octets[0] === 127) return 'is a loopback address';
  if (octets[0] >= 224) return 'is a multicast or reserved address';
  return undefined;
}

/** True when `address` lies in the network of `cidr`. */
export function inSubnet(address: string, cidr: Cidr): boolean {
  const a = parseIPv4(address);
  const n = parseIPv4(cidr.address);
  if (!a || !n) return false;
  const mask = cidr.prefix === 0 ? 0 : (0xffffffff << (32 - cidr.prefix)) >>> 0;
  return ((ipv4ToInt(a) & mask) >>> 0) === ((ipv4ToInt(n) & mask) >>> 0);
}

/** Network interface names as the kernel accepts them: 1–15 characters, no slash, colon or space. */
export function interfaceProblem(name: string): string | undefined {
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(name)) return `"${name}" is not a valid interface name (1 to 15 of A-Z a-z 0-9 _ . -)`;
  if (name === '.' || name === '..') return `"${name}" is not a valid interface name`;
  return undefined;
}
