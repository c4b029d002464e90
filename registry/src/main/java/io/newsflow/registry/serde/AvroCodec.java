package io.newsflow.registry.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Avro encoding and decoding of the values the serdes accept: generated (specific) records,
 * generic records and the primitives Confluent supports (null, boolean, int, long, float,
 * double, string, bytes). Specific records use their class's own {@code SpecificData}, so logical
 * types (timestamp-millis as {@code Instant}) round-trip. Datum readers and writers are cached per
 * schema (and class): building them costs reflection and schema resolution, and they are
 * thread-safe once built.
 */
final class AvroCodec {
    private static final Map<Class<?>, Schema.Type> PRIMITIVES = Map.of(
            Boolean.class, Schema.Type.BOOLEAN, Integer.class, Schema.Type.INT, Long.class, Schema.Type.LONG,
            Float.class, Schema.Type.FLOAT, Double.class, Schema.Type.DOUBLE, String.class, Schema.Type.STRING,
            Utf8.class, Schema.Type.STRING, byte[].class, Schema.Type.BYTES);

    private final Map<WriterKey, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
    private final Map<ReaderKey, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    /** The schema of a value; names the unsupported type otherwise. */
    static Schema schemaOf(Object value) {
        if (value instanceof GenericContainer container) {
            return container.getSchema();
        }
        Schema.Type type = value instanceof ByteBuffer ? Schema.Type.BYTES : PRIMITIVES.get(value.getClass());
        if (type == null) {
            throw new SerializationException("Cannot serialize a " + value.getClass().getName()
                    + " as Avro: expected a SpecificRecord, a GenericRecord or an Avro primitive");
        }
        return Schema.create(type);
    }

    /** Encodes with the given writer schema, framed with the schema id. */
    byte[] encode(int schemaId, Schema writer, Object value) throws IOException {
        Object datum = value instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : value;
        Class<?> specific = value instanceof SpecificRecord ? value.getClass() : null;
        DatumWriter<Object> datumWriter = writers.computeIfAbsent(new WriterKey(writer, specific), AvroCodec::writer);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        datumWriter.write(datum, encoder);
        encoder.flush();
        byte[] payload = out.toByteArray();
        return WireFormat.header(schemaId, payload.length).put(payload).array();
    }

    private static DatumWriter<Object> writer(WriterKey key) {
        return key.specific != null ? new SpecificDatumWriter<>(key.schema, SpecificData.getForClass(key.specific))
                : new GenericDatumWriter<>(key.schema, GenericData.get());
    }

    /**
     * Decodes the Avro payload after the 5-byte header.
     *
     * @param readerClass a generated class to decode into, or null for generic data
     * @param reader      the reader schema (the writer's for generic data): Avro resolves the two
     */
    Object decode(byte[] bytes, Schema writer, Schema reader, Class<?> readerClass) throws IOException {
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, WireFormat.HEADER_SIZE,
                bytes.length - WireFormat.HEADER_SIZE, null);
        Object value = readers.computeIfAbsent(new ReaderKey(writer, reader, readerClass), AvroCodec::reader)
                .read(null, decoder);
        if (!decoder.isEnd()) {
            throw new IOException((bytes.length - WireFormat.HEADER_SIZE) + " payload bytes hold more than one datum");
        }
        if (value instanceof Utf8 utf8) {
            return utf8.toString();
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] copy = new byte[buffer.remaining()];
            buffer.get(copy);
            return copy;
        }
        return value;
    }

    /** Re-expresses a value in another schema by Avro schema resolution (for use.latest.version). */
    Object convert(Object value, Schema from, Schema to) throws IOException {
        byte[] framed = encode(0, from, value);
        return decode(framed, from, to, null);
    }

    private static DatumReader<Object> reader(ReaderKey key) {
        return key.specific != null
                ? new SpecificDatumReader<>(key.writer, key.reader, SpecificData.getForClass(key.specific))
                : new GenericDatumReader<>(key.writer, key.reader, GenericData.get());
    }

    private record WriterKey(Schema schema, Class<?> specific) {
    }

    private record ReaderKey(Schema writer, Schema reader, Class<?> specific) {
    }
}
