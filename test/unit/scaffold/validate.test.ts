// checkAnswers: defaults, unknown keys, every error at once, and the checks that span several answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAnswers } from '../../../server/src/service/features/scaffold/index';

test('no answers gives the classic stack: two load balancers, three web nodes, no database', () => {
  const { answers, errors } = checkAnswers({});
  assert.deepEqual(errors, []);
  assert.equal(answers?.lbNodes.length, 2);
  assert.equal(answers?.webNodes.length, 3);
  assert.equal(answers?.db, 'none');
  assert.deepEqual(answers?.dbNodes, []);
  assert.equal(answers?.authPass, undefined, 'the password is left to the random source');
});

test('db nodes default in when a database is chosen', () => {
  const { answers } = checkAnswers({ db: 'mysql' });
  assert.deepEqual(answers?.dbNodes.map((n) => n.name), ['db1', 'db2']);
});

test('unknown keys are errors, with a suggestion when close', () => {
  const { answers, errors } = checkAnswers({ vipp: '10.0.0.1/24', zzzzzz: 1 });
  assert.equal(answers, undefined);
  assert.ok(errors.some((e) => /unknown key "vipp".*did you mean "vip"/.test(e)), errors.join('\n'));
  assert.ok(errors.some((e) => e === 'unknown key "zzzzzz"'), errors.join('\n'));
});

test('all invalid values are reported together', () => {
  const { errors } = checkAnswers({ vrid: 0, appPort: 'x', vip: 'nope' });
  assert.equal(errors.length, 3, errors.join('\n'));
  assert.ok(errors.every((e) => /^(vrid|appPort|vip): /.test(e)));
});

test('empty authPass means random', () => {
  assert.equal(checkAnswers({ authPass: '' }).answers?.authPass, undefined);
});

const crossErrors: Array<[string, Record<string, unknown>, RegExp]> = [
  ['a node with the VIP address', { vip: '192.168.1.21/24' }, /web1 has the VIP's address/],
  ['a name shared by a load balancer and a web node with another address', { webNodes: 'lb1=192.168.1.50' }, /name lb1 is also a load balancer/],
  ['an app port HAProxy needs on a colocated node', { webNodes: 'lb1=192.168.1.11', appPort: 80 }, /appPort: 80 is also used by HAProxy on lb1/],
  ['a db port HAProxy needs on a colocated node', { webNodes: 'lb1=192.168.1.11', appPort: 5433, db: 'postgresql' }, /appPort: 5433/],
];
for (const [what, raw, message] of crossErrors) {
  test(`refuses ${what}`, () => {
    const { answers, errors } = checkAnswers(raw);
    assert.equal(answers, undefined);
    assert.ok(errors.some((e) => message.test(e)), errors.join('\n'));
  });
}

test('colocated web and load balancer nodes are fine on a free port', () => {
  assert.deepEqual(checkAnswers({ webNodes: 'lb1=192.168.1.11,lb2=192.168.1.12', appPort: 8080 }).errors, []);
});

test('a load balancer outside the VIP network is a warning, not an error', () => {
  const { answers, warnings } = checkAnswers({ lbNodes: 'lb1=10.9.0.1,lb2=192.168.1.12' });
  assert.ok(answers);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /lb1 \(10\.9\.0\.1\) is outside the VIP's network/);
});

test('database nodes are ignored (even empty or invalid) when db is none', () => {
  for (const dbNodes of ['', 'garbage', 'db1=10.0.0.1']) {
    const { answers, errors } = checkAnswers({ db: 'none', dbNodes });
    assert.deepEqual(errors, [], dbNodes);
    assert.deepEqual(answers?.dbNodes, []);
  }
});

test('the answers of the VS Code suite are accepted as typed values', () => {
  const { errors } = checkAnswers({
    vip: '192.0.2.100/24', interface: 'eth0', lbNodes: 'lb1=192.0.2.11,lb2=192.0.2.12', webNodes: 'web1=192.0.2.21,web2=192.0.2.22',
    appPort: 8080, healthPath: '/health', vrid: 51, db: 'none', dbNodes: '', webhook: '', pacemaker: false,
    systemdVersion: 252, haproxyVersion: '2.6', keepalivedVersion: '2.2.7', authPass: 'haconf1',
  });
  assert.deepEqual(errors, []);
});
