package org.rollerhub.protocol;

/** The wire {@code type} bytes of protocol version 1 and the packet size limits. */
public final class PacketTypes {
    public static final int HELLO = 0x01;
    public static final int IMU = 0x02;
    public static final int PRESSURE = 0x03;
    public static final int STATUS = 0x04;
    public static final int BUTTON = 0x05;
    public static final int ACK = 0x06;
    public static final int GET_INFO = 0x81;
    public static final int START_STREAM = 0x82;
    public static final int STOP_STREAM = 0x83;
    public static final int TARE = 0x84;
    public static final int CUE = 0x85;

    /** The protocol version this code speaks, carried in the high nibble of {@code ver}. */
    public static final int PROTOCOL_VERSION = 1;
    /** The {@code ver} byte of every packet this code sends: version 1 in the high nibble, 0 low. */
    public static final int VER_BYTE = PROTOCOL_VERSION << 4;
    /** Header bytes: type, ver, seq. */
    public static final int HEADER_BYTES = 4;
    /** Trailing CRC bytes. */
    public static final int CRC_BYTES = 2;
    /** Smallest whole packet: header and crc, empty body. */
    public static final int MIN_PACKET_BYTES = HEADER_BYTES + CRC_BYTES;
    /** Largest whole packet (header, body, crc) a receiver accepts. */
    public static final int MAX_PACKET_BYTES = 512;
    /** Largest body that fits in {@link #MAX_PACKET_BYTES}. */
    public static final int MAX_BODY_BYTES = MAX_PACKET_BYTES - MIN_PACKET_BYTES;

    private PacketTypes() {
    }
}
