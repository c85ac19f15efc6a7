import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';

describe('L2-beneficiary-outreach', () => {
  const RULE = 'L2-beneficiary-outreach';
  const cases: RuleCase[] = [
    {
      name: 'the example: a conference with 45 members of the cooperative',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Có 1 hoạt động truyền thông dành cho cơ sở thụ hưởng: hội nghị ngày 20/02/2024 (tiếp cận 45 người).',
      en: '1 communication activity is addressed to the beneficiaries: conference on 20 Feb 2024 (reaching 45 people).',
      evidence: [
        {
          path: '@communicationActivitiesFor',
          value: [expect.objectContaining({ channel: 'conference', audience: 'beneficiaries', path: 'communication.activities[1]' })],
        },
      ],
    },
    {
      name: 'a second one, a field visit with no date or reach given',
      dossier: exampleWith((d) => {
        d.communication.activities.push({ channel: 'field-visit', audience: 'beneficiaries' });
      }),
      status: 'pass',
      vi: 'Có 2 hoạt động truyền thông dành cho cơ sở thụ hưởng: hội nghị ngày 20/02/2024 (tiếp cận 45 người); tham quan thực tế.',
      en: '2 communication activities are addressed to the beneficiaries: conference on 20 Feb 2024 (reaching 45 people); field visit.',
    },
    {
      name: 'the conference was for the authorities: only the public and officials were reached',
      dossier: exampleWith((d) => {
        d.communication.activities[1].audience = 'authorities';
      }),
      status: 'fail',
      vi: 'Hồ sơ có 4 hoạt động truyền thông, hướng tới người dân và cơ quan quản lý, nhưng chưa có hoạt động nào dành cho cơ sở thụ hưởng (Hợp tác xã bánh cáy Thái Phương).',
      en: 'The dossier records 4 communication activities, addressed to the public and authorities, but none addressed to the beneficiaries (Hợp tác xã bánh cáy Thái Phương).',
      remediation: ['audience "beneficiaries"'],
      evidence: [{ path: '@communicationActivitiesFor', value: [] }],
    },
    {
      name: 'two beneficiaries, one given by its id only',
      dossier: exampleWith((d) => {
        d.communication.activities[1].audience = 'public';
        d.beneficiaries.push({ id: 'HKD-THAIPHUONG-02', kind: 'household-business' });
      }),
      status: 'fail',
      vi: { contains: ['hướng tới người dân,', '(Hợp tác xã bánh cáy Thái Phương; HKD-THAIPHUONG-02).'], excludes: ['(chưa có)'] },
      en: { excludes: ['(not given)'] },
    },
    {
      name: 'no list of activities: not "no outreach"',
      dossier: exampleWith((d) => {
        delete d.communication.activities;
      }),
      status: 'incomplete',
      missing: ['communication.activities'],
      vi: 'Chưa xác định được có hoạt động truyền thông dành cho cơ sở thụ hưởng không: chưa có hoạt động nào ghi đối tượng là cơ sở thụ hưởng, và hồ sơ chưa ghi communication.activities (danh sách hoạt động communication.activities và đối tượng audience của từng hoạt động).',
      en: { contains: ['Cannot tell whether any communication was addressed to the beneficiaries'] },
    },
    {
      name: 'an explicitly empty list of activities is data',
      dossier: exampleWith((d) => {
        d.communication.activities = [];
      }),
      status: 'fail',
      vi: 'Hồ sơ ghi không có hoạt động truyền thông nào (communication.activities để trống), nên chưa có hoạt động dành cho cơ sở thụ hưởng (Hợp tác xã bánh cáy Thái Phương).',
      en: 'The dossier records no communication activity (communication.activities is empty), so none addressed to the beneficiaries (Hợp tác xã bánh cáy Thái Phương).',
    },
    {
      name: 'an activity whose audience is not stated may be for the beneficiaries',
      dossier: exampleWith((d) => {
        d.communication.activities = [
          { channel: 'television', date: '2024-02-20', audience: 'public' },
          { channel: 'conference', date: '2024-02-25' },
        ];
      }),
      status: 'incomplete',
      missing: ['communication.activities[1].audience'],
    },
    {
      name: 'an empty draft is incomplete, naming the activities',
      dossier: {},
      status: 'incomplete',
      missing: ['communication.activities'],
    },
  ];

  runRuleTable(RULE, cases);
});
