// Rows as arrays (Db.table) become the same records as keyed rows; a column the read left out is absent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Columns, fromRow, fromTable } from '../../../src/store/sql/columns.ts';

const COLS: Columns = { id: 'int', title: 'text', tags: 'json', flag: 'bool', maybe: 'nbool', score: 'real' };

describe('fromTable', () => {
  it('reads array rows by column name, in any column order, like fromRow', () => {
    const keyed = { id: '7', title: 'A', tags: '["x"]', flag: 1, maybe: null, score: 0.5 };
    const columns = ['score', 'maybe', 'flag', 'tags', 'title', 'id'];
    const rows = [columns.map((c) => keyed[c as keyof typeof keyed])];
    assert.deepEqual(fromTable(COLS, { columns, rows }), [fromRow(COLS, keyed)]);
    assert.deepEqual(fromTable(COLS, { columns, rows })[0], {
      id: 7,
      title: 'A',
      tags: ['x'],
      flag: true,
      maybe: null,
      score: 0.5,
    });
  });

  it('reads a column the query left out as absent (null, false for a boolean)', () => {
    const [rec] = fromTable<Record<string, unknown>>(COLS, { columns: ['id'], rows: [[1]] });
    assert.deepEqual(rec, { id: 1, title: null, tags: null, flag: false, maybe: null, score: null });
  });

  it('returns no records for no rows', () => {
    assert.deepEqual(fromTable(COLS, { columns: ['id'], rows: [] }), []);
  });
});
