import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { threadStage } from '../../src/pipeline/cpu.ts';

const WORK = { html: '<p>x</p>', url: 'https://x.example/', feedTitle: null, languageHint: null, countryHint: null };

describe('analysis threads', () => {
  it('extract and analyse a page off the main thread', async () => {
    const stage = threadStage(1);
    try {
      const html = `<html><body><article>${'<p>Police in Lagos rescued twelve women from a nightclub where they had been forced into prostitution; two suspects were charged with human trafficking.</p>'.repeat(3)}</article></body></html>`;
      const r = await stage.process({ ...WORK, html, feedTitle: 'Women rescued in Lagos' });
      assert.ok(r.article);
      assert.equal(r.analysis.relevant, true);
      assert.ok(r.prints.nearKeys.length > 0);
    } finally {
      await stage.close();
    }
  });

  it('report a thread that cannot load as an error, without hanging', async () => {
    const stage = threadStage(1, new URL('./fixtures/broken-worker.ts', import.meta.url));
    try {
      await assert.rejects(stage.process(WORK), /analysis worker stopped: .*missing module/);
      await assert.rejects(stage.process(WORK), /analysis worker stopped/);
    } finally {
      await stage.close();
    }
  });
});
