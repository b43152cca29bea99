package org.rollerhub.hub.transport;

/**
 * Receives what a link reads. Byte-stream transports (serial, TCP, file) call
 * {@link #onStreamBytes}; packet transports (BLE: one packet per notification) call
 * {@link #onPacket}. Called on the link's pump thread; the arrays are reused after the call.
 */
public interface LinkSink {

    /** Serial-framed bytes (COBS frames with 0x00 delimiters), any chunking. */
    void onStreamBytes(byte[] data, int off, int len);

    /** One whole packet, no COBS (as one BLE notification carries). */
    void onPacket(byte[] data, int off, int len);

    /** Link-level facts for the status topic, such as BLE RSSI; may be called any time. */
    default void onLinkInfo(String key, Object value) {
    }
}
