import * as z from 'zod/mini';
import { CONTENT_TYPES } from '../schema/enums.js';
import { defineFact } from './define.js';

const FacilityRequirementSchema = z.strictObject({
  contentType: z.enum(CONTENT_TYPES),
  anyOf: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

/** Facts about the implementing unit's capacity (lesson 3). */
/** numerator / denominator, or undefined when either is missing or the denominator is not positive. */
function ratio(numerator: number | undefined, denominator: number | undefined): number | undefined {
  if (numerator === undefined || denominator === undefined || denominator <= 0) return undefined;
  return numerator / denominator;
}

export const capacityFacts = [
  defineFact({
    name: 'trainingCertificate',
    compute: (context) => context.dossier.presidingUnit?.vocationalTraining?.registrationCertificate,
  }),
  defineFact({
    name: 'facilityRequirementUnmet',
    params: FacilityRequirementSchema,
    compute: (context, params: z.infer<typeof FacilityRequirementSchema>) => {
      if (context.dossier.contentType !== params.contentType) return undefined;
      const facilities = context.dossier.presidingUnit?.facilities ?? [];
      if (facilities.some((facility) => params.anyOf.includes(facility.trim()))) return undefined;
      return { contentType: params.contentType, anyOf: params.anyOf, facilities, path: 'presidingUnit.facilities' };
    },
  }),
  defineFact({
    name: 'learnersPerInstructor',
    compute: (context) => {
      const training = context.dossier.presidingUnit?.vocationalTraining;
      return ratio(training?.trainees, training?.instructors);
    },
  }),
  defineFact({
    name: 'delayedProjectShare',
    compute: (context) => {
      const record = context.dossier.presidingUnit?.trackRecord;
      return ratio(record?.projectsDelayed, record?.projectsCompleted);
    },
  }),
];
