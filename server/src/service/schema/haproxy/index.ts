// Public surface of the haproxy schema.
export { knowledgeFor, HaproxyKnowledge, FactSet } from './knowledge';
export type { ProxyKeyword } from './knowledge';
export { HAPROXY_VERSIONS, NEWEST_LTS, resolveVersion, versionName, describeMask } from './versions';
export { proxyKeyOf, keyOf, keysOf, baseName, RULE_SETS } from './classify';
export type { KeyOf } from './classify';
export * from './values';
export { aclCriterion, MATCH_METHODS } from './aclMatch';
export type { AclCriterion } from './aclMatch';
