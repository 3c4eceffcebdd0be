// Public surface of the haproxy parser.
export { parseHaproxy, splitLines } from './parser';
export { lexLine } from './lexer';
export * from './types';
