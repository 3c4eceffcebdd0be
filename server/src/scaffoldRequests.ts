// LSP wiring of the scaffold's custom requests (haconf/scaffoldDefaults, haconf/scaffoldCheck,
// haconf/scaffold): forwards to the pure handlers, with crypto randomness for the VRRP password.
import { randomBytes } from 'node:crypto';
import type { Connection } from 'vscode-languageserver';
import type { LanguageService } from './service/languageService';
import { scaffold, scaffoldCheck, scaffoldDefaults } from './service/features/scaffold/requests';
import {
  SCAFFOLD_CHECK_REQUEST,
  SCAFFOLD_DEFAULTS_REQUEST,
  SCAFFOLD_REQUEST,
  ScaffoldCheckParams,
  ScaffoldParams,
  ScaffoldResult,
} from './service/features/scaffold/protocol';

export function registerScaffoldRequests(connection: Connection, service: LanguageService): void {
  connection.onRequest(SCAFFOLD_DEFAULTS_REQUEST, () => scaffoldDefaults(service.workspace.documents()));
  connection.onRequest(SCAFFOLD_CHECK_REQUEST, (p: ScaffoldCheckParams) => scaffoldCheck(p));
  connection.onRequest(SCAFFOLD_REQUEST, (p: ScaffoldParams): ScaffoldResult => {
    try {
      return scaffold(p, (n) => randomBytes(n));
    } catch (err) {
      connection.console.error(`haconf: scaffold failed: ${(err as Error)?.stack ?? err}`);
      return { files: [], errors: [`internal error: ${(err as Error)?.message ?? err}`], warnings: [] };
    }
  });
}
