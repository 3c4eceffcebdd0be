// The dialect registry: language id -> dialect.
import type { Dialect, LanguageId } from '../types';
import { systemdDialect } from './systemd';
import { haproxyDialect } from './haproxy';
import { keepalivedDialect } from './keepalived';

const DIALECTS: Record<LanguageId, Dialect<any>> = {
  'systemd-unit-file': systemdDialect,
  haproxy: haproxyDialect,
  keepalived: keepalivedDialect,
};

export function dialectFor(language: LanguageId): Dialect<unknown> {
  return DIALECTS[language];
}
