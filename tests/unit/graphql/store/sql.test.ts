import { nestedFields, rowColumns, rowFields } from '../../../../graphql/src/store/sql';

describe('a row in a select list', () => {
  it('on SQLite is one expression per column, nested rows as prefixed columns, read back without JSON', () => {
    const person = rowColumns('sqlite', 'pv', ['id', 'name']);
    const credit = rowColumns(
      'sqlite',
      'c',
      ['id', 'character'],
      [
        ['__total', 'r.total'],
        ['__person', person],
      ]
    );
    expect(credit).toEqual({
      select: ['c."id"', 'c."character"', 'r.total', 'pv."id"', 'pv."name"'],
      names: ['id', 'character', '__total', '__person.id', '__person.name'],
    });
    const row = { __source: '7', __position: 1, id: 3, character: 'Renée Ballard', __total: 9, '__person.id': 11, '__person.name': 'Maggie Q' };
    expect(rowFields(row)).toBe(row);
    expect(nestedFields(row, '__person', person)).toEqual({ id: 11, name: 'Maggie Q' });
  });

  it('on PostgreSQL is one jsonb object under __row (chunked at 50 pairs), nested rows as objects inside it', () => {
    const person = rowColumns('postgres', 'pv', ['id', 'name']);
    expect(person).toEqual({ select: [`jsonb_build_object('id', pv."id", 'name', pv."name")`], names: ['__row'] });
    const credit = rowColumns('postgres', 'c', ['id'], [['__person', person]]);
    expect(credit.select).toEqual([`jsonb_build_object('id', c."id", '__person', jsonb_build_object('id', pv."id", 'name', pv."name"))`]);
    const wide = rowColumns(
      'postgres',
      't',
      Array.from({ length: 60 }, (_, index) => `c${index}`)
    );
    expect(wide.select[0].split(' || ')).toHaveLength(2);

    const fields = rowFields({ __source: '7', __position: 2, __row: { id: 3, __person: { id: 11, name: 'Maggie Q' } } });
    expect(fields).toEqual({ id: 3, __person: { id: 11, name: 'Maggie Q' }, __source: '7', __position: 2 });
    expect(nestedFields(fields, '__person', person)).toEqual({ id: 11, name: 'Maggie Q' });
    // Strapi has pg answer JSON as text.
    expect(rowFields({ __source: '7', __position: 3, __row: '{"id": 4}' })).toEqual({ id: 4, __source: '7', __position: 3 });
  });
});
