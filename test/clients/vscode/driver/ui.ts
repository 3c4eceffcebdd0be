// UI smoke test: the packaged extension installed in code-server, driven like a user through the
// workbench. Per language: open the file, see its language in the status bar, see a squiggle and apply
// its quick fix with Ctrl+., show a hover with Ctrl+K Ctrl+I, type, trigger completion with
// Ctrl+Space and accept a suggestion. Screenshots go to test-results/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { stopOnSignal } from './cleanup';
import { startCodeServer } from './codeServer';
import type { Outcome } from './results';
import { UI_CASES, UiCase } from './uiCases';
import { Workbench } from './workbench';

export interface UiOptions {
  entry: string;
  vsix: string;
  /** Repository root; screenshots go to <root>/test-results/. */
  root: string;
  verbose: boolean;
}

type Step = (wb: Workbench, c: UiCase) => Promise<void>;

const STEPS: [string, Step][] = [
  ['opens with its language in the status bar', async (wb, c) => {
    await wb.openFile(c.file);
    await wb.expectLanguage(c.languageName);
  }],
  ['shows a squiggle and applies its quick fix', async (wb, c) => {
    await wb.expectSquiggle();
    await wb.goTo(c.typo.line, c.typo.column);
    await wb.shot(`${c.key}-1-squiggle`);
    await wb.applyQuickFix(c.typo.line, c.typo.fixTitle, `${c.key}-2-quickfix-menu`);
    await wb.expectLineText(c.typo.line, c.typo.fixedLine);
  }],
  ['shows a hover', async (wb, c) => {
    await wb.goTo(c.hover.line, c.hover.column);
    await wb.showHover(c.hover.expect);
    await wb.shot(`${c.key}-3-hover`);
    await wb.page.keyboard.press('Escape');
  }],
  ['completes what is typed (suggestion listed and accepted)', async (wb, c) => {
    await wb.goTo(c.type.line, 1);
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type(c.type.text, { delay: 20 });
    await wb.suggest(c.type.expect);
    await wb.shot(`${c.key}-4-completion`);
    await wb.acceptSuggestion(c.type.expect);
    await wb.expectLineText(c.type.line + 1, c.type.expect);
  }],
];

function writeWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'haconf-ui-ws-'));
  for (const c of UI_CASES) writeFileSync(join(ws, c.file), c.text);
  return ws;
}

export async function runUiSmokeTest(opts: UiOptions): Promise<Outcome[]> {
  const shots = join(opts.root, 'test-results');
  mkdirSync(shots, { recursive: true });
  const ws = writeWorkspace();
  const forgetWorkspace = stopOnSignal(() => rmSync(ws, { recursive: true, force: true }));
  const server = await startCodeServer({ entry: opts.entry, install: [opts.vsix], folder: ws });
  const browser = await launchBrowser();
  const outcomes: Outcome[] = [];
  try {
    const page: Page = await browser.context.newPage();
    if (opts.verbose) page.on('console', (m) => console.log(`    [page] ${m.text()}`));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    const wb = new Workbench(page, shots);
    await wb.ready();
    for (const c of UI_CASES) {
      let broken = false;
      for (const [i, [name, step]] of STEPS.entries()) {
        const full = `${c.languageName}: ${c.file} ${name}`;
        if (broken) {
          outcomes.push({ name: full, ok: false, detail: 'skipped: an earlier step on this file failed' });
          continue;
        }
        try {
          await step(wb, c);
          outcomes.push({ name: full, ok: true });
        } catch (err) {
          broken = i === 0; // the later steps need the file open; otherwise they go on

          await wb.shot(`${c.key}-failed`).catch(() => undefined);
          outcomes.push({ name: full, ok: false, detail: (err as Error).message.split('\n')[0] });
        }
      }
      await wb.closeAll();
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(ws, { recursive: true, force: true });
    forgetWorkspace();
  }
  return outcomes;
}
