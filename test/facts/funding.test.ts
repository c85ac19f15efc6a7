import { describe, expect, it } from 'vitest';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { vocationalTrainingProject } from '../support/scenarios.js';
import { demonstrationModelProject, technologyLineProject, twoBeneficiariesProject } from '../support/scenarios-l5.js';
import { factValue as catalogueFactValue, factRun } from '../support/fact-value.js';

/** A catalogue fact's value for a dossier, on the dossier's own reference date unless one is given. */
function factValue(name: string, dossier: unknown, referenceDate?: string): any {
  return catalogueFactValue(name, dossier, { referenceDate });
}

const HTX = 'Hợp tác xã bánh cáy Thái Phương';

describe('supportCapChecks and supportOverCap', () => {
  it('the example: 300 of 600 million for the cooperative, exactly at the 2018 cap', () => {
    expect(factValue('supportCapChecks', exampleDossier())).toEqual([
      {
        label: HTX,
        beneficiary: 'HTX-THAIPHUONG',
        model: false,
        equipmentAmount: 600000000,
        support: 300000000,
        supportPercent: 50,
        percent: 50,
        maxVnd: 300000000,
        capVnd: 300000000,
        technologyLine: false,
        overBy: undefined,
        lines: ['Máy nổ bỏng gạo tự động', 'Máy đóng gói bánh cáy'],
        path: 'beneficiaries[0]',
      },
    ]);
    expect(factValue('supportOverCap', exampleDossier())).toEqual([]);
  });

  it('reads the cap in force on the reference date (200 million under the 2014 joint circular)', () => {
    const [check] = factValue('supportOverCap', exampleDossier(), '2016-12-20');
    expect(check).toEqual(expect.objectContaining({ maxVnd: 200000000, capVnd: 200000000, overBy: 100000000 }));
  });

  it('is empty when no cap is known for the content or the date', () => {
    expect(factValue('supportCapChecks', vocationalTrainingProject())).toEqual([]);
    expect(factValue('supportCapChecks', exampleDossier(), '2013-12-20')).toEqual([]);
    expect(factValue('equipmentSupportWithoutBeneficiary', exampleDossier(), '2013-12-20')).toEqual([]);
  });

  it('the percentage cap is rounded down to whole đồng', () => {
    const dossier = exampleWith((d) => {
      d.budget.lines = [
        { item: 'Máy sấy', category: 'equipment', quantity: 1, unitCost: 333333333, amount: 333333333, funding: { khuyenCong: 166666667, counterpart: 166666666 } },
      ];
    });
    const [check] = factValue('supportCapChecks', dossier);
    expect(check).toEqual(expect.objectContaining({ capVnd: 166666666, overBy: 1, supportPercent: 50 }));
  });

  it('checks each establishment on its own lines', () => {
    const checks = factValue('supportCapChecks', twoBeneficiariesProject());
    expect(checks.map((check: { label: string; equipmentAmount: number; support: number; capVnd: number }) => [check.label, check.equipmentAmount, check.support, check.capVnd])).toEqual([
      [HTX, 600000000, 300000000, 300000000],
      ['Hộ kinh doanh bánh cáy Đức Hạnh', 400000000, 200000000, 200000000],
    ]);
  });

  it('groups a line naming an unlisted beneficiary under that id', () => {
    const dossier = twoBeneficiariesProject((d) => {
      d.budget.lines[4].beneficiary = 'HKD-KHAC';
    });
    const checks = factValue('supportCapChecks', dossier);
    expect(checks[1]).toEqual(expect.objectContaining({ label: 'HKD-KHAC', beneficiary: 'HKD-KHAC', model: false, path: 'budget.lines[4].beneficiary' }));
    expect(checks[0]).toEqual(expect.objectContaining({ model: false }));
  });

  it('a single beneficiary without an id or a name is still the one the lines belong to', () => {
    const dossier = exampleWith((d) => {
      delete d.beneficiaries[0].id;
      delete d.beneficiaries[0].name;
    });
    const [check] = factValue('supportCapChecks', dossier);
    expect(check).toEqual(expect.objectContaining({ label: 'beneficiaries[0]', path: 'beneficiaries[0]', support: 300000000 }));
    expect(check).not.toHaveProperty('beneficiary');
  });

  it('applies the technology-line multiplier only when all of the establishment’s equipment lines are flagged', () => {
    const [line] = factValue('supportCapChecks', technologyLineProject());
    expect(line).toEqual(expect.objectContaining({ technologyLine: true, maxVnd: 450000000, capVnd: 450000000, support: 440000000, overBy: undefined }));
    const partly = technologyLineProject((d) => {
      delete d.budget.lines[1].technologyLine;
    });
    expect(factValue('supportOverCap', partly)).toEqual([
      expect.objectContaining({ technologyLine: false, maxVnd: 300000000, capVnd: 300000000, overBy: 140000000 }),
    ]);
  });

  it('a cap without a multiplier ignores the technology-line flag', () => {
    const dossier = technologyLineProject();
    const [check] = factValue('supportCapChecks', dossier, '2016-12-20');
    expect(check).toEqual(expect.objectContaining({ technologyLine: false, maxVnd: 200000000 }));
  });

  it('a demonstration model counts the whole project as one model, whoever the lines belong to', () => {
    const dossier = demonstrationModelProject((d) => {
      d.budget.lines[1].beneficiary = 'HKD-KHAC';
    });
    expect(factValue('supportCapChecks', dossier)).toEqual([
      expect.objectContaining({
        model: true,
        label: 'Xây dựng mô hình trình diễn kỹ thuật sản xuất bánh cáy bằng máy nổ bỏng gạo tự động',
        equipmentAmount: 600000000,
        support: 300000000,
        percent: 30,
        maxVnd: 1000000000,
        capVnd: 180000000,
        overBy: 120000000,
        path: 'budget.lines',
      }),
    ]);
    expect(factValue('equipmentSupportWithoutBeneficiary', dossier)).toEqual([]);
  });
});

