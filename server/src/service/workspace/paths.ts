// Path helpers for grouping files into stacks: a file's folder, its stack root and its base name, from a URI.

/** Path segments of a URI or path, decoded. */
export function segments(uri: string): string[] {
  const path = decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
  return path.split(/[\\/]/).filter(Boolean);
}

export function baseName(uri: string): string {
  const s = segments(uri);
  return s[s.length - 1] ?? '';
}

/**
 * The folder that holds one stack's files: the parent of the file's folder (`stack/keepalived/lb1.conf` →
 * `stack`), with a drop-in folder counted as part of its unit (`stack/systemd/x.service.d/o.conf` → `stack`).
 */
export function stackRoot(uri: string): string {
  const dirs = segments(uri).slice(0, -1);
  if (dirs.length && /\.[a-z]+\.d$/.test(dirs[dirs.length - 1])) dirs.pop();
  return dirs.slice(0, -1).join('/');
}
