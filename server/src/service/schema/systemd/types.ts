// Typed facts about systemd directives: what the lookup layer hands to validation and features.

/** How a value is read. Only some kinds are checked (bool, timespan, unsigned, integer, size, enum, signal, ...). */
export type ValueKind =
  | 'string'
  | 'bool'
  | 'timespan'
  | 'unsigned'
  | 'integer'
  | 'size'
  | 'limit'
  | 'mode'
  | 'path'
  | 'paths'
  | 'exec'
  | 'units'
  | 'unit'
  | 'signal'
  | 'calendar'
  | 'condition'
  | 'environ'
  | 'enum'
  | 'weight'
  | 'nice'
  | 'url'
  | 'other';

export interface EnumValue {
  readonly value: string;
  /** Our own one-line meaning, for completion and hover. */
  readonly doc: string;
  /** Release that introduced the value; absent when it predates 252. */
  readonly since?: number;
  /** Set when systemd warns about the value: what to say, and the value to use instead. */
  readonly deprecated?: { readonly note: string; readonly replacement?: string };
}

/** A value form written as a prefix plus free text (e.g. `file:` for StandardOutput=). */
export interface EnumPrefix {
  readonly prefix: string;
  /** Release that introduced the form; absent when it predates 252. */
  readonly since?: number;
}

export interface EnumSpec {
  readonly values: readonly EnumValue[];
  /** Booleans (yes/no/...) are accepted too. */
  readonly acceptsBool?: boolean;
  /** Values starting with one of these prefixes are accepted. */
  readonly prefixes?: readonly EnumPrefix[];
  /** Plain integers are accepted too (e.g. IOSchedulingClass=2). */
  readonly acceptsNumber?: boolean;
  /** Matching ignores case. */
  readonly caseInsensitive?: boolean;
}

/** Which man page documents a directive. */
export type ManPage =
  | 'systemd.unit'
  | 'systemd.service'
  | 'systemd.exec'
  | 'systemd.kill'
  | 'systemd.resource-control'
  | 'systemd.socket'
  | 'systemd.timer'
  | 'systemd.path'
  | 'systemd.mount'
  | 'systemd.automount'
  | 'systemd.swap'
  | 'systemd.slice'
  | 'systemd.scope';

export interface Deprecation {
  /** The name to use instead, when there is one. */
  readonly replacement?: string;
  /** Release from which systemd ignores the directive (it only warns). */
  readonly removedIn?: number;
  /** True when systemd itself prints a warning for it (on the target release). */
  readonly systemdWarns?: boolean;
  readonly note: string;
}

export interface DirectiveSpec {
  readonly name: string;
  readonly section: string;
  readonly kind: ValueKind;
  /** The value type as systemd's dump names it (e.g. `UNIT [...]`). */
  readonly dumpType: string;
  readonly enumSpec?: EnumSpec;
  /** Repeating the directive adds to a list rather than replacing the earlier value. */
  readonly list: boolean;
  /** Release that introduced it; 0 when it predates 252 (the oldest release we model). */
  readonly since: number;
  readonly deprecated?: Deprecation;
  readonly man: ManPage;
}