describe('supportCapChecks on partial figures and unusual groupings', () => {
  const labels = (dossier: unknown) => factValue('supportCapChecks', dossier).map((check: { label: string }) => check.label);

  it('an establishment with a line lacking its amount or its khuyến công share is left unchecked, and the gap noted', () => {
    const noAmount = twoBeneficiariesProject((d) => {
      delete d.budget.lines[0].amount;
    });
    const run = factRun<{ label: string }[]>('supportCapChecks', noAmount);
    expect(run.value.map((check) => check.label)).toEqual(['Hộ kinh doanh bánh cáy Đức Hạnh']);
    expect(run.missing).toEqual([{ path: 'budget.lines[0].amount', label: 'Máy nổ bỏng gạo tự động' }]);
    const noShare = twoBeneficiariesProject((d) => {
      d.budget.lines[1].funding = { counterpart: 110000000 };
    });
    const shareRun = factRun<{ label: string }[]>('supportCapChecks', noShare);
    expect(shareRun.value.map((check) => check.label)).toEqual(['Hộ kinh doanh bánh cáy Đức Hạnh']);
    expect(shareRun.missing).toEqual([{ path: 'budget.lines[1].funding.khuyenCong', label: 'Máy đóng gói bánh cáy' }]);
  });

  it('the support share is rounded to two decimals, and left out when the equipment costs nothing', () => {
    const third = exampleWith((d) => {
      d.budget.lines = [{ item: 'Máy sấy', category: 'equipment', quantity: 1, unitCost: 300000000, amount: 300000000, funding: { khuyenCong: 100000000, counterpart: 200000000 } }];
    });
    expect(factValue('supportCapChecks', third)).toEqual([expect.objectContaining({ supportPercent: 33.33, capVnd: 150000000, overBy: undefined })]);
    const free = exampleWith((d) => {
      d.budget.lines = [{ item: 'Máy sấy tặng', category: 'equipment', quantity: 1, unitCost: 0, amount: 0, funding: { khuyenCong: 0 } }];
    });
    expect(factValue('supportCapChecks', free)).toEqual([
      expect.objectContaining({ equipmentAmount: 0, support: 0, supportPercent: undefined, capVnd: 0, overBy: undefined, lines: ['Máy sấy tặng'] }),
    ]);
  });

  it('with one beneficiary listed, a line naming another id is grouped under that id, not the listed one', () => {
    const dossier = exampleWith((d) => {
      d.budget.lines[1].beneficiary = 'HKD-KHAC';
    });
    expect(factValue('supportCapChecks', dossier)).toEqual([
      expect.objectContaining({ label: HTX, beneficiary: 'HTX-THAIPHUONG', path: 'beneficiaries[0]', equipmentAmount: 380000000, lines: ['Máy nổ bỏng gạo tự động'] }),
      expect.objectContaining({ label: 'HKD-KHAC', beneficiary: 'HKD-KHAC', path: 'budget.lines[1].beneficiary', equipmentAmount: 220000000, lines: ['Máy đóng gói bánh cáy'] }),
    ]);
  });

  it('lines naming two different unlisted ids form two groups', () => {
    const dossier = twoBeneficiariesProject((d) => {
      d.budget.lines[0].beneficiary = 'HKD-KHAC';
      d.budget.lines[1].beneficiary = 'HKD-MOT-NUA';
    });
    expect(labels(dossier)).toEqual(['HKD-KHAC', 'HKD-MOT-NUA', 'Hộ kinh doanh bánh cáy Đức Hạnh']);
  });

  it('with one beneficiary, a line naming it and a line naming none form its one group', () => {
    const dossier = exampleWith((d) => {
      d.budget.lines[1].beneficiary = 'HTX-THAIPHUONG';
    });
    expect(factValue('supportCapChecks', dossier)).toEqual([
      expect.objectContaining({ label: HTX, equipmentAmount: 600000000, lines: ['Máy nổ bỏng gạo tự động', 'Máy đóng gói bánh cáy'] }),
    ]);
  });

  it('with several beneficiaries, a line naming none is not given to one that has no id', () => {
    const dossier = twoBeneficiariesProject((d) => {
      delete d.beneficiaries[1].id;
      delete d.budget.lines[4].beneficiary;
    });
    expect(labels(dossier)).toEqual([HTX]);
    expect(factValue('equipmentSupportWithoutBeneficiary', dossier)).toEqual([
      { label: 'Máy trộn bột nếp', khuyenCong: 200000000, path: 'budget.lines[4].beneficiary' },
    ]);
  });

  it('two lines naming the same unlisted id form one group', () => {
    const dossier = twoBeneficiariesProject((d) => {
      d.budget.lines[0].beneficiary = 'HKD-KHAC';
      d.budget.lines[1].beneficiary = 'HKD-KHAC';
    });
    expect(labels(dossier)).toEqual(['HKD-KHAC', 'Hộ kinh doanh bánh cáy Đức Hạnh']);
    expect(factValue('supportCapChecks', dossier)[0]).toEqual(expect.objectContaining({ equipmentAmount: 600000000, path: 'budget.lines[0].beneficiary' }));
  });

  it('a beneficiary named by id only is labelled by its id', () => {
    const dossier = twoBeneficiariesProject((d) => {
      delete d.beneficiaries[1].name;
    });
    expect(labels(dossier)).toEqual([HTX, 'HKD-DUCHANH']);
  });

  it('a demonstration model without equipment lines has nothing to check; one without a title is labelled by its id', () => {
    expect(factValue('supportCapChecks', demonstrationModelProject((d) => {
      d.budget.lines = d.budget.lines.filter((line: { category: string }) => line.category !== 'equipment');
    }))).toEqual([]);
    expect(factValue('equipmentSupportWithoutBeneficiary', demonstrationModelProject((d) => {
      d.budget.lines = d.budget.lines.filter((line: { category: string }) => line.category !== 'equipment');
    }))).toEqual([]);
    expect(labels(demonstrationModelProject((d) => {
      delete d.title;
      delete d.id;
    }))).toEqual(['budget.lines']);
    const untitled = demonstrationModelProject((d) => {
      delete d.title;
    });
    expect(labels(untitled)).toEqual(['TB-KCQG-2024-07']);
  });
});

