// Types of the HA stack scaffold: the answers it takes and the files it returns. Pure data, no I/O.

export type DbKind = 'none' | 'mysql' | 'postgresql';
export const DB_KINDS: readonly DbKind[] = ['none', 'mysql', 'postgresql'];

/** A machine of the stack: a short name (used as server name, router_id, file name) and its IPv4 address. */
export interface StackNode {
  name: string;
  address: string;
}

/** Everything the generator needs, validated (see validate.ts). */
export interface ScaffoldAnswers {
  /** Virtual IPv4 address with prefix length, e.g. 192.168.1.100/24. */
  vip: string;
  /** Network interface carrying the VIP on both load balancers. */
  interface: string;
  /** The two load balancers: the first is MASTER, the second BACKUP. */
  lbNodes: StackNode[];
  webNodes: StackNode[];
  appPort: number;
  healthPath: string;
  vrid: number;
  db: DbKind;
  /** Database machines: the first is the primary, the others replicas. Empty when db is none. */
  dbNodes: StackNode[];
  /** Notification webhook URL; empty means log only. */
  webhook: string;
  pacemaker: boolean;
  systemdVersion: number;
  haproxyVersion: string;
  keepalivedVersion: string;
  /** VRRP PASS authentication secret (1 to 8 letters/digits); generated at random when absent. */
  authPass?: string;
}

/** One file to write, relative to the output folder, with forward slashes. */
export interface ScaffoldFile {
  path: string;
  content: string;
  /** Unix permission bits: 0o644 for data, 0o755 for scripts. */
  mode: number;
}

/** Source of random bytes (crypto.randomBytes in production, a fixed sequence in tests). */
export type RandomSource = (byteCount: number) => Uint8Array;

/** Result of checking raw answers: the answers when valid, otherwise the reasons. */
export interface AnswerCheck {
  answers?: ScaffoldAnswers;
  errors: string[];
  /** Things that will work but deserve a second look (e.g. an LB node outside the VIP subnet). */
  warnings: string[];
}
