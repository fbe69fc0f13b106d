package org.partnergraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 reader that hands over every character before a malformed byte and only then
 * throws, so the CSV parser can name the exact line (an {@code InputStreamReader} drops the
 * characters of the block it was decoding).
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean endOfInput;
    private boolean done;
    private CoderResult pending;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (pending != null) {
            pending.throwException();
        }
        if (done) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            CoderResult r = decoder.decode(bytes, out, endOfInput);
            int n = out.position() - off;
            if (r.isError()) {
                if (n > 0) {
                    pending = r;
                    return n;
                }
                r.throwException();
            }
            if (r.isOverflow() || n > 0) {
                return n;
            }
            if (endOfInput) {
                decoder.flush(out);
                done = true;
                n = out.position() - off;
                return n > 0 ? n : -1;
            }
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
