// Structure and value checks of a unit file: sections, directives, values, versions, duplicates.
import type { SdEntry, SdSection, SdTree } from '../../parser/systemd/tree';
import { didYouMean } from '../../text';
import { directive, directivesIn, isKnownSection, isRemovedDirective, sectionsFor, sectionsWith, ALL_SECTIONS } from '../../schema/systemd/index';
import { LEGACY_SERVICE_PLACEMENT } from '../../schema/systemd/legacy';
import { NEWER_SPECIFIERS, SPECIFIERS } from '../../schema/systemd/specifiers';
import type { DirectiveSpec } from '../../schema/systemd/types';
import type { DiagnosticSink } from '../rules';
import { valueSubRange } from '../../parser/systemd/parser';
import { checkExec } from './exec';
import { checkValue, commentBreaksValue, inlineCommentAt } from './values';

/** Data on wrong-section diagnostics, read by the move quick fix. */
export interface MoveData {
  readonly key: string;
  readonly to: string;
  /** Other keys of the same section to move along (e.g. StartLimitBurst= with StartLimitIntervalSec=). */
  readonly along?: readonly string[];
}

const START_LIMIT_KEYS = ['StartLimitIntervalSec', 'StartLimitInterval', 'StartLimitBurst', 'StartLimitAction'];

export function checkStructure(tree: SdTree, sink: DiagnosticSink, version: number): void {
  for (const e of tree.errors) sink.add('systemd-syntax', e.range, [e.message]);
  // A file of unknown type without any unit section is another systemd config format (system.conf, .network, ...).
  if (!tree.unitType && tree.sections.length && !tree.sections.some((s) => isKnownSection(s.name))) return;
  const allowed = sectionsFor(tree.unitType);
  const seen = new Map<string, SdEntry>();
  for (const s of tree.sections) {
    if (s.name.startsWith('X-')) continue;
    if (!allowed.includes(s.name)) {
      reportSection(tree, s, allowed, sink);
      continue;
    }
    for (const e of s.entries) checkEntry(tree.uri, s, e, allowed, sink, version, seen);
  }
}

function reportSection(tree: SdTree, s: SdSection, allowed: readonly string[], sink: DiagnosticSink): void {
  const kind = tree.unitType ? `.${tree.unitType} units` : 'unit files';
  const suggestion = didYouMean(s.name, allowed, 1)[0];
  const msg = isKnownSection(s.name)
    ? `Section [${s.name}] is not read by ${kind}; systemd ignores it and everything in it.`
    : `Unknown section [${s.name}]; systemd ignores it and everything in it.${suggestion ? ` Did you mean [${suggestion}]?` : ''}`;
  sink.add('systemd-unknown-section', s.nameRange, [msg], { data: suggestion ? { suggestion } : undefined });
}

function checkEntry(uri: string, s: SdSection, e: SdEntry, allowed: readonly string[], sink: DiagnosticSink, version: number, seen: Map<string, SdEntry>): void {
  if (e.key.startsWith('X-')) return;
  const d = directive(s.name, e.key);
  if (!d) return unknownKey(s, e, allowed, sink, version);
  if (d.since > version) {
    sink.add('systemd-newer-directive', e.keyRange, [e.key, String(d.since), String(version)]);
    return;
  }
  if (s.name === 'Service' && LEGACY_SERVICE_PLACEMENT.includes(e.key)) {
    const data: MoveData = { key: e.key, to: 'Unit' };
    sink.add('systemd-legacy-placement', e.keyRange, [e.key], { data });
  }
  deprecation(d, e, sink, version);
  // Build-system templates (`foo.service.in`) hold @placeholders@ that are replaced before systemd reads them.
  if (!(uri.endsWith('.in') && /@\w+@/.test(e.value))) checkEntryValue(d, e, sink, version);
  if (!d.list) {
    const id = `${s.name}.${e.key}`;
    const prev = seen.get(id);
    if (prev && prev.value !== '' && e.value !== '') {
      sink.add('systemd-duplicate-directive', e.keyRange, [e.key, s.name], {
        related: [{ location: { uri, range: prev.keyRange }, message: 'earlier value, overridden' }],
        data: { earlierLine: prev.keyRange.start.line },
      });
    }
    seen.set(id, e);
  }
}