describe('equipmentSupportWithoutBeneficiary', () => {
  it('with two establishments, supported lines that name none are reported; unsupported ones are not', () => {
    const dossier = twoBeneficiariesProject((d) => {
      delete d.budget.lines[0].beneficiary;
      delete d.budget.lines[1].beneficiary;
      d.budget.lines[1].funding = { counterpart: 220000000 };
    });
    expect(factValue('equipmentSupportWithoutBeneficiary', dossier)).toEqual([
      { label: 'Máy nổ bỏng gạo tự động', khuyenCong: 190000000, path: 'budget.lines[0].beneficiary' },
    ]);
    expect(factValue('supportCapChecks', dossier).map((check: { label: string }) => check.label)).toEqual(['Hộ kinh doanh bánh cáy Đức Hạnh']);
  });

  it('without a beneficiary list, no line can be attributed', () => {
    const dossier = exampleWith((d) => {
      delete d.beneficiaries;
    });
    expect(factValue('equipmentSupportWithoutBeneficiary', dossier).map((line: { label: string }) => line.label)).toEqual([
      'Máy nổ bỏng gạo tự động',
      'Máy đóng gói bánh cáy',
    ]);
    expect(factValue('supportCapChecks', dossier)).toEqual([]);
  });

  it('with no beneficiary listed, no line can be attributed', () => {
    const dossier = exampleWith((d) => {
      d.beneficiaries = [];
    });
    expect(factValue('equipmentSupportWithoutBeneficiary', dossier).map((line: { label: string }) => line.label)).toEqual([
      'Máy nổ bỏng gạo tự động',
      'Máy đóng gói bánh cáy',
    ]);
    expect(factValue('supportCapChecks', dossier)).toEqual([]);
  });
});

