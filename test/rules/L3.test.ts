import { describe, expect, it } from 'vitest';
import L3 from '../../rules/L3.json';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { runRuleCase, runRuleTable, type RuleCase } from '../support/rule-cases.js';
import { localProject, vocationalTrainingProject } from '../support/scenarios.js';
import { associationTrainingCourse, demonstrationModelProject } from '../support/scenarios-l3.js';

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

  runRuleTable(RULE, cases);
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

  runRuleTable(RULE, cases);
});

const SEALS = 'presidingUnit.vocationalTraining.seals';
const ASSOCIATION = 'Hội Làng nghề bánh cáy Thái Phương';

describe('L3-legal-competence', () => {
  const RULE = 'L3-legal-competence';
  const cases: RuleCase[] = [
    {
      name: 'the example: 8 of the centre staff have legal training',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `${CENTRE} có 8 cán bộ đã được đào tạo, bồi dưỡng về pháp luật.`,
      en: `${CENTRE} has 8 members of staff trained in the law.`,
      evidence: [{ path: 'presidingUnit.staff.legalTraining', value: 8 }],
    },
    {
      name: 'a craft-village association with exactly 1 person trained in the law',
      dossier: associationTrainingCourse(),
      status: 'pass',
      vi: `${ASSOCIATION} có 1 cán bộ đã được đào tạo, bồi dưỡng về pháp luật.`,
      en: `${ASSOCIATION} has 1 member of staff trained in the law.`,
    },
    {
      name: 'nobody in the unit has legal training',
      dossier: exampleWith((d) => {
        d.presidingUnit.staff.legalTraining = 0;
      }),
      status: 'fail',
      vi: `${CENTRE} chưa có cán bộ nào được đào tạo, bồi dưỡng về pháp luật; cần ít nhất 1 người.`,
      en: `${CENTRE} has no staff trained in the law; at least 1 is needed.`,
      remediation: ['Cử ít nhất 1 cán bộ', 'presidingUnit.staff.legalTraining'],
      evidence: [{ path: 'presidingUnit.staff.legalTraining', value: 0 }],
    },
    {
      name: 'a unit with no name given: the sentence still has a subject',
      dossier: exampleWith((d) => {
        d.presidingUnit.staff.legalTraining = 0;
        delete d.presidingUnit.name;
      }),
      status: 'fail',
      vi: 'Đơn vị chủ trì chưa có cán bộ nào được đào tạo, bồi dưỡng về pháp luật; cần ít nhất 1 người.',
      en: 'The presiding unit has no staff trained in the law; at least 1 is needed.',
    },
    {
      name: 'the staff figures give no legal-training count',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.staff.legalTraining;
      }),
      status: 'fail',
      missing: ['presidingUnit.staff.legalTraining'],
      vi: 'Hồ sơ chưa ghi số cán bộ được đào tạo, bồi dưỡng về pháp luật của đơn vị chủ trì (presidingUnit.staff.legalTraining).',
      en: "The dossier does not state how many of the presiding unit's staff are trained in the law (presidingUnit.staff.legalTraining).",
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L3-premises', () => {
  const RULE = 'L3-premises';
  const cases: RuleCase[] = [
    {
      name: 'the example: advanced equipment, with an office, a training hall and a demonstration workshop',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `${CENTRE} có nhà xưởng, cơ sở vật chất (văn phòng, hội trường đào tạo và xưởng trình diễn) đáp ứng yêu cầu của đề án ứng dụng máy móc thiết bị tiên tiến.`,
      en: `${CENTRE} has premises (office, training hall and demonstration workshop) that meet the needs of the project (advanced machinery and equipment).`,
      evidence: [
        { path: 'presidingUnit.facilities', value: ['office', 'training-hall', 'demonstration-workshop'] },
        { path: '@facilityRequirementUnmet', value: null },
      ],
    },
    {
      name: 'a training course held in a classroom (no training hall needed)',
      dossier: associationTrainingCourse(),
      status: 'pass',
      vi: `${ASSOCIATION} có nhà xưởng, cơ sở vật chất (phòng học) đáp ứng yêu cầu của đề án đào tạo nghề, truyền nghề.`,
      en: `${ASSOCIATION} has premises (classroom) that meet the needs of the project (vocational training).`,
    },
    {
      name: 'a demonstration model whose unit has a demonstration workshop',
      dossier: demonstrationModelProject((d) => {
        d.presidingUnit.facilities.push('demonstration-workshop');
      }),
      status: 'pass',
      vi: { contains: ['(văn phòng, hội trường đào tạo và xưởng trình diễn) đáp ứng yêu cầu của đề án mô hình trình diễn kỹ thuật.'] },
    },
    {
      name: 'a training project whose unit has only an office and a demonstration workshop',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.facilities = ['office', 'demonstration-workshop'];
      }),
      status: 'fail',
      vi: `Đề án đào tạo nghề cần hội trường đào tạo (training-hall) hoặc phòng học (classroom), nhưng ${CENTRE} chỉ kê khai văn phòng và xưởng trình diễn.`,
      en: `A vocational-training project needs a training hall (training-hall) or a classroom (classroom), but ${CENTRE} lists only office and demonstration workshop.`,
      remediation: ['Bố trí hội trường đào tạo hoặc phòng học', 'ghi training-hall hoặc classroom vào presidingUnit.facilities'],
      evidence: [
        { path: 'presidingUnit.facilities', value: ['office', 'demonstration-workshop'] },
        {
          path: '@facilityRequirementUnmet',
          value: {
            contentType: 'vocational-training',
            anyOf: ['training-hall', 'classroom'],
            facilities: ['office', 'demonstration-workshop'],
            path: 'presidingUnit.facilities',
          },
        },
      ],
    },
    {
      name: 'a demonstration model whose unit has no demonstration workshop',
      dossier: demonstrationModelProject(),
      status: 'fail',
      vi: `Đề án mô hình trình diễn kỹ thuật cần xưởng trình diễn (demonstration-workshop), nhưng ${CENTRE} chỉ kê khai văn phòng và hội trường đào tạo.`,
      en: `A technical demonstration model needs a demonstration workshop (demonstration-workshop), but ${CENTRE} lists only office and training hall.`,
      remediation: ['Bố trí xưởng trình diễn', 'demonstration-workshop'],
      check: (findings) => {
        expect(findings.vi.remediation).not.toContain('classroom');
      },
    },
    {
      name: 'an advanced-equipment project whose unit lists no premises at all (an empty list)',
      dossier: exampleWith((d) => {
        d.presidingUnit.facilities = [];
      }),
      status: 'fail',
      vi: `${CENTRE} không kê khai nhà xưởng, cơ sở vật chất nào (presidingUnit.facilities để trống).`,
      en: `${CENTRE} lists no premises (presidingUnit.facilities is empty).`,
      remediation: ['Kê khai nhà xưởng, cơ sở vật chất', 'presidingUnit.facilities'],
      evidence: [{ path: 'presidingUnit.facilities', value: [] }],
    },
    {
      name: 'a training project, unnamed unit, with an empty premises list: both gaps are named',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.facilities = [];
        delete d.presidingUnit.name;
      }),
      status: 'fail',
      vi: 'Đơn vị chủ trì không kê khai nhà xưởng, cơ sở vật chất nào (presidingUnit.facilities để trống). Đề án đào tạo nghề cần hội trường đào tạo (training-hall) hoặc phòng học (classroom).',
      en: 'The presiding unit lists no premises (presidingUnit.facilities is empty). A vocational-training project needs a training hall (training-hall) or a classroom (classroom).',
    },
    {
      name: 'the dossier does not list the premises',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.facilities;
      }),
      status: 'fail',
      missing: ['presidingUnit.facilities'],
      vi: 'Hồ sơ chưa kê khai nhà xưởng, cơ sở vật chất của đơn vị chủ trì (presidingUnit.facilities).',
      en: "The dossier does not list the presiding unit's premises (presidingUnit.facilities).",
    },
    {
      name: 'premises given as null (absent)',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.facilities = null;
      }),
      status: 'fail',
      missing: ['presidingUnit.facilities'],
    },
  ];

  runRuleTable(RULE, cases);
});

