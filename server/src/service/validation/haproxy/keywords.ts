// Keyword checks line by line: unknown, misplaced, removed or not-yet-available keywords, options and
// timeout kinds, and the simple value shapes (times, balance, mode).
import type { Directive, Section } from '../../parser/haproxy/types';
import { didYouMean } from '../../text';
import { describeMask, versionName } from '../../schema/haproxy/index';
import { ALERT_WHEN_MISPLACED, REMOVED_KEYWORDS, REMOVED_OPTIONS, SECTION_TIMEOUTS, SILENT_WHEN_MISPLACED } from '../../schema/haproxy/overrides';
import { type CheckEnv, suggestion, wordRange, wordsRange } from './env';
import { checkTimeWord } from './times';
import { checkRuleAction } from './actions';
import { lineMemo, memoCheck } from './memo';

const COLUMN: Readonly<Record<string, number>> = { defaults: 0, frontend: 1, listen: 2, backend: 3 };
const TIME_KEYWORDS = new Set(['tcp-request inspect-delay', 'tcp-response inspect-delay', 'hard-stop-after', 'grace', 'close-spread-time']);

export function checkKeywords(env: CheckEnv): void {
  for (const d of env.tree.orphans) env.sink.add('haproxy-outside-section', wordRange(d.line, d.words[0]), [d.words[0].text]);
  const memo = lineMemo(env, 'keywords');
  for (const section of env.tree.sections) {
    checkSectionVersion(env, section);
    const kind = section.kind;
    // what the line checks read besides the line: the section kind and whether it is named (`from` is no name)
    const salt = `${kind}|${!section.name || section.name.text === 'from' ? '' : 'named'}`;
    for (const d of section.directives) {
      memoCheck(env, memo, d, salt, () => {
        if (kind === 'global') checkGlobal(env, d);
        else if (kind in COLUMN) checkProxy(env, section, d);
        else checkOther(env, section, d);
        return false;
      });
    }
  }
}

/** True when a version finding must be skipped: inside a .if block the line may be meant for another version. */
const versionGuarded = (d: Directive) => d.condDepth > 0;

function notHere(env: CheckEnv, mask: number): string {
  return `is not available in HAProxy ${versionName(env.k.vi)} (known in ${describeMask(mask)}).`;
}

function checkSectionVersion(env: CheckEnv, section: Section): void {
  const mask = env.k.sectionMask(section.kind);
  if (mask & (1 << env.k.vi) || versionGuarded(section.header)) return;
  env.sink.add('haproxy-version', wordRange(section.header.line, section.header.words[0]), [`${section.kind}' section`, notHere(env, mask)], {
    message: `The '${section.kind}' section ${notHere(env, mask)}`,
  });
}

function unknown(env: CheckEnv, d: Directive, upto: number, sectionName: string, candidates: Iterable<string>): void {
  const shown = d.words.slice(0, upto).map((w) => w.text).join(' ');
  const guesses = didYouMean(shown, candidates);
  env.sink.add('haproxy-unknown-keyword', wordsRange(d.line, d.words.slice(0, upto)), [shown, sectionName, suggestion(guesses)], {
    data: guesses.length ? { replacements: guesses, words: upto } : undefined,
  });
}

function removedOrVersion(env: CheckEnv, d: Directive, upto: number, name: string, mask: number): boolean {
  const range = wordsRange(d.line, d.words.slice(0, upto));
  const replacement = REMOVED_KEYWORDS[name];
  if (replacement && !(mask & (1 << env.k.vi))) {
    // only a same-arguments swap (clitimeout → timeout client, redispatch → option redispatch) is fixed in place
    const simple = replacement.startsWith('timeout ') || replacement === 'option redispatch';
    env.sink.add('haproxy-removed-keyword', range, [name, `'${replacement}'`], simple ? { data: { replacement } } : {});
    return true;
  }
  if (!mask) return false;
  if (!versionGuarded(d)) env.sink.add('haproxy-version', range, [name, notHere(env, mask)]);
  return true;
}

function checkGlobal(env: CheckEnv, d: Directive): void {
  const kw = d.keyword;
  const g = env.k.global;
  if (g.has(kw)) {
    if (TIME_KEYWORDS.has(kw)) checkTimeWord(env, d, d.words[1], kw, false);
    return;
  }
  if (removedOrVersion(env, d, 1, kw, g.mask(kw))) return;
  unknown(env, d, 1, 'global', g.names());
}

function checkProxy(env: CheckEnv, section: Section, d: Directive): void {
  const k = env.keys[d.id];
  const space = k.key.indexOf(' ');
  const head = space < 0 ? k.key : k.key.slice(0, space);
  if (head === 'option') return checkOption(env, section, d, k.key.slice(7), k.argAt);
  if (head === 'timeout') return checkTimeout(env, section, d, k.key.slice(8), k.argAt);
  const exact = env.k.proxyKeyword(k.key);
  const pk = exact ?? env.k.proxyKeyword(head);
  const key = exact ? k.key : head;
  if (!pk) {
    const upto = k.key.includes(' ') && env.k.proxy.mask(k.key) ? k.argAt : k.first + 1;
    if (removedOrVersion(env, d, upto, env.k.proxy.mask(k.key) ? k.key : head, env.k.proxy.mask(k.key) || env.k.proxy.mask(head))) return;
    return unknown(env, d, k.key.includes(' ') && !k.prefix ? k.argAt : k.first + 1, section.kind, env.k.proxy.names());
  }
  checkPlacement(env, section, d, key, pk.cols, k.argAt);
  if (key === 'balance') checkBalance(env, d);
  else if (key === 'mode') checkEnum(env, d, 'mode', env.k.modes);
  else if (TIME_KEYWORDS.has(key)) checkTimeWord(env, d, d.words[k.argAt], key, false);
  else checkRuleAction(env, d, key);
}

