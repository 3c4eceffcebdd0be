// $NAME definitions against the real tool: each case runs through `keepalived -t -f` and haconf. Where
// keepalived is silent haconf must raise no error; where it names a line, haconf must flag that line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newService } from '../unit/helpers';

const HOST = /doesn't exist|Non-existent interface|default user|SECURITY|Disabling track script|not found\/accessible|does not support multicast/i;

const inst = (name: string, vrid: string, body: string) =>
  `vrrp_instance ${name} {\n  state BACKUP\n  interface eth0\n  virtual_router_id ${vrid}\n  advert_int 1\n${body}\n}\n`;
const VIP = '  virtual_ipaddress {\n    192.168.1.10/24\n  }';

const CASES: Array<[string, string]> = [
  ['valid values', `$P=150\n$ID=51\n${inst('VI_1', '${ID}', `  priority $P\n${VIP}`)}`],
  ['priority out of range', `$P=300\n${inst('VI_1', '51', `  priority $P\n${VIP}`)}`],
  ['vrid 0 in braces', `$ID=0\n${inst('VI_1', '${ID}', `  priority 100\n${VIP}`)}`],
  ['nested, read at the use', `$A=2\${B}\n$B=5\${C}\n$C=6\n${inst('VI_1', '51', `  priority $A\n${VIP}`)}`],
  ['redefined between uses', `$P=100\n${inst('VI_1', '51', `  priority $P\n${VIP}`)}$P=300\n${inst('VI_2', '52', `  priority $P\n  virtual_ipaddress {\n    192.168.1.11/24\n  }`)}`],
  ['$NAME before a slash is left as written', `$V=10\n${inst('VI_1', '51', '  priority 100\n  virtual_ipaddress {\n    192.168.1.$V/24\n  }')}`],
  ['${NAME} before a slash', `$V=10\n${inst('VI_1', '51', '  priority 100\n  virtual_ipaddress {\n    192.168.1.${V}/24\n  }')}`],
  ['a block from a multi-line definition', `$VIPS=virtual_ipaddress { \\\n  192.168.1.10/24 \\\n}\n${inst('VI_1', '51', '  priority 100\n  $VIPS')}`],
  ['a bad address in a multi-line definition', `$VIPS=virtual_ipaddress { \\\n  192.168.1.10/24 \\\n  192.168.1.300/24 \\\n}\n${inst('VI_1', '51', '  priority 100\n  $VIPS')}`],
  ['a comment line ends a multi-line definition', `$VIPS=virtual_ipaddress { \\\n  192.168.1.10/24 \\\n  # more \\\n  192.168.1.11/24 \\\n}\n${inst('VI_1', '51', '  priority 100\n  $VIPS')}`],
  ['instances from a multi-line definition', `$I= \\\nvrrp_instance VI_\${N} { \\\n  state BACKUP \\\n  interface eth0 \\\n  virtual_router_id 1\${N} \\\n  priority 100 \\\n  virtual_ipaddress { \\\n    10.0.\${N}.254/24 \\\n  } \\\n}\n$N=1\n$I\n$N=2\n$I\n`],
  ['a multi-line definition with text after the use', `$M=100 \\\n\n${inst('VI_1', '51', `  priority $M 1\n${VIP}`)}`],
  ['an undefined name', inst('VI_1', '51', `  priority $NOPE\n${VIP}`)],
  ['a blank before =', `$P =300\n${inst('VI_1', '51', `  priority 100\n${VIP}`)}`],
  ['"$S" is left as written, "${S}" is not', `$S=BACKUP\n${inst('VI_1', '51', `  priority 100\n  state "\${S}"\n${VIP}`)}`],
  ['an @name line with nothing after it', `@main\n@^main\n${inst('VI_1', '51', `  priority 100\n${VIP}`)}`],
];

function keepalivedLines(file: string): { lines: Set<number>; any: boolean } {
  const r = spawnSync('keepalived', ['-t', '-f', file], { encoding: 'utf8', timeout: 20000 });
  const msgs = `${r.stderr}\n${r.stdout}`.split('\n').filter((l) => l.trim() && !HOST.test(l));
  const lines = new Set<number>();
  for (const m of msgs) {
    const n = /Line (\d+)\)/.exec(m);
    if (n) lines.add(Number(n[1]));
  }
  return { lines, any: msgs.length > 0 };
}

test('$NAME definitions: haconf agrees with keepalived -t', (t) => {
  if (spawnSync('keepalived', ['-v']).status !== 0) return t.skip('keepalived is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'haconf-kdef-'));
  const problems: string[] = [];
  try {
    for (const [what, text] of CASES) {
      const file = join(dir, 'keepalived.conf');
      writeFileSync(file, text);
      const real = keepalivedLines(file);
      const ds = newService(undefined, { keepalived: '2.2.7' })
        .diagnostics({ uri: 'file:///etc/keepalived/keepalived.conf', text, languageId: 'keepalived' })
        .filter((d) => !String(d.code).includes('-ha-'));
      const errors = ds.filter((d) => d.severity === 1);
      if (!real.any && errors.length) problems.push(`${what}: false error ${errors.map((e) => `${e.range.start.line + 1}: ${e.message}`).join('; ')}`);
      for (const line of real.lines) {
        if (!ds.some((d) => d.range.start.line + 1 <= line && line <= d.range.end.line + 1)) problems.push(`${what}: keepalived reports line ${line}, haconf does not`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(problems, []);
});
