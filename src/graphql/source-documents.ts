import express, { type Router } from 'express';
import { join } from 'node:path';
import { heldDocuments, SOURCE_DOCUMENTS_PATH, sourceDocumentsDir } from '../law/source-documents';

/** `GET /sources/<file>`: the documents held with the project that legal figures cite, as plain text. */
export function sourceDocumentsRouter(): Router {
  const router = express.Router();
  const held = new Set(heldDocuments());
  router.get(`${SOURCE_DOCUMENTS_PATH}/:name`, (req, res) => {
    const { name } = req.params;
    if (!held.has(name)) {
      res.status(404).json({
        errors: [
          { message: `No document "${name}" is held with this service.`, extensions: { code: 'NOT_FOUND' } },
        ],
      });
      return;
    }
    res.type('text/plain; charset=utf-8').sendFile(join(sourceDocumentsDir(), name));
  });
  return router;
}
