// `lantern alerts add|list|remove|run|dead`: saved searches that deliver new matching stories.
import { alertFeedUrl, createAlert } from '../../alerts/create.ts';
import { smtpMailer } from '../../alerts/email.ts';
import { type AlertDeps, runAlerts } from '../../alerts/run.ts';
import { type Config, loadConfig } from '../../config/settings.ts';
import { inputError, usageError } from '../../lib/errors.ts';
import type { Alert, Cadence } from '../../model/alerts.ts';
import type { Store } from '../../store/store.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../command.ts';
import { withStore } from '../store-io.ts';

/** Manages alerts. */
export const alertsCommand: Command = {
  name: 'alerts',
  help: `
Usage: lantern alerts add "QUERY" [--country CC]... [--form FORM]... [--language LL]...
                          [--email ADDRESS] [--webhook URL] [--atom] [--cadence immediate|daily|weekly]
       lantern alerts list [--json]
       lantern alerts remove ID
       lantern alerts run
       lantern alerts dead [--json]

add     follows a search (the search page's language: words, "phrases", OR,
        -exclude, country:NG form:labour). Channels: --email (digests at the
        --cadence, default immediate, each with an unsubscribe link), --webhook
        (a signed JSON POST per story; private addresses refused), --atom (a
        private feed; also the default when no channel is given).
list    every alert: id, query, channels and the private feed address.
remove  deletes an alert and what it queued.
run     one pass: match stories published since the last pass, then send.
        \`lantern serve\` and \`lantern worker\` run it every minute.
dead    webhook and e-mail sends given up after repeated failures.
Exit codes: 0 ok, 1 bad usage or input, 2 internal error.
`,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const handler = sub ? SUBCOMMANDS[sub] : undefined;
    if (!handler) throw usageError('alerts: expected add, list, remove, run or dead (see: lantern alerts --help)');
    return handler(rest, io);
  },
};

type Sub = (argv: string[], io: CliIo) => Promise<number>;

/** The portal's own address for links in feeds and e-mail. */
export function portalUrl(c: Config): string {
  return (c.publicUrl || `http://${c.host}:${c.port}`).replace(/\/+$/, '');
}

/** What an alerts pass needs, from the configuration. */
export function alertDeps(store: Store, c: Config): AlertDeps {
  return {
    store,
    publicUrl: portalUrl(c),
    mailer: smtpMailer(c.smtpUrl),
    mailFrom: c.mailFrom,
    allowPrivateWebhooks: c.allowPrivateWebhooks,
  };
}

const SUBCOMMANDS: Record<string, Sub> = {
  async add(argv, io) {
    const { values, positionals } = parseCommandArgs('alerts add', argv, {
      country: { type: 'string', multiple: true },
      form: { type: 'string', multiple: true },
      language: { type: 'string', multiple: true },
      email: { type: 'string' },
      webhook: { type: 'string' },
      atom: { type: 'boolean' },
      cadence: { type: 'string' },
    });
    if (positionals.length !== 1) throw usageError('alerts add: expected one "QUERY" (quote it)');
    const config = loadConfig(io.env);
    return withStore(io, async (store) => {
      const a = await createAlert(
        store.alerts,
        { kind: 'cli', id: null },
        {
          query: positionals[0]!,
          filters: { country: values.country, type: values.form, language: values.language },
          email: values.email,
          webhook: values.webhook,
          atom: values.atom,
          cadence: values.cadence as Cadence | undefined,
        },
        { allowPrivateWebhooks: config.allowPrivateWebhooks },
      );
      io.stdout.write(`added alert #${a.id}\n${describe(a, portalUrl(config))}`);
      if (a.webhookUrl) io.stdout.write(`  webhook secret (HMAC-SHA256 key): ${a.secret}\n`);
      return 0;
    });
  },

  async list(argv, io) {
    const { values, positionals } = parseCommandArgs('alerts list', argv, { json: { type: 'boolean' } });
    if (positionals.length) throw usageError('alerts list: takes no arguments');
    const base = portalUrl(loadConfig(io.env));
    return withStore(io, async (store) => {
      const alerts = await store.alerts.list();
      if (values.json)
        io.stdout.write(
          `${JSON.stringify(
            alerts.map((a) => ({ ...a, secret: undefined })),
            null,
            2,
          )}\n`,
        );
      else
        io.stdout.write(alerts.length ? alerts.map((a) => `#${a.id}\n${describe(a, base)}`).join('') : 'no alerts\n');
      return 0;
    });
  },

  async remove(argv, io) {
    const { positionals } = parseCommandArgs('alerts remove', argv, {});
    if (positionals.length !== 1 || !/^\d{1,9}$/.test(positionals[0]!))
      throw usageError('alerts remove: expected one alert ID (see: lantern alerts list)');
    return withStore(io, async (store) => {
      if (!(await store.alerts.remove(Number(positionals[0]))))
        throw inputError(`alerts remove: no alert #${positionals[0]}`);
      io.stdout.write(`removed alert #${positionals[0]}\n`);
      return 0;
    });
  },

  async run(argv, io) {
    const { positionals } = parseCommandArgs('alerts run', argv, {});
    if (positionals.length) throw usageError('alerts run: takes no arguments');
    const config = loadConfig(io.env);
    return withStore(io, async (store) => {
      const r = await runAlerts(alertDeps(store, config));
      io.stdout.write(
        `stories read ${r.seen}, matches ${r.matched}, webhooks sent ${r.webhooks.sent} (failed ${r.webhooks.failed}, dead ${r.webhooks.dead}), e-mails ${r.emails}\n`,
      );
      return 0;
    });
  },

  async dead(argv, io) {
    const { values, positionals } = parseCommandArgs('alerts dead', argv, { json: { type: 'boolean' } });
    if (positionals.length) throw usageError('alerts dead: takes no arguments');
    return withStore(io, async (store) => {
      const dead = await store.alerts.listSends('dead', 1000);
      if (values.json) io.stdout.write(`${JSON.stringify(dead, null, 2)}\n`);
      else
        io.stdout.write(
          dead
            .map((s) => `alert #${s.alertId} story #${s.storyId} ${s.channel}: ${s.attempts} tries, ${s.lastError}\n`)
            .join('') || 'no dead sends\n',
        );
      return 0;
    });
  },
};

function describe(a: Alert, base: string): string {
  const filters = Object.entries(a.filters)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`)
    .join(' ');
  const lines = [`  query: ${a.query}${filters ? `  (${filters})` : ''}`];
  if (a.email) lines.push(`  e-mail: ${a.email} (${a.cadence})`);
  if (a.webhookUrl) lines.push(`  webhook: ${a.webhookUrl}`);
  if (a.atom) lines.push(`  private feed: ${alertFeedUrl(base, a)}`);
  return `${lines.join('\n')}\n`;
}
