import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { threeBeneficiariesProject, tradeFairProject } from '../../support/scenarios-l1.js';

describe('L1-beneficiary-request', () => {
  const RULE = 'L1-beneficiary-request';
  const cases: RuleCase[] = [
    {
      name: 'the example: the cooperative asked on 2023-04-20, before submission on 2023-05-12',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Mọi cơ sở thụ hưởng đều có đơn đề nghị hỗ trợ, ghi ngày không muộn hơn ngày nộp hồ sơ 12/05/2023: Hợp tác xã bánh cáy Thái Phương (đơn ngày 20/04/2023).',
      en: "Every beneficiary has a request letter dated no later than the dossier's submission on 12 May 2023: Hợp tác xã bánh cáy Thái Phương (letter of 20 Apr 2023).",
      evidence: [
        {
          path: '@beneficiaryRequestLetters',
          value: [expect.objectContaining({ id: 'HTX-THAIPHUONG', requestLetterOn: '2023-04-20', path: 'beneficiaries[0].requestLetterOn' })],
        },
        { path: '@beneficiaryRequestsMissingOrLate', value: [] },
      ],
    },
    {
      name: 'three establishments, the last letter dated the day of submission',
      dossier: threeBeneficiariesProject(),
      status: 'pass',
      vi: 'Mọi cơ sở thụ hưởng đều có đơn đề nghị hỗ trợ, ghi ngày không muộn hơn ngày nộp hồ sơ 12/05/2023: Hợp tác xã bánh cáy Thái Phương (đơn ngày 20/04/2023); Hộ kinh doanh Trần Văn Minh (đơn ngày 03/05/2023); Cơ sở bánh cáy Bà Lan (đơn ngày 12/05/2023).',
    },
    {
      name: 'no submission date: letters present, the message says they could not be checked against it',
      dossier: exampleWith((d) => {
        delete d.submittedOn;
      }),
      status: 'pass',
      vi: 'Mọi cơ sở thụ hưởng đều có đơn đề nghị hỗ trợ: Hợp tác xã bánh cáy Thái Phương (đơn ngày 20/04/2023). Hồ sơ chưa ghi ngày nộp (submittedOn) nên chưa đối chiếu được ngày đơn với ngày nộp.',
      en: 'Every beneficiary has a request letter: Hợp tác xã bánh cáy Thái Phương (letter of 20 Apr 2023). The dossier gives no submission date (submittedOn), so the letters could not be checked against it.',
    },
    {
      name: 'one household business’s letter is not dated in the dossier: not stated is not "no letter"',
      dossier: threeBeneficiariesProject((d) => {
        delete d.beneficiaries[1].requestLetterOn;
      }),
      status: 'incomplete',
      missing: ['beneficiaries[1].requestLetterOn'],
      vi: 'Chưa kiểm tra được đơn đề nghị hỗ trợ của từng cơ sở thụ hưởng: hồ sơ chưa ghi beneficiaries[1].requestLetterOn (Hộ kinh doanh Trần Văn Minh) (danh sách cơ sở thụ hưởng và ngày đơn đề nghị hỗ trợ của từng cơ sở, requestLetterOn).',
      en: { contains: ['beneficiaries[1].requestLetterOn (Hộ kinh doanh Trần Văn Minh)'] },
    },
    {
      name: 'one letter dated 8 days after submission',
      dossier: threeBeneficiariesProject((d) => {
        d.beneficiaries[2].requestLetterOn = '2023-05-20';
      }),
      status: 'fail',
      vi: 'Đơn đề nghị hỗ trợ ghi ngày sau ngày nộp hồ sơ: Cơ sở bánh cáy Bà Lan — đơn ngày 20/05/2023, muộn 8 ngày so với ngày nộp hồ sơ 12/05/2023 (beneficiaries[2].requestLetterOn); đơn của mỗi cơ sở phải ghi ngày không muộn hơn ngày nộp hồ sơ.',
      en: "Request letters dated after the dossier was submitted: Cơ sở bánh cáy Bà Lan — letter of 20 May 2023, 8 days after the submission on 12 May 2023 (beneficiaries[2].requestLetterOn); each establishment's letter must be dated no later than the submission.",
      remediation: ['beneficiaries[2].requestLetterOn', 'submittedOn'],
      evidence: [
        {
          path: '@beneficiaryRequestsMissingOrLate',
          value: [expect.objectContaining({ afterSubmission: true, daysAfterSubmission: 8, submittedOn: '2023-05-12' })],
        },
      ],
    },
    {
      name: 'one letter not dated and one dated the day after submission: the late one decides',
      dossier: threeBeneficiariesProject((d) => {
        delete d.beneficiaries[0].requestLetterOn;
        d.beneficiaries[2].requestLetterOn = '2023-05-13';
      }),
      status: 'fail',
      vi: { contains: ['Cơ sở bánh cáy Bà Lan — đơn ngày 13/05/2023, muộn 1 ngày so với ngày nộp hồ sơ 12/05/2023'], excludes: ['Trần Văn Minh', 'Thái Phương'] },
      en: { contains: ['letter of 13 May 2023, 1 day after the submission on 12 May 2023'] },
      check: ({ vi }) => {
        expect(vi.remediation).toContain('Cơ sở bánh cáy Bà Lan: kiểm tra lại ngày đơn (beneficiaries[2].requestLetterOn)');
      },
    },
    {
      name: 'an unnamed beneficiary without a letter date is named by its id',
      dossier: exampleWith((d) => {
        delete d.beneficiaries[0].name;
        delete d.beneficiaries[0].requestLetterOn;
      }),
      status: 'incomplete',
      missing: ['beneficiaries[0].requestLetterOn'],
      vi: { contains: ['beneficiaries[0].requestLetterOn (HTX-THAIPHUONG)'] },
    },
    {
      name: 'a beneficiary with neither name nor id is named by its place in the dossier',
      dossier: exampleWith((d) => {
        delete d.beneficiaries[0].name;
        delete d.beneficiaries[0].id;
        d.beneficiaries[0].requestLetterOn = '2023-06-01';
        delete d.coordinatingUnits[0].beneficiary;
      }),
      status: 'fail',
      vi: { contains: ['beneficiaries[0] — đơn ngày 01/06/2023, muộn 20 ngày'] },
    },
    {
      name: 'no beneficiaries listed',
      dossier: exampleWith((d) => {
        d.beneficiaries = [];
        delete d.coordinatingUnits;
      }),
      status: 'not-applicable',
      vi: 'Không áp dụng: hồ sơ chưa kê khai cơ sở thụ hưởng nào.',
      en: 'Not applicable: the dossier lists no beneficiaries.',
      evidence: [{ path: '@beneficiaryCount', value: 0 }],
    },
    {
      name: 'an advanced-machinery dossier with no beneficiaries list: the support goes to named establishments',
      dossier: exampleWith((d) => {
        delete d.beneficiaries;
        delete d.coordinatingUnits;
      }),
      status: 'incomplete',
      missing: ['beneficiaries'],
      en: "Cannot check each beneficiary's request letter: the dossier does not give beneficiaries (the list of beneficiaries and the date of each one's request letter, requestLetterOn).",
    },
    {
      name: 'a trade-fair dossier with no beneficiaries list: none to check',
      dossier: tradeFairProject((d) => {
        delete d.beneficiaries;
      }),
      status: 'not-applicable',
    },
  ];

  runRuleTable(RULE, cases);
});
