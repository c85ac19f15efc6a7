import { describe, expect, it } from 'vitest';
import { ReportSchema, evaluate } from '../src/index.js';
import { exampleDossier } from './support/dossiers.js';

describe('evaluate() on the spec example dossier', () => {
  it('returns a report that matches ReportSchema', async () => {
    const report = await evaluate(exampleDossier(), { asOf: '2024-12-01' });
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });
});
