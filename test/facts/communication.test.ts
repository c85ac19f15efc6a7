import { describe, expect, it } from 'vitest';
import { FACT_CATALOGUE } from '../../src/facts/catalogue.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { describeFact } from '../../src/facts/fact-docs.js';
import { factValue } from '../support/fact-value.js';

function compute(name: string, dossier: unknown, params: Record<string, unknown> = {}): any {
  return factValue(name, dossier, { params, referenceDate: '2023-12-28' });
}

function paramsAccepted(name: string, params: unknown): boolean {
  return FACT_CATALOGUE.get(name)!.params!.safeParse(params).success;
}

const activity = (date: string | undefined, channel = 'radio', audience = 'public') => ({
  channel,
  audience,
  ...(date ? { date } : {}),
});

describe('communication facts are in the catalogue with vi and en descriptions', () => {
  it.each([
    'communicationChannels',
    'communicationActivities',
    'communicationAudiences',
    'communicationActivitiesFor',
    'prelaunchOutreach',
    'resultsDissemination',
    'consultations',
    'consultationsWithMinutesByStart',
  ])('%s', (name) => {
    const fact = FACT_CATALOGUE.get(name);
    expect(fact).toBeDefined();
    expect(describeFact(fact!.name).vi.length).toBeGreaterThan(10);
    expect(describeFact(fact!.name).en.length).toBeGreaterThan(10);
  });
});

describe('communicationActivities and communicationAudiences', () => {
  it('lists every activity in dossier order with its path', () => {
    const activities = compute('communicationActivities', exampleDossier());
    expect(activities).toHaveLength(4);
    expect(activities[1]).toEqual({
      label: 'communication.activities[1]',
      channel: 'conference',
      date: '2024-02-20',
      audience: 'beneficiaries',
      reach: 45,
      path: 'communication.activities[1]',
    });
  });

  it('gives the distinct audiences in order of first appearance, skipping activities without one', () => {
    expect(compute('communicationAudiences', exampleDossier())).toEqual(['public', 'beneficiaries']);
    const dossier = exampleWith((d) => {
      d.communication.activities = [{ channel: 'radio' }, activity('2024-01-01', 'radio', 'authorities'), activity('2024-01-02')];
    });
    expect(compute('communicationAudiences', dossier)).toEqual(['authorities', 'public']);
  });

  it('is empty without a communication section', () => {
    expect(compute('communicationActivities', {})).toEqual([]);
    expect(compute('communicationAudiences', {})).toEqual([]);
  });
});

describe('communicationActivitiesFor', () => {
  it('keeps the activities addressed to the given audiences, with their dossier paths', () => {
    const found = compute('communicationActivitiesFor', exampleDossier(), { audiences: ['beneficiaries'] });
    expect(found.map((item: { path: string }) => item.path)).toEqual(['communication.activities[1]']);
    const publicOrBeneficiaries = compute('communicationActivitiesFor', exampleDossier(), { audiences: ['beneficiaries', 'public'] });
    expect(publicOrBeneficiaries).toHaveLength(4);
  });

  it('ignores activities with no audience', () => {
    const dossier = exampleWith((d) => {
      d.communication.activities = [{ channel: 'conference', date: '2024-02-20' }];
    });
    expect(compute('communicationActivitiesFor', dossier, { audiences: ['beneficiaries'] })).toEqual([]);
  });

  it('rejects an empty or unknown audience list', () => {
    expect(paramsAccepted('communicationActivitiesFor', { audiences: [] })).toBe(false);
    expect(paramsAccepted('communicationActivitiesFor', { audiences: ['farmers'] })).toBe(false);
    expect(paramsAccepted('communicationActivitiesFor', {})).toBe(false);
  });
});