describe('L3-equipment-and-vehicles', () => {
  const RULE = 'L3-equipment-and-vehicles';
  const cases: RuleCase[] = [
    {
      name: 'the example: three kinds of equipment and 2 vehicles',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `${CENTRE} có máy móc, thiết bị (máy chiếu, hệ thống âm thanh và thiết bị đo lường) và 2 phương tiện đi lại.`,
      en: `${CENTRE} has equipment (projector, sound system and measuring instruments) and 2 vehicles.`,
      evidence: [
        { path: 'presidingUnit.equipment', value: ['projector', 'sound-system', 'measuring-instruments'] },
        { path: 'presidingUnit.vehicles', value: 2 },
      ],
    },
    {
      name: 'an association with one projector and one vehicle',
      dossier: associationTrainingCourse(),
      status: 'pass',
      vi: `${ASSOCIATION} có máy móc, thiết bị (máy chiếu) và 1 phương tiện đi lại.`,
      en: `${ASSOCIATION} has equipment (projector) and 1 vehicle.`,
    },
    {
      name: 'equipment but no vehicle',
      dossier: exampleWith((d) => {
        d.presidingUnit.vehicles = 0;
      }),
      status: 'fail',
      vi: `${CENTRE} có máy móc, thiết bị (máy chiếu, hệ thống âm thanh và thiết bị đo lường); số phương tiện đi lại: 0. Cần có máy móc, thiết bị và ít nhất 1 phương tiện đi lại.`,
      en: `${CENTRE} has equipment (projector, sound system and measuring instruments) and 0 vehicles; it needs equipment and at least 1 vehicle.`,
      remediation: ['ít nhất 1 phương tiện đi lại', 'presidingUnit.vehicles'],
      evidence: [{ path: 'presidingUnit.vehicles', value: 0 }],
    },
    {
      name: 'vehicles but an empty equipment list',
      dossier: exampleWith((d) => {
        d.presidingUnit.equipment = [];
      }),
      status: 'fail',
      vi: `${CENTRE} không kê khai máy móc, thiết bị nào; số phương tiện đi lại: 2. Cần có máy móc, thiết bị và ít nhất 1 phương tiện đi lại.`,
      en: `${CENTRE} lists no equipment and 2 vehicles; it needs equipment and at least 1 vehicle.`,
      remediation: ['presidingUnit.equipment'],
      evidence: [{ path: 'presidingUnit.equipment', value: [] }],
    },
    {
      name: 'the number of vehicles is not stated',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.vehicles;
      }),
      status: 'fail',
      missing: ['presidingUnit.vehicles'],
      vi: 'Hồ sơ chưa kê khai đủ máy móc, thiết bị và phương tiện của đơn vị chủ trì: thiếu presidingUnit.vehicles.',
      en: "The dossier does not give the presiding unit's equipment and vehicles: presidingUnit.vehicles missing.",
    },
    {
      name: 'neither equipment nor vehicles stated',
      dossier: exampleWith((d) => {
        d.presidingUnit.equipment = null;
        delete d.presidingUnit.vehicles;
      }),
      status: 'fail',
      missing: ['presidingUnit.equipment', 'presidingUnit.vehicles'],
      vi: { contains: ['thiếu presidingUnit.equipment và presidingUnit.vehicles.'] },
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

describe('L3-certificate-seals', () => {
  const RULE = 'L3-certificate-seals';
  const cases: RuleCase[] = [
    {
      name: 'training project: both seals',
      dossier: vocationalTrainingProject(),
      status: 'pass',
      vi: `${CENTRE} có dấu nổi và dấu nhỏ để cấp chứng chỉ, chứng nhận cho học viên.`,
      en: `${CENTRE} has an embossed seal and a small seal to issue the learners' certificates.`,
      evidence: [
        { path: `${SEALS}.embossed`, value: true },
        { path: `${SEALS}.small`, value: true },
      ],
    },
    {
      name: 'no small seal',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.seals.small = false;
      }),
      status: 'fail',
      vi: `${CENTRE} chưa có dấu nhỏ để cấp chứng chỉ, chứng nhận cho học viên.`,
      en: `${CENTRE} has no small seal to issue the learners' certificates.`,
      remediation: ['Hoàn tất thủ tục để có dấu nhỏ dùng khi cấp chứng chỉ', `${SEALS}`],
      evidence: [{ path: `${SEALS}.small`, value: false }],
      check: (findings) => {
        expect(findings.vi.remediation).not.toContain('dấu nổi');
      },
    },
    {
      name: 'no embossed seal',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.seals.embossed = false;
      }),
      status: 'fail',
      vi: `${CENTRE} chưa có dấu nổi để cấp chứng chỉ, chứng nhận cho học viên.`,
      en: `${CENTRE} has no embossed seal to issue the learners' certificates.`,
      evidence: [{ path: `${SEALS}.embossed`, value: false }],
    },
    {
      name: 'neither seal',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.seals = { embossed: false, small: false };
      }),
      status: 'fail',
      vi: `${CENTRE} chưa có cả dấu nổi lẫn dấu nhỏ để cấp chứng chỉ, chứng nhận cho học viên.`,
      en: `${CENTRE} has no embossed seal and no small seal to issue the learners' certificates.`,
      remediation: ['dấu nổi và dấu nhỏ'],
    },
    {
      name: 'a training project that says nothing about seals',
      dossier: vocationalTrainingProject((d) => {
        delete d.presidingUnit.vocationalTraining.seals;
      }),
      status: 'fail',
      missing: [`${SEALS}.embossed`, `${SEALS}.small`],
      vi: `Đề án đào tạo nghề nhưng hồ sơ chưa ghi đơn vị chủ trì có dấu nổi, dấu nhỏ hay không: thiếu ${SEALS}.embossed và ${SEALS}.small.`,
      en: `This is a vocational-training project, but the dossier does not say whether the presiding unit has an embossed seal and a small seal: ${SEALS}.embossed and ${SEALS}.small missing.`,
    },
    {
      name: 'the embossed seal recorded, the small seal left blank',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.seals = { embossed: true, small: null };
      }),
      status: 'fail',
      missing: [`${SEALS}.small`],
    },
    {
      name: 'the example: advanced equipment, not vocational training',
      dossier: exampleDossier(),
      status: 'not-applicable',
      vi: 'Không áp dụng: đề án có nội dung "ứng dụng máy móc thiết bị tiên tiến", không phải đào tạo nghề.',
      en: 'Not applicable: the project\'s content is "advanced machinery and equipment", not vocational training.',
      evidence: [{ path: 'contentType', value: 'advanced-equipment' }],
    },
  ];

  runRuleTable(RULE, cases);

  it('says that no legal text requiring an embossed seal was found', async () => {
    const findings = await runRuleCase(RULE, { name: 'references', dossier: vocationalTrainingProject(), status: 'pass' });
    const legal = findings.vi.references.find((reference) => reference.kind !== 'lesson')!;
    expect(legal.verified).toBe(false);
    expect(legal.note).toContain('chưa tìm thấy văn bản pháp luật nào yêu cầu dấu nổi');
    expect(findings.en.references.find((reference) => reference.kind !== 'lesson')!.note).toContain(
      'no legal text requiring an embossed seal',
    );
  });
});

