import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { caret, doc, newService } from '../helpers';
import { applyAction, applyEdits } from './edits';

const URI = 'file:///etc/systemd/system/web.service';
const svc = () => newService(undefined, { systemd: '252' });
const labels = (marked: string, uri = URI) => {
  const { text, position } = caret(marked);
  return svc().completion(doc(uri, text), position).map((i) => i.label);
};
const hoverText = (marked: string) => {
  const { text, position } = caret(marked);
  const h = svc().hover(doc(URI, text), position);
  return h ? (h.contents as MarkupContent).value : '';
};

test('completion: sections valid for the unit type', () => {
  assert.deepEqual(labels('[|'), ['[Unit]', '[Service]', '[Install]']);
  assert.deepEqual(labels('[|', 'file:///x/a.timer'), ['[Unit]', '[Timer]', '[Install]']);
});

test('completion: directives of the current section, filtered by version', () => {
  const l = labels('[Service]\nRes|');
  assert.ok(l.includes('Restart') && l.includes('RestartSec') && l.includes('ProtectSystem') && l.includes('KillMode'));
  assert.ok(!l.includes('After'), 'no [Unit] keys in [Service]');
  assert.ok(!l.includes('RestartSteps'), 'newer than 252');
  const u = labels('[Unit]\n|');
  assert.ok(u.includes('After') && u.includes('StartLimitIntervalSec') && !u.includes('ExecStart'));
});

