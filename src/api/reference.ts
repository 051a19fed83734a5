// The API's readable reference: static HTML rendered from the OpenAPI document (no script, no CDN).
import { html, type Safe } from '../web/html.ts';
import { localeFor } from '../web/i18n/locale.ts';
import { layout } from '../web/layout.ts';

type Json = Record<string, unknown>;
interface Param {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Json;
}

/** The reference page for an OpenAPI 3.1 document. */
export function referencePage(doc: Json): string {
  const info = doc.info as { title: string; version: string; description?: string };
  const paths = Object.entries((doc.paths ?? {}) as Record<string, Record<string, Json>>);
  const body = html`<h1>${info.title} ${info.version}</h1>
<p>${info.description ?? ''}</p>
<p>The machine-readable document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Endpoints</h2>
<ul>${paths.map(([p, ops]) => Object.keys(ops).map((m) => html`<li><a href="#${anchor(m, p)}"><code>${m.toUpperCase()} /api/v1${p}</code></a></li>`))}</ul>
${paths.map(([p, ops]) => Object.entries(ops).map(([m, op]) => operation(m, p, op, doc)))}`;
  return layout(
    { title: 'API reference', path: '/api/v1/reference', alternates: false },
    body,
    localeFor('en'),
  ).toString();
}

function anchor(method: string, path: string): string {
  return `${method}${path}`.replace(/[^a-z0-9]+/gi, '-');
}

function operation(method: string, path: string, op: Json, doc: Json): Safe {
  const params = (op.parameters ?? []) as Param[];
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>);
  return html`<section id="${anchor(method, path)}">
<h3><code>${method.toUpperCase()} /api/v1${path}</code></h3>
<p>${String(op.summary ?? '')}</p>${op.description ? html`<p>${String(op.description)}</p>` : ''}
${
  params.length
    ? html`<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>
${params.map((p) => html`<tr><td><code>${p.name}</code>${p.required ? ' (required)' : ''}</td><td>${p.in}</td><td>${typeOf(p.schema, doc)}</td><td>${p.description ?? String(p.schema?.description ?? '')}</td></tr>`)}
</tbody></table>`
    : ''
}
<p>Responses: ${responses.map(([code, r], i) => html`${i ? ', ' : ''}<strong>${code}</strong> ${String(r.description ?? '')}${schemaName(r)}`)}</p>
</section>`;
}

function typeOf(schema: Json | undefined, doc: Json): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop() ?? '';
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.join(', ')}`;
  const t = schema.type;
  const base = Array.isArray(t) ? t.join(' or ') : String(t ?? 'value');
  return schema.pattern ? `${base} (${String(schema.pattern)})` : base + (doc ? '' : '');
}

function schemaName(r: Json): string {
  const content = r.content as Record<string, { schema?: Json }> | undefined;
  const s = content ? Object.values(content)[0]?.schema : undefined;
  const ref = typeof s?.$ref === 'string' ? s.$ref.split('/').pop() : undefined;
  return ref ? ` (${ref})` : '';
}
