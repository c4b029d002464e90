package io.newsflow.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockSchemeTest {

    @Test
    void shouldCutFourBlocksOfSixteenBitsWhenKIsThree() {
        BlockScheme scheme = new BlockScheme(3);
        assertThat(scheme.blockCount()).isEqualTo(4);
        assertThat(scheme.keysOf(0x1111_2222_3333_4444L)).containsExactly(new BlockKey(0, 0x4444), new BlockKey(1, 0x3333),
                new BlockKey(2, 0x2222), new BlockKey(3, 0x1111));
    }

    @Test
    void shouldCoverAllSixtyFourBitsWhenBlocksAreUneven() {
        BlockScheme scheme = new BlockScheme(4);
        int total = 0;
        for (int i = 0; i < scheme.blockCount(); i++) {
            total += scheme.width(i);
        }
        assertThat(total).isEqualTo(64);
        assertThat(scheme.width(0)).isEqualTo(13);
        assertThat(scheme.width(4)).isEqualTo(12);
    }

    @Test
    void shouldShareAtLeastOneBlockWhenFingerprintsAreWithinK() {
        Random rnd = new Random(42);
        for (int k = 0; k <= BlockScheme.MAX_DISTANCE; k++) {
            BlockScheme scheme = new BlockScheme(k);
            for (int trial = 0; trial < 2000; trial++) {
                long a = rnd.nextLong();
                long b = a;
                for (int flips = rnd.nextInt(k + 1); flips > 0; flips--) {
                    b ^= 1L << rnd.nextInt(64);
                }
                boolean shared = false;
                for (int i = 0; i < scheme.blockCount(); i++) {
                    shared |= scheme.blockValue(a, i) == scheme.blockValue(b, i);
                }
                assertThat(shared).as("k=%d a=%x b=%x", k, a, b).isTrue();
            }
        }
    }

    @Test
    void shouldRejectKWhenOutOfRange() {
        assertThatThrownBy(() -> new BlockScheme(8)).hasMessageContaining("0..7").hasMessageContaining("8");
        assertThatThrownBy(() -> new BlockScheme(-1)).hasMessageContaining("-1");
    }

    @Test
    void shouldRoundTripAndRejectGarbageWhenEncodingBlockKeys() {
        BlockKey key = new BlockKey(2, 0xbeefL);
        assertThat(key.encode()).isEqualTo("2:beef");
        assertThat(BlockKey.decode("2:beef")).isEqualTo(key);
        assertThatThrownBy(() -> BlockKey.decode("beef")).hasMessageContaining("beef");
        assertThatThrownBy(() -> BlockKey.decode("x:zz")).hasMessageContaining("x:zz");
    }
}