describe('counterpart facts', () => {
  it('the example: 470 million committed, nobody silent, no shortfall', () => {
    expect(factValue('counterpartCommittedTotal', exampleDossier())).toBe(470000000);
    expect(factValue('beneficiariesWithoutCounterpart', exampleDossier())).toEqual([]);
    expect(factValue('counterpartShortfall', exampleDossier())).toBeUndefined();
  });

  it('a beneficiary without a commitment counts as 0 and is named', () => {
    const dossier = twoBeneficiariesProject((d) => {
      delete d.beneficiaries[1].counterpartCommitted;
    });
    expect(factValue('counterpartCommittedTotal', dossier)).toBe(470000000);
    expect(factValue('beneficiariesWithoutCounterpart', dossier)).toEqual([
      { name: 'Hộ kinh doanh bánh cáy Đức Hạnh', id: 'HKD-DUCHANH', path: 'beneficiaries[1].counterpartCommitted' },
    ]);
    expect(factValue('counterpartShortfall', dossier)).toBe(200000000);
  });

  it('notes each beneficiary without a commitment, and a dossier without a beneficiary list', () => {
    const dossier = twoBeneficiariesProject((d) => {
      delete d.beneficiaries[0].counterpartCommitted;
      delete d.beneficiaries[1].counterpartCommitted;
      delete d.beneficiaries[1].name;
      d.beneficiaries.push({ kind: 'household-business', sector: '10790' });
    });
    expect(factRun('counterpartCommittedTotal', dossier)).toEqual({
      value: 0,
      missing: [
        { path: 'beneficiaries[0].counterpartCommitted', label: HTX },
        { path: 'beneficiaries[1].counterpartCommitted', label: 'HKD-DUCHANH' },
        { path: 'beneficiaries[2].counterpartCommitted' },
      ],
    });
    expect(factValue('beneficiariesWithoutCounterpart', dossier)).toEqual([
      { name: HTX, id: 'HTX-THAIPHUONG', path: 'beneficiaries[0].counterpartCommitted' },
      { name: 'HKD-DUCHANH', id: 'HKD-DUCHANH', path: 'beneficiaries[1].counterpartCommitted' },
      { name: 'beneficiaries[2]', id: undefined, path: 'beneficiaries[2].counterpartCommitted' },
    ]);
    const none = exampleWith((d) => {
      delete d.beneficiaries;
    });
    expect(factRun('counterpartCommittedTotal', none)).toEqual({ value: 0, missing: [{ path: 'beneficiaries' }] });
    expect(factValue('beneficiariesWithoutCounterpart', none)).toEqual([]);
  });

  it('a budget line not telling its counterpart share is noted and left out of the shortfall', () => {
    const dossier = exampleWith((d) => {
      d.budget.lines[2].funding = {};
      d.beneficiaries[0].counterpartCommitted = 250000000;
    });
    expect(factRun('counterpartShortfall', dossier)).toEqual({
      value: 50000000,
      missing: [{ path: 'budget.lines[2].funding.counterpart', label: 'Nhà xưởng đặt máy (đối ứng hiện vật)' }],
    });
  });

  it('committing more than the budget needs leaves no shortfall', () => {
    const dossier = exampleWith((d) => {
      d.beneficiaries[0].counterpartCommitted = 500000000;
    });
    expect(factValue('counterpartShortfall', dossier)).toBeUndefined();
  });
});
