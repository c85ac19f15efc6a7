import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { evaluator } from '../../support/evaluate.js';
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
      vi: 'Đề án không thuộc diện ưu tiên nào: hồ sơ không ghi ngành nghề ưu tiên (alignment.prioritySectors) hay địa bàn ưu tiên (alignment.priorityArea). Thông tin này chỉ để tham khảo, không ảnh hưởng đến điểm.',
      en: 'No priority applies to the project: the dossier gives no priority sector (alignment.prioritySectors) or priority area (alignment.priorityArea). This is for information only and does not affect the score.',
      remediation: ['alignment.prioritySectors'],
      evidence: [{ path: '@priorityGrounds', value: [] }],
    },
    {
      name: 'no priority at all after the widening: the ownership grounds are mentioned',
      dossier: artisanAndUrbanHouseholdProject((d) => {
        d.alignment.prioritySectors = [];
        d.beneficiaries[1].womenOwned = false;
      }),
      options: { asOf: '2025-11-20' },
      status: 'fail',
      vi: 'Đề án không thuộc diện ưu tiên nào: hồ sơ không ghi ngành nghề ưu tiên (alignment.prioritySectors) hay địa bàn ưu tiên (alignment.priorityArea), và không có cơ sở thụ hưởng nào do phụ nữ hoặc người dân tộc thiểu số làm chủ. Thông tin này chỉ để tham khảo, không ảnh hưởng đến điểm.',
      en: { contains: ['and no beneficiary is women-owned or owned by ethnic-minority people'] },
      remediation: ['womenOwned hoặc ethnicMinorityOwned'],
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
