// Seed documents for fuzzing: the shared samples, test/fixtures and, when built, the real-file corpus.
import * as fs from 'fs';
import * as path from 'path';
import { detectLanguage } from '../../server/src/service/detect';
import type { LanguageId } from '../../server/src/service/types';

export interface Seed {
  language: LanguageId;
  /** A path-like name that detect.ts recognises, used to build the document's uri. */
  name: string;
  text: string;
}

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.HACONF_CORPUS ?? '/tmp/haconf-corpus';
const MAX_SEED_BYTES = 256 * 1024;

function* files(dir: string, depth = 0): Generator<string> {
  if (depth > 8 || !fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p, depth + 1);
    else if (e.isFile()) yield p;
  }
}

/** Every seed, grouped by language; `perLanguage` caps how many corpus files are read (spread evenly). */
export function loadSeeds(perLanguage = 60): Record<LanguageId, Seed[]> {
  const out: Record<LanguageId, Seed[]> = { 'systemd-unit-file': [], haproxy: [], keepalived: [] };
  const add = (file: string, forced?: LanguageId): void => {
    if (fs.statSync(file).size > MAX_SEED_BYTES) return;
    const text = fs.readFileSync(file, 'utf8');
    const language = forced ?? detectLanguage(file, text);
    if (!language) return;
    const rel = path.relative(ROOT, file);
    out[language].push({ language, name: forced ? nameFor(language, path.basename(file)) : rel, text });
  };
  for (const f of files(path.join(ROOT, 'test', 'protocol', 'samples'))) add(f);
  for (const f of files(path.join(ROOT, 'test', 'fixtures'))) add(f);
  const dirs: Array<[string, LanguageId]> = [['systemd', 'systemd-unit-file'], ['haproxy', 'haproxy'], ['keepalived', 'keepalived']];
  for (const [dir, language] of dirs) {
    const all = [...files(path.join(CORPUS, 'valid', dir))].sort();
    const step = Math.max(1, Math.floor(all.length / perLanguage));
    for (let i = 0; i < all.length && i / step < perLanguage; i += step) add(all[i], language);
  }
  return out;
}

/** A file name detect.ts maps to `language`, keeping a unit's own suffix (corpus units keep their names). */
export function nameFor(language: LanguageId, base: string): string {
  if (language === 'haproxy') return `haproxy/${base.endsWith('.cfg') ? base : 'haproxy.cfg'}`;
  if (language === 'keepalived') return `keepalived/${base.endsWith('.conf') ? base : 'keepalived.conf'}`;
  return /\.(service|socket|timer|target|path|mount|automount|swap|slice|scope|device)$/.test(base) ? `units/${base}` : 'units/fuzz.service';
}
