// haconf's keyword knowledge for the installed haproxy branch, checked against the binary itself:
// every global keyword, bind/server option, fetch, converter and rule action haconf believes the host version
// has must be accepted, and every one it believes the host lacks must be refused; and each proxy keyword
// placed in each section type must get the same verdict (fine / warning / error / unknown) from both.
// Slow (one `haproxy -c` per probe, a few thousand probes); skipped when haproxy is not installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLanguageService } from '../../server/src/service/languageService';
import { knowledgeFor, resolveVersion, type FactSet } from '../../server/src/service/schema/haproxy/index';

const hostVersion = /version (\d+\.\d+\.\d+)/.exec(spawnSync('haproxy', ['-v'], { encoding: 'utf8' }).stdout ?? '')?.[1];
const dir = mkdtempSync(join(tmpdir(), 'haconf-knowledge-'));
const file = join(dir, 'p.cfg');

/**
 * Names the docs list but this build of haproxy lacks (optional build features such as 51Degrees, DeviceAtlas,
 * WURFL, QUIC, zlib, OpenSSL engines), or that the Debian 2.6 binary refuses although its docs list them.
 */
const BUILD_DEPENDENT = /^(51d|51degrees|deviceatlas|da-csv|wurfl|tune\.quic|quic-|tune\.zlib|ssl-engine|profiling\.memory)/;

function check(text: string): string {
  writeFileSync(file, text);
  return spawnSync('haproxy', ['-c', '-f', file], { encoding: 'utf8' }).stderr;
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compare(set: FactSet, make: (n: string) => string, isUnknown: (stderr: string, n: string) => boolean): string[] {
  const wrong: string[] = [];
  for (const n of set.anyVersion.keys()) {
    if (BUILD_DEPENDENT.test(n) || n === 'no') continue; // `no` is a prefix (`no option …`), not a keyword alone
    const unknown = isUnknown(check(make(n)), n);
    if (set.has(n) === unknown) wrong.push(`${n}: haconf says ${set.has(n) ? 'known' : 'unknown'}, haproxy says ${unknown ? 'unknown' : 'known'}`);
  }
  return wrong;
}

const skip = !hostVersion && 'haproxy is not installed';
const vi = resolveVersion('auto', { haproxy: hostVersion });
const k = knowledgeFor(vi);

test('global keywords match the binary', { skip }, () => {
  assert.deepEqual(compare(k.global, (n) => `global\n    ${n}\n`, (e) => /unknown keyword/.test(e)), []);
});

test('keywords of the other sections match the binary', { skip }, () => {
  for (const [sec, set] of k.sections) {
    if (!(k.sectionMask(sec) & (1 << vi)) || sec === 'crt-list') continue;
    const probe = (n: string) => (n === sec ? `${sec} x\n` : n === 'timeout' ? `${sec} x\n    timeout client 1s\n` : `${sec} x\n    ${n}\n`);
    const wrong = compare(set, probe, (e) => e.split('\n').some((l) => /p\.cfg:2/.test(l) && /unknown keyword '/.test(l)));
    assert.deepEqual(wrong, [], sec);
  }
});

test('bind and server options match the binary', { skip }, () => {
  const unknownKw = (e: string, n: string) => new RegExp(`unknown keyword '${esc(n)}'`).test(e);
  assert.deepEqual(compare(k.bind, (n) => `frontend f\n  bind 127.0.0.1:9999 ${n} 1\n`, unknownKw), []);
  assert.deepEqual(compare(k.server, (n) => `backend b\n  server s 127.0.0.1:9999 ${n} 1\n`, unknownKw), []);
});

test('fetches and converters match the binary', { skip }, () => {
  assert.deepEqual(compare(k.fetches, (n) => `frontend f\n  http-request set-var(txn.x) ${n}\n`, (e) => /unknown fetch method/.test(e)), []);
  assert.deepEqual(compare(k.converters, (n) => `frontend f\n  http-request set-var(txn.x) str(a),${n}\n`, (e) => /unknown converter/.test(e)), []);
});

test('ACL keywords match the binary, and the manual-only derivatives (req.cook_beg …) are refused by both', { skip }, () => {
  const probe = (n: string) => `frontend f\n  mode http\n  acl a ${n} x\n`;
  const unknownFetch = (e: string) => /unknown fetch method/.test(e);
  assert.deepEqual(compare(k.acls, probe, unknownFetch), []);
  for (const n of ['req.cook_beg', 'req.cook_len', 'res.hdr_beg', 'res.hdr_sub', 'res.scook', 'resp.ver']) {
    assert.ok(unknownFetch(check(probe(n))), `haproxy accepts ${n}`);
    assert.ok(!k.acls.has(n) && !k.fetches.has(n), `haconf knows ${n}`);
  }
});

test('rule actions match the binary', { skip }, () => {
  for (const [rs, set] of k.actions) {
    if (rs === 'quic-initial') continue;
    const section = rs.startsWith('tcp-response') || rs === 'http-response' ? 'backend' : 'frontend';
    const wrong = compare(set, (n) => `${section} f\n  mode http\n  ${rs} ${n}\n`, (e) => /' expects '[a-z-]+(\(\*\))?', '/.test(e) || /unknown keyword/.test(e));
    assert.deepEqual(wrong, [], rs);
  }
});

type Verdict = 'ok' | 'warning' | 'error' | 'unknown';
const HEADERS: Record<string, string> = { defaults: 'defaults', 'named defaults': 'defaults base', frontend: 'frontend fe', backend: 'backend be', listen: 'listen li' };

function haproxyVerdict(header: string, key: string): Verdict {
  for (const arg of ['', ' x', ' 1', ' 1s', ' x y']) {
    const lines = check(`${header}\n    ${key}${arg}\n`).split('\n').filter((l) => /p\.cfg:2\]/.test(l) && /ALERT|WARNING/.test(l));
    for (const l of lines) {
      if (new RegExp(`unknown keyword '${esc(key.split(' ')[0])}'|unknown option '`).test(l)) return 'unknown';
      if (/not allowed|only available in|not available in|only allowed in|is not supported in/.test(l)) return 'error';
      if (/ignored because|will be ignored|directive is ignored|is ignored in/.test(l)) return 'warning';
    }
    if (!lines.some((l) => /ALERT/.test(l))) return 'ok';
  }
  return 'ok';
}

test('proxy keyword placement matches the binary in every section type', { skip }, () => {
  const svc = createLanguageService({ hostVersions: { haproxy: hostVersion }, docsBase: 'file:///docs/rules/' });
  const diffs: string[] = [];
  let n = 0;
  for (const key of k.proxy.here.keys()) {
    for (const [sec, header] of Object.entries(HEADERS)) {
      const real = haproxyVerdict(header, key);
      const text = `${header}\n    ${key} x\n`;
      const ours = svc
        .diagnostics({ uri: 'file:///p.cfg', text, version: ++n, languageId: 'haproxy' })
        .find((d) => d.range.start.line === 1 && (d.code === 'haproxy-wrong-section' || d.code === 'haproxy-unknown-keyword'));
      const mine: Verdict = !ours ? 'ok' : ours.code === 'haproxy-unknown-keyword' ? 'unknown' : ours.severity === 1 ? 'error' : 'warning';
      if (mine !== real) diffs.push(`${key} in ${sec}: haproxy ${real}, haconf ${mine}`);
    }
  }
  assert.deepEqual(diffs, []);
});
