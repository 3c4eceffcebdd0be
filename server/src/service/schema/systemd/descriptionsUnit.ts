// Our own descriptions of [Unit] conditions, assertions and less common [Unit] options (spread into DESCRIPTIONS).
// Facts checked against systemd.unit(5); see https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html
const CONDITIONS: Readonly<Record<string, string>> = {
  Architecture: 'Only start the unit on the given CPU architecture (x86-64, arm64, native, ...).',
  CPUFeature: 'Only start the unit if the CPU advertises the given feature flag (x86 only, e.g. avx2).',
  CPUPressure: 'Only start the unit if CPU pressure (PSI) is below the given percentage, optionally over a chosen averaging window and slice.',
  CPUs: 'Only start the unit if the number of usable CPUs compares as given (e.g. >=4).',
  ControlGroupController: 'Only start the unit if the listed cgroup controllers (or the v1/v2 hierarchy) are available.',
  Credential: 'Only start the unit if the service manager was passed a credential of this name.',
  Firmware: 'Only start the unit if the firmware matches, e.g. uefi, device-tree, or an SMBIOS field comparison.',
  Group: 'Only start the unit if the manager runs with the given group as primary or supplementary group.',
  IOPressure: 'Only start the unit if I/O pressure (PSI) is below the given percentage.',
  MachineTag: 'Only start the unit if the machine carries this tag (the TAGS= field of machine-info) (systemd 261+).',
  KernelModuleLoaded: 'Only start the unit if the named kernel module is loaded.',
  Fraction: 'Only start the unit on a stable pseudo-random share of machines, picked from the machine ID: an optional tag and a percentage such as rollout 30% (systemd 261+).',
  KernelVersion: 'Only start the unit if the running kernel release matches the comparison or glob.',
  Memory: 'Only start the unit if the amount of physical memory compares as given (e.g. >=2G).',
  MemoryPressure: 'Only start the unit if memory pressure (PSI) is below the given percentage.',
  OSRelease: 'Only start the unit if a field of os-release compares as given (e.g. ID=debian).',
  PathExistsGlob: 'Only start the unit if at least one path matches the glob pattern.',
  PathIsEncrypted: 'Only start the unit if the path lives on an encrypted block device (dm-crypt or similar).',
  PathIsReadWrite: 'Only start the unit if the path is on a file system mounted read-write.',
  PathIsSocket: 'Only start the unit if the path exists and is a socket (systemd 260+).',
  PathIsSymbolicLink: 'Only start the unit if the path is a symbolic link.',
  Version: 'Only start the unit if the version of the kernel, systemd or glibc compares as given.',
};

/** Checks whose Condition form is described in descriptions.ts; only the Assert form is added here. */
const ASSERT_ONLY = [
  'ACPower', 'Capability', 'DirectoryNotEmpty', 'Environment', 'FileIsExecutable', 'FileNotEmpty', 'FirstBoot', 'Host',
  'KernelCommandLine', 'NeedsUpdate', 'PathIsDirectory', 'PathIsMountPoint', 'Security', 'User', 'Virtualization',
];

/** Every Assert* behaves like its Condition* twin except that a failed check fails the start. */
function assertText(what: string): string {
  return `Like Condition${what}=, but when the check fails the start of the unit fails instead of being skipped.`;
}

function conditionsAndAsserts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [what, text] of Object.entries(CONDITIONS)) {
    out[`Condition${what}`] = text;
    if (what !== 'Firmware') out[`Assert${what}`] = assertText(what); // systemd has no AssertFirmware=
  }
  for (const what of ASSERT_ONLY) out[`Assert${what}`] = assertText(what);
  return out;
}

export const UNIT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  ...conditionsAndAsserts(),
  OnFailureIsolate: 'Old option replaced by OnFailureJobMode=isolate: queue the OnFailure= unit in isolate mode.',
  OnSuccessJobMode: 'Job mode used when queuing the OnSuccess= units.',
  SurviveFinalKillSignal: 'Keep the processes of this unit alive through the final kill pass at shutdown (for root-storage daemons and similar).',
  FailureActionExitStatus: 'Exit status handed to the manager (or container host) when FailureAction= exits or powers off.',
  SuccessActionExitStatus: 'Exit status handed to the manager (or container host) when SuccessAction= exits or powers off.',
  JobRunningTimeoutSec: 'Time limit for a job of this unit once it is running (not merely queued); JobTimeoutAction= runs when hit.',
  JobTimeoutRebootArgument: 'Argument for the reboot system call when JobTimeoutAction= reboots.',
  RequiresOverridable: 'Removed dependency type; systemd ignores it with a warning. Use Requires=.',
  RequisiteOverridable: 'Removed dependency type; systemd ignores it with a warning. Use Requisite=.',
  BindTo: 'Old spelling of BindsTo=.',
  PropagateReloadTo: 'Old spelling of PropagatesReloadTo=.',
  PropagateReloadFrom: 'Old spelling of ReloadPropagatedFrom=.',
};
