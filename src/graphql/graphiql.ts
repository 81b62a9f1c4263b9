import express, { type Router } from 'express';
import { dirname, join } from 'node:path';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const EXAMPLE = `# Trafficking law as it stood on a day, in any of the three languages.
query ArticleOnADay {
  provision(citation: "neni 171 KPRK", asOf: "2015-06-01") {
    citation
    heading { sq sr en }
    inForceNote
    inForce { validFrom validTo penalties { variant imprisonmentMinMonths imprisonmentMaxMonths source { verification url document } } }
    predecessors { citation }
  }
}
`;

/**
 * A GraphiQL page served entirely from installed packages, so it works without internet access: at /graphiql, and at
 * the GraphQL endpoint for a browser (`/` is the web application).
 */
export function graphiqlRouter(endpoint: string): Router {
  const router = express.Router();
  router.use('/graphiql-assets/graphiql', express.static(packageDir('graphiql'), { index: false }));
  router.use('/graphiql-assets/react', express.static(join(packageDir('react'), 'umd'), { index: false }));
  router.use(
    '/graphiql-assets/react-dom',
    express.static(join(packageDir('react-dom'), 'umd'), { index: false }),
  );
  const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Kosovo trafficking law and sentencing compliance: GraphiQL</title>
  <link rel="stylesheet" href="/graphiql-assets/graphiql/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql-assets/react/react.production.min.js"></script>
  <script src="/graphiql-assets/react-dom/react-dom.production.min.js"></script>
  <script src="/graphiql-assets/graphiql/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)} }),
    );
  </script>
</body>
</html>`;
  router.get('/graphiql', (_req, res) => {
    res.type('html').send(page);
  });
  router.get(endpoint, (req, res, next) => {
    const wantsPage =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsPage && req.query.query === undefined) res.type('html').send(page);
    else next();
  });
  return router;
}
