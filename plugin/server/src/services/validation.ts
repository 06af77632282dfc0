import type { Core } from '@strapi/strapi';
import { UID } from '../../../../types/domain/uids';
import {
  confirmedAfterReported,
  crewHasJob,
  noSelfKinship,
  noSpinoffCycle,
  numericBounds,
  requiredLinks,
  seasonsOfSameSeries,
  uniqueSeasonNumber,
  uniqueSlug,
  type Rule,
} from '../validation/rules';
import type { WrittenDocument } from '../validation/versions';

const RULES: Record<string, Rule[]> = {
  [UID.series]: [noSpinoffCycle],
  [UID.season]: [uniqueSeasonNumber],
  [UID.credit]: [seasonsOfSameSeries, crewHasJob],
  [UID.statusEvent]: [seasonsOfSameSeries, confirmedAfterReported],
  [UID.kinship]: [noSelfKinship],
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(written: WrittenDocument) {
    for (const rule of [requiredLinks, numericBounds, uniqueSlug, ...(RULES[written.uid] ?? [])]) {
      await rule(strapi, written);
    }
  },
});
