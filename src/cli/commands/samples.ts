// `lantern samples remove`: deletes the bundled fictional sample stories for good (adding a source also does).
import { usageError } from '../../lib/errors.ts';
import { removeSampleData } from '../../seed/demo.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { withStore } from '../store-io.ts';

/** Removes the sample stories. */
export const samplesCommand: Command = {
  name: 'samples',
  help: `
Usage: lantern samples remove

Deletes the fictional sample stories Lantern loads into an empty store on first
run, with their articles and search entries; they are not loaded again into this
store. Adding the first source (lantern sources add / import) does the same.

Exit codes: 0 ok, 1 bad usage, 2 internal error.
`,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub !== 'remove') throw usageError('samples: expected remove (see: lantern samples --help)');
    const { positionals } = parseCommandArgs('samples remove', rest, {});
    if (positionals.length) throw usageError('samples remove: takes no arguments');
    return withStore(io, async (store) => {
      const r = await removeSampleData(store);
      io.stdout.write(`removed ${r.stories} sample stories (${r.articles} articles); they will not be loaded again\n`);
      return 0;
    });
  },
};
