import { describe, expect, it } from 'vitest';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { exampleWith } from '../support/dossiers.js';
import { threeBeneficiariesProject } from '../support/scenarios-l1.js';
import { describeFact } from '../../src/facts/fact-docs.js';
import { factRun, factValueOn } from '../support/fact-value.js';

const compute = factValueOn({ referenceDate: '2023-12-28' });

describe('beneficiaryRequestLetters', () => {
  it('is in the catalogue, takes no params and is described in both languages', () => {
    const fact = FACT_CATALOGUE.get('beneficiaryRequestLetters')!;
    expect(fact.params).toBeUndefined();
    expect(describeFact(fact.name).vi).toContain('requestLetterOn');
    expect(describeFact(fact.name).en).toContain('requestLetterOn');
  });

  it('lists every beneficiary with its letter, the submission date and where the letter belongs', () => {
    expect(compute('beneficiaryRequestLetters', threeBeneficiariesProject())).toEqual([
      {
        label: 'Hợp tác xã bánh cáy Thái Phương',
        id: 'HTX-THAIPHUONG',
        requestLetterOn: '2023-04-20',
        submittedOn: '2023-05-12',
        letterMissing: false,
        afterSubmission: false,
        daysAfterSubmission: 0,
        path: 'beneficiaries[0].requestLetterOn',
      },
      expect.objectContaining({ label: 'Hộ kinh doanh Trần Văn Minh', requestLetterOn: '2023-05-03', afterSubmission: false }),
      // dated the day of submission: on time
      expect.objectContaining({ label: 'Cơ sở bánh cáy Bà Lan', requestLetterOn: '2023-05-12', afterSubmission: false, daysAfterSubmission: 0 }),
    ]);
  });

  it('is empty when the dossier lists no beneficiaries', () => {
    expect(compute('beneficiaryRequestLetters', exampleWith((d) => delete d.beneficiaries))).toEqual([]);
    expect(compute('beneficiaryRequestLetters', exampleWith((d) => (d.beneficiaries = [])))).toEqual([]);
  });

  it('labels a beneficiary by its name, else its id, else its place in the dossier', () => {
    const letters = compute(
      'beneficiaryRequestLetters',
      threeBeneficiariesProject((d) => {
        delete d.beneficiaries[1].name;
        delete d.beneficiaries[2].name;
        delete d.beneficiaries[2].id;
        d.beneficiaries[0].name = '   ';
      }),
    ) as { label: string }[];
    expect(letters.map((letter) => letter.label)).toEqual(['HTX-THAIPHUONG', 'HKD-TRANMINH', 'beneficiaries[2]']);
  });
});

describe('beneficiaryRequestsMissingOrLate', () => {
  it('is empty when every letter is dated on or before submission', () => {
    expect(compute('beneficiaryRequestsMissingOrLate', threeBeneficiariesProject())).toEqual([]);
  });

  it('does not take a beneficiary whose letter is not dated (null counts as absent) as having none: it notes the field, with the name', () => {
    const run = factRun(
      'beneficiaryRequestsMissingOrLate',
      threeBeneficiariesProject((d) => {
        d.beneficiaries[1].requestLetterOn = null;
      }),
    );
    expect(run).toEqual({ value: [], missing: [{ path: 'beneficiaries[1].requestLetterOn', label: 'Hộ kinh doanh Trần Văn Minh' }] });
  });

  it('names a letter dated after submission, with the days between, counting calendar days', () => {
    const problems = compute(
      'beneficiaryRequestsMissingOrLate',
      threeBeneficiariesProject((d) => {
        d.beneficiaries[2].requestLetterOn = '2023-05-13';
        d.beneficiaries[0].requestLetterOn = '2024-05-12';
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ id: 'HTX-THAIPHUONG', afterSubmission: true, daysAfterSubmission: 366 }),
      expect.objectContaining({ id: 'HKD-BALAN', afterSubmission: true, daysAfterSubmission: 1, path: 'beneficiaries[2].requestLetterOn' }),
    ]);
  });

  it('without a submission date, names no letter late, and still notes an undated one', () => {
    const run = factRun(
      'beneficiaryRequestsMissingOrLate',
      threeBeneficiariesProject((d) => {
        delete d.submittedOn;
        d.beneficiaries[0].requestLetterOn = '2030-01-01';
        delete d.beneficiaries[1].requestLetterOn;
      }),
    );
    expect(run.value).toEqual([]);
    expect(run.missing.map((datum) => datum.path)).toEqual(['beneficiaries[1].requestLetterOn']);
  });

  it('lists the late letter and notes the undated one', () => {
    const run = factRun<{ id: string }[]>(
      'beneficiaryRequestsMissingOrLate',
      threeBeneficiariesProject((d) => {
        d.beneficiaries[0].requestLetterOn = '2023-06-01';
        delete d.beneficiaries[2].requestLetterOn;
      }),
    );
    expect(run.value.map(({ id }) => id)).toEqual(['HTX-THAIPHUONG']);
    expect(run.missing.map((datum) => datum.path)).toEqual(['beneficiaries[2].requestLetterOn']);
  });
});
