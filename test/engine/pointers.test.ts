import { describe, expect, it } from 'vitest';
import { documentOrder, genericPointer, schemaPointers } from '../../src/engine/pointers.js';
import { ResidenceRequest } from '../../src/schemas/residence.js';

describe('JSON pointers', () => {
  it('genericPointer replaces list indexes with *', () => {
    expect(genericPointer('/integration/diplomas/3/type')).toBe('/integration/diplomas/*/type');
    expect(genericPointer('/applicant/residencePeriods/12/to')).toBe('/applicant/residencePeriods/*/to');
    expect(genericPointer('/applicant/dateOfBirth')).toBe('/applicant/dateOfBirth');
    expect(genericPointer('/applicant/familyMembers/0/nationalities/1')).toBe(
      '/applicant/familyMembers/*/nationalities/*',
    );
  });

  it('schemaPointers lists every field of the residence request in declared order', () => {
    const pointers = schemaPointers(ResidenceRequest);
    expect(pointers.slice(0, 4)).toEqual([
      '/requestedPermit',
      '/humanitarianGround',
      '/applicationDate',
      '/decisionDate',
    ]);
    for (const p of [
      '/applicant/dateOfBirth',
      '/applicant/nationalities',
      '/applicant/familyMembers/*/relationship',
      '/applicant/residencePeriods/*/to',
      '/applicant/dutchNationalityLoss/lossReason',
      '/integration/diplomas/*/levels/reading',
      '/integration/duoDecisions/*/partial',
      '/circumstances/medicalAdvice/concludesUnableToPass',
      '/circumstances/otherConditionsMetBefore2025',
    ]) {
      expect(pointers, p).toContain(p);
    }
    expect(new Set(pointers).size).toBe(pointers.length);
  });

  describe('documentOrder: fields in schema order, list items by index', () => {
    const compare = documentOrder(ResidenceRequest);
    const sorted = (pointers: string[]) => [...pointers].sort(compare);

    it('orders fields as the request declares them', () => {
      const inOrder = [
        '/requestedPermit',
        '/humanitarianGround',
        '/applicationDate',
        '/decisionDate',
        '/applicant/dateOfBirth',
        '/applicant/nationalities',
        '/applicant/familyMembers',
        '/applicant/residencePeriods',
        '/applicant/livedInNetherlandsSinceBirthOrBeforeAge4',
        '/applicant/yearsLawfulResidenceBeforeAge19',
        '/applicant/formerDutchNational',
        '/applicant/dutchNationalityLoss/lossReason',
        '/integration/regime',
        '/integration/diplomas',
        '/integration/duoDecisions',
        '/integration/passedAllExamPartsExceptParticipation',
        '/circumstances/medicalAdvice/issuedOn',
        '/circumstances/medicalAdvice/concludesUnableToPass',
        '/circumstances/sufficientlyIntegrated',
        '/circumstances/otherConditionsMetBefore2025',
      ];
      expect(sorted([...inOrder].reverse())).toEqual(inOrder);
    });

    it('orders list items by numeric index, a parent before its fields', () => {
      expect(
        sorted([
          '/integration/diplomas/10/type',
          '/integration/diplomas/2/levels',
          '/integration/diplomas/2/type',
          '/integration/diplomas',
          '/integration/diplomas/0/educationLevel',
        ]),
      ).toEqual([
        '/integration/diplomas',
        '/integration/diplomas/0/educationLevel',
        '/integration/diplomas/2/type',
        '/integration/diplomas/2/levels',
        '/integration/diplomas/10/type',
      ]);
    });

    it('is a consistent comparator', () => {
      expect(compare('/applicant/dateOfBirth', '/applicant/dateOfBirth')).toBe(0);
      expect(Math.sign(compare('/applicationDate', '/applicant'))).toBe(
        -Math.sign(compare('/applicant', '/applicationDate')),
      );
    });
  });
});
