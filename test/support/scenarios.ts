import type { Dossier } from '../../src/index.js';
import { exampleWith } from './dossiers.js';

/*
 * Realistic variations of the spec's example dossier, each built with
 * exampleWith so every test starts from a fresh copy. `extra` lets a test make
 * one more change on top of the scenario.
 */

type Change = (dossier: any) => void;

const noChange: Change = () => undefined;

/** Drops the engagements of the given parties. */
export function withoutParties(dossier: any, ...parties: string[]): void {
  dossier.engagements = dossier.engagements.filter((engagement: { party: string }) => !parties.includes(engagement.party));
}

/**
 * A 2024 vocational-training project run by the provincial extension centre:
 * bánh cáy making for rural workers of Thái Phương. Its registration
 * certificate was issued in 2022 and is valid until 2027 (so it covers the
 * training period 2024-03-01 – 2024-10-31).
 */
export function vocationalTrainingProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'TB-KCQG-2024-11';
    dossier.title = 'Đào tạo nghề chế biến bánh cáy cho lao động nông thôn xã Thái Phương';
    dossier.contentType = 'vocational-training';
    dossier.presidingUnit.vocationalTraining = {
      registrationCertificate: {
        number: '12/2022/GCNĐKHĐ-SLĐTBXH',
        issuedBy: 'Sở Lao động - Thương binh và Xã hội Thái Bình',
        issuedOn: '2022-06-01',
        validUntil: '2027-06-01',
        occupations: ['Chế biến bánh kẹo'],
      },
      seals: { embossed: true, small: true },
      instructors: 2,
      trainees: 35,
    };
    dossier.budget.lines = [
      {
        item: 'Thù lao giáo viên dạy nghề',
        category: 'training',
        quantity: 240,
        unit: 'giờ',
        unitCost: 150000,
        amount: 36000000,
        funding: { khuyenCong: 36000000 },
        normReference: 'Thông tư 28/2018/TT-BTC',
      },
      {
        item: 'Nguyên vật liệu thực hành',
        category: 'training',
        quantity: 35,
        unit: 'học viên',
        unitCost: 800000,
        amount: 28000000,
        funding: { khuyenCong: 20000000, counterpart: 8000000 },
        normReference: 'Thông tư 28/2018/TT-BTC',
      },
    ];
    extra(dossier);
  });
}

/** The example as a local (provincial) project: approved by the Provincial People's Committee, not by the Ministry. */
export function localProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'TB-KCĐP-2024-03';
    dossier.scope = 'local';
    delete dossier.alignment.programme;
    withoutParties(dossier, 'ministry-agency');
    dossier.engagements.push({
      party: 'provincial-peoples-committee',
      name: 'UBND tỉnh Thái Bình',
      type: 'approval',
      reference: 'QĐ phê duyệt kế hoạch khuyến công địa phương năm 2024',
      date: '2023-12-20',
    });
    extra(dossier);
  });
}

/** A proposal-stage draft: submitted to the Department in May 2023, not yet appraised or approved; nothing implemented. */
export function proposalDraft(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    delete dossier.stage; // a missing stage means "proposal"
    delete dossier.approvedOn;
    withoutParties(dossier, 'ministry-agency', 'department-of-industry-and-trade', 'media', 'college');
    delete dossier.implementation;
    dossier.communication.activities = dossier.communication.activities.slice(0, 2);
    extra(dossier);
  });
}

/**
 * A national project approved on 2025-08-15, after the 2025 reform: the district
 * level no longer exists, so only the commune People's Committee coordinates.
 * The Ministry's agency now has its 2025 name. Evaluate it with asOf 2025-09-15.
 */
export function approvedAugust2025(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'HY-KCQG-2025-04';
    dossier.stage = 'approved';
    dossier.submittedOn = '2025-05-20';
    dossier.approvedOn = '2025-08-15';
    dossier.period = { start: '2025-09-01', end: '2026-04-30' };
    delete dossier.results; // not started: nothing accepted yet
    delete dossier.location.district;
    withoutParties(dossier, 'district-peoples-committee', 'media', 'college');
    for (const engagement of dossier.engagements) {
      if (engagement.party === 'ministry-agency') {
        engagement.name = 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công';
        engagement.reference = 'QĐ phê duyệt đề án khuyến công quốc gia năm 2025';
        engagement.date = '2025-08-15';
      }
      if (engagement.party === 'department-of-industry-and-trade') engagement.date = '2025-06-10';
      if (engagement.party === 'provincial-peoples-committee') engagement.date = '2025-06-02';
      if (engagement.party === 'commune-peoples-committee') engagement.date = '2025-08-20';
      if (engagement.party === 'mass-organisation') engagement.date = '2025-08-25';
    }
    dossier.communication = { planApprovedOn: '2025-08-25', activities: [{ channel: 'loudspeaker', date: '2025-08-28', audience: 'public' }] };
    delete dossier.implementation;
    extra(dossier);
  });
}

/** A digital-transformation project (content added by Nghị định 235/2025) approved on `approvedOn`. */
export function digitalTransformationProject(approvedOn: string, extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'HY-KCQG-2025-09';
    dossier.title = 'Hỗ trợ chuyển đổi số trong quản lý sản xuất, bán hàng bánh cáy';
    dossier.contentType = 'digital-transformation';
    dossier.stage = 'approved';
    dossier.submittedOn = '2025-09-05';
    dossier.approvedOn = approvedOn;
    dossier.period = { start: '2025-11-01', end: '2026-06-30' };
    delete dossier.results; // not started: nothing accepted yet
    delete dossier.location.district;
    delete dossier.implementation;
    extra(dossier);
  });
}