describe('L3-learner-ratio', () => {
  const RULE = 'L3-learner-ratio';
  const TRAINING = 'presidingUnit.vocationalTraining';
  const cases: RuleCase[] = [
    {
      name: 'training project: 35 trainees, 2 instructors (17.5 each)',
      dossier: vocationalTrainingProject(),
      status: 'pass',
      vi: 'Đề án đào tạo 35 học viên với 2 giáo viên: bình quân 17,5 học viên trên một giáo viên, không vượt mức tối đa 25 theo quy định.',
      en: 'The project has 35 trainees and 2 instructors: 17.5 trainees per instructor, within the legal limit of 25.',
      evidence: [
        { path: `${TRAINING}.instructors`, value: 2 },
        { path: '@learnersPerInstructor', value: 17.5 },
        { path: '@learnersPerInstructorLimit', value: 25 },
      ],
    },
    {
      name: 'exactly at the limit: 50 trainees, 2 instructors',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.trainees = 50;
      }),
      status: 'pass',
      vi: { contains: ['bình quân 25 học viên trên một giáo viên, không vượt mức tối đa 25'] },
    },
    {
      name: 'one instructor, one trainee',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.trainees = 1;
        d.presidingUnit.vocationalTraining.instructors = 1;
      }),
      status: 'pass',
      en: 'The project has 1 trainee and 1 instructor: 1 trainee per instructor, within the legal limit of 25.',
    },
    {
      name: 'a 2025 course judged under the 2025 decree: the limit still comes from the legal data',
      dossier: vocationalTrainingProject((d) => {
        d.approvedOn = '2025-08-15';
        d.period = { start: '2025-09-01', end: '2026-03-31' };
      }),
      options: { asOf: '2025-10-01' },
      status: 'pass',
      evidence: [{ path: '@learnersPerInstructorLimit', value: 25 }],
    },
    {
      name: '70 trainees for 2 instructors (35 each)',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.trainees = 70;
      }),
      status: 'fail',
      vi: 'Đề án đào tạo 70 học viên nhưng chỉ có 2 giáo viên: bình quân 35 học viên trên một giáo viên, vượt mức tối đa 25 theo quy định.',
      en: 'The project has 70 trainees but only 2 instructors: 35 trainees per instructor, above the legal limit of 25.',
      remediation: ['không quá 25 học viên', `${TRAINING}.instructors`],
      evidence: [
        { path: '@learnersPerInstructor', value: 35 },
        { path: '@learnersPerInstructorLimit', value: 25 },
      ],
    },
    {
      name: 'no instructors: a clear failure, no division by zero',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.instructors = 0;
      }),
      status: 'fail',
      vi: `Đề án đào tạo 35 học viên nhưng chưa bố trí giáo viên nào (${TRAINING}.instructors là 0).`,
      en: `The project has 35 trainees but no instructors (${TRAINING}.instructors is 0).`,
      evidence: [{ path: `${TRAINING}.instructors`, value: 0 }],
      check: (findings) => {
        for (const finding of Object.values(findings)) expect(finding.message).not.toMatch(/Infinity|NaN|∞/);
      },
    },
    {
      name: 'the number of instructors is not stated',
      dossier: vocationalTrainingProject((d) => {
        delete d.presidingUnit.vocationalTraining.instructors;
      }),
      status: 'fail',
      missing: [`${TRAINING}.instructors`],
      vi: `Đề án đào tạo nghề nhưng hồ sơ chưa ghi đủ số học viên và số giáo viên: thiếu ${TRAINING}.instructors.`,
      en: `This is a vocational-training project, but the dossier does not give both the number of trainees and of instructors: ${TRAINING}.instructors missing.`,
    },
    {
      name: 'a training draft with no training details at all',
      dossier: vocationalTrainingProject((d) => {
        delete d.presidingUnit.vocationalTraining;
      }),
      status: 'fail',
      missing: [`${TRAINING}.trainees`, `${TRAINING}.instructors`],
    },
    {
      name: 'the example: advanced equipment, not vocational training',
      dossier: exampleDossier(),
      status: 'not-applicable',
      vi: 'Không áp dụng: đề án có nội dung "ứng dụng máy móc thiết bị tiên tiến", không phải đào tạo nghề.',
      evidence: [{ path: 'contentType', value: 'advanced-equipment' }],
    },
  ];

  runRuleTable(RULE, cases);

  it('reads the limit from the legal data, not from a parameter, and cites it as unverified', () => {
    const rule = L3.rules.find((candidate) => candidate.id === RULE)!;
    expect(rule).not.toHaveProperty('parameters');
    expect(JSON.stringify(rule)).toContain('"value":{"fact":"learnersPerInstructorLimit"}');
    const law = rule.references.find((reference) => reference.kind === 'law')!;
    expect(law.verified).toBe(false);
    expect(law.citation).toContain('Nghị định 143/2016/NĐ-CP');
  });
});

