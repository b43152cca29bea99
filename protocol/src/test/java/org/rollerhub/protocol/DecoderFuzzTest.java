package org.rollerhub.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the decoders with Jazzer. Under plain {@code mvn test} (no
 * {@code JAZZER_FUZZ}) each target runs once per seed in
 * {@code src/test/resources/org/rollerhub/protocol/DecoderFuzzTestInputs/<method>/} (regression
 * mode: quick, deterministic, about a second). A long fuzz run of one target (10 minutes, the
 * {@code maxDuration} below; new coverage is kept in {@code protocol/.cifuzz-corpus}, git-ignored):
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl protocol test -Dtest='DecoderFuzzTest#serialStream'
 * </pre>
 * To choose the length, pass libFuzzer arguments the way Jazzer's JUnit runner reads them
 * (argument 0 stands for the program name):
 * {@code -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=3600}.
 * Findings are written to the inputs folder above and then replay in every build. Do not stop a
 * run with a signal: Jazzer then saves the input in hand as a "crash".
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
