import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleCase, runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { approvedAugust2025, withoutParties } from '../../support/scenarios.js';
import { AFTER_REFORM } from '../../support/scenarios-l1.js';

describe('L1-local-authority', () => {
  const RULE = 'L1-local-authority';
  const cases: RuleCase[] = [
    {
      name: 'the example (2023): both the commune and the district People’s Committee coordinate',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Chính quyền nơi thực hiện đã phối hợp: UBND xã Thái Phương; UBND huyện Hưng Hà.',
      en: 'The local authorities coordinate: UBND xã Thái Phương; UBND huyện Hưng Hà.',
      evidence: [
        { path: '@districtLevelInForce', value: true },
        { path: '@engagementsBy', value: [expect.objectContaining({ party: 'commune-peoples-committee', name: 'UBND xã Thái Phương' })] },
      ],
    },
    {
      name: 'approved 2025-08: the district level no longer exists, the commune alone is enough',
      dossier: approvedAugust2025(),
      options: AFTER_REFORM,
      status: 'pass',
      vi: 'Chính quyền nơi thực hiện đã phối hợp: UBND xã Thái Phương.',
      en: 'The local authorities coordinate: UBND xã Thái Phương.',
      evidence: [{ path: '@districtLevelInForce', value: false }],
    },
    {
      name: 'approved on 2025-07-01, the first day of two-level government: the commune alone is enough',
      dossier: approvedAugust2025((d) => {
        d.approvedOn = '2025-07-01';
      }),
      options: AFTER_REFORM,
      status: 'pass',
      evidence: [{ path: '@districtLevelInForce', value: false }],
    },
    {
      name: 'a participation (not an agreement) of the commune counts',
      dossier: approvedAugust2025((d) => {
        for (const e of d.engagements) if (e.party === 'commune-peoples-committee') e.type = 'participation';
      }),
      options: AFTER_REFORM,
      status: 'pass',
    },
    {
      name: 'approved on 2025-06-30, the last day of the district level: the district is still needed',
      dossier: approvedAugust2025((d) => {
        d.approvedOn = '2025-06-30';
        d.location.district = 'Hưng Hà';
      }),
      options: AFTER_REFORM,
      status: 'fail',
      vi: 'Chưa có thỏa thuận phối hợp hoặc văn bản tham gia của UBND cấp huyện (Hưng Hà), là cấp chính quyền còn tồn tại vào ngày tham chiếu 30/06/2025.',
      evidence: [{ path: '@districtLevelInForce', value: true }],
    },
    {
      name: '2023 project without the district People’s Committee',
      dossier: exampleWith((d) => withoutParties(d, 'district-peoples-committee')),
      status: 'fail',
      vi: 'Chưa có thỏa thuận phối hợp hoặc văn bản tham gia của UBND cấp huyện (Hưng Hà), là cấp chính quyền còn tồn tại vào ngày tham chiếu 28/12/2023.',
      en: "There is no coordination agreement or participation of the district People's Committee (Hưng Hà), a level of government that still exists on the reference date 28 Dec 2023.",
      remediation: ['"commune-peoples-committee"', '"district-peoples-committee"'],
      evidence: [{ path: '@districtLevelInForce', value: true }],
    },
    {
      name: '2023 project without the commune People’s Committee',
      dossier: exampleWith((d) => withoutParties(d, 'commune-peoples-committee')),
      status: 'fail',
      vi: 'Chưa có thỏa thuận phối hợp hoặc văn bản tham gia của UBND cấp xã nơi thực hiện (Thái Phương).',
      en: "There is no coordination agreement or participation of the commune-level People's Committee where the project runs (Thái Phương).",
      evidence: [{ path: '@engagementsBy', value: [] }],
    },
    {
      name: '2023 project with neither',
      dossier: exampleWith((d) => withoutParties(d, 'commune-peoples-committee', 'district-peoples-committee')),
      status: 'fail',
      vi: 'Chưa có thỏa thuận phối hợp hoặc văn bản tham gia của UBND cấp xã nơi thực hiện (Thái Phương) và của UBND cấp huyện (Hưng Hà), là cấp chính quyền còn tồn tại vào ngày tham chiếu 28/12/2023.',
      en: { contains: ['(Thái Phương) nor of the district People\'s Committee (Hưng Hà)'] },
    },
    {
      name: 'approved 2025-08 without the commune: the message does not ask for the abolished district',
      dossier: approvedAugust2025((d) => withoutParties(d, 'commune-peoples-committee')),
      options: AFTER_REFORM,
      status: 'fail',
      vi: 'Chưa có thỏa thuận phối hợp hoặc văn bản tham gia của UBND cấp xã nơi thực hiện (Thái Phương).',
      en: { excludes: ['district'] },
      check: ({ vi, en }) => {
        expect(vi.remediation).not.toContain('district-peoples-committee');
        expect(en.remediation).not.toContain('district-peoples-committee');
      },
    },
    {
      name: 'the commune only endorsed the project (no agreement, no participation)',
      dossier: approvedAugust2025((d) => {
        for (const e of d.engagements) if (e.party === 'commune-peoples-committee') e.type = 'endorsement';
      }),
      options: AFTER_REFORM,
      status: 'fail',
      vi: { contains: ['UBND cấp xã nơi thực hiện (Thái Phương)'] },
    },
    {
      name: 'no commune agreement and no commune named: the message does not print a placeholder',
      dossier: approvedAugust2025((d) => {
        withoutParties(d, 'commune-peoples-committee');
        delete d.location.commune;
      }),
      options: AFTER_REFORM,
      status: 'fail',
      vi: { contains: ['UBND cấp xã nơi thực hiện'], excludes: ['(chưa có)', '(('] },
      en: { excludes: ['(not given)', '(('] },
    },
    {
      name: '2023 project with no engagements listed: not stated is not "no agreement"',
      dossier: exampleWith((d) => {
        delete d.engagements;
      }),
      status: 'incomplete',
      missing: ['engagements'],
      vi: 'Chưa xác định được UBND cấp xã và cấp huyện nơi thực hiện đề án có phối hợp, tham gia hay không: hồ sơ chưa ghi engagements (các bên tham gia, phối hợp và vai trò của từng bên).',
      en: "Cannot tell whether the commune and district People's Committees where the project runs coordinate or take part: the dossier does not give engagements (the participating parties and each one's role).",
    },
    {
      name: 'the commune’s engagement does not say what it is (no type): it may be an agreement',
      dossier: exampleWith((d) => {
        delete d.engagements[4].type;
      }),
      status: 'incomplete',
      missing: ['engagements[4].type'],
      vi: { contains: ['engagements[4].type (UBND xã Thái Phương)'] },
    },
    {
      name: 'approved 2025-08 with no engagements listed: only the commune is asked for',
      dossier: approvedAugust2025((d) => {
        delete d.engagements;
      }),
      options: AFTER_REFORM,
      status: 'incomplete',
      missing: ['engagements'],
      en: { contains: ["whether the commune People's Committees"], excludes: ['district'] },
    },
  ];

  runRuleTable(RULE, cases);

  it('evidence shows both engagement lookups, the district one included', async () => {
    const { vi } = await runRuleCase(RULE, { name: 'example', dossier: exampleDossier(), status: 'pass' });
    const looked = vi.evidence.flatMap((item) => (Array.isArray(item.value) ? (item.value as unknown[]) : []));
    expect(looked).toContainEqual(expect.objectContaining({ party: 'commune-peoples-committee', path: 'engagements[4]' }));
    expect(looked).toContainEqual(expect.objectContaining({ party: 'district-peoples-committee', path: 'engagements[3]' }));
  });
});
