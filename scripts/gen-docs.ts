import { writeFileSync } from 'node:fs';
import { rulesMarkdown } from './rules-markdown.js';

/** Writes docs/rules.md, the rule catalogue, from the rules the engine runs. */
writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown());