function unknownKey(s: SdSection, e: SdEntry, allowed: readonly string[], sink: DiagnosticSink, version: number): void {
  if (isRemovedDirective(s.name, e.key)) {
    sink.add('systemd-removed-directive', e.keyRange, [e.key, '']);
    return;
  }
  const here = sectionsWith(e.key, allowed).filter((x) => x !== s.name);
  const elsewhere = here.length ? here : sectionsWith(e.key, ALL_SECTIONS).filter((x) => x !== s.name);
  if (elsewhere.length) {
    const to = elsewhere.includes('Unit') ? 'Unit' : elsewhere[0];
    const along = e.key.startsWith('StartLimit') ? START_LIMIT_KEYS.filter((k) => k !== e.key) : undefined;
    const data: MoveData | undefined = here.includes(to) ? { key: e.key, to, along } : undefined;
    sink.add('systemd-wrong-section', e.keyRange, [e.key, to, s.name], { data });
    return;
  }
  const suggestions = suggest(s.name, e.key, version);
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((x) => `${x}=`).join(', ')}?` : '';
  sink.add('systemd-unknown-directive', e.keyRange, [e.key, s.name, hint], { data: { suggestions } });
}

const SUGGESTIONS = new Map<string, string[]>();

/** Did-you-mean candidates for an unknown key (memoised: the same typo tends to repeat across edits). */
function suggest(section: string, key: string, version: number): string[] {
  const id = `${section}@${version}.${key}`;
  const hit = SUGGESTIONS.get(id);
  if (hit) return hit;
  const names = directivesIn(section, version).map((x) => x.name);
  const exactCase = names.find((n) => n.toLowerCase() === key.toLowerCase());
  const out = exactCase ? [exactCase] : didYouMean(key, names, 3);
  if (SUGGESTIONS.size > 5000) SUGGESTIONS.clear();
  SUGGESTIONS.set(id, out);
  return out;
}

function deprecation(d: DirectiveSpec, e: SdEntry, sink: DiagnosticSink, version: number): void {
  const dep = d.deprecated;
  if (!dep) return;
  const data = dep.replacement ? { replacement: dep.replacement } : undefined;
  if (dep.removedIn && dep.removedIn <= version) {
    const alt = dep.replacement ? ` Use ${dep.replacement}= instead.` : '';
    sink.add('systemd-removed-directive', e.keyRange, [e.key, alt], { data });
  } else if (dep.systemdWarns) sink.add('systemd-deprecated', e.keyRange, [e.key, dep.note], { data });
  else sink.add('systemd-legacy-name', e.keyRange, [e.key, dep.note], { data });
}

/** Kinds whose values systemd runs through specifier expansion. */
const EXPANDED = new Set(['string', 'path', 'paths', 'exec', 'units', 'unit', 'condition', 'environ', 'url']);
const KNOWN_SPECIFIERS = new Set(SPECIFIERS.map(([c]) => c));

function checkSpecifiers(d: DirectiveSpec, e: SdEntry, sink: DiagnosticSink, version: number): boolean {
  if (!EXPANDED.has(d.kind) || !e.value.includes('%')) return false;
  let found = false;
  for (let i = 0; i < e.value.length - 1; i++) {
    if (e.value[i] !== '%') continue;
    const c = e.value[i + 1];
    if (!KNOWN_SPECIFIERS.has(c) && !(version > 252 && NEWER_SPECIFIERS.includes(c))) {
      sink.add('systemd-unknown-specifier', valueSubRange(e, i, i + 2), [c, e.key]);
      found = true;
    }
    i++;
  }
  return found;
}

function checkEntryValue(d: DirectiveSpec, e: SdEntry, sink: DiagnosticSink, version: number): void {
  if (e.value === '') return;
  if (checkSpecifiers(d, e, sink, version)) return;
  const hash = inlineCommentAt(e.value);
  if (hash >= 0) {
    let from = hash;
    while (from > 0 && /\s/.test(e.value[from - 1])) from--;
    const data = { from: valueSubRange(e, from, e.value.length), comment: e.value.slice(hash) };
    const range = valueSubRange(e, hash, e.value.length);
    const code = commentBreaksValue(d) ? 'systemd-inline-comment' : 'systemd-inline-comment-text';
    sink.add(code, range, [e.value.slice(hash), e.key], { data });
    return;
  }
  if (d.kind === 'exec') return checkExec(e, sink, version);
  const p = checkValue(d, e.value, version);
  if (!p) return;
  if (p.deprecated) {
    const data = p.deprecated.replacement ? { valueReplacement: p.deprecated.replacement } : undefined;
    sink.add('systemd-deprecated', e.valueRange, [e.key, p.deprecated.note], { data });
    return;
  }
  if (p.newerSince) {
    sink.add('systemd-newer-value', e.valueRange, [e.value, e.key, String(p.newerSince), String(version)]);
    return;
  }
  const suggestions = p.expected ? didYouMean(e.value, p.expected, 3) : [];
  sink.add('systemd-invalid-value', e.valueRange, [e.key, e.value, p.reason], { data: { suggestions } });
}
