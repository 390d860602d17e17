// `npm run quiz-schema`: writes quizzes/schema.json, the JSON Schema of a quiz file, from the
// app's own valibot schema (src/lib/content/schema.ts), so editors complete and check quiz
// files as they are typed. A test fails when the file is not current.
import { writeFileSync } from 'node:fs';
import prettier from 'prettier';
import { loadAppModules } from './app-modules.js';

const target = new URL('../quizzes/schema.json', import.meta.url);
const { jsonSchema } = await loadAppModules({ jsonSchema: '/src/lib/content/json-schema.ts' });
const text = JSON.stringify(jsonSchema.quizJsonSchema(), null, '\t');
const options = (await prettier.resolveConfig(target.pathname)) ?? {};
writeFileSync(target, await prettier.format(text, { ...options, parser: 'json' }));
console.log(`Wrote ${target.pathname}`);
