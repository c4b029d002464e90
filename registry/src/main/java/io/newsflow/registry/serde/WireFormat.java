package io.newsflow.registry.serde;

import java.nio.ByteBuffer;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: magic byte 0, the schema id as a 4-byte big-endian int, then the Avro
 * binary encoding. Every Confluent-compatible client in every language reads and writes this.
 */
public final class WireFormat {
    /** The first byte of every framed record. */
    public static final byte MAGIC_BYTE = 0;
    /** Magic byte plus id. */
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** Writes the 5-byte header into a buffer sized for the payload that follows. */
    static ByteBuffer header(int schemaId, int payloadSize) {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_SIZE + payloadSize);
        buffer.put(MAGIC_BYTE).putInt(schemaId);
        return buffer;
    }

    /**
     * The schema id of a framed record.
     *
     * @throws SerializationException naming the topic when the bytes are not in this format
     */
    public static int schemaId(String topic, byte[] bytes) {
        if (bytes.length < HEADER_SIZE) {
            throw new SerializationException("Cannot deserialize Avro data of topic '" + topic + "': "
                    + bytes.length + " bytes is shorter than the 5-byte Confluent header (magic byte, schema id)");
        }
        if (bytes[0] != MAGIC_BYTE) {
            throw new SerializationException("Cannot deserialize Avro data of topic '" + topic + "': unknown magic byte "
                    + String.format("0x%02x", bytes[0]) + " (expected 0x00: not written by a Confluent-compatible serializer)");
        }
        return ByteBuffer.wrap(bytes, 1, 4).getInt();
    }
}
