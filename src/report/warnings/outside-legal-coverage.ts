import { legalCoverage } from '../../facts/legal/legal-coverage.js';
import type { WarningProducer } from './producer.js';

/**
 * The reference date is earlier than the law the legal data holds, so the law-dependent rules
 * could not be judged. Only a table that states its coverage can say so: one without
 * `legalCoverage` entries raises nothing rather than a warning on every report.
 */
export const outsideLegalCoverage: WarningProducer = ({ context }) => {
  const { covered, start } = legalCoverage(context);
  if (covered || start === undefined || context.referenceDate >= start) return undefined;
  return { code: 'outside-legal-coverage', params: { date: context.referenceDate, from: start } };
};
