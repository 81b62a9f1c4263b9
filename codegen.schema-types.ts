import type { CodegenConfig } from '@graphql-codegen/cli';
import { readdirSync, readFileSync } from 'node:fs';

// The schema's enums as values (const objects) and its input types, nothing else: the arrays of allowed values in
// src/ and web/ are read from these enums, so each enum is said once, in the SDL, and the editing services take their
// inputs as the schema declares them. Plain types and data, importing nothing: the compliance engine and the import
// worker read them.
//
// Apart from codegen.ts because the schema is not sorted here: an enum's values keep the SDL's order, which some of
// them mean (a finding lists its reasons in that order). The files are read as one text in a fixed order, since
// files read side by side would come in any order, and the generated files with them.
const schema = readdirSync('schema')
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(`schema/${f}`, 'utf8'))
  .join('\n');

const output = {
  plugins: ['typescript'],
  config: { onlyOperationTypes: true, enumsAsConst: true, scalars: { Date: 'string', JSON: 'unknown' } },
};

const config: CodegenConfig = {
  schema,
  config: { sort: false },
  generates: {
    'src/shared/generated/schema-types.ts': output,
    // The same for the web application, which builds from web/ alone.
    'web/src/api/generated/schema-types.ts': output,
  },
};

export default config;
