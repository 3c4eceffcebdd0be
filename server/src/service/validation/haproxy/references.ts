// Names across the config: duplicate proxies, undefined backends/ACLs/defaults, mode mismatch, unused backends.
import type { Location } from 'vscode-languageserver-types';
import { didYouMean } from '../../text';
import type { HaproxyTree, NameSite } from '../../parser/haproxy/index';
import { modelOf } from '../../parser/haproxy/index';
import { type CheckEnv, suggestion, wordRange } from './env';
import { summariesOf } from './summary';
import { workspaceNames } from './workspaceNames';

/** ACL names haproxy predefines (configuration.txt, "Pre-defined ACLs"). */
export const PREDEFINED_ACLS: ReadonlySet<string> = new Set([
  'FALSE', 'HTTP', 'HTTP_1.0', 'HTTP_1.1', 'HTTP_2.0', 'HTTP_3.0', 'HTTP_CONTENT', 'HTTP_URL_ABS', 'HTTP_URL_SLASH',
  'HTTP_URL_STAR', 'LOCALHOST', 'METH_CONNECT', 'METH_DELETE', 'METH_GET', 'METH_HEAD', 'METH_OPTIONS', 'METH_POST',
  'METH_PUT', 'METH_TRACE', 'RDP_COOKIE', 'REQ_CONTENT', 'TRUE', 'WAIT_END',
]);

const FE_CAP = new Set(['frontend', 'listen']);
const BE_CAP = new Set(['backend', 'listen']);

export function checkReferences(env: CheckEnv): void {
  duplicateProxies(env);
  const ws = workspaceNames(env.ctx, env.uri, env.tree);
  const summaries = summariesOf(env.tree, env.k.server);
  const localBackends = new Map<string, number>();
  env.tree.sections.forEach((s, i) => {
    if (BE_CAP.has(s.kind) && s.name && !localBackends.has(s.name.text)) localBackends.set(s.name.text, i);
  });
  for (const ref of env.model.refs) {
    if (ref.kind === 'backend') checkBackendRef(env, ref, ws.backends, summaries, localBackends);
    else if (ref.kind === 'acl') checkAclRef(env, ref);
    else if (ref.kind === 'defaults') checkDefaultsRef(env, ref);
  }
  for (const def of env.model.defs) {
    if (def.kind !== 'backend' || env.tree.sections[def.scope].kind !== 'backend') continue;
    if (!ws.referencedBackends.has(def.name) && !ws.dynamicSwitching) env.sink.add('haproxy-unused-backend', wordRange(def.line, def.word), [def.name]);
  }
}

function duplicateProxies(env: CheckEnv): void {
  const seen = new Map<string, number[]>();
  env.tree.sections.forEach((s, i) => {
    if (!s.name || !(FE_CAP.has(s.kind) || BE_CAP.has(s.kind))) return;
    const list = seen.get(s.name.text) ?? [];
    for (const j of list) {
      const o = env.tree.sections[j];
      const clash = (FE_CAP.has(s.kind) && FE_CAP.has(o.kind)) || (BE_CAP.has(s.kind) && BE_CAP.has(o.kind));
      if (!clash) continue;
      env.sink.add('haproxy-duplicate-proxy', wordRange(s.header.line, s.name), [s.kind, s.name.text, o.kind, String(o.header.line + 1)], {
        related: [{ location: { uri: env.uri, range: wordRange(o.header.line, o.name ?? o.header.words[0]) }, message: 'first declared here' }],
      });
      break;
    }
    list.push(i);
    seen.set(s.name.text, list);
  });
}

