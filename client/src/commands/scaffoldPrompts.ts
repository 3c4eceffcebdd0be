// The questions of "haconf: New HA stack…": one quick pick or input box per parameter, defaults from the
// server (taken from the workspace's HA files when there are any), each value checked by the server as it
// is typed so an invalid address is refused on the spot.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ParamInfo, SCAFFOLD_CHECK_REQUEST } from './scaffoldProtocol';

/** Keys not asked interactively: the password is random unless passed as an argument. */
const NOT_ASKED = new Set(['authPass']);

/** Asked even in the short round; the others keep their defaults unless the user wants every question. */
const ESSENTIAL = new Set(['vip', 'interface', 'lbNodes', 'webNodes', 'appPort', 'healthPath', 'db', 'dbNodes']);

/** Asks the questions; undefined when the user cancels. */
export async function askAnswers(client: LanguageClient, params: ParamInfo[]): Promise<Record<string, string> | undefined> {
  const scope = await vscode.window.showQuickPick(
    [
      { label: 'Essential questions', description: 'addresses, nodes, port, health path, database; defaults for the rest', all: false },
      { label: 'All questions', description: 'also VRID, webhook, Pacemaker and target versions', all: true },
    ],
    { title: 'haconf: New HA stack', placeHolder: 'How many questions?', ignoreFocusOut: true },
  );
  if (!scope) return undefined;
  const asked = params.filter((p) => !NOT_ASKED.has(p.key) && (scope.all || ESSENTIAL.has(p.key)));
  const answers: Record<string, string> = {};
  // Defaults taken from the workspace count as answers even when their question is skipped.
  for (const p of params) if (p.fromWorkspace) answers[p.key] = p.defaultText;
  for (const [i, p] of asked.entries()) {
    if (p.key === 'dbNodes' && answers.db === 'none') continue;
    const title = `haconf: New HA stack (${i + 1}/${asked.length}): ${p.title}`;
    const value = p.choices ? await pick(p, title) : await input(client, p, title);
    if (value === undefined) return undefined;
    answers[p.key] = value;
  }
  return answers;
}

async function pick(p: ParamInfo, title: string): Promise<string | undefined> {
  const items = (p.choices ?? []).map((c) => ({ label: c, description: c === p.defaultText ? 'default' : undefined }));
  items.sort((a, b) => Number(b.label === p.defaultText) - Number(a.label === p.defaultText));
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: p.help, ignoreFocusOut: true });
  return chosen?.label;
}

async function input(client: LanguageClient, p: ParamInfo, title: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt: p.fromWorkspace ? `${p.help} (default taken from this workspace)` : p.help,
    value: p.defaultText,
    ignoreFocusOut: true,
    validateInput: async (value) => (await client.sendRequest<string | null>(SCAFFOLD_CHECK_REQUEST, { key: p.key, value })) ?? undefined,
  });
}