test('completion: enum directive inserts a choice snippet', () => {
  const { text, position } = caret('[Service]\nResta|');
  const item = svc().completion(doc(URI, text), position).find((i) => i.label === 'Restart');
  assert.ok(item?.textEdit && 'newText' in item.textEdit);
  assert.match(item.textEdit.newText, /^Restart=\$\{1\|no,on-success,on-failure/);
});

test('completion on a key with a value keeps the value', () => {
  const { text, position } = caret('[Service]\nResta|=always');
  const item = svc().completion(doc(URI, text), position).find((i) => i.label === 'Restart');
  const te = item?.textEdit;
  assert.ok(te && 'range' in te);
  assert.equal(applyEdits(text, [te]), '[Service]\nRestart=always');
});

test('completion: values by type', () => {
  assert.deepEqual(labels('[Service]\nNoNewPrivileges=|'), ['yes', 'no', 'true', 'false']);
  assert.ok(labels('[Service]\nProtectSystem=|').includes('strict'));
  assert.ok(labels('[Service]\nType=|').includes('notify'));
  assert.ok(!labels('[Service]\nType=|').includes('notify-reload'), 'newer than 252');
  assert.ok(labels('[Service]\nKillSignal=|').includes('SIGTERM'));
  assert.ok(labels('[Service]\nRestartSec=|').includes('5s'));
});

test('completion: unit names from the workspace and special units', () => {
  const s = svc();
  s.parse({ uri: 'file:///etc/systemd/system/db.service', text: '[Service]\nExecStart=/bin/db\n' }, false);
  const { text, position } = caret('[Unit]\nAfter=network.target |');
  const l = s.completion(doc(URI, text), position).map((i) => i.label);
  assert.ok(l.includes('db.service'));
  assert.ok(l.includes('network-online.target'));
  assert.ok(!l.includes('web.service'), 'not itself');
});

test('completion: specifiers after % and exec prefixes', () => {
  assert.ok(labels('[Service]\nWorkingDirectory=/srv/%|').includes('%i'));
  assert.ok(labels('[Service]\nExecStart=|').includes('-'));
});

test('completion resolves the directive documentation with a man-page link', () => {
  const s = svc();
  const { text, position } = caret('[Service]\nRestart|');
  const item = s.completion(doc(URI, text), position).find((i) => i.label === 'Restart');
  assert.ok(item);
  const r = s.resolveCompletion(item);
  assert.match((r.documentation as MarkupContent).value, /systemd\.service\.html#Restart=/);
});

test('hover: directive, enum value, specifier, section', () => {
  assert.match(hoverText('[Service]\nRes|tart=always\n'), /\*\*Restart=\*\*/);
  assert.match(hoverText('[Service]\nRestart=alw|ays\n'), /however the service ended/);
  assert.match(hoverText('[Service]\nWorkingDirectory=/srv/%|i\n'), /Instance name/);
  assert.match(hoverText('[Ser|vice]\n'), /\*\*\[Service\]\*\*/);
  assert.match(hoverText('[Service]\nPrivate|Tmp=yes\n'), /systemd\.exec\.html#PrivateTmp=/);
  assert.match(hoverText('[Unit]\nAfter=network-online|.target\n'), /configured/);
  assert.equal(hoverText('[Service]\nNoSuch|Key=1\n'), '');
  assert.match(hoverText('[Service]\nStartLimitInterval|Sec=300\n'), /belongs in \[Unit\]/);
});

test('symbols: sections with their directives', () => {
  const syms = svc().symbols(doc(URI, '[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/a\nRestart=always\n'));
  assert.deepEqual(syms.map((s) => [s.name, s.children?.map((c) => c.name)]), [
    ['[Unit]', ['Description']],
    ['[Service]', ['ExecStart', 'Restart']],
  ]);
});

test('folding: sections, continued values and comment blocks', () => {
  const f = svc().folding(doc(URI, '# a\n# b\n[Unit]\nDescription=x\n[Service]\nExecStart=/bin/a \\\n  --b\n'));
  const pairs = f.map((r) => `${r.startLine}-${r.endLine}`).sort();
  assert.deepEqual(pairs, ['0-1', '2-3', '4-6', '5-6']);
});

const formatCases: Array<[string, string, string]> = [
  ['spaces around =', '[Unit]\nDescription = web\n', '[Unit]\nDescription=web\n'],
  ['indentation and trailing blanks', '  [Unit]  \n   Description=web   \n', '[Unit]\nDescription=web\n'],
  ['blank line before sections', '[Unit]\nDescription=x\n[Service]\nExecStart=/bin/a\n', '[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/a\n'],
  ['runs of blank lines', '[Unit]\n\n\n\nDescription=x\n', '[Unit]\n\nDescription=x\n'],
  ['continuations untouched', '[Service]\nExecStart=/bin/a \\\n      --b   \\\n   --c\n', '[Service]\nExecStart=/bin/a \\\n      --b   \\\n   --c\n'],
  ['CRLF kept', '[Unit]\r\nDescription = x\r\n[Service]\r\nType=simple\r\n', '[Unit]\r\nDescription=x\r\n\r\n[Service]\r\nType=simple\r\n'],
];
for (const [name, input, expected] of formatCases) {
  test(`format: ${name}`, () => {
    const s = svc();
    const out = applyEdits(input, s.format(doc(URI, input), { tabSize: 2, insertSpaces: true }));
    assert.equal(out, expected);
    const before = s.parse(doc('file:///a/x.service', input))?.tree as { entries: Array<{ key: string; value: string }> };
    const after = s.parse(doc('file:///a/y.service', out))?.tree as { entries: Array<{ key: string; value: string }> };
    assert.deepEqual(after.entries.map((e) => [e.key, e.value]), before.entries.map((e) => [e.key, e.value]), 'meaning unchanged');
  });
}

function fixFor(text: string, code: string, title?: RegExp) {
  const s = svc();
  const d = s.diagnostics(doc(URI, text)).find((x) => x.code === code);
  assert.ok(d, `no ${code}`);
  const actions = s.codeActions(doc(URI, text), d.range, [d]);
  const a = title ? actions.find((x) => title.test(x.title)) : actions[0];
  assert.ok(a, `no fix for ${code}: ${actions.map((x) => x.title).join(', ')}`);
  return applyAction(text, URI, a);
}

const base = '[Unit]\nDescription=x\n[Service]\nExecStart=/bin/a\n';
test('quick fix: did-you-mean', () => {
  assert.equal(fixFor(base + 'Restrat=always\n', 'systemd-unknown-directive'), base + 'Restart=always\n');
});
test('quick fix: section name', () => {
  assert.equal(fixFor(base + '[Instal]\nWantedBy=multi-user.target\n', 'systemd-unknown-section'), base + '[Install]\nWantedBy=multi-user.target\n');
});
test('quick fix: rename deprecated', () => {
  assert.equal(fixFor(base + 'MemoryLimit=1G\n', 'systemd-deprecated'), base + 'MemoryMax=1G\n');
});
test('quick fix: oneshot restart and duplicate', () => {
  assert.equal(fixFor(base + 'Type=oneshot\nRestart=always\n', 'systemd-oneshot-restart'), base + 'Type=oneshot\nRestart=on-failure\n');
  assert.equal(fixFor(base + 'User=a\nUser=b\n', 'systemd-duplicate-directive'), base + 'User=b\n');
});
test('quick fix: obsolete value', () => {
  assert.equal(fixFor(base + 'StandardOutput=syslog\n', 'systemd-deprecated'), base + 'StandardOutput=journal\n');
});
test('quick fix: remove and move the inline comment', () => {
  assert.equal(fixFor(base + 'Restart=no # managed by Pacemaker\n', 'systemd-inline-comment', /Remove/), base + 'Restart=no\n');
  assert.equal(fixFor(base + 'Restart=no # managed by Pacemaker\n', 'systemd-inline-comment', /Move/), base + '# managed by Pacemaker\nRestart=no\n');
});
test('quick fix: add the missing After=', () => {
  const t = '[Unit]\nRequires=db.service\n[Service]\nExecStart=/bin/a\n';
  assert.equal(fixFor(t, 'systemd-requires-without-after'), '[Unit]\nRequires=db.service\nAfter=db.service\n[Service]\nExecStart=/bin/a\n');
});
test('quick fix: invalid enum value', () => {
  assert.equal(fixFor(base + 'Restart=on-failur\n', 'systemd-invalid-value'), base + 'Restart=on-failure\n');
});
test('quick fix: move to a section the file does not have yet', () => {
  const out = fixFor('[Service]\nExecStart=/bin/a\nWantedBy=multi-user.target\n', 'systemd-wrong-section');
  assert.equal(out, '[Service]\nExecStart=/bin/a\n\n[Install]\nWantedBy=multi-user.target\n');
});

test('refactor: split a long exec line without changing the command', () => {
  const long = 'ExecStart=/usr/bin/haproxy -Ws -f /etc/haproxy/haproxy.cfg -p /run/haproxy.pid -S /run/haproxy-master.sock --extra-option value';
  const text = `[Service]\n${long}\n`;
  const s = svc();
  const a = s.codeActions(doc(URI, text), { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, []).find((x) => x.title.startsWith('Split'));
  assert.ok(a);
  const out = applyAction(text, URI, a);
  assert.ok(out.split('\n').length > 3);
  const norm = (t: string) => ((s.parse(doc('file:///a/z.service', t))?.tree as { entries: Array<{ value: string }> }).entries[0].value).split(/\s+/).join(' ');
  assert.equal(norm(out), norm(text));
});

test('definition: a unit name jumps to its file, template and drop-ins in the workspace', () => {
  const s = svc();
  s.parse({ uri: 'file:///etc/systemd/system/db@.service', text: '[Service]\nExecStart=/bin/db\n' }, false);
  s.parse({ uri: 'file:///etc/systemd/system/db@main.service.d/ha.conf', text: '[Service]\nRestart=always\n' }, false);
  const { text, position } = caret('[Unit]\nAfter=network.target db@ma|in.service\n');
  const locs = s.definition(doc(URI, text), position).map((l) => l.uri).sort();
  assert.deepEqual(locs, ['file:///etc/systemd/system/db@.service', 'file:///etc/systemd/system/db@main.service.d/ha.conf']);
  const none = caret('[Service]\nExec|Start=/bin/a\n');
  assert.deepEqual(s.definition(doc(URI, none.text), none.position), []);
});

test('network-online.target: After= without Wants= is flagged, with a fix', () => {
  const t = '[Unit]\nAfter=network-online.target\n[Service]\nExecStart=/bin/a\n';
  assert.equal(fixFor(t, 'systemd-network-online-incomplete'), '[Unit]\nAfter=network-online.target\nWants=network-online.target\n[Service]\nExecStart=/bin/a\n');
  const ok = '[Unit]\nWants=network-online.target\nAfter=network-online.target\n[Service]\nExecStart=/bin/a\n';
  assert.ok(!svc().diagnostics(doc(URI, ok)).some((d) => d.code === 'systemd-network-online-incomplete'));
});

test('date formats in commands: warning and a %% fix', () => {
  const t = base + 'ExecStartPre=/usr/bin/dump --out /b/db-%Y-%m-%d.sql\n';
  assert.equal(fixFor(t, 'systemd-date-format-specifier'), base + 'ExecStartPre=/usr/bin/dump --out /b/db-%%Y-%%m-%%d.sql\n');
  const fine = base + 'ExecStartPre=/usr/bin/run --host %H --unit %n --stamp %%Y\n';
  assert.ok(!svc().diagnostics(doc(URI, fine)).some((d) => String(d.code).startsWith('systemd-date')));
});
