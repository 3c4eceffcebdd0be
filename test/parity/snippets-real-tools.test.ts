// Every snippet, inserted with its defaults (and with each other option of each choice), must be accepted by
// the real tool: haproxy -c, keepalived -t, systemd-analyze verify (no line-numbered complaint).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readJson } from '../unit/manifest/manifest';
import { placeSnippet, Placement, SnippetLanguage } from '../unit/manifest/snippetPlacement';
import { bodyText, SnippetDefinition, variants } from '../unit/manifest/snippetSyntax';

const root = mkdtempSync(join(tmpdir(), 'haconf-snippets-'));
after(() => rmSync(root, { recursive: true, force: true }));

function which(tool: string): string | undefined {
  for (const dir of ['/usr/sbin', '/usr/bin', '/sbin', '/bin', ...(process.env.PATH ?? '').split(':')]) {
    if (existsSync(join(dir, tool))) return join(dir, tool);
  }
  return undefined;
}

function run(cmd: string, args: string[], cwd: string): { status: number | null; output: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 30000 });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** Host interfaces to stand in for the snippets' eth0/eth1 (keepalived -t refuses unknown interfaces). */
function hostInterfaces(): string[] {
  try {
    return readdirSync('/sys/class/net').filter((n) => n !== 'lo').sort((a, b) => Number(b === 'eth0') - Number(a === 'eth0'));
  } catch {
    return [];
  }
}

let certificate: string | undefined;
/** A throwaway self-signed certificate, standing in for the crt path a TLS snippet names. */
function testCertificate(): string {
  if (certificate) return certificate;
  const dir = join(root, 'cert');
  mkdirSync(dir, { recursive: true });
  const r = run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'crt.pem', '-days', '2', '-subj', '/CN=haconf.test'], dir);
  assert.equal(r.status, 0, r.output);
  certificate = join(dir, 'site.pem');
  writeFileSync(certificate, readFileSync(join(dir, 'crt.pem'), 'utf8') + readFileSync(join(dir, 'key.pem'), 'utf8'));
  return certificate;
}

function write(placement: Placement, dir: string, adapt: (text: string) => string = (t) => t): void {
  for (const f of placement.files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), adapt(f.text));
  }
}

type Check = (placement: Placement, dir: string) => void;

const checks: Record<SnippetLanguage, { tool: string; check: Check }> = {
  haproxy: {
    tool: 'haproxy',
    check(placement, dir) {
      write(placement, dir, (t) => t.replace(/\bcrt\s+(\S+)/g, (m, path: string) => (existsSync(path) ? m : `crt ${testCertificate()}`)));
      const r = run(which('haproxy') as string, ['-c', '-f', placement.main, ...placement.args], dir);
      const noListener = r.status === 2 && /no listener/.test(r.output);
      assert.ok(r.status === 0 || noListener, `haproxy -c exited ${r.status}:\n${r.output}`);
      assert.doesNotMatch(r.output, /\[(ALERT|WARNING)\]/, r.output);
    },
  },
  keepalived: {
    tool: 'keepalived',
    check(placement, dir) {
      const [if0, if1] = hostInterfaces();
      write(placement, dir, (t) => t.replace(/\beth0\b/g, if0 ?? 'eth0').replace(/\beth1\b/g, if1 ?? 'eth1'));
      const r = run(which('keepalived') as string, ['-t', '-l', '-f', join(dir, placement.main)], dir);
      assert.equal(r.status, 0, `keepalived -t exited ${r.status}:\n${r.output}\n${readFileSync(join(dir, placement.main), 'utf8')}`);
      assert.doesNotMatch(r.output, /Line \d+/, r.output);
    },
  },
  'systemd-unit-file': {
    tool: 'systemd-analyze',
    check(placement, dir) {
      write(placement, dir);
      const r = run(which('systemd-analyze') as string, ['verify', '--man=no', placement.main], dir);
      // Line-numbered complaints, and unit-level ones such as "Refusing", are failures; a command missing on
      // this host (the snippets name the user's own programs) is not.
      const complaints = r.output.split('\n').filter((l) => l.trim() && !/: Command \S+ is not executable: /.test(l));
      assert.deepEqual(complaints, [], `systemd-analyze verify ${placement.main}:\n${r.output}`);
    },
  },
};

const files: Record<SnippetLanguage, string> = {
  'systemd-unit-file': 'snippets/systemd.json',
  keepalived: 'snippets/keepalived.json',
  haproxy: 'snippets/haproxy.json',
};

let n = 0;
for (const [language, path] of Object.entries(files) as [SnippetLanguage, string][]) {
  const { tool, check } = checks[language];
  describe(`${language} snippets with ${tool}`, { skip: which(tool) ? false : `${tool} is not installed` }, () => {
    for (const [name, def] of Object.entries(readJson<Record<string, SnippetDefinition>>(path))) {
      for (const v of variants(bodyText(def))) {
        it(`${name} (${v.label})`, () => {
          const dir = join(root, `${++n}`);
          mkdirSync(dir, { recursive: true });
          check(placeSnippet(language, name, v.text), dir);
        });
      }
    }
  });
}
