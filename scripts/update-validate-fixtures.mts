// Rewrites test/fixtures/validate/*/expected.json from what validate reports now.
// Review the printed diagnostics case by case before committing the result.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { caseNames, FIXTURES, materialise } from '../test/helpers/fixture-kb.ts';
import { validateKnowledgeBase } from '../src/records/validate.ts';
for (const name of caseNames('validate')) {
  const r = await validateKnowledgeBase(materialise('validate', name));
  const rows = r.diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, rule: d.rule, severity: d.severity }));
  writeFileSync(path.join(FIXTURES, 'validate', name, 'expected.json'), JSON.stringify(rows, null, 2) + '\n');
  console.log(name, JSON.stringify(rows.map((x) => `${x.file}:${x.line}:${x.column} ${x.rule}`)));
}
