// Turns JSON-LD documents into N-Quads with jsonld.js, a JSON-LD processor independent of this
// project and of Titanium (which Jena's reader uses), so that a test can compare its graph with
// ours. Runs offline: the project's context is read from a file, every other remote document is
// refused. Safe mode makes a key or value the context does not map an error, not a silent drop.
//
//   node to-nquads.js CONTEXT_IRI CONTEXT_FILE DOCUMENT.jsonld...
//
// writes DOCUMENT.nq beside each document; exits 1 at the first document that fails.
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

const [contextIri, contextFile, ...documents] = process.argv.slice(2);
if (!contextFile || documents.length === 0) {
  console.error('usage: node to-nquads.js CONTEXT_IRI CONTEXT_FILE DOCUMENT.jsonld...');
  process.exit(2);
}
const context = JSON.parse(fs.readFileSync(contextFile, 'utf8'));

async function documentLoader(url) {
  if (url === contextIri) {
    return {contextUrl: null, documentUrl: url, document: context};
  }
  throw new Error(`not fetched (the check runs offline): ${url}`);
}

(async () => {
  for (const document of documents) {
    try {
      const input = JSON.parse(fs.readFileSync(document, 'utf8'));
      const nquads = await jsonld.toRDF(input, {
        format: 'application/n-quads',
        documentLoader,
        safe: true,
      });
      fs.writeFileSync(document.replace(/\.jsonld$/, '') + '.nq', nquads);
    } catch (e) {
      console.error(`${document}: ${e.stack || e}`);
      if (e.details) {
        console.error(JSON.stringify(e.details, null, 2));
      }
      process.exit(1);
    }
  }
})();
