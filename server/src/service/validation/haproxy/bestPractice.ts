// HA best-practice warnings that `haproxy -c` does not give (each rule is marked bestPractice).
import { lineRange } from '../../text';
import type { Word } from '../../parser/haproxy/types';
import { parseTime } from '../../schema/haproxy/index';
import { type CheckEnv, wordRange, wordsRange } from './env';
import { summariesOf, type ProxySummary } from './summary';

const DEFAULT_INTER_MS = 2000;

export function checkBestPractice(env: CheckEnv): void {
  const globalMax = globalMaxconn(env);
  for (const s of summariesOf(env.tree, env.k.server).values()) {
    if (s.section.kind === 'defaults') continue;
    if (s.section.kind !== 'frontend') {
      httpchkWithoutCheck(env, s);
      allBackup(env, s);
    }
    checkTimeoutVsInter(env, s);
    if (globalMax !== undefined && s.maxconn && s.section.directives.includes(s.maxconn)) {
      const v = Number(s.maxconn.words[1]?.text);
      if (Number.isFinite(v) && v > globalMax) env.sink.add('haproxy-maxconn-above-global', wordRange(s.maxconn.line, s.maxconn.words[1]), [String(v), String(globalMax)]);
    }
  }
  httpchkHost(env);
}

function globalMaxconn(env: CheckEnv): number | undefined {
  for (const sec of env.tree.sections) {
    if (sec.kind !== 'global') continue;
    const d = sec.directives.find((x) => x.keyword === 'maxconn');
    const v = Number(d?.words[1]?.text);
    if (d && Number.isFinite(v)) return v;
  }
  return undefined;
}

function httpchkWithoutCheck(env: CheckEnv, s: ProxySummary): void {
  if (!s.httpchk || s.defaultServer?.has('check')) return;
  const unchecked = s.servers.filter((x) => !x.has('check'));
  for (const srv of unchecked) {
    const d = srv.directive;
    env.sink.add('haproxy-httpchk-without-check', wordRange(d.line, d.words[1] ?? d.words[0]), [srv.name], {
      data: { lines: unchecked.map((u) => u.directive.line) },
    });
  }
}

function allBackup(env: CheckEnv, s: ProxySummary): void {
  if (!s.servers.length || s.section.directives.length === 0) return;
  const dsBackup = s.defaultServer?.has('backup') ?? false;
  if (!s.servers.every((x) => x.has('backup') || dsBackup)) return;
  const name = s.section.name;
  if (name) env.sink.add('haproxy-all-servers-backup', wordRange(s.section.header.line, name), [name.text]);
}

function checkTimeoutVsInter(env: CheckEnv, s: ProxySummary): void {
  const tc = s.timeouts.get('check');
  if (!tc) return;
  const checkMs = parseTime(tc.value).ms;
  if (checkMs === undefined) return;
  for (const srv of s.servers) {
    if (!srv.has('check')) continue;
    const interText = srv.value('inter') ?? s.defaultServer?.value('inter');
    const inter = interText ? parseTime(interText).ms : DEFAULT_INTER_MS;
    if (inter === undefined || checkMs <= inter) continue;
    const d = tc.directive;
    if (!s.section.directives.includes(d)) continue;
    env.sink.add('haproxy-check-timeout-above-inter', wordsRange(d.line, d.words.slice(0, 3)), [tc.value, interText ?? '2s (default)']);
    return;
  }
}

function httpchkHost(env: CheckEnv): void {
  for (const sec of env.tree.sections) {
    let sendsHost: boolean | undefined;
    for (const d of sec.directives) {
      if (d.keyword !== 'option' && d.keyword !== 'no' && d.keyword !== 'default') continue;
      const k = env.keys[d.id];
      if (k.key !== 'option httpchk' || k.prefix) continue;
      // most checks name no HTTP/1.1 version: decide that without building anything
      let w: Word | undefined;
      for (let i = k.argAt; i < d.words.length && !w; i++) if (/^HTTP\/1\.1/i.test(d.words[i].text)) w = d.words[i];
      if (!w) continue;
      sendsHost ??= sec.directives.some((x) => x.keyword === 'http-check' && x.words[1]?.text === 'send' && x.words.some((y) => /^host/i.test(y.text)));
      if (sendsHost || /host:/i.test(d.words.slice(k.argAt).map((y) => y.text).join(' '))) continue;
      env.sink.add('haproxy-httpchk-no-host', lineRange(d.line, w.start, w.end));
    }
  }
}
