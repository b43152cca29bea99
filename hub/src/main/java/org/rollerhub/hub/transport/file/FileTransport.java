package org.rollerhub.hub.transport.file;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rollerhub.hub.transport.Link;
import org.rollerhub.hub.transport.StreamLink;
import org.rollerhub.hub.transport.Transport;

/**
 * A recorded roller: a capture file ({@code .rlr}, a serial byte stream) played through the live
 * hub as if it came over a serial port, at {@code speed} times its recorded pace (0: as fast as it
 * reads). The link ends normally at the end of the file; commands are ignored.
 */
public final class FileTransport implements Transport {
    private final Path file;
    private final double speed;

    /**
     * @param file the capture
     * @param speed multiple of the recorded pace, 0 for as fast as it reads; finite, not negative
     */
    public FileTransport(Path file, double speed) {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("playback speed must be 0 or more, not " + speed);
        }
        this.file = file;
        this.speed = speed;
    }

    @Override
    public String describe() {
        return "file:" + file;
    }

    @Override
    public Link connect() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return new StreamLink(describe(), in, null, in, true);
    }

    @Override
    public boolean live() {
        return false;
    }

    @Override
    public double playbackSpeed() {
        return speed;
    }
}
