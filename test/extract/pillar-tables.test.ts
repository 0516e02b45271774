import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { findTables } from '../../src/extract/text/layout/tables.js';

const extract = (text: string) => extractDocument({ id: 'a', text, bodyOffset: 0 });
const rows = (text: string) => extract(text).pillar.map((p) => [p.initiative, p.order, p.term, p.title]);

describe('tables', () => {
  it('finds pipe tables with their header, and flattened tables of aligned cells', () => {
    const view = 'Intro.\n\n| Part | Text |\n| --- | --- |\n| One | First |\n| Two | Second |\n\nPart        Cost\nOne         USD 2 million\nTwo         USD 3 million\n';
    expect(findTables(view).map((t) => [t.header?.cells.map((c) => c.text), t.rows.map((r) => r.cells.map((c) => c.text))])).toEqual([
      [['Part', 'Text'], [['One', 'First'], ['Two', 'Second']]],
      [undefined, [['Part', 'Cost'], ['One', 'USD 2 million'], ['Two', 'USD 3 million']]],
    ]);
    expect(findTables('A sentence with | one bar.\nAnother line.')).toEqual([]);
  });

  it('reads the rows of a table whose header names the set', () => {
    expect(rows([
      'The Safe Land Project',
      '',
      'The project was launched in May.',
      '',
      '| Component | Description |',
      '| --- | --- |',
      '| Survey | Teams locate hazardous areas |',
      '| Clearance | Teams clear the land |',
      '| Risk education | Volunteers teach children |',
    ].join('\n'))).toEqual([
      ['initiative:safe-land-project', 1, 'component', 'Survey'],
      ['initiative:safe-land-project', 2, 'component', 'Clearance'],
      ['initiative:safe-land-project', 3, 'component', 'Risk education'],
    ]);
  });

  it('reads rows labelled with the set word, without the total row; and a numbered first column', () => {
    expect(rows([
      'The Safe Land Project',
      '',
      '| | Description | Budget |',
      '|---|---|---|',
      '| Outcome 1 | Land is released to farmers | USD 2 million |',
      '| Outcome 2 | Survivors receive care | USD 1 million |',
      '| Total | | USD 3 million |',
    ].join('\n'))).toEqual([
      ['initiative:safe-land-project', 1, 'result', 'Land is released to farmers'],
      ['initiative:safe-land-project', 2, 'result', 'Survivors receive care'],
    ]);
    expect(rows('The Safe Land Project has two components:\n\n| No. | Task | Lead |\n|---|---|---|\n| 1 | Survey of suspected areas | NPA |\n| 2 | Clearance of minefields | HALO |'))
      .toEqual([
        ['initiative:safe-land-project', 1, 'component', 'Survey of suspected areas'],
        ['initiative:safe-land-project', 2, 'component', 'Clearance of minefields'],
      ]);
  });

  it('reads a flattened table under a set header, and a headerless table after a lead-in naming the set', () => {
    expect(rows('The Safe Land Project\n\nExpected result        Indicator\nLand released          Hectares handed over\nRisk reduced           Fewer accidents\n'))
      .toEqual([
        ['initiative:safe-land-project', 1, 'result', 'Land released'],
        ['initiative:safe-land-project', 2, 'result', 'Risk reduced'],
      ]);
    expect(rows('The Safe Land Project\n\nThe project has three components:\n\n| Survey | Teams locate hazardous areas |\n| Clearance | Teams clear the land |\n| Risk education | Volunteers teach children |'))
      .toEqual([
        ['initiative:safe-land-project', 1, 'component', 'Survey'],
        ['initiative:safe-land-project', 2, 'component', 'Clearance'],
        ['initiative:safe-land-project', 3, 'component', 'Risk education'],
      ]);
  });

  it('does not read data tables: donors, provinces, years, or a table with no set named', () => {
    expect(rows('The Safe Land Project\n\n| Donor | Amount |\n| --- | --- |\n| Japan | USD 2 million |\n| Norway | USD 1 million |')).toEqual([]);
    expect(rows('The Safe Land Project\n\n| Province | Area cleared |\n| --- | --- |\n| Kandahar | 40 ha |\n| Helmand | 30 ha |')).toEqual([]);
    expect(rows('The Safe Land Project\n\n| Year | Budget |\n|---|---|\n| 2021 | USD 2 million |\n| 2022 | USD 3 million |')).toEqual([]);
    expect(rows('The Safe Land Project\n\n| Activity | Partner |\n|---|---|\n| Ministry of Defence | Japan |\n| Ministry of Health | Norway |')).toEqual([]);
    expect(rows('The Safe Land Project\n\n| Name | Notes |\n|---|---|\n| Outcome 1 | Land released |\n| Survey | Teams |')).toEqual([]);
  });
});
