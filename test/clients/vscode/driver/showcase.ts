// Screenshots of a running `npm run try` workbench: for each file of try-me/, a diagnostic (its hover
// with the quick-fix link), a keyword's hover, and completion. Changes nothing on disk (undoes its typing).
// Usage: node --import tsx test/clients/vscode/driver/showcase.ts <url printed by try.sh> [outdir]
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from './browser';
import { Outcome, printOutcome } from './results';
import { Workbench } from './workbench';

interface Shot {
  key: string;
  file: string;
  typo: string;
  hoverWord: string;
  /** Typed on a new line after the first line holding `after`. */
  after: string;
  type: string;
  expect: string;
}

const SHOTS: Shot[] = [
  { key: 'systemd', file: 'web.service', typo: 'Restrat', hoverWord: 'ExecStart', after: 'RestartSec', type: 'TimeoutSto', expect: 'TimeoutStopSec' },
  { key: 'keepalived', file: 'keepalived.conf', typo: 'virtual_routr_id', hoverWord: 'priority', after: 'advert_int', type: 'nopree', expect: 'nopreempt' },
  { key: 'haproxy', file: 'haproxy.cfg', typo: 'balanc', hoverWord: 'timeout', after: 'app2', type: 'retri', expect: 'retries' },
];

async function position(wb: Workbench, word: string): Promise<{ line: number; column: number }> {
  const lines = await wb.lines();
  const line = lines.findIndex((l) => !l.trimStart().startsWith('#') && new RegExp(`\\b${word}\\b`).test(l));
  if (line < 0) throw new Error(`"${word}" is not on screen`);
  return { line: line + 1, column: lines[line].search(new RegExp(`\\b${word}\\b`)) + 2 };
}

async function showcase(wb: Workbench, s: Shot): Promise<void> {
  await wb.expectSquiggle();
  const typo = await position(wb, s.typo);
  await wb.goTo(typo.line, typo.column);
  await wb.showHover(s.typo);
  await wb.shot(`try-${s.key}-diagnostic`);
  await wb.page.keyboard.press('Escape');
  const word = await position(wb, s.hoverWord);
  await wb.goTo(word.line, word.column);
  await wb.showHover(s.hoverWord);
  await wb.shot(`try-${s.key}-hover`);
  await wb.page.keyboard.press('Escape');
  const after = await position(wb, s.after);
  await wb.goTo(after.line, 1);
  await wb.page.keyboard.press('End');
  await wb.page.keyboard.press('Enter');
  await wb.page.keyboard.type(s.type, { delay: 20 });
  await wb.suggest(s.expect);
  await wb.shot(`try-${s.key}-completion`);
  await wb.page.keyboard.press('Escape');
}

/** Opens `url` and takes the screenshots into `dir`; one outcome per language. */
export async function runShowcase(url: string, dir: string): Promise<Outcome[]> {
  mkdirSync(dir, { recursive: true });
  const browser = await launchBrowser();
  const outcomes: Outcome[] = [];
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    const wb = new Workbench(page, dir);
    await wb.ready();
    for (const s of SHOTS) {
      const name = `${s.file}: diagnostic, hover and completion on screen (vscode-try-${s.key}-*.png)`;
      let original: readonly string[] | undefined;
      try {
        await wb.openFile(`try-me/${s.file}`, s.file);
        original = await wb.lines();
        await showcase(wb, s);
        outcomes.push({ name, ok: true });
      } catch (err) {
        await wb.shot(`try-${s.key}-failed`);
        outcomes.push({ name, ok: false, detail: (err as Error).message.split('\n')[0] });
      } finally {
        if (original) await wb.undoTo(original);
      }
    }
  } finally {
    await browser.close();
  }
  return outcomes;
}

if (require.main === module) {
  const [url, out = 'test-results'] = process.argv.slice(2);
  if (!url) throw new Error('usage: showcase.ts <url> [outdir]');
  runShowcase(url, resolve(out)).then(
    (outcomes) => {
      outcomes.forEach((o) => printOutcome('try', o));
      process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.stack : err);
      process.exit(1);
    },
  );
}
