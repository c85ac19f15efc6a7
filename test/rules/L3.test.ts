import { describe, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { expectTableCovers, runRuleCase, type RuleCase } from '../support/rule-cases.js';
import { localProject, vocationalTrainingProject } from '../support/scenarios.js';

const CENTRE = 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Thái Bình';
const CERTIFICATE = 'presidingUnit.vocationalTraining.registrationCertificate';

describe('L3-technical-staff', () => {
  const RULE = 'L3-technical-staff';
  const cases: RuleCase[] = [
    {
      name: 'the example: the extension centre has 12 technical staff',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `${CENTRE} có 12 cán bộ kỹ thuật (tối thiểu 3).`,
      en: `${CENTRE} has 12 technical staff (at least 3 expected).`,
      evidence: [{ path: 'presidingUnit.staff.technical', value: 12 }],
    },
    {
      name: 'exactly 3 technical staff',
      dossier: exampleWith((d) => {
        d.presidingUnit.staff.technical = 3;
      }),
      status: 'pass',
      vi: `${CENTRE} có 3 cán bộ kỹ thuật (tối thiểu 3).`,
    },
    {
      name: 'only 2 technical staff',
      dossier: exampleWith((d) => {
        d.presidingUnit.staff.technical = 2;
      }),
      status: 'fail',
      vi: `${CENTRE} chỉ có 2 cán bộ kỹ thuật; cần ít nhất 3.`,
      en: `${CENTRE} has only 2 technical staff; at least 3 are needed.`,
      remediation: ['cho đủ 3 người', 'presidingUnit.staff.technical'],
      evidence: [{ path: 'presidingUnit.staff.technical', value: 2 }],
    },
    {
      name: 'no technical staff (0 is a fact, not missing data)',
      dossier: localProject((d) => {
        d.presidingUnit.staff.technical = 0;
      }),
      status: 'fail',
      vi: `${CENTRE} chỉ có 0 cán bộ kỹ thuật; cần ít nhất 3.`,
      evidence: [{ path: 'presidingUnit.staff.technical', value: 0 }],
    },
    {
      name: 'a unit with no name given: the message does not print a placeholder as its subject',
      dossier: exampleWith((d) => {
        d.presidingUnit.staff.technical = 2;
        delete d.presidingUnit.name;
      }),
      status: 'fail',
      vi: { contains: ['chỉ có 2 cán bộ kỹ thuật; cần ít nhất 3.'], excludes: ['(chưa có)'] },
      en: { contains: ['has only 2 technical staff'], excludes: ['(not given)'] },
    },
    {
      name: 'the number of technical staff is not stated',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.staff.technical;
      }),
      status: 'fail',
      missing: ['presidingUnit.staff.technical'],
      vi: 'Hồ sơ chưa ghi số cán bộ kỹ thuật của đơn vị chủ trì (presidingUnit.staff.technical).',
      en: "The dossier does not state the presiding unit's number of technical staff (presidingUnit.staff.technical).",
    },
    {
      name: 'a draft with no presiding unit yet',
      dossier: exampleWith((d) => {
        d.presidingUnit = null;
      }),
      status: 'fail',
      missing: ['presidingUnit.staff.technical'],
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass, fail and missing data', () => expectTableCovers(RULE, cases));
});

describe('L3-training-registration', () => {
  const RULE = 'L3-training-registration';
  const cases: RuleCase[] = [
    {
      name: 'training project: certificate issued 2022, valid until 2027',
      dossier: vocationalTrainingProject(),
      status: 'pass',
      vi: 'Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp số 12/2022/GCNĐKHĐ-SLĐTBXH cấp ngày 01/06/2022, hiệu lực đến 01/06/2027, bao trùm thời gian đào tạo 01/03/2024 – 31/10/2024.',
      en: 'The vocational-training registration certificate no. 12/2022/GCNĐKHĐ-SLĐTBXH, issued 1 Jun 2022 and valid until 1 Jun 2027, covers the training period 1 Mar 2024 – 31 Oct 2024.',
      evidence: [
        { path: `${CERTIFICATE}.issuedOn`, value: '2022-06-01' },
        { path: 'period.start', value: '2024-03-01' },
        { path: `${CERTIFICATE}.validUntil`, value: '2027-06-01' },
        { path: 'period.end', value: '2024-10-31' },
      ],
    },
    {
      name: 'a certificate that does not expire (validUntil null)',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.registrationCertificate.validUntil = null;
      }),
      status: 'pass',
      vi: { contains: ['cấp ngày 01/06/2022, không thời hạn, bao trùm thời gian đào tạo'] },
      en: { contains: ['issued 1 Jun 2022 with no expiry, covers the training period'] },
    },
    {
      name: 'issued on the first day and expiring on the last day of the training',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.registrationCertificate.issuedOn = '2024-03-01';
        d.presidingUnit.vocationalTraining.registrationCertificate.validUntil = '2024-10-31';
      }),
      status: 'pass',
    },
    {
      name: 'the certificate expires on 2024-08-31, before the training ends on 2024-10-31',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.registrationCertificate.validUntil = '2024-08-31';
      }),
      status: 'fail',
      vi: 'Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp số 12/2022/GCNĐKHĐ-SLĐTBXH cấp ngày 01/06/2022, hiệu lực đến 31/08/2024, không bao trùm thời gian đào tạo 01/03/2024 – 31/10/2024.',
      en: {
        contains: ['no. 12/2022/GCNĐKHĐ-SLĐTBXH', 'valid until 31 Aug 2024, does not cover the training period 1 Mar 2024 – 31 Oct 2024'],
      },
      remediation: ['Gia hạn hoặc xin cấp Giấy chứng nhận'],
      evidence: [
        { path: `${CERTIFICATE}.validUntil`, value: '2024-08-31' },
        { path: 'period.end', value: '2024-10-31' },
      ],
    },
    {
      name: 'the certificate was issued a month after the training started',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.registrationCertificate.issuedOn = '2024-04-01';
      }),
      status: 'fail',
      vi: { contains: ['cấp ngày 01/04/2024', 'không bao trùm thời gian đào tạo 01/03/2024 – 31/10/2024'] },
      en: { contains: ['issued 1 Apr 2024', 'does not cover the training period'] },
      evidence: [
        { path: `${CERTIFICATE}.issuedOn`, value: '2024-04-01' },
        { path: 'period.start', value: '2024-03-01' },
      ],
    },
    {
      name: 'a training project with no registration certificate recorded',
      dossier: vocationalTrainingProject((d) => {
        delete d.presidingUnit.vocationalTraining.registrationCertificate;
      }),
      status: 'fail',
      missing: [`${CERTIFICATE}.issuedOn`],
      vi: `Đề án đào tạo nghề nhưng hồ sơ chưa có đủ thông tin về Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp và thời gian đào tạo: thiếu ${CERTIFICATE}.issuedOn.`,
      en: { contains: [`the dossier lacks details of the vocational-training registration certificate and the training period: ${CERTIFICATE}.issuedOn.`] },
    },
    {
      name: 'a training draft with neither certificate date nor end of the period',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.registrationCertificate.issuedOn = null;
        delete d.period.end;
      }),
      status: 'fail',
      missing: [`${CERTIFICATE}.issuedOn`, 'period.end'],
      vi: { contains: [`thiếu ${CERTIFICATE}.issuedOn và period.end.`] },
    },
    {
      name: 'the example: advanced equipment, not vocational training',
      dossier: exampleDossier(),
      status: 'not-applicable',
      vi: 'Không áp dụng: đề án có nội dung "ứng dụng máy móc thiết bị tiên tiến", không phải đào tạo nghề.',
      en: 'Not applicable: the project\'s content is "advanced machinery and equipment", not vocational training.',
      evidence: [{ path: 'contentType', value: 'advanced-equipment' }],
    },
    {
      name: 'a consulting project with an expired certificate recorded anyway',
      dossier: vocationalTrainingProject((d) => {
        d.contentType = 'consulting';
        d.presidingUnit.vocationalTraining.registrationCertificate.validUntil = '2023-01-01';
      }),
      status: 'not-applicable',
      vi: { contains: ['"tư vấn"'] },
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('the table covers pass, fail, not-applicable and missing data', () => expectTableCovers(RULE, cases));
});
