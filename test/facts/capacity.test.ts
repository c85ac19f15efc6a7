import { describe, expect, it } from 'vitest';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { vocationalTrainingProject } from '../support/scenarios.js';
import { describeFact } from '../../src/facts/fact-docs.js';
import { factRun, factValueOn } from '../support/fact-value.js';

const compute = factValueOn({ referenceDate: '2023-12-28' });

function fact(name: string) {
  const definition = FACT_CATALOGUE.get(name);
  if (!definition) throw new Error(`no fact ${name}`);
  return definition;
}

describe('capacity facts: documented in the catalogue', () => {
  it.each(['trainingCertificate', 'facilityRequirementUnmet', 'learnersPerInstructor', 'delayedProjectShare'])(
    '%s has a description in Vietnamese and English',
    (name) => {
      const definition = fact(name);
      expect(describeFact(definition.name).vi.length).toBeGreaterThan(20);
      expect(describeFact(definition.name).en.length).toBeGreaterThan(20);
    },
  );
});

describe('trainingCertificate', () => {
  it('is the registration certificate of the presiding unit', () => {
    expect(compute('trainingCertificate', vocationalTrainingProject())).toEqual({
      number: '12/2022/GCNĐKHĐ-SLĐTBXH',
      issuedBy: 'Sở Lao động - Thương binh và Xã hội Thái Bình',
      issuedOn: '2022-06-01',
      validUntil: '2027-06-01',
      occupations: ['Chế biến bánh kẹo'],
    });
  });

  it('drops null fields (validUntil null: the certificate does not expire)', () => {
    const certificate = compute(
      'trainingCertificate',
      vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.registrationCertificate.validUntil = null;
      }),
    );
    expect(certificate).not.toHaveProperty('validUntil');
  });

  it('is absent when the dossier records no certificate, no training details or no presiding unit', () => {
    expect(compute('trainingCertificate', exampleDossier())).toBeUndefined();
    expect(
      compute(
        'trainingCertificate',
        vocationalTrainingProject((d) => {
          delete d.presidingUnit.vocationalTraining.registrationCertificate;
        }),
      ),
    ).toBeUndefined();
    expect(compute('trainingCertificate', exampleWith((d) => (d.presidingUnit = null)))).toBeUndefined();
  });
});

describe('facilityRequirementUnmet', () => {
  const TRAINING_ROOM = { contentType: 'vocational-training', anyOf: ['training-hall', 'classroom'] };
  const WORKSHOP = { contentType: 'demonstration-model', anyOf: ['demonstration-workshop'] };

  it('is absent when the project has other content', () => {
    expect(compute('facilityRequirementUnmet', exampleWith((d) => (d.presidingUnit.facilities = [])), TRAINING_ROOM)).toBeUndefined();
    expect(compute('facilityRequirementUnmet', vocationalTrainingProject(), WORKSHOP)).toBeUndefined();
  });

  it('is absent when the facilities include any of the required kinds (surrounding spaces ignored)', () => {
    expect(compute('facilityRequirementUnmet', vocationalTrainingProject(), TRAINING_ROOM)).toBeUndefined();
    const classroomOnly = vocationalTrainingProject((d) => (d.presidingUnit.facilities = [' classroom ']));
    expect(compute('facilityRequirementUnmet', classroomOnly, TRAINING_ROOM)).toBeUndefined();
  });

  it('describes the unmet requirement and what the unit has instead', () => {
    const dossier = exampleWith((d) => {
      d.contentType = 'demonstration-model';
      d.presidingUnit.facilities = ['office', 'training-hall'];
    });
    expect(compute('facilityRequirementUnmet', dossier, WORKSHOP)).toEqual({
      contentType: 'demonstration-model',
      anyOf: ['demonstration-workshop'],
      facilities: ['office', 'training-hall'],
      path: 'presidingUnit.facilities',
    });
  });

  it('notes absent facilities as lacking, not as none', () => {
    const dossier = vocationalTrainingProject((d) => delete d.presidingUnit.facilities);
    const run = factRun('facilityRequirementUnmet', dossier, { referenceDate: '2023-12-28', params: TRAINING_ROOM });
    expect(run).toEqual({ value: undefined, missing: [{ path: 'presidingUnit.facilities' }] });
  });

  it('notes the facilities as lacking when the dossier names no presiding unit', () => {
    const dossier = vocationalTrainingProject((d) => delete d.presidingUnit);
    expect(factRun('facilityRequirementUnmet', dossier, { referenceDate: '2023-12-28', params: TRAINING_ROOM })).toEqual({ value: undefined, missing: [{ path: 'presidingUnit.facilities' }] });
  });

  it('takes an explicitly empty list as no premises', () => {
    const dossier = vocationalTrainingProject((d) => {
      d.presidingUnit.facilities = [];
    });
    expect(factRun('facilityRequirementUnmet', dossier, { referenceDate: '2023-12-28', params: TRAINING_ROOM })).toMatchObject({ value: { facilities: [] }, missing: [] });
  });

  it('rejects params without a known content type or with an empty anyOf', () => {
    const schema = fact('facilityRequirementUnmet').params!;
    expect(schema.safeParse({ contentType: 'training', anyOf: ['classroom'] }).success).toBe(false);
    expect(schema.safeParse({ contentType: 'vocational-training', anyOf: [] }).success).toBe(false);
    expect(schema.safeParse({ contentType: 'vocational-training' }).success).toBe(false);
    expect(schema.safeParse({ ...TRAINING_ROOM, extra: true }).success).toBe(false);
  });
});

