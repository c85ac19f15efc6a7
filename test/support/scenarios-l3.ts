import type { Dossier } from '../../src/index.js';
import { exampleWith } from './dossiers.js';
import { vocationalTrainingProject } from './scenarios.js';

/*
 * Lesson 3 scenarios: the implementing unit's capacity. Built on the spec's
 * example (and on the shared vocational-training scenario), each with a fresh
 * copy; `extra` makes one more change on top.
 */

type Change = (dossier: any) => void;

export const CENTRE = 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Thái Bình';
export const ASSOCIATION = 'Hội Làng nghề bánh cáy Thái Phương';

const noChange: Change = () => undefined;

/**
 * A 2024 technical demonstration model: a bánh cáy drying and packing line shown
 * at the Thái Phương cooperative. Run by the extension centre, whose premises
 * are an office and a training hall but no demonstration workshop: the model is
 * to be set up in the cooperative's own workshop.
 */
export function demonstrationModelProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'TB-KCQG-2024-09';
    dossier.title = 'Xây dựng mô hình trình diễn kỹ thuật dây chuyền sấy, đóng gói bánh cáy tại HTX bánh cáy Thái Phương';
    dossier.contentType = 'demonstration-model';
    dossier.presidingUnit.facilities = ['office', 'training-hall'];
    extra(dossier);
  });
}

/**
 * A small vocational-training course run by a craft-village association: one
 * classroom, one instructor for 22 trainees, a projector, a motorbike, and two
 * earlier courses finished, one of them late.
 */
export function associationTrainingCourse(extra: Change = noChange): Dossier {
  return vocationalTrainingProject((dossier) => {
    dossier.presidingUnit = {
      ...dossier.presidingUnit,
      name: 'Hội Làng nghề bánh cáy Thái Phương',
      kind: 'association',
      staff: { total: 6, technical: 3, legalTraining: 1 },
      facilities: ['classroom'],
      equipment: ['projector'],
      vehicles: 1,
      trackRecord: { projectsCompleted: 2, projectsDelayed: 1 },
    };
    dossier.presidingUnit.vocationalTraining.instructors = 1;
    dossier.presidingUnit.vocationalTraining.trainees = 22;
    extra(dossier);
  });
}