describe('L3-track-record', () => {
  const RULE = 'L3-track-record';
  const cases: RuleCase[] = [
    {
      name: 'the example: 15 projects completed, 1 late',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `${CENTRE} đã hoàn thành 15 đề án, 1 đề án bị chậm (6,67%, không quá 30%).`,
      en: `${CENTRE} has completed 15 projects, 1 of them late (6.67%, at most 30% allowed).`,
      evidence: [
        { path: 'presidingUnit.trackRecord.projectsCompleted', value: 15 },
        { path: '@delayedProjectShare', value: expect.closeTo(1 / 15, 10) },
      ],
    },
    {
      name: 'exactly at the limit: 3 of 10 late',
      dossier: exampleWith((d) => {
        d.presidingUnit.trackRecord = { projectsCompleted: 10, projectsDelayed: 3 };
      }),
      status: 'pass',
      vi: `${CENTRE} đã hoàn thành 10 đề án, 3 đề án bị chậm (30%, không quá 30%).`,
    },
    {
      name: 'one project completed, on time',
      dossier: exampleWith((d) => {
        d.presidingUnit.trackRecord = { projectsCompleted: 1, projectsDelayed: 0 };
      }),
      status: 'pass',
      en: `${CENTRE} has completed 1 project, 0 of them late (0%, at most 30% allowed).`,
    },
    {
      name: 'an association that finished 1 of its 2 courses late',
      dossier: associationTrainingCourse(),
      status: 'fail',
      vi: `${ASSOCIATION} đã hoàn thành 2 đề án nhưng 1 đề án bị chậm (50%), vượt mức 30%.`,
      en: `${ASSOCIATION} has completed 2 projects, but 1 of them ran late (50%), above the 30% allowed.`,
      remediation: ['Giải trình nguyên nhân chậm tiến độ', 'không quá 30%'],
      evidence: [{ path: '@delayedProjectShare', value: 0.5 }],
    },
    {
      name: 'a unit that has not completed any project',
      dossier: exampleWith((d) => {
        d.presidingUnit.trackRecord = { projectsCompleted: 0, projectsDelayed: 0 };
      }),
      status: 'fail',
      vi: `${CENTRE} chưa hoàn thành đề án nào; cần ít nhất 1 đề án đã hoàn thành để chứng minh năng lực.`,
      en: `${CENTRE} has not completed any project yet; at least 1 completed project is needed as a track record.`,
      remediation: ['presidingUnit.trackRecord'],
      evidence: [
        { path: 'presidingUnit.trackRecord.projectsCompleted', value: 0 },
        { path: '@delayedProjectShare', value: null },
      ],
    },
    {
      name: 'the number of delayed projects is not stated',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.trackRecord.projectsDelayed;
      }),
      status: 'fail',
      missing: ['presidingUnit.trackRecord.projectsDelayed'],
      vi: 'Hồ sơ chưa ghi kết quả thực hiện các đề án trước của đơn vị chủ trì: thiếu presidingUnit.trackRecord.projectsDelayed.',
      en: "The dossier does not give the presiding unit's record on earlier projects: presidingUnit.trackRecord.projectsDelayed missing.",
    },
    {
      name: 'no track record at all',
      dossier: exampleWith((d) => {
        delete d.presidingUnit.trackRecord;
      }),
      status: 'fail',
      missing: ['presidingUnit.trackRecord.projectsCompleted', 'presidingUnit.trackRecord.projectsDelayed'],
    },
  ];

  runRuleTable(RULE, cases);
});

describe('lesson 3 rule set', () => {
  it('has every catalogue rule of lesson 3, with its severity, and a table above for each', () => {
    const catalogue: Record<string, string> = {
      'L3-technical-staff': 'major',
      'L3-legal-competence': 'minor',
      'L3-premises': 'major',
      'L3-equipment-and-vehicles': 'minor',
      'L3-training-registration': 'critical',
      'L3-certificate-seals': 'major',
      'L3-learner-ratio': 'major',
      'L3-track-record': 'minor',
    };
    expect(Object.fromEntries(L3.rules.map((rule) => [rule.id, rule.severity]))).toEqual(catalogue);
    for (const rule of L3.rules) expect(rule.since).toBe('1.0.0');
  });

  it('writes no legal figure into a rule: the learner limit is only in the legal data', () => {
    const text = JSON.stringify(L3);
    expect(text).not.toMatch(/\b25\b/);
    expect(text).not.toMatch(/2025-07-01|2025-10-15/);
  });
});
