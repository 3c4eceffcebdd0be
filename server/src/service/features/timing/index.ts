// Failover timing (pure): keepalived VRRP detection, HAProxy server checks, systemd restarts, and the stack view.
export type { Timed } from './timed';
export { fmt } from './timed';
export { masterDown, vrrpTimings } from './keepalived';
export type { InstanceTiming, ScriptTiming } from './keepalived';
export { haproxyTime, serverTimings } from './haproxy';
export type { ServerTiming } from './haproxy';
export { timeSpan, unitTiming } from './unit';
export type { UnitTiming } from './unit';
export { budgetSeconds, stackSummary, TARGETS } from './stack';
export type { Budget, FailurePath, StackInput, StackSummary } from './stack';
export { stackMarkdown } from './summary';
export { haproxyTimingHover, keepalivedTimingHover, unitTimingHover, workspaceStack } from './hover';
