// Settings without which systemd refuses to load a unit, and the service combinations it refuses.
import type { Range } from 'vscode-languageserver-types';
import type { SdTree } from '../../parser/systemd/tree';
import type { DiagnosticSink } from '../rules';
import { effectiveList, entriesOf, isTrue, lastValue } from './entries';

const SERVICE_TYPES = ['simple', 'exec', 'forking', 'oneshot', 'dbus', 'notify', 'notify-reload', 'idle'];
const TIMER_TRIGGERS = ['OnCalendar', 'OnActiveSec', 'OnBootSec', 'OnStartupSec', 'OnUnitActiveSec', 'OnUnitInactiveSec'];
const PATH_TRIGGERS = ['PathExists', 'PathExistsGlob', 'PathChanged', 'PathModified', 'DirectoryNotEmpty'];
const LISTENERS = ['ListenStream', 'ListenDatagram', 'ListenSequentialPacket', 'ListenFIFO', 'ListenNetlink', 'ListenSpecial', 'ListenMessageQueue', 'ListenUSBFunction'];

function anchor(tree: SdTree, section: string): Range {
  const s = tree.sections.find((x) => x.name === section) ?? tree.sections[0];
  return s ? s.nameRange : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function hasAny(tree: SdTree, section: string, keys: readonly string[]): boolean {
  return keys.some((k) => effectiveList(tree, section, k).length > 0);
}

/**
 * Whole-unit requirements. Skipped for drop-ins, empty (masked) files, unknown unit types and when `hasDropIns`
 * says other files of the workspace extend this unit.
 */
export function checkRequired(tree: SdTree, sink: DiagnosticSink, hasDropIns: boolean): void {
  if (tree.dropIn || !tree.unitType || tree.entries.length === 0 || hasDropIns) return;
  const missing = (msg: string, section: string) => sink.add('systemd-missing-required', anchor(tree, section), [msg]);
  switch (tree.unitType) {
    case 'service':
      return checkService(tree, sink, missing);
    case 'timer': {
      const clock = isTrue(lastValue(tree, 'Timer', 'OnClockChange')) || isTrue(lastValue(tree, 'Timer', 'OnTimezoneChange'));
      if (!hasAny(tree, 'Timer', TIMER_TRIGGERS) && !clock) {
        missing('This timer has no trigger (OnCalendar=, OnBootSec=, OnUnitActiveSec=, ...); systemd refuses to load it.', 'Timer');
      }
      return;
    }
    case 'path':
      if (!hasAny(tree, 'Path', PATH_TRIGGERS)) missing('This path unit watches nothing (PathExists=, PathChanged=, ...); systemd refuses to load it.', 'Path');
      return;
    case 'socket':
      if (!hasAny(tree, 'Socket', LISTENERS)) missing('This socket has no Listen*= setting (ListenStream=, ListenDatagram=, ...); systemd refuses to load it.', 'Socket');
      return;
    case 'mount':
      if (!lastValue(tree, 'Mount', 'What')) missing('This mount unit has no What=; systemd refuses to load it.', 'Mount');
      return;
    default:
      return;
  }
}

function checkService(tree: SdTree, sink: DiagnosticSink, missing: (msg: string, section: string) => void): void {
  const starts = effectiveList(tree, 'Service', 'ExecStart');
  const hasStop = effectiveList(tree, 'Service', 'ExecStop').length > 0;
  const successAction = (lastValue(tree, 'Unit', 'SuccessAction') ?? 'none') !== 'none';
  const busName = lastValue(tree, 'Service', 'BusName');
  // An invalid Type= line is ignored by systemd, which then picks the default.
  const typeValues = entriesOf(tree, 'Service', 'Type').map((e) => e.value).filter((v) => v === '' || SERVICE_TYPES.includes(v));
  const type = typeValues.pop() || (busName ? 'dbus' : starts.length ? 'simple' : 'oneshot');
  const remain = isTrue(lastValue(tree, 'Service', 'RemainAfterExit'));
  if (!starts.length && !hasStop && !successAction) {
    missing('This service has no ExecStart=, ExecStop= or SuccessAction=; systemd refuses to load it.', 'Service');
  } else if (type !== 'oneshot' && !starts.length) {
    missing(`ExecStart= is missing: only Type=oneshot services may go without it (this one is Type=${type}).`, 'Service');
  } else if (!starts.length && !remain && !successAction) {
    missing('A service without ExecStart= needs RemainAfterExit=yes or SuccessAction=; systemd refuses to load it.', 'Service');
  }
  if (type !== 'oneshot' && starts.length > 1) {
    for (const e of starts.slice(1)) sink.add('systemd-multiple-exec-start', e.keyRange, [], { data: { type } });
  }
  const restart = entriesOf(tree, 'Service', 'Restart').at(-1);
  if (type === 'oneshot' && restart && (restart.value === 'always' || restart.value === 'on-success')) {
    sink.add('systemd-oneshot-restart', restart.valueRange, [restart.value]);
  }
  if (type === 'dbus' && !busName) missing('Type=dbus needs BusName=; systemd refuses to load the service without it.', 'Service');
}
