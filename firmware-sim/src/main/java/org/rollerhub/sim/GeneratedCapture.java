package org.rollerhub.sim;

/**
 * A capture generated in memory: the {@code .rlr} bytes and their labels.
 *
 * @param rlr the serial byte stream, as a capture file holds it
 * @param labels what happened in it
 */
public record GeneratedCapture(byte[] rlr, Labels labels) {
}
