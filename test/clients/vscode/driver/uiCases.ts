// The three files of the UI smoke test: the shared samples with their one misspelt keyword (which the
// real validator reports too). Lines and columns are 1-based, as Ctrl+G takes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bad, HAPROXY, KEEPALIVED, locate, Sample, UNIT } from '../samples';

export interface UiCase {
  /** Short name for screenshots. */
  readonly key: string;
  readonly languageId: string;
  /** The name the status bar shows (the language's first alias in the manifest). */
  readonly languageName: string;
  readonly file: string;
  readonly text: string;
  readonly typo: { line: number; column: number; fixTitle: string; fixedLine: string };
  readonly hover: { line: number; column: number; expect: string };
  /** Typed on a new line after `line`; completion must then list `expect`. */
  readonly type: { line: number; text: string; expect: string };
}

type CaseData = Omit<UiCase, 'languageName' | 'text' | 'typo' | 'hover' | 'type'> & {
  sample: Sample;
  /** Word to hover over, and what the hover must mention. */
  hoverWord: string;
  /** Typed on a new line after the line holding `after`. */
  type: { after: string; text: string; expect: string };
};

const DATA: CaseData[] = [
  {
    key: 'systemd',
    languageId: 'systemd-unit-file',
    file: 'web.service',
    sample: UNIT,
    hoverWord: 'ExecStart',
    type: { after: UNIT.wrong, text: 'TimeoutSto', expect: 'TimeoutStopSec' },
  },
  {
    key: 'keepalived',
    languageId: 'keepalived',
    file: 'keepalived.conf',
    sample: KEEPALIVED,
    hoverWord: 'priority',
    type: { after: 'advert_int', text: 'nopree', expect: 'nopreempt' },
  },
  {
    key: 'haproxy',
    languageId: 'haproxy',
    file: 'haproxy.cfg',
    sample: HAPROXY,
    hoverWord: 'mode',
    type: { after: 'app1', text: 'retri', expect: 'retries' },
  },
];

interface ManifestLanguage {
  id: string;
  aliases?: string[];
}

function languageNames(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as {
    contributes?: { languages?: ManifestLanguage[] };
  };
  return new Map((manifest.contributes?.languages ?? []).map((l) => [l.id, l.aliases?.[0] ?? l.id]));
}

function toCase(d: CaseData, names: Map<string, string>): UiCase {
  const text = bad(d.sample);
  const typoAt = locate(text, d.sample.wrong);
  const hoverAt = locate(text, d.hoverWord);
  const fixedLine = text.split('\n')[typoAt.line].replace(d.sample.wrong, d.sample.right).trim();
  return {
    key: d.key,
    languageId: d.languageId,
    languageName: names.get(d.languageId) ?? d.languageId,
    file: d.file,
    text,
    typo: { line: typoAt.line + 1, column: typoAt.character + 2, fixTitle: d.sample.right, fixedLine },
    hover: { line: hoverAt.line + 1, column: hoverAt.character + 2, expect: d.hoverWord },
    type: { line: locate(text, d.type.after).line + 1, text: d.type.text, expect: d.type.expect },
  };
}

const names = languageNames();
export const UI_CASES: readonly UiCase[] = DATA.map((d) => toCase(d, names));
