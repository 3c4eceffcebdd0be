// The special prefixes of Exec*= command lines (systemd.service(5), "Command lines"), with our own one-line meanings
// and the release that introduced each one newer than 252.
export interface ExecPrefix {
  readonly prefix: string;
  readonly doc: string;
  /** Release that introduced the prefix; absent when it predates 252. */
  readonly since?: number;
  /** Release from which systemd still accepts the prefix but ignores it. */
  readonly ignoredSince?: number;
}

export const EXEC_PREFIXES: readonly ExecPrefix[] = [
  { prefix: '-', doc: 'Ignore a non-zero exit code (failure is not fatal).' },
  { prefix: '@', doc: 'The second word is passed as argv[0].' },
  { prefix: ':', doc: 'Do not expand environment variables in the command line.' },
  { prefix: '+', doc: 'Run with full privileges, ignoring User=, sandboxing and so on.' },
  { prefix: '!', doc: 'Run with elevated privileges but keep the user change (for ambient capabilities).' },
  // NEWS 258: ambient capabilities are always available now, so `!!` is accepted and ignored.
  { prefix: '!!', doc: 'Like "!" only on systems without ambient capabilities; ignored since systemd 258.', ignoredSince: 258 },
  // NEWS 258 ("a new '|' prefix ... invoked via a shell"); systemd 252 and 254 reject `|/path` as not a valid path.
  { prefix: '|', doc: 'Run the command line through the user\'s shell (shell syntax works).', since: 258 },
];

/** The prefix entry for `p`, if it is one. */
export function execPrefix(p: string): ExecPrefix | undefined {
  return EXEC_PREFIXES.find((x) => x.prefix === p);
}
