// Stages the files of a run in a private temp folder (the tools never see the workspace copies, and
// keepalived/haproxy never write next to the user's files), and removes it afterwards.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RunPlan } from './plan';
import type { StagedPaths } from './types';

export interface Staged extends StagedPaths {
  readonly args: string[];
  cleanup(): void;
}

export function stage(plan: RunPlan): Staged {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-validate-'));
  const byPath = new Map<string, string>();
  const pathOf = new Map<string, string>();
  for (const f of plan.files) {
    const p = path.join(dir, f.rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, f.text, { mode: 0o600 });
    byPath.set(p, f.uri);
    pathOf.set(f.rel, p);
  }
  const args = plan.args.map((a) => (/^\{.+\}$/.test(a) ? (pathOf.get(a.slice(1, -1)) ?? a) : a));
  return { byPath, mainUri: plan.mainUri, args, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
