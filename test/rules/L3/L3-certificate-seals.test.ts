import { describe, expect, it } from 'vitest';
import { exampleDossier } from '../../support/dossiers.js';
import { runRuleCase, runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { vocationalTrainingProject } from '../../support/scenarios.js';
import { CENTRE } from '../../support/scenarios-l3.js';

const SEALS = 'presidingUnit.vocationalTraining.seals';

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
      status: 'incomplete',
      missing: [`${SEALS}.embossed`, `${SEALS}.small`],
      vi: `Đề án đào tạo nghề nhưng hồ sơ chưa ghi đơn vị chủ trì có dấu nổi, dấu nhỏ hay không: thiếu ${SEALS}.embossed và ${SEALS}.small.`,
      en: `This is a vocational-training project, but the dossier does not say whether the presiding unit has an embossed seal and a small seal: ${SEALS}.embossed and ${SEALS}.small missing.`,
    },
    {
      name: 'the embossed seal recorded, the small seal left blank',
      dossier: vocationalTrainingProject((d) => {
        d.presidingUnit.vocationalTraining.seals = { embossed: true, small: null };
      }),
      status: 'incomplete',
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
