// Interop check run by RegistryJsInteropIT: Confluent's official JS client
// (@confluentinc/schemaregistry) against newsflow's registry server and Java serdes.
// Usage: node interop.js <registryUrl> <hex bytes written by newsflow's KafkaAvroSerializer>
// Prints one JSON object on stdout; the Java test asserts on it.
'use strict';

const {
  SchemaRegistryClient, AvroSerializer, AvroDeserializer, SerdeType, RestError,
} = require('@confluentinc/schemaregistry');

const SCHEMA = JSON.stringify({
  type: 'record', name: 'Dispatch', namespace: 'io.newsflow.interop',
  fields: [
    { name: 'title', type: 'string' },
    { name: 'words', type: 'int' },
    { name: 'lang', type: 'string', default: 'en' },
    { name: 'score', type: 'double' },
    { name: 'tags', type: { type: 'array', items: 'string' } },
  ],
});
// 'words' turned into a string: not BACKWARD compatible, the server must refuse it with 40901
const BREAKING = SCHEMA.replace('"name":"words","type":"int"', '"name":"words","type":"string"');

async function main() {
  const [url, javaHex] = process.argv.slice(2);
  if (!url || !javaHex) {
    throw new Error('usage: node interop.js <registryUrl> <hexBytesFromJava>');
  }
  const client = new SchemaRegistryClient({ baseURLs: [url], maxRetries: 1, retriesWaitMs: 100 });
  const info = { schemaType: 'AVRO', schema: SCHEMA };
  const out = {};

  out.registeredId = await client.register('interop-js-value', info, false);
  out.registeredAgainId = await client.register('interop-js-value', info, false);
  out.lookedUpId = await client.getId('interop-js-value', { schemaType: 'AVRO', schema: SCHEMA }, false);
  const latest = await client.getLatestSchemaMetadata('interop-js-value');
  out.latestVersion = latest.version;
  out.latestId = latest.id;
  out.subjects = await client.getAllSubjects();
  try {
    await client.register('interop-js-value', { schemaType: 'AVRO', schema: BREAKING }, false);
    out.breakingError = null;
  } catch (e) {
    out.breakingError = e instanceof RestError ? { status: e.status, errorCode: e.errorCode } : String(e);
  }
  try {
    await client.getLatestSchemaMetadata('interop-no-such-subject');
  } catch (e) {
    out.missingSubjectError = e instanceof RestError ? { status: e.status, errorCode: e.errorCode } : String(e);
  }

  const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {});
  out.decodedFromJava = await deserializer.deserialize('interop-java', Buffer.from(javaHex, 'hex'));

  // default subject strategy: probes /associations (404 here) then falls back to <topic>-value
  const serializer = new AvroSerializer(client, SerdeType.VALUE, { useLatestVersion: true, autoRegisterSchemas: false });
  const bytes = await serializer.serialize('interop-js',
    { title: 'Geschrieben in JS — ü', words: 3, lang: 'de', score: 0.5, tags: ['js', 'avro'] });
  out.bytesFromJs = bytes.toString('hex');
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stderr.write('interop failed: ' + (e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
