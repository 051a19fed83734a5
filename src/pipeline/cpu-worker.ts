// Worker-thread side of the CPU pool: loads the analyzer once, then extracts and analyses pages it is sent.
import { parentPort } from 'node:worker_threads';
import { loadAnalyzer } from '../analyze/analyzer.ts';
import { messageOf } from '../lib/errors.ts';
import { type PageWork, processPage } from './process-page.ts';

const analyzer = await loadAnalyzer();
parentPort!.on('message', (msg: { id: number; work: PageWork }) => {
  try {
    parentPort!.postMessage({ id: msg.id, result: processPage(msg.work, analyzer) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: messageOf(err) });
  }
});
parentPort!.postMessage({ ready: true });
