// Text clean-up: bylines, datelines, captions, credits, read-more lines, trailing boilerplate.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanupText } from '../../../src/extract/cleanup.ts';

const body = 'The court heard that the workers were kept in a locked house and paid nothing for two years of labour.';

describe('cleanupText', () => {
  it('takes "Article from:" and "Source:" credit lines out into sourceCredit', () => {
    assert.deepEqual(cleanupText(`${body}\n\nArticle from: The Example Times`, null, null), {
      text: body,
      sourceCredit: 'The Example Times',
    });
    assert.equal(cleanupText(`${body}\n\nSource: Example Wire`, null, null).sourceCredit, 'Example Wire');
  });
  it('drops the repeated title, a byline and a dateline at the top', () => {
    const text = `Workers freed\n\nBy Ana Reporter\n\nUpdated Nov 19, 9:41 AM\n\n${body}`;
    assert.equal(cleanupText(text, 'Workers freed', null).text, body);
  });
  it('drops photo credits, labels and read-more lines anywhere', () => {
    const text = `${body}\n\nAdvertisement\n\nPhoto: Example Agency / Getty Images\n\nRead more: Another story\n\n${body}`;
    assert.equal(cleanupText(text, null, null).text, `${body}\n\n${body}`);
  });
  it('drops trailing boilerplate but keeps the last real paragraph', () => {
    const text = `${body}\n\nCopyright 2024 Example News. All rights reserved.\n\nFollow us on Twitter`;
    assert.equal(cleanupText(text, null, null).text, body);
  });
  it('keeps a closing "request for comment" line, which is article text', () => {
    const text = `${body}\n\nThe company did not respond to a request for comment.`;
    assert.equal(cleanupText(text, null, null).text, text);
  });
  it('keeps table rows with years', () => {
    const text = `${body}\n\nRegion 2022 2023\n\nNorth 120 135`;
    assert.equal(cleanupText(text, null, null).text, text);
  });
});