describe('prelaunchOutreach', () => {
  it('places the window by the calendar, across a leap February', () => {
    const outreach = compute('prelaunchOutreach', exampleDossier(), { days: 90 });
    expect(outreach.from).toBe('2023-12-02');
    expect(outreach.to).toBe('2024-03-01');
    expect(outreach.activities.map((item: { date: string }) => item.date)).toEqual(['2024-02-05', '2024-02-20']);
    expect(outreach.lastBefore).toBeUndefined();
    expect(outreach.firstAfter).toEqual(expect.objectContaining({ date: '2024-10-25', path: 'communication.activities[2]' }));
    expect(outreach.undated).toEqual([]);
  });

  it('counts both ends of the window and sorts by date', () => {
    const dossier = exampleWith((d) => {
      d.communication.activities = [
        activity('2024-03-01', 'conference'),
        activity('2023-12-01', 'leaflet'),
        activity('2023-12-02', 'newspaper'),
        activity('2024-03-02', 'television'),
        activity(undefined, 'loudspeaker'),
      ];
    });
    const outreach = compute('prelaunchOutreach', dossier, { days: 90 });
    expect(outreach.activities.map((item: { channel: string }) => item.channel)).toEqual(['newspaper', 'conference']);
    expect(outreach.lastBefore).toEqual(expect.objectContaining({ channel: 'leaflet', date: '2023-12-01', path: 'communication.activities[1]' }));
    expect(outreach.firstAfter).toEqual(expect.objectContaining({ channel: 'television', date: '2024-03-02' }));
    expect(outreach.undated).toEqual([expect.objectContaining({ channel: 'loudspeaker', path: 'communication.activities[4]' })]);
  });

  it('takes the window length from params: 30 days leave only the February activities', () => {
    const outreach = compute('prelaunchOutreach', exampleDossier(), { days: 30 });
    expect(outreach.from).toBe('2024-01-31');
    expect(outreach.activities).toHaveLength(2);
    const tight = compute('prelaunchOutreach', exampleDossier(), { days: 10 });
    expect(tight.from).toBe('2024-02-20');
    expect(tight.activities.map((item: { date: string }) => item.date)).toEqual(['2024-02-20']);
    expect(tight.lastBefore).toEqual(expect.objectContaining({ date: '2024-02-05' }));
  });

  it('with 0 days only the start day counts', () => {
    const dossier = exampleWith((d) => {
      d.communication.activities = [activity('2024-03-01'), activity('2024-02-29')];
    });
    const outreach = compute('prelaunchOutreach', dossier, { days: 0 });
    expect(outreach.from).toBe('2024-03-01');
    expect(outreach.activities.map((item: { date: string }) => item.date)).toEqual(['2024-03-01']);
  });

  it('is absent without period.start', () => {
    const dossier = exampleWith((d) => {
      delete d.period.start;
    });
    expect(compute('prelaunchOutreach', dossier, { days: 90 })).toBeUndefined();
  });

  it('rejects negative or fractional days', () => {
    expect(paramsAccepted('prelaunchOutreach', { days: -1 })).toBe(false);
    expect(paramsAccepted('prelaunchOutreach', { days: 1.5 })).toBe(false);
    expect(paramsAccepted('prelaunchOutreach', {})).toBe(false);
  });
});

