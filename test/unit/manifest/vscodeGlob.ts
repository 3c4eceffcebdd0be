// A small model of how VS Code picks a language for a file from the manifest (filenames, filenamePatterns,
// extensions), after vs/editor/common/services/languagesAssociations.ts: an exact file name wins, then the
// longest matching pattern, then the longest matching extension; matching is case-insensitive; a pattern
// with a `/` is matched against the whole path, one without against the base name.

/** Glob → RegExp with VS Code's glob syntax: `**`, `*`, `?`, `{a,b}`, `[a-z]`, `[!a]`. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${translate(glob)}$`, 'i');
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of whole segments (also none); a trailing `**` matches the rest.
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) throw new Error(`unclosed [ in ${glob}`);
      const body = glob.slice(i + 1, close).replace(/^!/, '^');
      out += `[${body.replace(/\//g, '')}]`;
      i = close;
    } else if (c === '{') {
      const close = glob.indexOf('}', i + 1);
      if (close < 0) throw new Error(`unclosed { in ${glob}`);
      out += `(?:${glob.slice(i + 1, close).split(',').map(translate).join('|')})`;
      i = close;
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out;
}

export interface LanguageContribution {
  id: string;
  extensions?: string[];
  filenames?: string[];
  filenamePatterns?: string[];
}

/** The language VS Code would give `path` (absolute, `/`-separated), or undefined. */
export function languageFor(path: string, languages: readonly LanguageContribution[]): string | undefined {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  let pattern: { id: string; length: number } | undefined;
  let extension: { id: string; length: number } | undefined;
  for (const lang of languages) {
    if (lang.filenames?.some((f) => f.toLowerCase() === base)) return lang.id;
    for (const p of lang.filenamePatterns ?? []) {
      const target = p.includes('/') ? lower : base;
      if ((!pattern || p.length > pattern.length) && globToRegExp(p).test(target)) pattern = { id: lang.id, length: p.length };
    }
    for (const e of lang.extensions ?? []) {
      if ((!extension || e.length > extension.length) && base.endsWith(e.toLowerCase())) extension = { id: lang.id, length: e.length };
    }
  }
  return pattern?.id ?? extension?.id;
}
