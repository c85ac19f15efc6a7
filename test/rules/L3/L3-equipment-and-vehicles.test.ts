import { describe } from 'vitest';
import { exampleDossier, exampleWith } from '../../support/dossiers.js';
import { runRuleTable, type RuleCase } from '../../support/rule-cases.js';
import { ASSOCIATION, associationTrainingCourse, CENTRE } from '../../support/scenarios-l3.js';

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
      status: 'incomplete',
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
      status: 'incomplete',
      missing: ['presidingUnit.equipment', 'presidingUnit.vehicles'],
      vi: { contains: ['thiếu presidingUnit.equipment và presidingUnit.vehicles.'] },
    },
  ];

  runRuleTable(RULE, cases);
});
