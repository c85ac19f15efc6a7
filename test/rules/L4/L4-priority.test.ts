import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { evaluator } from '../../support/evaluate.js';
import { tradeFairProject } from '../../support/scenarios-l1.js';
import { ARTISAN, artisanAndUrbanHouseholdProject, BEFORE_WIDENING, COOPERATIVE, ON_WIDENING, URBAN_HOUSEHOLD } from '../../support/scenarios-l4.js';

describe('L4-priority (info: reported, never scored)', () => {
  const RULE = 'L4-priority';
  const cases: RuleCase[] = [
    {
      name: 'the example: a priority sector; the women-owned cooperative does not count in 2023',
      dossier: exampleDossier(),
      status: 'pass',
      vi: 'Đề án thuộc diện ưu tiên: ngành nghề ưu tiên agro-processing.',
      en: 'The project has priority: priority sector agro-processing.',
      evidence: [{ path: '@priorityGrounds', value: [expect.objectContaining({ ground: 'priority-sector', sectors: ['agro-processing'] })] }],
    },
    {
      name: 'the example under the law of 2025-10-15: the women-owned cooperative now counts too',
      dossier: exampleDossier(),
      options: ON_WIDENING,
      status: 'pass',
      vi: `Đề án thuộc diện ưu tiên: ngành nghề ưu tiên agro-processing; ${COOPERATIVE} do phụ nữ làm chủ.`,
      en: `The project has priority: priority sector agro-processing; ${COOPERATIVE} is women-owned.`,
      evidence: [
        {
          path: '@priorityGrounds',
          value: [expect.objectContaining({ ground: 'priority-sector' }), expect.objectContaining({ ground: 'women-owned', path: 'beneficiaries[0].womenOwned' })],
        },
      ],
    },
    {
      name: 'two priority sectors and a priority area',
      dossier: exampleWith((d) => {
        d.alignment.prioritySectors = ['chế biến nông sản', 'thủ công mỹ nghệ'];
        d.alignment.priorityArea = true;
      }),
      status: 'pass',
      vi: 'Đề án thuộc diện ưu tiên: ngành nghề ưu tiên chế biến nông sản và thủ công mỹ nghệ; địa bàn ưu tiên.',
      en: 'The project has priority: priority sector chế biến nông sản and thủ công mỹ nghệ; priority area.',
    },
    {
      name: 'an artisan and an urban household after the widening: only the women-owned household',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.alignment.prioritySectors = [];
        d.beneficiaries[0].ethnicMinorityOwned = true;
      }),
      options: { asOf: '2025-11-20' },
      status: 'pass',
      vi: `Đề án thuộc diện ưu tiên: ${ARTISAN} do người dân tộc thiểu số làm chủ; ${URBAN_HOUSEHOLD} do phụ nữ làm chủ.`,
      en: `The project has priority: ${ARTISAN} is owned by ethnic-minority people; ${URBAN_HOUSEHOLD} is women-owned.`,
    },
    {
      name: 'the same dossier under the law of 2025-10-14: ownership does not count yet',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.alignment.prioritySectors = [];
        d.beneficiaries[0].ethnicMinorityOwned = true;
      }),
      options: BEFORE_WIDENING,
      status: 'fail',
      vi: 'Đề án không thuộc diện ưu tiên nào: hồ sơ ghi không có ngành nghề ưu tiên (alignment.prioritySectors để trống) và không thuộc địa bàn ưu tiên (alignment.priorityArea là false). Thông tin này chỉ để tham khảo, không ảnh hưởng đến điểm.',
      en: 'No priority applies to the project: the dossier lists no priority sector (alignment.prioritySectors is empty) and no priority area (alignment.priorityArea is false). This is for information only and does not affect the score.',
      remediation: ['alignment.prioritySectors'],
      evidence: [{ path: '@priorityGrounds', value: [] }],
    },
    {
      name: 'no priority at all after the widening: every ground stated false, the ownership grounds are mentioned',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.alignment.prioritySectors = [];
        d.beneficiaries[0].womenOwned = false;
        d.beneficiaries[0].ethnicMinorityOwned = false;
        d.beneficiaries[1].womenOwned = false;
        d.beneficiaries[1].ethnicMinorityOwned = false;
      }),
      options: { asOf: '2025-11-20' },
      status: 'fail',
      vi: 'Đề án không thuộc diện ưu tiên nào: hồ sơ ghi không có ngành nghề ưu tiên (alignment.prioritySectors để trống) và không thuộc địa bàn ưu tiên (alignment.priorityArea là false), và không có cơ sở thụ hưởng nào do phụ nữ hoặc người dân tộc thiểu số làm chủ. Thông tin này chỉ để tham khảo, không ảnh hưởng đến điểm.',
      en: { contains: ['and no beneficiary is women-owned or owned by ethnic-minority people'] },
      remediation: ['womenOwned hoặc ethnicMinorityOwned'],
    },
    {
      name: 'after the widening, no ground known and the ownership of each beneficiary not all stated: not "no priority"',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.alignment.prioritySectors = [];
        d.beneficiaries[1].womenOwned = false;
      }),
      options: { asOf: '2025-11-20' },
      status: 'incomplete',
      missing: ['beneficiaries[0].womenOwned', 'beneficiaries[0].ethnicMinorityOwned', 'beneficiaries[1].ethnicMinorityOwned'],
      vi: { contains: ['Chưa xác định được đề án có thuộc diện ưu tiên không', `beneficiaries[0].womenOwned (${ARTISAN})`, 'womenOwned, do người dân tộc thiểu số'] },
      en: { contains: ['Cannot tell whether the project has priority', `beneficiaries[1].ethnicMinorityOwned (${URBAN_HOUSEHOLD})`] },
      evidence: [{ path: '@priorityGrounds', value: [], missing: ['beneficiaries[0].womenOwned', 'beneficiaries[0].ethnicMinorityOwned', 'beneficiaries[1].ethnicMinorityOwned'] }],
    },
    {
      name: 'no priority sector, and the priority area not stated',
      dossier: exampleWith((d) => {
        d.alignment.prioritySectors = [];
        delete d.alignment.priorityArea;
      }),
      status: 'incomplete',
      missing: ['alignment.priorityArea'],
      vi: 'Chưa xác định được đề án có thuộc diện ưu tiên không: chưa có diện ưu tiên nào được ghi, và hồ sơ chưa ghi alignment.priorityArea (ngành nghề ưu tiên: alignment.prioritySectors, để trống nếu không có; địa bàn ưu tiên: alignment.priorityArea, true hoặc false). Thông tin này chỉ để tham khảo, không ảnh hưởng đến điểm.',
      en: 'Cannot tell whether the project has priority: no ground is recorded, and the dossier does not give alignment.priorityArea (priority sectors: alignment.prioritySectors, empty if none; priority area: alignment.priorityArea, true or false). This is for information only and does not affect the score.',
    },
    {
      name: 'priority sectors null and the area false: null is not "none"',
      dossier: exampleWith((d) => {
        d.alignment.prioritySectors = null;
      }),
      status: 'incomplete',
      missing: ['alignment.prioritySectors'],
    },
    {
      name: 'no alignment section at all, before the ownership grounds count: both alignment grounds are missing',
      dossier: exampleWith((d) => {
        delete d.alignment;
      }),
      status: 'incomplete',
      missing: ['alignment.prioritySectors', 'alignment.priorityArea'],
    },
    {
      name: 'a priority area decides, whatever the sectors lack',
      dossier: exampleWith((d) => {
        delete d.alignment.prioritySectors;
        d.alignment.priorityArea = true;
      }),
      status: 'pass',
      vi: 'Đề án thuộc diện ưu tiên: địa bàn ưu tiên.',
    },
    {
      name: 'after the widening, a trade fair that lists no beneficiaries: none to ask about',
      dossier: tradeFairProject((d) => {
        delete d.beneficiaries;
        d.alignment.prioritySectors = [];
        d.alignment.priorityArea = false;
      }),
      options: { asOf: '2025-11-20' },
      status: 'fail',
      evidence: [{ path: '@priorityGrounds', value: [] }],
    },
  ];

  runRuleTable(RULE, cases);

  it('having no priority changes neither the score nor the verdict', async () => {
    const withPriority = await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    const without = await evaluator.evaluate(
      exampleWith((d) => {
        d.alignment.prioritySectors = [];
      }),
      { asOf: '2024-12-01' },
    );
    expect(without.findings.find((finding) => finding.ruleId === RULE)?.status).toBe('fail');
    expect(without.score).toBe(withPriority.score);
    expect(without.verdict).toBe(withPriority.verdict);
    const scores = (report: typeof without) => report.lessons.map((lesson) => [lesson.id, lesson.score]);
    expect(scores(without)).toEqual(scores(withPriority));
  });
});