describe('learnersPerInstructor', () => {
  const withCounts = (trainees: number | undefined, instructors: number | undefined) =>
    vocationalTrainingProject((d) => {
      d.presidingUnit.vocationalTraining.trainees = trainees;
      d.presidingUnit.vocationalTraining.instructors = instructors;
    });

  it('divides the trainees by the instructors', () => {
    expect(compute('learnersPerInstructor', vocationalTrainingProject())).toBe(17.5);
    expect(compute('learnersPerInstructor', withCounts(50, 2))).toBe(25);
    expect(compute('learnersPerInstructor', withCounts(0, 3))).toBe(0);
  });

  it('is absent, never Infinity or NaN, when there are no instructors', () => {
    expect(compute('learnersPerInstructor', withCounts(35, 0))).toBeUndefined();
    expect(compute('learnersPerInstructor', withCounts(0, 0))).toBeUndefined();
  });

  it('is absent when either count is missing', () => {
    expect(compute('learnersPerInstructor', withCounts(undefined, 2))).toBeUndefined();
    expect(compute('learnersPerInstructor', withCounts(35, undefined))).toBeUndefined();
    expect(compute('learnersPerInstructor', exampleDossier())).toBeUndefined();
  });
});

describe('delayedProjectShare', () => {
  const withRecord = (trackRecord: unknown) => exampleWith((d) => (d.presidingUnit.trackRecord = trackRecord));

  it('is the delayed projects over the completed ones', () => {
    expect(compute('delayedProjectShare', exampleDossier())).toBeCloseTo(1 / 15, 10);
    expect(compute('delayedProjectShare', withRecord({ projectsCompleted: 10, projectsDelayed: 3 }))).toBe(0.3);
    expect(compute('delayedProjectShare', withRecord({ projectsCompleted: 4, projectsDelayed: 0 }))).toBe(0);
  });

  it('is absent when nothing was completed (no division by zero)', () => {
    expect(compute('delayedProjectShare', withRecord({ projectsCompleted: 0, projectsDelayed: 0 }))).toBeUndefined();
  });

  it('is absent when either count is missing', () => {
    expect(compute('delayedProjectShare', withRecord({ projectsCompleted: 5 }))).toBeUndefined();
    expect(compute('delayedProjectShare', withRecord({ projectsDelayed: 1 }))).toBeUndefined();
    expect(compute('delayedProjectShare', withRecord(null))).toBeUndefined();
  });
});
