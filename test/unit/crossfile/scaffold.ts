// Writes the scaffolded stack (default answers, and with a database) to a temp folder, as `haconf scaffold --out` does.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkAnswers, generateStack } from '../../../server/src/service/features/scaffold/index';

export function scaffoldFiles(raw: Record<string, unknown> = {}): { dir: string; cleanup: () => void } {
  const check = checkAnswers(raw);
  if (!check.answers) throw new Error(`scaffold answers rejected: ${check.errors.join('; ')}`);
  let n = 0;
  const files = generateStack(check.answers, (count) => Uint8Array.from({ length: count }, () => (n = (n * 31 + 7) & 255)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-scaffold-'));
  for (const f of files) {
    const p = path.join(dir, f.path);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, f.content, { mode: f.mode });
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
