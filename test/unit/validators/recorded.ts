// Recorded outputs of the real tools (test/unit/validators/recorded/*.out, made by running systemd-analyze 252,
// haproxy 2.6 and keepalived 2.2.7 on the sample files next to them, staged under /tmp/haconf-rec/) and a
// workspace holding those samples, so the parsers and the line mapping run without the tools.
import * as fs from 'fs';
import * as path from 'path';
import { detectLanguage } from '../../../server/src/service/detect';
import type { LanguageId } from '../../../server/src/service/types';
import type { StagedPaths } from '../../../server/src/node/validators/types';
import { newService } from '../helpers';

export const RECORDED = path.join(__dirname, 'recorded');
export const STAGE = '/tmp/haconf-rec';

export const uriOf = (name: string): string => `file:///ws/${name}`;

export function output(name: string): string {
  return fs.readFileSync(path.join(RECORDED, name), 'utf8');
}

/** The staged paths of a run over these sample files (the first is the one the tool was pointed at). */
export function staged(...names: string[]): StagedPaths {
  return { byPath: new Map(names.map((n) => [`${STAGE}/${n}`, uriOf(n)])), mainUri: uriOf(names[0]) };
}

/** A service whose workspace holds the sample files under file:///ws/. */
export function sampleWorkspace(...names: string[]) {
  const svc = newService();
  for (const n of names) {
    const text = fs.readFileSync(path.join(RECORDED, n), 'utf8');
    const lang: LanguageId = detectLanguage(n, text) ?? (n.endsWith('.cfg') ? 'haproxy' : 'keepalived');
    svc.workspace.upsertFromDisk(uriOf(n), lang, text);
  }
  return svc;
}
