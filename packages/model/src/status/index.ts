export type { ConditionState, ControllerStatus } from './controller-status.ts';
export {
  CONDITION_CONFIGURED,
  CONDITION_MATCHED,
  CONDITION_READY,
  computeControllerStatus,
  configuredConditionState,
  matchedConditionState,
  orderConditions,
  REQUIRED_CONDITIONS,
  STATUS_OK,
} from './controller-status.ts';
export type { StatusHint } from './status-hints.ts';
export {
  HINT_PLACEHOLDER,
  hintForLine,
  hintsForMessage,
  NOT_RECONCILED_HINT,
  NOT_RECONCILED_LOCAL_HINT,
  STATUS_HINTS,
} from './status-hints.ts';
export type { InterpretOptions, StatusInterpretation, StatusView } from './interpret-status.ts';
export { interpretStatus, NOT_RECONCILED_LABEL } from './interpret-status.ts';
export { troubleshootingTable } from './troubleshooting-table.ts';
