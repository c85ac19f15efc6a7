import { defineFact } from './define.js';

export const coreFacts = [
  defineFact({
    name: 'dossier',
    compute: (context) => context.dossier,
  }),
  defineFact({
    name: 'stage',
    compute: (context) => context.dossier.stage ?? 'proposal',
  }),
  defineFact({
    name: 'asOf',
    compute: (context) => context.asOf,
  }),
  defineFact({
    name: 'referenceDate',
    compute: (context) => context.referenceDate,
  }),
  defineFact({
    name: 'beneficiaryCount',
    compute: (context) => context.dossier.beneficiaries?.length ?? 0,
  }),
];
