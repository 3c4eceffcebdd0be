// Helpers for the security tests: parse units through a fresh service so drop-ins are in its workspace index.
import type { SdTree } from '../../../server/src/service/parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../../server/src/service/types';
import { doc, newService } from '../helpers';

export interface Workspace {
  ctx: ServiceContext;
  add(path: string, text: string): ParsedDocument<SdTree>;
}

export function workspace(): Workspace {
  const service = newService();
  const ctx: ServiceContext = { settings: service.settings, workspace: service.workspace, docsBase: 'file:///docs/rules/', hostVersions: {} };
  return {
    ctx,
    add(path, text) {
      const parsed = service.parse(doc(`file://${path}`, text, 'systemd-unit-file'));
      if (!parsed) throw new Error(`not parsed: ${path}`);
      return parsed as ParsedDocument<SdTree>;
    },
  };
}
