// Tag tables for the tree builder, the same rules htmlparser2's parser follows (so trees match on normal pages).

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const DDT = ['dd', 'dt'];
const RTP = ['rt', 'rp'];
const SECTION = ['thead', 'tbody'];
/** Block tags whose opening closes an open <p>. */
const CLOSES_P =
  'address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul h1 h2 h3 h4 h5 h6';

const implied: [string, string[]][] = [
  ['tr', ['tr', 'th', 'td']],
  ['th', ['th']],
  ['td', ['thead', 'th', 'td']],
  ['body', ['head', 'link', 'script']],
  ['li', ['li']],
  ['p', P],
  ...CLOSES_P.split(' ').map((t): [string, string[]] => [t, P]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, string[]] => [t, FORM]),
  ['option', ['option']],
  ['optgroup', ['optgroup', 'option']],
  ['dd', DDT],
  ['dt', DDT],
  ['rt', RTP],
  ['rp', RTP],
  ['tbody', SECTION],
  ['tfoot', SECTION],
];

/** Opening the key tag closes open tags of these names first (while they are on top of the stack). */
export const IMPLIED_CLOSE = new Map(implied.map(([tag, closes]) => [tag, new Set(closes)]));

/** Tags that never have content. */
export const VOID_TAGS = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);

/** Tags that open a foreign (SVG, MathML) context, where `<x/>` closes itself. */
export const FOREIGN_TAGS = new Set(['math', 'svg']);

/** Tags inside foreign content that hold HTML again. */
export const INTEGRATION_TAGS = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);
