// Public surface of the haproxy parser.
export { parseHaproxy, splitLines } from './parser';
export { lexLine } from './lexer';
export * from './types';
export { modelOf, sectionAt, isStaticName } from './model';
export type { HaproxyModel, NameKind, NameSite, ProxyInfo } from './model';
