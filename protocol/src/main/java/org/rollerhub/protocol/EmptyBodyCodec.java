package org.rollerhub.protocol;

import java.util.function.IntFunction;

/** The commands with no body (GET_INFO, STOP_STREAM, TARE): one instance per type. */
final class EmptyBodyCodec<P extends HubCommand> implements BodyCodec<P> {
    private final int type;
    private final IntFunction<P> factory;

    EmptyBodyCodec(int type, IntFunction<P> factory) {
        this.type = type;
        this.factory = factory;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public int bodyLength(P packet) {
        return 0;
    }

    @Override
    public void encodeBody(P packet, byte[] dst, int off) {
        // no body
    }

    @Override
    public P decodeBody(int seq, byte[] src, int off, int len) {
        return factory.apply(seq);
    }
}
