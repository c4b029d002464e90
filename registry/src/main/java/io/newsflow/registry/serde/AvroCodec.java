package io.newsflow.registry.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
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
 * types (timestamp-millis as {@code Instant}) round-trip.
 */
final class AvroCodec {
    private static final Map<Class<?>, Schema.Type> PRIMITIVES = Map.of(
            Boolean.class, Schema.Type.BOOLEAN, Integer.class, Schema.Type.INT, Long.class, Schema.Type.LONG,
            Float.class, Schema.Type.FLOAT, Double.class, Schema.Type.DOUBLE, String.class, Schema.Type.STRING,
            Utf8.class, Schema.Type.STRING, byte[].class, Schema.Type.BYTES);

    private AvroCodec() {
    }

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
    @SuppressWarnings({"unchecked", "rawtypes"})
    static byte[] encode(int schemaId, Schema writer, Object value) throws IOException {
        Object datum = value instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : value;
        DatumWriter writerImpl = value instanceof SpecificRecord
                ? new SpecificDatumWriter<>(writer, SpecificData.getForClass(value.getClass()))
                : new GenericDatumWriter<>(writer, GenericData.get());
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        writerImpl.write(datum, encoder);
        encoder.flush();
        byte[] payload = out.toByteArray();
        return WireFormat.header(schemaId, payload.length).put(payload).array();
    }

    /**
     * Decodes the Avro payload after the 5-byte header.
     *
     * @param readerClass a generated class to decode into, or null for generic data
     * @param reader      the reader schema (the writer's for generic data): Avro resolves the two
     */
    static Object decode(byte[] bytes, Schema writer, Schema reader, Class<?> readerClass) throws IOException {
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, WireFormat.HEADER_SIZE,
                bytes.length - WireFormat.HEADER_SIZE, null);
        Object value = readerClass != null
                ? new SpecificDatumReader<>(writer, reader, SpecificData.getForClass(readerClass)).read(null, decoder)
                : new GenericDatumReader<>(writer, reader, GenericData.get()).read(null, decoder);
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
    static Object convert(Object value, Schema from, Schema to) throws IOException {
        byte[] framed = encode(0, from, value);
        return decode(framed, from, to, null);
    }
}
