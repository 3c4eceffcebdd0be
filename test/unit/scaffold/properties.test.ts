// Properties over many answers: checking never throws, valid answers always generate a consistent stack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkAnswers, generateStack } from '../../../server/src/service/features/scaffold/index';
import { rawAnswers } from './arbitraries';
import { counterRandom } from './stackHelpers';

test('checkAnswers never throws, whatever it is given', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (raw) => {
      const r = checkAnswers(raw);
      assert.ok(r.answers !== undefined || r.errors.length > 0);
    }),
    { numRuns: 300, seed: 42 },
  );
});

test('checkAnswers never throws on malformed values of the real keys', () => {
  const keys = ['vip', 'interface', 'lbNodes', 'webNodes', 'appPort', 'healthPath', 'vrid', 'db', 'dbNodes', 'webhook', 'pacemaker', 'systemdVersion', 'authPass'];
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.jsonValue(), fc.array(fc.string()))), (raw) => {
      const r = checkAnswers(raw);
      if (r.answers) assert.deepEqual(r.errors, []);
    }),
    { numRuns: 500, seed: 7 },
  );
});

test('valid answers give a consistent stack', () => {
  fc.assert(
    fc.property(rawAnswers, (raw) => {
      const { answers, errors } = checkAnswers(raw);
      assert.deepEqual(errors, []);
      assert.ok(answers);
      const files = new Map(generateStack(answers, counterRandom()).map((f) => [f.path, f.content]));
      const cfg = files.get('haproxy/haproxy.cfg') ?? '';
      assert.equal(cfg.match(/^ {4}server \S+ \S+ check inter 3s fall 3 rise 2( backup)?$/gm)?.length, answers.webNodes.length + (answers.db === 'none' ? 0 : answers.dbNodes.length + 1));
      const m = files.get('keepalived/master.conf') ?? '';
      const b = files.get('keepalived/backup.conf') ?? '';
      for (const re of [/virtual_router_id (\d+)/, /auth_pass (\S+)/, /advert_int (\d+)/]) assert.equal(re.exec(m)?.[1], re.exec(b)?.[1]);
      assert.equal(/virtual_router_id (\d+)/.exec(m)?.[1], String(answers.vrid));
      assert.ok(m.includes(`unicast_src_ip ${answers.lbNodes[0].address}`) && b.includes(`unicast_src_ip ${answers.lbNodes[1].address}`));
      const readme = files.get('README.md') ?? '';
      for (const p of files.keys()) if (p !== 'README.md') assert.ok(readme.includes(`\`${p}\``), p);
      for (const p of files.keys()) assert.match(p, /^[A-Za-z0-9@._-]+(\/[A-Za-z0-9@._-]+)*$/);
      assert.equal(files.has('scripts/pcs-setup.sh'), answers.pacemaker);
    }),
    { numRuns: 150, seed: 2026 },
  );
});
