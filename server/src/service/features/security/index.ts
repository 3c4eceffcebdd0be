// Security exposure of service units, as `systemd-analyze security` (systemd 252) scores them, plus the code lens
// and the "Harden" quick fix built on it. Pure: everything comes from parsed trees in the workspace index.
export { scoreUnit, securityReport } from './report';
export type { CheckResult, ExposureRating, SecurityReport } from './score';
export { lensTitle, securityHover, securityLenses, securitySummary } from './lenses';
export type { SecurityLens } from './lenses';
export { hardenEdits, hardenPlan } from './harden';
export type { HardenPlan } from './harden';
export { classifyExecStart } from './hardenProfiles';
export { hardenCodeAction, securityCodeLenses, SHOW_SECURITY_COMMAND } from './actions';
