// The keepalived parser's public face.
export { parseKeepalived } from './parser';
export type { KBrace, KBlock, KDefinition, KParseError, KParseErrorKind, KStatement, KStreamItem, KTree, KVarUse, KWord } from './types';
export { keywordOf } from './types';
export { namesOf } from './names';
export type { NameKind, NamedWord, TreeNames } from './names';
