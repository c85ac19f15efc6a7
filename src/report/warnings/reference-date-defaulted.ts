import type { WarningProducer } from './producer.js';

/** No approval, submission or start date: the law of the evaluation date was applied. */
export const referenceDateDefaulted: WarningProducer = ({ context }) =>
  context.referenceDateSource === 'asOf' ? { code: 'reference-date-defaulted', params: { date: context.referenceDate } } : undefined;
