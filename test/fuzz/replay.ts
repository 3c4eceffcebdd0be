// Replays one input saved by a long fuzzing run: `node --import tsx test/fuzz/replay.ts /tmp/haconf-fuzz/N-….txt`.
// Prints the problems found again and, when formatting was involved, the text before and after formatting.
import * as fs from 'fs';
import { createLanguageService } from '../../server/src/service/languageService';
import { LineIndex } from '../../server/src/service/text';
import type { LanguageId } from '../../server/src/service/types';
import type { FuzzPosition } from './arbitraries';
import { applyEdits, exercise } from './exercise';

const file = process.argv[2];
if (!file) {
  console.error('usage: replay.ts /tmp/haconf-fuzz/<case>.txt');
  process.exit(2);
}
const raw = fs.readFileSync(file, 'utf8');
const nl = raw.indexOf('\n');
const head = JSON.parse(raw.slice(0, nl)) as { name: string; where: FuzzPosition; problem: { feature: string } };
const text = raw.slice(nl + 1);
const language = (/-(systemd-unit-file|keepalived|haproxy)-/.exec(file)?.[1] ?? 'haproxy') as LanguageId;
const doc = { language, name: head.name, text };
console.log(JSON.stringify(exercise(doc, head.where), null, 2));
if (head.problem.feature === 'format') {
  const service = createLanguageService();
  const edits = service.format({ uri: `file:///replay/${head.name}`, text, languageId: language }, { tabSize: 4, insertSpaces: true });
  console.log(`--- before (${JSON.stringify(head.name)}) ---\n${text}\n--- after ${edits.length} edit(s) ---\n${applyEdits(new LineIndex(text), edits)}`);
}
