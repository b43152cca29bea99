package org.rollerhub.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the decoders with Jazzer. Under plain {@code mvn test} (no
 * {@code JAZZER_FUZZ}) each target runs once per seed in
 * {@code src/test/resources/org/rollerhub/protocol/DecoderFuzzTestInputs/<method>/} (regression
 * mode: quick, deterministic). A long fuzz run of one target:
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl protocol test -Dtest=DecoderFuzzTest#serialStream -Djazzer.max_duration=10m
 * </pre>
 * Findings land in the inputs folder above and then replay in every build.
 */
class DecoderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void serialStream(byte[] input) {
        DecoderProperties.serialStream(input, input.length);
    }

    @FuzzTest(maxDuration = "10m")
    void packet(byte[] input) {
        DecoderProperties.packet(input);
    }
}