function checkPlacement(env: CheckEnv, section: Section, d: Directive, key: string, cols: string, argAt: number): void {
  const mark = cols[COLUMN[section.kind]];
  if (mark === 'X') return;
  // a listen has both capabilities: fine whenever a frontend or a backend may hold the keyword
  if (section.kind === 'listen' && (cols[1] === 'X' || cols[3] === 'X')) return;
  if (section.kind !== 'defaults' && SILENT_WHEN_MISPLACED.has(key)) return;
  const range = wordsRange(d.line, d.words.slice(0, Math.max(1, Math.min(argAt, d.words.length))));
  if (mark === '!') {
    if (!section.name || section.name.text === 'from') env.sink.add('haproxy-wrong-section', range, [key, "an anonymous 'defaults' section (name it to use this)"]);
    return;
  }
  const where = section.kind === 'defaults' ? "a 'defaults' section" : `a ${section.kind}`;
  const severity = section.kind === 'defaults' || ALERT_WHEN_MISPLACED.has(key) ? 'error' : 'warning';
  env.sink.add('haproxy-wrong-section', range, [key, where], severity === 'warning'
    ? { severity, message: `'${key}' is ignored in ${where} (haproxy warns and skips it).` }
    : {});
}

function checkOption(env: CheckEnv, section: Section, d: Directive, name: string, argAt: number): void {
  const key = `option ${name}`;
  const pk = env.k.proxyKeyword(key);
  if (pk) return checkPlacement(env, section, d, key, pk.cols, argAt);
  const range = wordsRange(d.line, d.words.slice(0, argAt));
  if (REMOVED_OPTIONS[name]) return env.sink.add('haproxy-removed-keyword', range, [key, REMOVED_OPTIONS[name]]);
  const mask = env.k.proxy.mask(key);
  if (mask) {
    if (!versionGuarded(d)) env.sink.add('haproxy-version', range, [key, notHere(env, mask)]);
    return;
  }
  const guesses = didYouMean(name, env.k.options);
  env.sink.add('haproxy-unknown-keyword', range, [key, section.kind, suggestion(guesses.map((g) => `option ${g}`))], {
    message: `Unknown option '${name}'.${suggestion(guesses)}`,
    data: guesses.length ? { replacements: guesses, wordIndex: argAt - 1 } : undefined,
  });
}

function checkTimeout(env: CheckEnv, section: Section, d: Directive, kind: string, argAt: number): void {
  const key = `timeout ${kind}`;
  const pk = env.k.proxyKeyword(key);
  if (!pk) {
    const mask = env.k.proxy.mask(key);
    const range = wordsRange(d.line, d.words.slice(0, argAt));
    if (mask) {
      if (!versionGuarded(d)) env.sink.add('haproxy-version', range, [key, notHere(env, mask)]);
      return;
    }
    const guesses = didYouMean(kind, env.k.timeouts);
    env.sink.add('haproxy-unknown-keyword', range, [key, section.kind, ''], {
      message: `Unknown timeout '${kind}'.${suggestion(guesses)}`,
      data: guesses.length ? { replacements: guesses, wordIndex: argAt - 1 } : undefined,
    });
    return;
  }
  checkPlacement(env, section, d, key, pk.cols, argAt);
  checkTimeWord(env, d, d.words[argAt], key, true);
}

function checkBalance(env: CheckEnv, d: Directive): void {
  checkEnum(env, d, 'balance algorithm', env.k.balance);
}

function checkEnum(env: CheckEnv, d: Directive, what: string, set: import('../../schema/haproxy/index').FactSet): void {
  const w = d.words[1];
  if (!w || w.env) return;
  const name = w.text.replace(/\(.*$/, '').toLowerCase();
  if (set.has(name)) return;
  const mask = set.mask(name);
  if (mask) {
    if (!versionGuarded(d)) env.sink.add('haproxy-version', wordRange(d.line, w), [name, notHere(env, mask)]);
    return;
  }
  const guesses = didYouMean(name, set.names());
  env.sink.add('haproxy-bad-value', wordRange(d.line, w), [w.text, what, suggestion(guesses)], {
    data: guesses.length ? { replacements: guesses, wordIndex: 1 } : undefined,
  });
}

function checkOther(env: CheckEnv, section: Section, d: Directive): void {
  const set = env.k.sections.get(section.kind);
  if (!set) return;
  const kw = d.keyword;
  if (set.has(kw)) {
    if (kw === 'timeout') checkSectionTimeout(env, section, d);
    return;
  }
  if (kw === 'no' || kw === 'default') return; // `no option …` in program/log-forward/fcgi-app sections
  if (removedOrVersion(env, d, 1, kw, set.mask(kw))) return;
  unknown(env, d, 1, section.kind, set.names());
}

function checkSectionTimeout(env: CheckEnv, section: Section, d: Directive): void {
  const kind = d.words[1];
  const kinds = SECTION_TIMEOUTS[section.kind];
  if (!kind || kind.env) return;
  if (kinds && !kinds.includes(kind.text)) {
    const guesses = didYouMean(kind.text, kinds);
    env.sink.add('haproxy-unknown-keyword', wordsRange(d.line, d.words.slice(0, 2)), [`timeout ${kind.text}`, section.kind, ''], {
      message: `Unknown timeout '${kind.text}' in a ${section.kind} section (expected ${kinds.join(' or ')}).${suggestion(guesses)}`,
      data: guesses.length ? { replacements: guesses, wordIndex: 1 } : undefined,
    });
    return;
  }
  if (d.words[2]) checkTimeWord(env, d, d.words[2], `timeout ${kind.text}`, true);
}
