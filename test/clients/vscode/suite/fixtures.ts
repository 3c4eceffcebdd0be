// One set of inputs per language, built on the shared samples (valid for the real validators, or
// invalid by one misspelt keyword that the validator reports too). `|` marks the caret.
import { bad, HAPROXY, KEEPALIVED, UNIT } from '../samples';

export { locate } from '../samples';

export interface LanguageCase {
  readonly languageId: 'systemd-unit-file' | 'keepalived' | 'haproxy';
  /** File name the fixture is saved under (detection is by name). */
  readonly file: string;
  /** Completion at the caret must offer `expectLabel`. */
  readonly completion: { readonly marked: string; readonly expectLabel: string };
  /** Hover at the caret must mention `expectWord` (case-insensitive). */
  readonly hover: { readonly marked: string; readonly expectWord: string };
  /** `bad` has `wrong` where `good` has `right`, once. */
  readonly typo: { readonly good: string; readonly bad: string; readonly wrong: string; readonly right: string };
  /** Document symbols of `text` must include these names (substring match, any depth). */
  readonly symbols: { readonly text: string; readonly names: readonly string[] };
  /** A valid but untidy text that formatting must change, keeping every non-space character. */
  readonly untidy: string;
}

export const CASES: readonly LanguageCase[] = [
  {
    languageId: 'systemd-unit-file',
    file: 'haconf-web.service',
    completion: { marked: '[Unit]\nDescription=x\n\n[Service]\nExecStart=/usr/bin/true\nRest|\n', expectLabel: 'Restart' },
    hover: { marked: '[Service]\nExecStart=/usr/bin/true\nRes|tart=always\n', expectWord: 'restart' },
    typo: { good: UNIT.good, bad: bad(UNIT), wrong: UNIT.wrong, right: UNIT.right },
    symbols: { text: UNIT.good, names: ['Unit', 'Service', 'Install'] },
    untidy: '[Unit]\nDescription=Example web service   \n\n\n\n[Service]\n   ExecStart=/usr/bin/true\nRestart=always  \n',
  },
  {
    languageId: 'keepalived',
    file: 'keepalived.conf',
    completion: { marked: 'vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_rou|\n}\n', expectLabel: 'virtual_router_id' },
    hover: { marked: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_rou|ter_id 51\n}\n', expectWord: 'virtual_router_id' },
    typo: { good: KEEPALIVED.good, bad: bad(KEEPALIVED), wrong: KEEPALIVED.wrong, right: KEEPALIVED.right },
    symbols: { text: KEEPALIVED.good, names: ['VI_1'] },
    untidy: KEEPALIVED.good.split('\n').map((l) => l.trimStart()).join('\n'),
  },
  {
    languageId: 'haproxy',
    file: 'haproxy.cfg',
    completion: { marked: 'defaults\n    mode http\n\nbackend be_app\n    bal|\n', expectLabel: 'balance' },
    hover: { marked: 'backend be_app\n    bal|ance roundrobin\n', expectWord: 'balance' },
    typo: { good: HAPROXY.good, bad: bad(HAPROXY), wrong: HAPROXY.wrong, right: HAPROXY.right },
    symbols: { text: HAPROXY.good, names: ['fe_http', 'be_app'] },
    untidy: HAPROXY.good.split('\n').map((l) => l.trimStart()).join('\n'),
  },
];
