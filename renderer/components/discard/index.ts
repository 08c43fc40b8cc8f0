export { useDiscardGuard, type DiscardGuard } from './use-discard-guard';
export { DiscardPrompt } from './DiscardPrompt';
export { LeaveGuard } from './LeaveGuard';
export { askBeforeLeaving, useUnsavedChanges } from './unsaved-changes';
export { useFormDirty, useGuardedCancel } from './discard-context';
