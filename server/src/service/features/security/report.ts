// The security report of the service a document belongs to (its unit file plus drop-ins from the workspace).
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../types';
import { collectSecurityInfo } from './collect';
import { assessSecurity, SecurityReport } from './score';
import { unitFilesOf } from './unitFiles';

/** Score one service from its unit file tree and drop-in trees (in the order systemd applies them). */
export function scoreUnit(unitName: string, trees: readonly SdTree[]): SecurityReport {
  return assessSecurity(collectSecurityInfo(unitName, trees));
}

/** The report of the service `doc` belongs to (a unit file or one of its drop-ins); undefined when not a service. */
export function securityReport(doc: ParsedDocument<SdTree>, ctx: ServiceContext): SecurityReport | undefined {
  const s = serviceTrees(doc, ctx);
  return s && scoreUnit(s.unit, s.trees);
}

/** The unit name and the trees of the unit file and its drop-ins, in order; undefined when `doc` is no service. */
export function serviceTrees(doc: ParsedDocument<SdTree>, ctx: ServiceContext): { unit: string; trees: SdTree[] } | undefined {
  if (doc.tree.unitType !== 'service') return undefined;
  const files = unitFilesOf(doc, ctx.workspace);
  return { unit: files.unit, trees: [...(files.main ? [files.main.tree] : []), ...files.dropIns.map((d) => d.tree)] };
}
