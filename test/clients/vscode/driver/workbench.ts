// What a user does in the VS Code workbench, as playwright calls (selectors checked on VS Code 1.100).
// Every wait has a deadline and retries the user action, since the language server starts in the
// background.
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const SQUIGGLES = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning';

export class Workbench {
  constructor(
    readonly page: Page,
    private readonly shotDir: string,
  ) {}

  async ready(): Promise<void> {
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  }

  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(this.shotDir, `vscode-${name}.png`) });
  }

  private async quickInput(text: string): Promise<void> {
    await this.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
    await this.page.keyboard.type(text);
  }

  /** Quick Open (Ctrl+P): types `query` (default: the name) and opens the file called `name`. */
  async openFile(query: string, name = query): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.quickInput(query);
    await this.page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 10_000 });
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 10_000 });
    await this.page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: 10_000 });
  }

  async expectLanguage(name: string): Promise<void> {
    const status = this.page.locator('#status\\.editor\\.mode');
    await status.filter({ hasText: name }).waitFor({ timeout: 15_000 });
  }

  /**
   * Ctrl+Z until the editor shows `original` again, then waits until it is not dirty (VS Code for the
   * web saves after a delay by default, so the typing may already be on disk; this saves it back).
   */
  async undoTo(original: readonly string[]): Promise<void> {
    const same = async (): Promise<boolean> => (await this.lines()).join('\n') === original.join('\n');
    for (let i = 0; i < 50 && !(await same()); i++) await this.page.keyboard.press('Control+Z');
    if (!(await same())) throw new Error('the editor text differs from the original after 50 undos');
    await this.page.waitForSelector('.tab.active.dirty', { state: 'detached', timeout: 10_000 });
  }

  /** Moves the cursor with Ctrl+G `line:column` (both 1-based). */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.quickInput(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 5_000 });
  }

  /** Squiggles on `line` (1-based, of the visible lines): Monaco draws them in a per-line overlay div. */
  squigglesOn(line: number): Promise<number> {
    return this.page.evaluate(
      ([sel, n]) => {
        const tops = Array.from(document.querySelectorAll<HTMLElement>('.editor-instance .view-lines .view-line'))
          .map((e) => parseFloat(e.style.top) || 0)
          .sort((a, b) => a - b);
        const top = tops[n - 1];
        return Array.from(document.querySelectorAll<HTMLElement>(sel)).filter((e) => (parseFloat(e.parentElement?.style.top ?? '') || 0) === top).length;
      },
      [SQUIGGLES, line] as const,
    );
  }

  async expectSquiggle(): Promise<void> {
    await this.page.waitForSelector(SQUIGGLES, { timeout: 30_000 });
  }

  /**
   * Ctrl+. on `line` then picks the action whose title holds `title` (screenshot of the open menu:
   * `menuShot`); done when the line has no squiggle left.
   */
  async applyQuickFix(line: number, title: string, menuShot: string): Promise<void> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await this.retry(`a quick fix titled "${title}"`, 15_000, async () => {
      await this.page.keyboard.press('Control+.');
      await rows.filter({ hasText: title }).first().waitFor({ timeout: 2_000 });
    });
    await this.shot(menuShot);
    // Keyboard, as a user would: move the focus to the wanted action, then Enter.
    const focused = this.page.locator('.action-widget .monaco-list-row.action.focused');
    for (let i = 0; i < (await rows.count()) && !(await focused.filter({ hasText: title }).count()); i++) {
      await this.page.keyboard.press('ArrowDown');
    }
    if (!(await focused.filter({ hasText: title }).count())) throw new Error(`could not focus the quick fix "${title}"`);
    await this.page.keyboard.press('Enter');
    await this.retry(`line ${line} without a squiggle`, 15_000, async () => {
      const left = await this.squigglesOn(line);
      if (left > 0) {
        await new Promise((r) => setTimeout(r, 200));
        throw new Error(`${left} squiggle(s) left`);
      }
    });
  }

  /** The editor's visible lines, in order (enough for the short files of this test). */
  async lines(): Promise<string[]> {
    return this.page.$$eval('.editor-instance .view-lines .view-line', (els) =>
      els
        .map((e) => ({ top: parseFloat((e as HTMLElement).style.top) || 0, text: (e.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text),
    );
  }

  async expectLineText(line: number, text: string): Promise<void> {
    await this.retry(`line ${line} to read "${text}"`, 5_000, async () => {
      const got = (await this.lines())[line - 1] ?? '';
      if (!got.includes(text)) throw new Error(`line ${line} is "${got}"`);
    });
  }

  /** Ctrl+K Ctrl+I (show hover) until a hover holding `expect` appears. */
  async showHover(expect: string): Promise<void> {
    const hover = this.page.locator('.monaco-hover:not(.hidden)', { hasText: new RegExp(expect, 'i') });
    await this.retry(`a hover mentioning "${expect}"`, 15_000, async () => {
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
      await hover.first().waitFor({ timeout: 2_000 });
    });
    // Let the fade-in finish, so a screenshot shows the hover opaque.
    await hover
      .first()
      .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)))
      .catch(() => undefined);
  }

  /** Ctrl+Space until the suggest widget lists `label`. */
  async suggest(label: string): Promise<void> {
    const row = this.page.locator('.suggest-widget.visible .monaco-list-row', { hasText: label });
    await this.retry(`a suggestion "${label}"`, 15_000, async () => {
      await this.page.keyboard.press('Control+Space');
      await row.first().waitFor({ timeout: 2_000 });
    });
  }

  /** With the suggest widget open: moves the focus to the item labelled exactly `label`, then Enter. */
  async acceptSuggestion(label: string): Promise<void> {
    const focusedLabel = (): Promise<string> =>
      this.page
        .locator('.suggest-widget.visible .monaco-list-row.focused .label-name')
        .first()
        .textContent({ timeout: 2_000 })
        .then((t) => (t ?? '').trim());
    const rows = await this.page.locator('.suggest-widget.visible .monaco-list-row').count();
    for (let i = 0; i <= rows && (await focusedLabel()) !== label; i++) await this.page.keyboard.press('ArrowDown');
    if ((await focusedLabel()) !== label) throw new Error(`could not focus the suggestion "${label}"`);
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector('.suggest-widget.visible', { state: 'detached', timeout: 5_000 }).catch(() => undefined);
  }

  /** Saves and closes every editor (Ctrl+K S saves all, Ctrl+K W closes all). */
  async closeAll(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('S');
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+W');
    await this.page.waitForSelector('.tab', { state: 'detached', timeout: 10_000 }).catch(() => undefined);
  }

  private async retry(what: string, timeoutMs: number, attempt: () => Promise<void>): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        await attempt();
        return;
      } catch (err) {
        last = err;
        await this.page.keyboard.press('Escape');
      }
    }
    throw new Error(`no ${what} within ${timeoutMs / 1000} s (${(last as Error)?.message?.split('\n')[0] ?? 'never tried'})`);
  }
}
