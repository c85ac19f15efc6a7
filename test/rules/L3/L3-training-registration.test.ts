import { describe, expect, it } from 'vitest';
import L3 from '../../../rules/L3.json';
import { exampleDossier } from '../../support/dossiers.js';
import { runRuleCase, runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { vocationalTrainingProject } from '../../support/scenarios.js';

const CERTIFICATE = 'presidingUnit.vocationalTraining.registrationCertificate';

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
      status: 'incomplete',
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
      status: 'incomplete',
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

  runRuleTable(RULE, cases);
});

describe('L3-training-registration: messages read the certificate through the trainingCertificate fact', () => {
  const RULE = 'L3-training-registration';
  const cases: RuleCase[] = [
    {
      name: 'a certificate recorded without its number: no "số"/"no." and no placeholder',
      dossier: vocationalTrainingProject((d) => {
        delete d.presidingUnit.vocationalTraining.registrationCertificate.number;
      }),
      status: 'pass',
      vi: 'Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp cấp ngày 01/06/2022, hiệu lực đến 01/06/2027, bao trùm thời gian đào tạo 01/03/2024 – 31/10/2024.',
      en: 'The vocational-training registration certificate, issued 1 Jun 2022 and valid until 1 Jun 2027, covers the training period 1 Mar 2024 – 31 Oct 2024.',
    },
    {
      name: 'an expired certificate without a number',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.registrationCertificate.number = null;
        d.presidingUnit.vocationalTraining.registrationCertificate.validUntil = '2024-05-31';
      }),
      status: 'fail',
      vi: 'Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp cấp ngày 01/06/2022, hiệu lực đến 31/05/2024, không bao trùm thời gian đào tạo 01/03/2024 – 31/10/2024.',
      en: 'The vocational-training registration certificate, issued 1 Jun 2022 and valid until 31 May 2024, does not cover the training period 1 Mar 2024 – 31 Oct 2024.',
    },
  ];

  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(RULE, testCase);
  });

  it('no message template spells out the certificate’s dossier path any more', () => {
    const rule = L3.rules.find((candidate) => candidate.id === RULE)!;
    expect(JSON.stringify(rule.messages)).not.toContain('dossier.presidingUnit.vocationalTraining.registrationCertificate');
  });
});
