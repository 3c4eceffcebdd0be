// haconf settings and their defaults: the one place they are defined (package.json must agree; a test checks).

export interface HaconfSettings {
  systemd: { version: string };
  haproxy: { version: string };
  keepalived: { version: string };
  validators: { enable: boolean; timeoutMs: number };
  /** Per-rule severity override: code -> error | warning | information | hint | off. */
  rules: Record<string, RuleSeverityName>;
}

export type RuleSeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export const DEFAULT_SETTINGS: HaconfSettings = {
  systemd: { version: 'auto' },
  haproxy: { version: 'auto' },
  keepalived: { version: 'auto' },
  validators: { enable: true, timeoutMs: 10000 },
  rules: {},
};

/** Descriptions shown in VS Code's settings UI, keyed by the dotted setting name. */
export const SETTING_DESCRIPTIONS: Record<string, string> = {
  'haconf.systemd.version':
    'systemd release to check units against, e.g. "252" or "257"; "auto" uses the host\'s systemd when there is one, else the newest known.',
  'haconf.haproxy.version':
    'HAProxy version to check configs against, e.g. "2.6" or "3.2"; "auto" uses `haproxy -v` when present, else the newest LTS.',
  'haconf.keepalived.version':
    'keepalived version to check configs against, e.g. "2.2.7"; "auto" uses `keepalived -v` when present, else the newest known.',
  'haconf.validators.enable':
    'Run the real validators (systemd-analyze, haproxy -c, keepalived -t) on save in trusted workspaces, where they are installed.',
  'haconf.validators.timeoutMs': 'Time limit for one run of a real validator, in milliseconds.',
  'haconf.rules': 'Severity overrides per rule code, e.g. { "haproxy-unitless-timeout": "off" }.',
};

/** Merge a partial (possibly malformed) settings object from a client over the defaults. */
export function mergeSettings(input: unknown): HaconfSettings {
  const s = structuredClone(DEFAULT_SETTINGS);
  if (!isObject(input)) return s;
  for (const dialect of ['systemd', 'haproxy', 'keepalived'] as const) {
    const v = input[dialect];
    if (isObject(v) && typeof v.version === 'string' && v.version.trim()) s[dialect].version = v.version.trim();
  }
  const val = input.validators;
  if (isObject(val)) {
    if (typeof val.enable === 'boolean') s.validators.enable = val.enable;
    if (typeof val.timeoutMs === 'number' && val.timeoutMs > 0) s.validators.timeoutMs = val.timeoutMs;
  }
  if (isObject(input.rules)) {
    for (const [code, sev] of Object.entries(input.rules)) {
      if (typeof sev === 'string' && ['error', 'warning', 'information', 'hint', 'off'].includes(sev)) {
        s.rules[code] = sev as RuleSeverityName;
      }
    }
  }
  return s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