describe('resultsDissemination', () => {
  it('counts back from the last milestone’s completion date', () => {
    const result = compute('resultsDissemination', exampleDossier(), { days: 15 });
    expect(result.endDate).toBe('2024-10-30');
    expect(result.milestone).toEqual({ label: 'Nghiệm thu, tổng kết', completedOn: '2024-10-30', path: 'implementation.milestones[3]' });
    expect(result.from).toBe('2024-10-15');
    expect(result.activities.map((item: { date: string }) => item.date)).toEqual(['2024-10-25', '2024-11-05']);
    expect(result.lastActivity).toEqual(expect.objectContaining({ date: '2024-11-05', channel: 'website' }));
    expect(result.missing).toEqual([]);
  });

  it('falls back on period.end when the last milestone has no completion date (an earlier one’s does not count)', () => {
    const dossier = exampleWith((d) => {
      delete d.implementation.milestones[3].completedOn;
    });
    const result = compute('resultsDissemination', dossier, { days: 15 });
    expect(result.endDate).toBe('2024-10-31');
    expect(result).not.toHaveProperty('milestone');
    expect(result.from).toBe('2024-10-16');
  });

  it('includes the boundary day and leaves out the day before', () => {
    const dossier = exampleWith((d) => {
      d.communication.activities = [activity('2024-10-14', 'newspaper'), activity('2024-10-15', 'radio')];
    });
    const result = compute('resultsDissemination', dossier, { days: 15 });
    expect(result.activities.map((item: { channel: string }) => item.channel)).toEqual(['radio']);
  });

  it('with 0 days only activities from the end date on count', () => {
    const result = compute('resultsDissemination', exampleDossier(), { days: 0 });
    expect(result.from).toBe('2024-10-30');
    expect(result.activities.map((item: { date: string }) => item.date)).toEqual(['2024-11-05']);
  });

  it('names the missing fields when no end date can be found', () => {
    const noDates = exampleWith((d) => {
      delete d.implementation.milestones[3].completedOn;
      delete d.period.end;
      d.communication.activities.push(activity(undefined));
    });
    const result = compute('resultsDissemination', noDates, { days: 15 });
    expect(result.endDate).toBeUndefined();
    expect(result.activities).toEqual([]);
    expect(result.missing).toEqual(['implementation.milestones[3].completedOn', 'period.end']);
    expect(result.lastActivity).toEqual(expect.objectContaining({ date: '2024-11-05' }));
    expect(result.undated).toEqual([expect.objectContaining({ path: 'communication.activities[4]' })]);
    expect(compute('resultsDissemination', {}, { days: 15 }).missing).toEqual(['implementation.milestones', 'period.end']);
  });
});

describe('consultations and consultationsWithMinutesByStart', () => {
  const dossier = exampleWith((d) => {
    d.communication.consultations = [
      { date: '2024-01-25', participants: 38, minutesRecorded: true },
      { date: '2024-03-01', minutesRecorded: true },
      { date: '2024-03-02', participants: 20, minutesRecorded: true },
      { date: '2024-02-10', minutesRecorded: false },
      { date: '2024-02-11' },
      { participants: 5, minutesRecorded: true },
    ];
  });

  it('lists every consultation with whether it came after the start', () => {
    const all = compute('consultations', dossier);
    expect(all).toHaveLength(6);
    expect(all.map((item: { afterStart: boolean }) => item.afterStart)).toEqual([false, false, true, false, false, false]);
    expect(all[0]).toEqual({
      label: 'communication.consultations[0]',
      date: '2024-01-25',
      participants: 38,
      minutesRecorded: true,
      afterStart: false,
      path: 'communication.consultations[0]',
    });
  });

  it('keeps those with minutes dated on or before the start, the start day included', () => {
    const recorded = compute('consultationsWithMinutesByStart', dossier);
    expect(recorded.map((item: { path: string }) => item.path)).toEqual(['communication.consultations[0]', 'communication.consultations[1]']);
  });

  it('is empty without period.start or without consultations', () => {
    const noStart = exampleWith((d) => {
      delete d.period;
    });
    expect(compute('consultationsWithMinutesByStart', noStart)).toEqual([]);
    expect(compute('consultations', noStart)[0].afterStart).toBe(false);
    expect(compute('consultations', {})).toEqual([]);
    expect(compute('consultationsWithMinutesByStart', {})).toEqual([]);
  });
});

describe('the dated activities, earliest first', () => {
  it('sorts activities the dossier lists out of order, keeping dossier order within a day', () => {
    const dossier = exampleWith((d) => {
      d.communication.activities = [activity('2024-10-28', 'website'), activity('2024-10-20', 'radio'), activity('2024-10-28', 'newspaper'), activity('2024-10-20', 'television'), activity('2024-10-24', 'loudspeaker')];
    });
    const result = compute('resultsDissemination', dossier, { days: 30 });
    expect(result.activities.map((item: { date: string; channel: string }) => [item.date, item.channel])).toEqual([
      ['2024-10-20', 'radio'],
      ['2024-10-20', 'television'],
      ['2024-10-24', 'loudspeaker'],
      ['2024-10-28', 'website'],
      ['2024-10-28', 'newspaper'],
    ]);
    expect(result.lastActivity).toMatchObject({ date: '2024-10-28', channel: 'newspaper' });
  });
});
