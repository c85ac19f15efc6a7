import { describe, expect } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { evaluatorWithNorms, thaiBinhNorms } from '../../support/local-norms.js';
import { localProject, vocationalTrainingProject } from '../../support/scenarios.js';
import { demonstrationModelProject, technologyLineProject, twoBeneficiariesProject } from '../../support/scenarios-l5.js';

describe('L5-support-cap', () => {
  const RULE = 'L5-support-cap';
  const HTX = 'Hợp tác xã bánh cáy Thái Phương';
  const TT28 = 'Thông tư 28/2018/TT-BTC (sửa đổi bởi Thông tư 64/2024/TT-BTC)';
  const TTLT26 = 'Thông tư liên tịch 26/2014/TTLT-BTC-BCT (hỗ trợ ứng dụng máy móc thiết bị tiên tiến)';
  // The 2018 caps are read from secondary sources only: the messages say so.
  const TT28_VI = `${TT28} (nguồn chưa kiểm chứng)`;
  const TT28_EN = `${TT28} (source not verified)`;
  const NQ = 'Nghị quyết 01/2023/NQ-HĐND tỉnh Thái Bình (ví dụ kiểm thử)';
  const withThaiBinh = evaluatorWithNorms(thaiBinhNorms());
  const withVerifiedThaiBinh = evaluatorWithNorms(
    thaiBinhNorms((norms) => {
      norms.verified = true;
      norms.caps['advanced-equipment'] = { percent: 50, maxVnd: 320000000, per: 'establishment' };
    }),
  );
  const withHaiDuongOnly = evaluatorWithNorms(thaiBinhNorms((norms) => (norms.province = 'Hải Dương')));
  const withExpiredThaiBinh = evaluatorWithNorms(thaiBinhNorms((norms) => (norms.effectiveTo = '2023-06-30')));
  const cases: RuleCase[] = [
    {
      name: 'the example: 300 million of 600 million (50%) under the 2018 cap of 300 million',
      dossier: exampleDossier(),
      status: 'pass',
      vi: `Hỗ trợ từ kinh phí khuyến công cho máy móc, thiết bị nằm trong mức tối đa theo ${TT28_VI}: ${HTX} được hỗ trợ 300.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (50%), mức tối đa 300.000.000 đồng (50% giá trị, không quá 300.000.000 đồng mỗi cơ sở).`,
      en: `Khuyến công support for equipment is within the cap set by ${TT28_EN}: ${HTX} receives 300,000,000 VND on 600,000,000 VND of equipment (50%), against a cap of 300,000,000 VND (50% of the cost, at most 300,000,000 VND per establishment).`,
      evidence: [
        { path: '@supportCap', value: expect.objectContaining({ percent: 50, maxVnd: 300000000, per: 'establishment', verified: false }) },
        { path: '@supportOverCap', value: [] },
        { path: '@equipmentSupportWithoutBeneficiary', value: [] },
      ],
      check: ({ vi }) => {
        expect(vi.references.map(({ citation, verified }) => ({ citation, verified }))).toEqual([
          { citation: 'Bài học 5 (tỉnh Thái Bình)', verified: true },
          { citation: expect.stringContaining('Thông tư liên tịch 26/2014/TTLT-BTC-BCT'), verified: true },
          { citation: expect.stringContaining('Thông tư 28/2018/TT-BTC'), verified: false },
        ]);
        expect(vi.references[2]!.note).toContain('chưa kiểm chứng');
      },
    },
    {
      name: 'two establishments, each within its own cap (the mixer: 200 of 400 million)',
      dossier: twoBeneficiariesProject(),
      status: 'pass',
      vi: {
        contains: [
          `${HTX} được hỗ trợ 300.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (50%)`,
          'Hộ kinh doanh bánh cáy Đức Hạnh được hỗ trợ 200.000.000 đồng trên 400.000.000 đồng giá trị thiết bị (50%), mức tối đa 200.000.000 đồng',
        ],
      },
    },
    {
      name: 'a technology line: 440 million within 1.5 × the cap (450 million)',
      dossier: technologyLineProject(),
      status: 'pass',
      vi: {
        contains: [
          `${HTX} được hỗ trợ 440.000.000 đồng trên 920.000.000 đồng giá trị thiết bị (47,83%), mức tối đa 450.000.000 đồng (50% giá trị, không quá 450.000.000 đồng mỗi cơ sở đối với dây chuyền công nghệ)`,
        ],
      },
      en: { contains: ['against a cap of 450,000,000 VND (50% of the cost, at most 450,000,000 VND per establishment for a technology line)'] },
    },
    {
      name: 'the packing machine raised to 120 million: 310 million, 10 million over the VND cap',
      dossier: exampleWith((d) => {
        d.budget.lines[1].funding = { khuyenCong: 120000000, counterpart: 100000000 };
      }),
      status: 'fail',
      vi: `Vượt mức hỗ trợ tối đa theo ${TT28_VI}: ${HTX} được hỗ trợ 310.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (51,67%), vượt 10.000.000 đồng so với mức tối đa 300.000.000 đồng (50% giá trị, không quá 300.000.000 đồng mỗi cơ sở).`,
      en: `Support exceeds the cap set by ${TT28_EN}: ${HTX} receives 310,000,000 VND on 600,000,000 VND of equipment (51.67%), 10,000,000 VND over the cap of 300,000,000 VND (50% of the cost, at most 300,000,000 VND per establishment).`,
      remediation: [`(${HTX}: không quá 300.000.000 đồng)`, 'funding.khuyenCong', 'funding.counterpart'],
      evidence: [
        {
          path: '@supportOverCap',
          value: [
            expect.objectContaining({
              label: HTX,
              beneficiary: 'HTX-THAIPHUONG',
              equipmentAmount: 600000000,
              support: 310000000,
              capVnd: 300000000,
              overBy: 10000000,
              lines: ['Máy nổ bỏng gạo tự động', 'Máy đóng gói bánh cáy'],
              path: 'beneficiaries[0]',
            }),
          ],
        },
      ],
    },
    {
      name: 'the same dossier under the 2014 joint circular (reference date 2016-12-20): cap 200 million',
      dossier: exampleDossier(),
      options: { referenceDate: '2016-12-20' },
      status: 'fail',
      vi: `Vượt mức hỗ trợ tối đa theo ${TTLT26}: ${HTX} được hỗ trợ 300.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (50%), vượt 100.000.000 đồng so với mức tối đa 200.000.000 đồng (50% giá trị, không quá 200.000.000 đồng mỗi cơ sở).`,
      evidence: [{ path: '@supportCap', value: expect.objectContaining({ maxVnd: 200000000, verified: true }) }],
    },
    {
      name: 'the mixer of the second establishment at 55%: only that establishment is named',
      dossier: twoBeneficiariesProject((d) => {
        d.budget.lines[4].funding = { khuyenCong: 220000000, counterpart: 180000000 };
      }),
      status: 'fail',
      vi: `Vượt mức hỗ trợ tối đa theo ${TT28_VI}: Hộ kinh doanh bánh cáy Đức Hạnh được hỗ trợ 220.000.000 đồng trên 400.000.000 đồng giá trị thiết bị (55%), vượt 20.000.000 đồng so với mức tối đa 200.000.000 đồng (50% giá trị, không quá 300.000.000 đồng mỗi cơ sở).`,
      en: { contains: ['Hộ kinh doanh bánh cáy Đức Hạnh receives 220,000,000 VND', '20,000,000 VND over the cap of 200,000,000 VND'], excludes: [HTX] },
    },
    {
      name: 'only the puffing line is flagged as a technology line: the ordinary cap applies',
      dossier: technologyLineProject((d) => {
        delete d.budget.lines[1].technologyLine;
      }),
      status: 'fail',
      vi: { contains: ['được hỗ trợ 440.000.000 đồng', 'vượt 140.000.000 đồng so với mức tối đa 300.000.000 đồng'] },
    },
    {
      name: 'a demonstration model: 30% per model, the whole project being one model',
      dossier: demonstrationModelProject(),
      status: 'fail',
      vi: `Vượt mức hỗ trợ tối đa theo ${TT28_VI}: mô hình trình diễn được hỗ trợ 300.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (50%), vượt 120.000.000 đồng so với mức tối đa 180.000.000 đồng (30% giá trị, không quá 1.000.000.000 đồng cho mô hình).`,
      en: { contains: ['the demonstration model receives 300,000,000 VND', 'at most 1,000,000,000 VND for the model'] },
      evidence: [{ path: '@supportOverCap', value: [expect.objectContaining({ model: true, path: 'budget.lines' })] }],
    },
    {
      name: 'two establishments, but the machines do not say whose they are',
      dossier: twoBeneficiariesProject((d) => {
        delete d.budget.lines[0].beneficiary;
        delete d.budget.lines[1].beneficiary;
      }),
      status: 'fail',
      vi: 'Chưa xác định được cơ sở thụ hưởng (beneficiary) của các dòng thiết bị có kinh phí khuyến công nên chưa đối chiếu được mức hỗ trợ của từng cơ sở: Máy nổ bỏng gạo tự động (190.000.000 đồng); Máy đóng gói bánh cáy (110.000.000 đồng).',
      en: 'These equipment lines with khuyến công funding name no beneficiary, so the support per establishment cannot be checked: Máy nổ bỏng gạo tự động (190,000,000 VND); Máy đóng gói bánh cáy (110,000,000 VND).',
      remediation: ['Ghi cơ sở thụ hưởng (beneficiary) cho các dòng thiết bị: Máy nổ bỏng gạo tự động; Máy đóng gói bánh cáy.'],
    },
    {
      name: 'a vocational-training project: no cap known for that content',
      dossier: vocationalTrainingProject(),
      status: 'not-applicable',
      vi: 'Không áp dụng: chưa có mức hỗ trợ tối đa đã biết cho nội dung "đào tạo nghề, truyền nghề" vào ngày tham chiếu 28/12/2023.',
      en: 'Not applicable: no cap is known for "vocational training" on the reference date 28 Dec 2023.',
      evidence: [{ path: '@supportCapApplies', value: false }],
    },
    {
      name: 'machinery judged under the law of 2013, before the first cap in the legal data',
      dossier: exampleDossier(),
      options: { referenceDate: '2013-12-20' },
      status: 'not-applicable',
      vi: 'Không áp dụng: chưa có mức hỗ trợ tối đa đã biết cho nội dung "ứng dụng máy móc thiết bị tiên tiến" vào ngày tham chiếu 20/12/2013.',
    },
    {
      name: 'a dossier without a budget',
      dossier: exampleWith((d) => {
        delete d.budget;
      }),
      status: 'incomplete',
      missing: ['budget.lines'],
      vi: 'Chưa đối chiếu được mức hỗ trợ tối đa: hồ sơ còn thiếu budget.lines.',
      en: 'Cannot check the support against the cap: the dossier lacks budget.lines.',
    },
    {
      name: 'an equipment line with no amount: incomplete naming it, never "over the cap of 0"',
      dossier: exampleWith((d) => {
        delete d.budget.lines[1].amount;
      }),
      status: 'incomplete',
      missing: ['budget.lines[1].amount'],
      vi: 'Chưa đối chiếu được mức hỗ trợ tối đa: hồ sơ còn thiếu budget.lines[1].amount (Máy đóng gói bánh cáy).',
      en: { contains: ['the dossier lacks budget.lines[1].amount (Máy đóng gói bánh cáy).'], excludes: ['over the cap'] },
      evidence: [{ path: '@supportOverCap', value: [], missing: ['budget.lines[1].amount'] }],
    },
    {
      name: 'equipment lines with no amount and no funding: incomplete, never a pass on "0 VND of 0 VND"',
      dossier: exampleWith((d) => {
        for (const line of d.budget.lines.slice(0, 2)) {
          delete line.amount;
          delete line.funding;
        }
      }),
      status: 'incomplete',
      missing: ['budget.lines[0].amount', 'budget.lines[0].funding.khuyenCong', 'budget.lines[1].amount', 'budget.lines[1].funding.khuyenCong'],
      en: { excludes: ['0 VND'] },
    },
    {
      name: 'a line whose funding names only its counterpart part, short of the amount: the khuyến công part is missing',
      dossier: exampleWith((d) => {
        d.budget.lines[1].funding = { counterpart: 110000000 };
      }),
      status: 'incomplete',
      missing: ['budget.lines[1].funding.khuyenCong'],
    },
    {
      name: 'a line with khuyến công funding of 0 stated: data, within the cap',
      dossier: exampleWith((d) => {
        d.budget.lines[1].funding = { khuyenCong: 0, counterpart: 220000000 };
      }),
      status: 'pass',
      vi: { contains: ['được hỗ trợ 190.000.000 đồng trên 600.000.000 đồng'] },
    },

    // Local projects: the province's norms, never the national caps.
    {
      name: 'a local project of Thái Bình held to its norms (250 million per establishment): 300 million is 50 million over',
      dossier: localProject(),
      evaluator: withThaiBinh,
      status: 'fail',
      vi: `Vượt mức hỗ trợ tối đa theo ${NQ} (định mức chi của tỉnh Thái Bình) (nguồn chưa kiểm chứng): ${HTX} được hỗ trợ 300.000.000 đồng trên 600.000.000 đồng giá trị thiết bị (50%), vượt 50.000.000 đồng so với mức tối đa 250.000.000 đồng (50% giá trị, không quá 250.000.000 đồng mỗi cơ sở).`,
      en: `Support exceeds the cap set by ${NQ} (the cost norms of Thái Bình) (source not verified): ${HTX} receives 300,000,000 VND on 600,000,000 VND of equipment (50%), 50,000,000 VND over the cap of 250,000,000 VND (50% of the cost, at most 250,000,000 VND per establishment).`,
      evidence: [
        {
          path: '@supportCap',
          value: expect.objectContaining({
            basis: 'local',
            province: 'Thái Bình',
            source: NQ,
            verified: false,
            percent: 50,
            maxVnd: 250000000,
            per: 'establishment',
            effectiveFrom: '2023-01-01',
            effectiveTo: null,
          }),
        },
      ],
    },
    {
      name: 'the same local project under verified norms of 320 million: within, and no "not verified"',
      dossier: localProject((d) => {
        d.location.province = 'Tỉnh Thái Bình';
      }),
      evaluator: withVerifiedThaiBinh,
      status: 'pass',
      vi: { contains: [`theo ${NQ} (định mức chi của tỉnh Thái Bình):`, 'mức tối đa 300.000.000 đồng (50% giá trị, không quá 320.000.000 đồng mỗi cơ sở)'], excludes: ['chưa kiểm chứng'] },
      en: { excludes: ['not verified'] },
    },
    {
      name: 'a local project with no norms supplied: not the national caps, not applicable',
      dossier: localProject(),
      status: 'not-applicable',
      vi: 'Không áp dụng: chưa có định mức chi của tỉnh Thái Bình (nghị quyết của Hội đồng nhân dân tỉnh) cho nội dung "ứng dụng máy móc thiết bị tiên tiến" còn hiệu lực vào ngày tham chiếu 28/12/2023; mức hỗ trợ tối đa quốc gia chỉ áp dụng cho kinh phí khuyến công quốc gia.',
      en: 'Not applicable: no cost norms of Thái Bình (a provincial People\'s Council resolution) for "advanced machinery and equipment" in force on the reference date 28 Dec 2023 were supplied; the national caps bind national khuyến công funds only.',
      evidence: [{ path: '@supportCapApplies', value: false }],
    },
    {
      name: 'norms of another province only',
      dossier: localProject(),
      evaluator: withHaiDuongOnly,
      status: 'not-applicable',
      vi: { contains: ['chưa có định mức chi của tỉnh Thái Bình'] },
    },
    {
      name: 'Thái Bình norms that ended before the reference date',
      dossier: localProject(),
      evaluator: withExpiredThaiBinh,
      status: 'not-applicable',
    },
    {
      name: 'no scope: incomplete, never judged by the national caps',
      dossier: exampleWith((d) => {
        delete d.scope;
      }),
      status: 'incomplete',
      missing: ['scope'],
      vi: 'Chưa đối chiếu được mức hỗ trợ tối đa: hồ sơ còn thiếu scope (phạm vi đề án quyết định áp dụng mức quốc gia hay định mức chi của tỉnh).',
      en: 'Cannot check the support against the cap: the dossier lacks scope (the scope decides whether the national caps or the province\'s norms apply).',
    },
    {
      name: 'no scope, but no cap of any kind for vocational training: not applicable whatever the scope',
      dossier: vocationalTrainingProject((d) => {
        delete d.scope;
      }),
      evaluator: withThaiBinh,
      status: 'not-applicable',
    },
    {
      name: 'a local project whose province is not stated, with norms supplied: incomplete naming location.province',
      dossier: localProject((d) => {
        delete d.location.province;
      }),
      evaluator: withThaiBinh,
      status: 'incomplete',
      missing: ['location.province'],
    },
  ];

  runRuleTable(RULE, cases);
});
