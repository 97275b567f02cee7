import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The fingerprint of the logic a verdict rests on: the source of the modules that decide it
 * (rules, engine, parameters, calendar, law, the texts in i18n) read as TypeScript tokens, and the
 * law data. Comments, whitespace, line breaks, quote style and trailing commas are not tokens of
 * the logic, so a formatting-only edit leaves it unchanged; any other edit (a predicate, a
 * parameter, a text, a law text) changes it. Written to src/rules/fingerprint.json, which
 * `ruleSet.hash` includes; a test fails when it is stale ("run npm run generate").
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const FINGERPRINT_FILE = join(ROOT, 'src/rules/fingerprint.json');

/** The folders whose sources and data decide a verdict. */
export const COVERED = ['src/calendar', 'src/engine', 'src/i18n', 'src/law', 'src/parameters', 'src/rules'];

const CLOSERS = new Set([
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
]);

/** The tokens of a TypeScript source: kinds and cooked literal values, no trivia. */
export function tokensOf(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const leaves: ts.Node[] = [];
  const walk = (node: ts.Node) => {
    // A /** doc comment */ is a node of the tree (JSDoc), not trivia: it is a comment all the same.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(file);
    if (children.length === 0) leaves.push(node);
    else for (const child of children) walk(child);
  };
  walk(file);
  const tokens: string[] = [];
  leaves.forEach((leaf, i) => {
    const next = leaves[i + 1];
    // A trailing comma before a closing bracket is the formatter's choice, not logic.
    if (leaf.kind === ts.SyntaxKind.CommaToken && next && CLOSERS.has(next.kind)) return;
    if (leaf.kind === ts.SyntaxKind.EndOfFileToken || leaf.kind === ts.SyntaxKind.SyntaxList) return;
    const literal = ts.isLiteralExpression(leaf) || ts.isTemplateLiteralToken(leaf);
    tokens.push(`${leaf.kind}:${literal ? (leaf as ts.LiteralLikeNode).text : leaf.getText(file)}`);
  });
  return tokens;
}

/** JSON data by value (its layout is not data); other data files byte for byte. */
function dataOf(path: string, text: string): string {
  return path.endsWith('.json') ? JSON.stringify(JSON.parse(text)) : text;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => path !== FINGERPRINT_FILE && !path.endsWith('.md'))
    .sort();
}

export function fingerprint(): { hash: string; files: number } {
  const hash = createHash('sha256');
  const files = COVERED.flatMap((dir) => filesUnder(join(ROOT, dir)));
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const content = path.endsWith('.ts') ? tokensOf(text).join('\n') : dataOf(path, text);
    hash.update(`${relative(ROOT, path)}\n${content}\n`);
  }
  return { hash: `sha256:${hash.digest('hex')}`, files: files.length };
}

export function fingerprintText(): string {
  return `${JSON.stringify(fingerprint(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(FINGERPRINT_FILE, fingerprintText());
  console.log(`wrote ${FINGERPRINT_FILE}`);
}