function checkBackendRef(
  env: CheckEnv,
  ref: NameSite,
  backends: Map<string, Location>,
  summaries: ReturnType<typeof summariesOf>,
  localBackends: Map<string, number>,
): void {
  const section = env.tree.sections[ref.scope];
  if (section.kind === 'defaults') return;
  const target = backends.get(ref.name);
  if (!target) {
    const guesses = didYouMean(ref.name, backends.keys());
    env.sink.add('haproxy-undefined-backend', wordRange(ref.line, ref.word), [ref.name, suggestion(guesses)], {
      data: { name: ref.name, replacements: guesses },
    });
    return;
  }
  if (target.uri !== env.uri) return;
  const fe = summaries.get(ref.scope);
  const beIndex = localBackends.get(ref.name);
  const be = beIndex === undefined ? undefined : summaries.get(beIndex);
  if (fe && be && fe.mode === 'http' && be.mode === 'tcp' && section.kind !== 'backend') {
    env.sink.add('haproxy-mode-mismatch', wordRange(ref.line, ref.word), ['http', section.name?.text ?? '', 'tcp', ref.name]);
  }
}

/**
 * The ACL names a proxy can use, with the line of their first declaration: its own (usable only after that
 * line, as haproxy resolves names while it reads) and those of the defaults chain (line -1: usable anywhere).
 */
function aclsVisible(tree: HaproxyTree, scope: number): Map<string, number> {
  const model = modelOf(tree);
  const names = new Map<string, number>();
  let at: number | undefined = scope;
  for (let hops = 0; at !== undefined && hops < 64; hops++) {
    for (const d of tree.sections[at].directives) {
      if (d.keyword === 'acl' && d.words[1] && !names.has(d.words[1].text)) names.set(d.words[1].text, at === scope ? d.line : -1);
    }
    at = model.byIndex.get(at)?.defaults;
  }
  return names;
}

const aclCache = new WeakMap<HaproxyTree, Map<number, Map<string, number>>>();

function checkAclRef(env: CheckEnv, ref: NameSite): void {
  if (PREDEFINED_ACLS.has(ref.name)) return;
  let perScope = aclCache.get(env.tree);
  if (!perScope) aclCache.set(env.tree, (perScope = new Map()));
  let visible = perScope.get(ref.scope);
  if (!visible) perScope.set(ref.scope, (visible = aclsVisible(env.tree, ref.scope)));
  if (ref.word.env) return;
  const declared = visible.get(ref.name);
  if (declared !== undefined && declared >= 0 && env.badAclLines.has(declared) && allDeclarationsBad(env, ref)) {
    env.sink.add('haproxy-undefined-acl', wordRange(ref.line, ref.word), [ref.name, ''], {
      message: `ACL '${ref.name}' does not exist: its declaration on line ${declared + 1} uses an unknown fetch.`,
    });
    return;
  }
  if (declared !== undefined && declared < ref.line) return;
  if (declared !== undefined) {
    env.sink.add('haproxy-undefined-acl', wordRange(ref.line, ref.word), [ref.name, ''], {
      message: `ACL '${ref.name}' is used before its declaration on line ${declared + 1}; haproxy needs it declared first.`,
    });
    return;
  }
  const guesses = didYouMean(ref.name, visible.keys());
  env.sink.add('haproxy-undefined-acl', wordRange(ref.line, ref.word), [ref.name, suggestion(guesses)], {
    data: guesses.length ? { replacements: guesses, word: ref.name } : undefined,
  });
}

/** Every declaration of the ACL before the reference, in its proxy, was refused: the ACL does not exist there. */
function allDeclarationsBad(env: CheckEnv, ref: NameSite): boolean {
  return env.tree.sections[ref.scope].directives.every(
    (d) => d.keyword !== 'acl' || d.words[1]?.text !== ref.name || d.line >= ref.line || env.badAclLines.has(d.line),
  );
}

function checkDefaultsRef(env: CheckEnv, ref: NameSite): void {
  const found = env.model.defs.some((d) => d.kind === 'defaults' && d.name === ref.name && d.line < ref.line);
  if (!found) env.sink.add('haproxy-undefined-defaults', wordRange(ref.line, ref.word), [ref.name]);
}
