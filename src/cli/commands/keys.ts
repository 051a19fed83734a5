// `lantern keys add|list|revoke`: API keys for the JSON API (shown once, kept only as a SHA-256).
import { randomBytes } from 'node:crypto';
import { keyHash } from '../../api/guard.ts';
import { inputError, usageError } from '../../lib/errors.ts';
import type { ApiKey } from '../../model/records.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../command.ts';
import { withStore } from '../store-io.ts';

/** Manages API keys. */
export const keysCommand: Command = {
  name: 'keys',
  help: `
Usage: lantern keys add --name NAME [--rate N]
       lantern keys list [--json]
       lantern keys revoke ID

add     makes a key and prints it once: it is stored only as a SHA-256 hash, so
        it cannot be shown again. --rate N: requests a minute for this key
        (default LANTERN_API_KEY_RATE, 600).
list    every key: id, name, first characters, rate, uses today (UTC) and in all.
revoke  the key stops working at once (401); its counts are kept.

Send a key with each request as the header  X-API-Key: KEY  (or
Authorization: Bearer KEY). Without a key, each address may make
LANTERN_API_ANON_RATE requests a minute (default 60).
Exit codes: 0 ok, 1 bad usage or input, 2 internal error.
`,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const handler = sub ? SUBCOMMANDS[sub] : undefined;
    if (!handler) throw usageError('keys: expected add, list or revoke (see: lantern keys --help)');
    return handler(rest, io);
  },
};

type Sub = (argv: string[], io: CliIo) => Promise<number>;

const SUBCOMMANDS: Record<string, Sub> = {
  async add(argv, io) {
    const { values, positionals } = parseCommandArgs('keys add', argv, {
      name: { type: 'string' },
      rate: { type: 'string' },
    });
    if (positionals.length || !values.name) throw usageError('keys add: expected --name NAME');
    const rate = values.rate === undefined ? null : wholeNumber('--rate', values.rate);
    const key = `lk_${randomBytes(24).toString('base64url')}`;
    return withStore(io, async (store) => {
      const k = await store.keys.add({
        name: values.name!,
        keyHash: keyHash(key),
        prefix: key.slice(0, 10),
        ratePerMin: rate,
      });
      io.stderr.write(`added key #${k.id} "${k.name}"; it is shown only this once:\n`);
      io.stdout.write(`${key}\n`);
      return 0;
    });
  },

  async list(argv, io) {
    const { values, positionals } = parseCommandArgs('keys list', argv, { json: { type: 'boolean' } });
    if (positionals.length) throw usageError('keys list: takes no arguments');
    return withStore(io, async (store) => {
      const keys = await store.keys.list(new Date().toISOString().slice(0, 10));
      if (values.json) io.stdout.write(`${JSON.stringify(keys, null, 2)}\n`);
      else io.stdout.write(table(keys));
      return 0;
    });
  },

  async revoke(argv, io) {
    const { positionals } = parseCommandArgs('keys revoke', argv, {});
    if (positionals.length !== 1) throw usageError('keys revoke: expected one key ID (see: lantern keys list)');
    const id = wholeNumber('ID', positionals[0]!);
    return withStore(io, async (store) => {
      if (!(await store.keys.revoke(id))) throw inputError(`keys revoke: no live key #${id}`);
      io.stdout.write(`revoked key #${id}\n`);
      return 0;
    });
  },
};

function wholeNumber(what: string, raw: string): number {
  const n = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || n < 1)
    throw usageError(`${what} ${JSON.stringify(raw.slice(0, 40))}: expected a whole number from 1`);
  return n;
}

function table(keys: (ApiKey & { usesOnDay: number })[]): string {
  if (!keys.length) return 'no API keys (add one with: lantern keys add --name NAME)\n';
  const rows = keys.map((k) =>
    [
      `#${k.id}`,
      k.name,
      `${k.prefix}…`,
      k.ratePerMin === null ? 'default' : `${k.ratePerMin}/min`,
      `${k.usesOnDay} today`,
      `${k.uses} in all`,
      k.revokedAt ? `revoked ${k.revokedAt.slice(0, 10)}` : 'live',
    ].join('  '),
  );
  return `${rows.join('\n')}\n`;
}
