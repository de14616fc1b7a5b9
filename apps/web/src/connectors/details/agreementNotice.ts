// How the console words the comparison of its own matching answer with the controller's.
import type { MatchingAgreement } from '@connector-console/model';

export interface AgreementNotice {
  variant: 'info' | 'warning';
  title: string;
}

const NOTICES: Record<MatchingAgreement, AgreementNotice> = {
  agree: { variant: 'info', title: 'The controller and the console agree' },
  'controller-only': { variant: 'warning', title: 'The controller sees a match the console does not' },
  'console-only': { variant: 'warning', title: 'The console sees a match the controller does not' },
  unknown: { variant: 'info', title: 'The controller’s view is not known yet' },
};

export function agreementNotice(agreement: MatchingAgreement): AgreementNotice {
  return NOTICES[agreement];
}
