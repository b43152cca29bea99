package org.rollerhub.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.rollerhub.protocol.Cobs;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.PacketCodec;
import org.rollerhub.protocol.PacketTypes;
import org.rollerhub.protocol.ProtocolException;
import org.rollerhub.protocol.RollerPacket;
import org.rollerhub.protocol.SerialFrames;

/**
 * The path from the roller to the capture file: writes each packet as a serial frame, as a hub
 * would record it, after the link has had its way with it.
 * <ul>
 *   <li>{@code ble}: packets lost in bursts (a two-state Gilbert–Elliott channel), at most 3 %
 *       overall; HELLOs always get through;</li>
 *   <li>{@code serial}: the capture begins with the tail of a frame; now and then a byte of a
 *       frame is corrupted or stray bytes land inside it (the packet is lost), and stray
 *       garbage frames appear between packets (nothing lost);</li>
 *   <li>{@code clean}: every packet arrives.</li>
 * </ul>
 * Every destroyed frame is checked to really fail decoding, so the labels' lost count is exact.
 * A run of consecutive lost packets is dated where it began (the send time of its first packet),
 * so that a burst that begins inside a session counts toward it whole, as the shared samples
 * count lost packets. Not thread-safe.
 */
public final class LinkModel {
    private static final double MAX_BLE_LOSS = 0.03;

    private final LinkKind kind;
    private final SplittableRandom rng;
    private final OutputStream out;
    private final byte[] scratch = new byte[PacketTypes.MAX_PACKET_BYTES];
    private final byte[] frame = new byte[SerialFrames.MAX_FRAME_BYTES + 16];
    private final double bleEnterBurst;
    private final double bleLeaveBurst;
    private final double serialCorrupt;
    private final double serialStray;
    private boolean inBurst;
    private long sent;
    private double[] lostAtS = new double[64];
    private int lost;
    private boolean previousLost;
    private long runStartUs;

    public LinkModel(LinkKind kind, SplittableRandom rng, OutputStream out) {
        this.kind = kind;
        this.rng = rng;
        this.out = out;
        double lossTarget = 0.003 + 0.022 * rng.nextDouble();
        double meanBurst = 1.5 + 4.5 * rng.nextDouble();
        this.bleLeaveBurst = 1 / meanBurst;
        this.bleEnterBurst = lossTarget / (meanBurst * (1 - lossTarget));
        this.serialCorrupt = 0.002 + 0.006 * rng.nextDouble();
        this.serialStray = 0.001 + 0.004 * rng.nextDouble();
    }

    /** The capture's first bytes: a 0x00 (after the tail of a frame, on a serial link). */
    public void start() throws IOException {
        if (kind == LinkKind.SERIAL) {
            out.write(junk(3, 40));
        }
        out.write(0);
    }

    /** Sends one packet, sent by the roller at sim time {@code simUs}. */
    public void send(RollerPacket packet, long simUs) throws IOException {
        sent++;
        int lostBefore = lost;
        sendThrough(packet, simUs);
        previousLost = lost != lostBefore;
    }

    private void sendThrough(RollerPacket packet, long simUs) throws IOException {
        int n = SerialFrames.encode(packet, scratch, frame, 0);
        switch (kind) {
            case CLEAN -> out.write(frame, 0, n);
            case BLE -> {
                boolean protectedPacket = packet instanceof Hello;
                inBurst = inBurst ? rng.nextDouble() >= bleLeaveBurst : rng.nextDouble() < bleEnterBurst;
                if (inBurst && !protectedPacket && lost + 1 <= MAX_BLE_LOSS * sent) {
                    recordLoss(simUs);
                } else {
                    out.write(frame, 0, n);
                }
            }
            case SERIAL -> sendSerial(packet, n, simUs);
        }
    }

    private void sendSerial(RollerPacket packet, int n, long simUs) throws IOException {
        if (rng.nextDouble() < serialStray) {
            writeGarbageFrame();
        }
        if (!(packet instanceof Hello) && rng.nextDouble() < serialCorrupt) {
            byte[] bad;
            do {
                bad = Arrays.copyOf(frame, n - 1); // without its delimiter
                if (rng.nextBoolean()) {
                    int at = rng.nextInt(bad.length);
                    bad[at] = (byte) (bad[at] ^ (1 + rng.nextInt(255)));
                } else {
                    int at = rng.nextInt(bad.length + 1);
                    byte[] stray = new byte[1 + rng.nextInt(4)];
                    rng.nextBytes(stray);
                    byte[] joined = new byte[bad.length + stray.length];
                    System.arraycopy(bad, 0, joined, 0, at);
                    System.arraycopy(stray, 0, joined, at, stray.length);
                    System.arraycopy(bad, at, joined, at + stray.length, bad.length - at);
                    bad = joined;
                }
            } while (anyPieceDecodes(bad));
            out.write(bad);
            out.write(0);
            recordLoss(simUs);
            return;
        }
        out.write(frame, 0, n);
    }

    private void writeGarbageFrame() throws IOException {
        out.write(junk(1, 10));
        out.write(0);
    }

    /** Random non-zero bytes, {@code minLength} to {@code minLength + spread - 1} of them, that do not decode. */
    private byte[] junk(int minLength, int spread) {
        byte[] junk;
        do {
            junk = new byte[minLength + rng.nextInt(spread)];
            for (int i = 0; i < junk.length; i++) {
                junk[i] = (byte) (1 + rng.nextInt(255));
            }
        } while (decodes(junk));
        return junk;
    }

    private void recordLoss(long simUs) {
        if (lost == lostAtS.length) {
            lostAtS = Arrays.copyOf(lostAtS, lost * 2);
        }
        if (!previousLost) {
            runStartUs = simUs;
        }
        lostAtS[lost++] = runStartUs / 1e6;
    }

    /** Whether any 0x00-separated piece of {@code bytes} would decode as a valid packet. */
    private static boolean anyPieceDecodes(byte[] bytes) {
        int from = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == 0) {
                if (i > from && decodes(Arrays.copyOfRange(bytes, from, i))) {
                    return true;
                }
                from = i + 1;
            }
        }
        return false;
    }

    private static boolean decodes(byte[] cobs) {
        try {
            byte[] packet = Cobs.decode(cobs);
            PacketCodec.decode(packet);
            return true;
        } catch (ProtocolException | RuntimeException e) {
            return false;
        }
    }

    /** Packets the roller sent. */
    public long sent() {
        return sent;
    }

    /** For each packet lost, when its run of lost packets began (capture seconds), ascending. */
    public double[] lostAtS() {
        return Arrays.copyOf(lostAtS, lost);
    }
}
