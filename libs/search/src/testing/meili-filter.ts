/**
 * Parser and evaluator of the subset of the Meilisearch filter language that the adapter emits,
 * with the semantics of the Meilisearch documentation (filter expression reference): `=` matches
 * any element of an array and compares strings case-insensitively, `!=` and `NOT` are complements
 * (documents without the field included), comparisons are numeric, `IN [..]` matches any element,
 * `_geoRadius(lat, lng, meters)`; precedence NOT > AND > OR. Used by the fake server only (tests):
 * it is strict about syntax so that a malformed filter fails here as it would on a real server.
 */
export type FilterNode =
  | { kind: 'and' | 'or'; items: FilterNode[] }
  | { kind: 'not'; item: FilterNode }
  | { kind: 'cmp'; attr: string; op: '=' | '!=' | '>' | '>=' | '<' | '<='; value: string | number }
  | { kind: 'in'; attr: string; values: (string | number)[] }
  | { kind: 'geo'; lat: number; lng: number; meters: number };

type Token = { t: 'id' | 'num' | 'str' | 'op' | 'punct'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let v = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') i++;
        v += src[i++];
      }
      if (src[i] !== c) throw new Error(`unterminated string in filter: ${src}`);
      i++;
      out.push({ t: 'str', v });
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(src.slice(i));
      if (!m) throw new Error(`bad number in filter at ${i}: ${src}`);
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i))!;
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else if (/[<>!=]/.test(c)) {
      const m = /^(>=|<=|!=|=|>|<)/.exec(src.slice(i));
      if (!m) throw new Error(`bad operator in filter at ${i}: ${src}`);
      out.push({ t: 'op', v: m[0] });
      i += m[0].length;
    } else if ('()[],'.includes(c)) {
      out.push({ t: 'punct', v: c });
      i++;
    } else {
      throw new Error(`unexpected character ${c} in filter: ${src}`);
    }
  }
  return out;
}

export function parseFilter(src: string): FilterNode {
  const tokens = tokenize(src);
  let p = 0;
  const peek = () => tokens[p];
  const isWord = (w: string) => peek()?.t === 'id' && peek().v.toUpperCase() === w;
  const expect = (v: string) => {
    if (peek()?.v !== v) throw new Error(`expected ${v} at token ${p} in filter: ${src}`);
    p++;
  };
  const value = (): string | number => {
    const tok = tokens[p++];
    if (!tok) throw new Error(`missing value in filter: ${src}`);
    if (tok.t === 'num') return Number(tok.v);
    if (tok.t === 'str' || tok.t === 'id') return tok.v;
    throw new Error(`expected a value, got ${tok.v} in filter: ${src}`);
  };
  const or = (): FilterNode => {
    const items = [and()];
    while (isWord('OR')) {
      p++;
      items.push(and());
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
  };
  const and = (): FilterNode => {
    const items = [not()];
    while (isWord('AND')) {
      p++;
      items.push(not());
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  };
  const not = (): FilterNode => {
    if (isWord('NOT')) {
      p++;
      return { kind: 'not', item: not() };
    }
    return primary();
  };
  const primary = (): FilterNode => {
    if (peek()?.v === '(') {
      p++;
      const e = or();
      expect(')');
      return e;
    }
    const tok = tokens[p++];
    if (!tok || tok.t !== 'id') throw new Error(`expected an attribute at token ${p - 1} in filter: ${src}`);
    if (tok.v === '_geoRadius') {
      expect('(');
      const lat = Number(value());
      expect(',');
      const lng = Number(value());
      expect(',');
      const meters = Number(value());
      expect(')');
      if (!Number.isInteger(meters)) throw new Error(`_geoRadius distance must be an integer number of meters: ${src}`);
      return { kind: 'geo', lat, lng, meters };
    }
    if (isWord('IN')) {
      p++;
      expect('[');
      const values = [value()];
      while (peek()?.v === ',') {
        p++;
        values.push(value());
      }
      expect(']');
      return { kind: 'in', attr: tok.v, values };
    }
    const op = tokens[p++];
    if (!op || op.t !== 'op') throw new Error(`expected an operator after ${tok.v} in filter: ${src}`);
    return { kind: 'cmp', attr: tok.v, op: op.v as '=', value: value() };
  };
  const node = or();
  if (p !== tokens.length) throw new Error(`unexpected ${tokens[p].v} at token ${p} in filter: ${src}`);
  return node;
}

export function attributesOf(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.items.flatMap(attributesOf);
    case 'not':
      return attributesOf(node.item);
    case 'geo':
      return ['_geo'];
    default:
      return [node.attr];
  }
}

/** Meilisearch's geo distance (its own Earth radius: deliberately not the matching core's). */
const MEILI_EARTH_RADIUS_M = 6_378_137;
function geoMeters(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lng2 - lng1) * r) / 2) ** 2;
  return 2 * MEILI_EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

const scalarEq = (docValue: unknown, v: string | number): boolean => {
  if (typeof docValue === 'number') return typeof v === 'number' ? docValue === v : Number(v) === docValue;
  if (typeof docValue === 'boolean') return String(docValue) === String(v).toLowerCase();
  if (typeof docValue === 'string') return docValue.toLowerCase() === String(v).toLowerCase();
  return false;
};
const values = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);

export function evaluate(node: FilterNode, doc: Record<string, any>): boolean {
  switch (node.kind) {
    case 'and':
      return node.items.every((n) => evaluate(n, doc));
    case 'or':
      return node.items.some((n) => evaluate(n, doc));
    case 'not':
      return !evaluate(node.item, doc);
    case 'geo': {
      const g = doc._geo as { lat: number; lng: number } | undefined;
      return g !== undefined && geoMeters(node.lat, node.lng, g.lat, g.lng) <= node.meters;
    }
    case 'in':
      return values(doc[node.attr]).some((x) => node.values.some((v) => scalarEq(x, v)));
    case 'cmp': {
      const xs = values(doc[node.attr]);
      if (node.op === '=') return xs.some((x) => scalarEq(x, node.value));
      if (node.op === '!=') return !xs.some((x) => scalarEq(x, node.value));
      const v = Number(node.value);
      return xs.some((x) => {
        if (typeof x !== 'number') return false;
        switch (node.op) {
          case '>':
            return x > v;
          case '>=':
            return x >= v;
          case '<':
            return x < v;
          default:
            return x <= v;
        }
      });
    }
  }
}
