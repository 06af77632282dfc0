import type { CreditGroup } from '../../../types/domain/aggregates';
import type { CreditEntity, PersonEntity, SeriesEntity } from '../../../types/domain/content';
import type { Billing } from '../../../types/generated/resolvers-types.generated';

const BILLING_RANK: Record<Billing, number> = { MAIN: 0, RECURRING: 1, GUEST: 2 };

const billingRank = (billing: Billing | null | undefined) => (billing ? BILLING_RANK[billing] : 3);

/** The most prominent billing of a person's credits. */
export const bestBilling = (credits: CreditEntity[]): Billing | null =>
  credits.reduce<Billing | null>((best, { billing }) => (billingRank(billing) < billingRank(best) ? billing : best), null);

/** Billing order, unordered credits last, then first written. */
export const byOrder = (a: CreditEntity, b: CreditEntity) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.rowId - b.rowId;

/**
 * Aggregates credits the way TMDB's aggregate credits do: each person once (per series), main
 * before recurring before guest, then billing order, then name.
 */
export const groupCredits = (
  credits: CreditEntity[],
  personOf: (credit: CreditEntity) => PersonEntity | null,
  seriesOf: (credit: CreditEntity) => SeriesEntity | null,
  groupKey: (person: PersonEntity, series: SeriesEntity, credit: CreditEntity) => string = (person, series) => `${series.documentId}:${person.documentId}`
): CreditGroup[] => {
  const groups = new Map<string, CreditGroup>();
  for (const credit of credits) {
    const person = personOf(credit);
    const series = seriesOf(credit);
    if (!person || !series) continue; // an unpublished person or series is not shown
    const key = groupKey(person, series, credit);
    const group = groups.get(key) ?? { person, series, credits: [] };
    group.credits.push(credit);
    groups.set(key, group);
  }
  const first = (group: CreditGroup) => [...group.credits].sort(byOrder)[0];
  return [...groups.values()]
    .map((group) => ({ ...group, credits: [...group.credits].sort(byOrder) }))
    .sort(
      (a, b) =>
        billingRank(bestBilling(a.credits)) - billingRank(bestBilling(b.credits)) ||
        (first(a).order ?? Infinity) - (first(b).order ?? Infinity) ||
        a.person.name.localeCompare(b.person.name, 'de')
    );
};
