import { bestBilling, groupCredits } from '../../../graphql/src/domain/credits';
import type { CreditEntity, PersonEntity, SeriesEntity } from '../../../types/domain';

const series = { rowId: 1, documentId: 'ballard', title: 'Ballard' } as SeriesEntity;
const person = (documentId: string, name: string) => ({ rowId: documentId.length, documentId, name }) as PersonEntity;
let id = 0;
const credit = (billing: string | null, order: number | null, character: string) =>
  ({ rowId: (id += 1), documentId: `c${id}`, department: 'CAST', billing, order, character }) as unknown as CreditEntity;

describe('groupCredits', () => {
  it('lists each person once, main before recurring before guest, then billing order', () => {
    const maggie = person('maggie', 'Maggie Q');
    const titus = person('titus', 'Titus Welliver');
    const amy = person('amy', 'Amy Hill');
    const credits = [
      credit('GUEST', 20, 'Harry Bosch'),
      credit('MAIN', 3, 'Samira'),
      credit('MAIN', 1, 'Renée Ballard'),
      credit('RECURRING', 0, 'Renée (flashback)'),
    ];
    const people = new Map([
      [credits[0].rowId, titus],
      [credits[1].rowId, amy],
      [credits[2].rowId, maggie],
      [credits[3].rowId, maggie],
    ]);
    const groups = groupCredits(
      credits,
      (c) => people.get(c.rowId)!,
      () => series
    );
    expect(groups.map((g) => [g.person.name, g.credits.map((c) => c.character)])).toEqual([
      ['Maggie Q', ['Renée (flashback)', 'Renée Ballard']],
      ['Amy Hill', ['Samira']],
      ['Titus Welliver', ['Harry Bosch']],
    ]);
    expect(bestBilling(groups[0].credits)).toBe('MAIN');
  });

  it('leaves out credits whose person is not visible', () => {
    const credits = [credit('MAIN', 1, 'Hidden')];
    expect(
      groupCredits(
        credits,
        () => null,
        () => series
      )
    ).toEqual([]);
  });

  it('puts credits without billing last', () => {
    const credits = [credit(null, 0, 'Jenny Ballard'), credit('GUEST', 9, 'Harry Bosch')];
    const people = [person('rosanna', 'Rosanna Arquette'), person('titus', 'Titus Welliver')];
    const groups = groupCredits(
      credits,
      (c) => people[credits.indexOf(c)],
      () => series
    );
    expect(groups.map((g) => g.person.name)).toEqual(['Titus Welliver', 'Rosanna Arquette']);
  });
});
