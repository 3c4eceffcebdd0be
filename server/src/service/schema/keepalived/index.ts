// keepalived keyword knowledge: the tree, argument facts, descriptions and release handling.
export { ROOT, INCLUDE_NODE, ALL_NODES, nodesNamed, blockLabel, NEWEST_VERSION, OLDEST_VERSION } from './tree';
export type { KeywordNode, KeywordKind } from './tree';
export { argsOf, KEYWORD_ARGS, STATES, AUTH_TYPES, LVS_SCHEDULERS, LVS_METHODS, PROTOCOLS, SCOPES } from './args';
export type { ArgSpec, KeywordArgs } from './args';
export { describe, hasOwnDescription, MANPAGE_URL } from './describe';
export { isScriptKeyword } from './scripts';
export { reportedDeprecation } from './deprecations';
export { compareVersions, targetVersion, availableIn } from './version';
