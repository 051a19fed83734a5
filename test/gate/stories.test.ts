// Story clustering gate: bench/stories.ts on our fictional fixtures (always) and on the team's real evaluation sets
// in ../shared/data/stories (when present), against the floors pinned in bench/floors.json.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ROOT } from '../../src/lib/paths.ts';
import { SHARED } from '../helpers/shared.ts';

const run = promisify(execFile);
const floors = JSON.parse(readFileSync(join(ROOT, 'bench', 'floors.json'), 'utf8')) as Record<
  string,
  Record<string, number>
>;
const sets = SHARED ? join(SHARED, 'data', 'stories') : null;

/** Each gate: floors key, data file, timeline (fixtures keep their dates: the same-city case is about dates). */
const GATES = [
  { key: 'stories_fixtures', file: join(ROOT, 'test', 'fixtures', 'stories', 'reports.jsonl'), timeline: 'real' },
  // Our composed sets written to be hard (test/fixtures/stories2): dev guides fixes, blind is summary only.
  { key: 'stories_ours_dev', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev.jsonl'), timeline: 'real' },
  { key: 'stories_ours_blind', file: join(ROOT, 'test', 'fixtures', 'stories2', 'blind.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev2', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev2.jsonl'), timeline: 'real' },
  { key: 'stories_ours_blind2', file: join(ROOT, 'test', 'fixtures', 'stories2', 'blind2.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev3', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev3.jsonl'), timeline: 'real' },
  { key: 'stories_ours_blind3', file: join(ROOT, 'test', 'fixtures', 'stories2', 'blind3.jsonl'), timeline: 'real' },
  { key: 'stories_ours_blind3b', file: join(ROOT, 'test', 'fixtures', 'stories2', 'blind3b.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev4', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev4.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev5', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev5.jsonl'), timeline: 'real' },
  { key: 'stories_ours_blind4', file: join(ROOT, 'test', 'fixtures', 'stories2', 'blind4.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev6', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev6.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev7', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev7.jsonl'), timeline: 'real' },
  { key: 'stories_ours_blind5', file: join(ROOT, 'test', 'fixtures', 'stories2', 'blind5.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev8', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev8.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev9', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev9.jsonl'), timeline: 'real' },
  { key: 'stories_ours_blind6', file: join(ROOT, 'test', 'fixtures', 'stories2', 'blind6.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev10', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev10.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev11', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev11.jsonl'), timeline: 'real' },
  { key: 'stories_ours_blind7', file: join(ROOT, 'test', 'fixtures', 'stories2', 'blind7.jsonl'), timeline: 'real' },
  { key: 'stories_ours_blind8', file: join(ROOT, 'test', 'fixtures', 'stories2', 'blind8.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev12', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev12.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev13', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev13.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev14', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev14.jsonl'), timeline: 'real' },
  { key: 'stories_ours_dev15', file: join(ROOT, 'test', 'fixtures', 'stories2', 'dev15.jsonl'), timeline: 'real' },
  { key: 'stories_ours_blind9', file: join(ROOT, 'test', 'fixtures', 'stories2', 'blind9.jsonl'), timeline: 'real' },
  { key: 'stories_dev', file: sets && join(sets, 'dev.jsonl'), timeline: 'compressed' },
  { key: 'stories_dev2', file: sets && join(sets, 'dev2.jsonl'), timeline: 'compressed' },
  { key: 'stories_dev3', file: sets && join(sets, 'dev3.jsonl'), timeline: 'compressed' },
  { key: 'stories_dev4', file: sets && join(sets, 'dev4.jsonl'), timeline: 'compressed' },
  { key: 'stories_blind', file: sets && join(sets, 'blind.jsonl'), timeline: 'compressed' },
  { key: 'stories_blind2', file: sets && join(sets, 'blind2.jsonl'), timeline: 'compressed' },
  { key: 'stories_blind3', file: sets && join(sets, 'blind3.jsonl'), timeline: 'compressed' },
];

for (const gate of GATES) {
  // An empty file measures nothing: its gate is skipped like a missing one.
  const missing = !gate.file || !existsSync(gate.file) || statSync(gate.file).size === 0;
  describe(`${gate.key} gate`, {
    skip: missing ? `no ${gate.file ?? '../shared/data/stories'}: skipped` : false,
  }, () => {
    it('clusters reports into stories at or above the floors in bench/floors.json', {
      skip: floors[gate.key] ? false : `no ${gate.key} floors pinned yet`,
      timeout: 300_000,
    }, async () => {
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'bench', 'stories.ts'), '--data', gate.file!, '--timeline', gate.timeline],
        { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      );
      const line = stdout.split('\n').find((l) => l.startsWith('stories precision '));
      assert.ok(line, `no closing line in the harness output:\n${stdout}`);
      const got = Object.fromEntries([...line.matchAll(/(\w+) ([\d.]+)/g)].map((m) => [m[1]!, Number(m[2])])) as Record<
        string,
        number
      >;
      process.stdout.write(`# ${gate.key}: ${JSON.stringify(got)}\n`);
      for (const [metric, floor] of Object.entries(floors[gate.key]!)) {
        assert.ok(Number.isFinite(got[metric]), `${gate.key}: no figure for ${metric}`);
        assert.ok(got[metric]! >= floor, `${gate.key} ${metric} ${got[metric]} is below the floor ${floor}`);
      }
    });
  });
}
