package org.itut.compliance.io;

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
 * The text of one fact file as the parsers read it: UTF-8 decoded strictly (a malformed byte is an
 * error naming its line and offset, never a silent U+FFFD), a leading UTF-8 byte-order mark dropped,
 * a UTF-16 or UTF-32 one refused, NUL refused, and no more than the file-size limit read even if the
 * file grows while it is read. Problems surface as {@link Refusal}, an {@code IOException} the
 * parsers pass on (wrapped or not), which {@link TreeReader} unwraps.
 */
final class CheckedText extends Reader {

    /** Why the text cannot be read, as the problem to report. */
    static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient InputProblem problem;

        Refusal(InputProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }

        InputProblem problem() {
            return problem;
        }
    }

    private final String file;
    private final InputStream bytes;
    private final Reader chars;
    private final long max;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer out = CharBuffer.allocate(8192);
    private long read;
    private long decoded;
    private int line = 1;
    private boolean eof;
    private boolean flushed;
    private boolean first = true;

    /** Decodes {@code bytes} as UTF-8; {@code maxBytes} is the file-size limit. */
    static CheckedText of(String file, InputStream bytes, long maxBytes) {
        return new CheckedText(file, bytes, null, maxBytes);
    }

    /** Checks text already decoded by the caller; {@code maxChars} is the file-size limit, applied to characters. */
    static CheckedText of(String file, Reader chars, long maxChars) {
        return new CheckedText(file, null, chars, maxChars);
    }

    private CheckedText(String file, InputStream bytes, Reader chars, long max) {
        this.file = file;
        this.bytes = bytes;
        this.chars = chars;
        this.max = max;
        in.flip();
        out.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!out.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, out.remaining());
        out.get(cbuf, off, n);
        return n;
    }

    /** Refills {@code out}; false at the end of the text. */
    private boolean fill() throws IOException {
        out.clear();
        if (chars != null) {
            int n = eof ? -1 : chars.read(out.array(), 0, out.capacity());
            if (n < 0) {
                eof = true;
                out.limit(0);
                return false;
            }
            out.limit(n);
            count(n);
        } else {
            decode();
        }
        if (first && out.hasRemaining()) {
            first = false;
            if (out.get(0) == '\uFEFF') {
                // A UTF-8 byte-order mark, as some Windows editors write: it says nothing; the text starts after it.
                out.position(1);
            }
        }
        scan();
        return out.hasRemaining() || !eof || !flushed;
    }

    private void decode() throws IOException {
        while (true) {
            int before = in.position();
            CoderResult r = flushed ? CoderResult.UNDERFLOW : decoder.decode(in, out, eof);
            decoded += in.position() - before;
            if (r.isError()) {
                out.flip();
                scan();
                throw new Refusal(new InputProblem(file, line, "", "the byte" + (r.length() == 1 ? "" : "s") + " " + hex(r.length())
                        + " at byte offset " + decoded + " " + (r.length() == 1 ? "is" : "are") + " not UTF-8",
                        "a file saved as UTF-8 (the reader never replaces what it cannot decode)"));
            }
            if (out.position() > 0 && (r.isOverflow() || !in.hasRemaining())) {
                out.flip();
                return;
            }
            if (eof) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                out.flip();
                return;
            }
            in.compact();
            int n = bytes.read(in.array(), in.position(), in.remaining());
            if (n < 0) {
                eof = true;
            } else {
                if (first && read == 0 && n >= 2) {
                    utf16(in.array()[in.position()], in.array()[in.position() + 1]);
                }
                in.position(in.position() + n);
                count(n);
            }
            in.flip();
        }
    }

    private void utf16(byte a, byte b) throws Refusal {
        if ((a == (byte) 0xFE && b == (byte) 0xFF) || (a == (byte) 0xFF && b == (byte) 0xFE)) {
            throw new Refusal(new InputProblem(file, 1, "", "the file starts with a UTF-16 or UTF-32 byte-order mark",
                    "a file saved as UTF-8 (a UTF-8 byte-order mark is accepted)"));
        }
    }

    private String hex(int length) {
        StringBuilder sb = new StringBuilder();
        int start = in.position();
        for (int i = 0; i < length && start + i < in.limit(); i++) {
            sb.append(i == 0 ? "" : " ").append(String.format("%02X", in.get(start + i) & 0xFF));
        }
        return sb.toString();
    }

    private void count(int n) throws Refusal {
        read += n;
        if (read > max) {
            throw new Refusal(new InputProblem(file, line, "", "the file holds more than the limit file-size of "
                    + (chars == null ? ReadLimits.bytes(max) : max + " characters") + " (it grew while being read)",
                    "a smaller file, or a higher limit: --limit file-size=N"));
        }
    }

    /** Counts lines and refuses NUL in what {@code out} now holds (from its position to its limit). */
    private void scan() throws Refusal {
        for (int i = out.position(); i < out.limit(); i++) {
            char c = out.get(i);
            if (c == '\n') {
                line++;
            } else if (c == 0) {
                throw new Refusal(new InputProblem(file, line, "", "the file holds a NUL character (U+0000)",
                        "text: a NUL byte means a binary file, or one saved as UTF-16"));
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (bytes != null) {
            bytes.close();
        } else {
            chars.close();
        }
    }
}
