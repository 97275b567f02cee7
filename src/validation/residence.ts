import type { InvalidParam } from './invalid-params.js';
import { type Body, commonSemantics, isObject, present } from './semantic.js';

/** The residence request's cross-field rules (docs/api.md "Errors"). */
export function residenceSemantics(body: Body, today: string): InvalidParam[] {
  const out = commonSemantics(body, today);
  if (present(body.humanitarianGround) && body.requestedPermit !== 'non-temporary-humanitarian') {
    out.push({ name: '/humanitarianGround', code: 'notAllowed' });
  }
  const applicant = body.applicant;
  if (
    isObject(applicant) &&
    present(applicant.dutchNationalityLoss) &&
    applicant.formerDutchNational !== true
  ) {
    out.push({ name: '/applicant/dutchNationalityLoss', code: 'notAllowed' });
  }
  return out;
}
