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
 * A recorded roller: a capture file ({@code .rlr}) played through the live hub as if it came over
 * a serial port. The link ends normally at the end of the file; commands are ignored.
 */
public final class FileTransport implements Transport {
    private final Path file;

    public FileTransport(Path file) {
        this.file = file;
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
}
